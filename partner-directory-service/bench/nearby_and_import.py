"""Benchmark of the partner directory on the running local stack (see bench/run --stack).

Tops the demo directory up to 130 active sites in random communes, then measures the
nearest-sites query over HTTP with wrk (random origin communes, an advisor's Keycloak token):
a warm-up, about 200 requests/s paced, and unpaced. Then times a 10,000-row CSV import with a
few hundred bad rows. Ends with RESULT lines of the paced run. Standard library only.
"""
import csv
import json
import os
import random
import re
import subprocess
import tempfile
import time
import urllib.parse
import urllib.request

DIRECTORY = "http://127.0.0.1:" + os.environ.get("PASSERELLE_DIRECTORY_PORT", "8081")
KEYCLOAK = "http://127.0.0.1:" + os.environ.get("PASSERELLE_KEYCLOAK_PORT", "8180")
SITES = 130
RANDOM = random.Random(42)


def token(user):
    form = urllib.parse.urlencode(
        {"grant_type": "password", "client_id": "passerelle-portal", "username": user, "password": "demo"}
    ).encode()
    url = KEYCLOAK + "/realms/passerelle/protocol/openid-connect/token"
    with urllib.request.urlopen(urllib.request.Request(url, data=form)) as answer:
        return json.load(answer)["access_token"]


def call(method, path, bearer, body=None, content_type="application/json"):
    data = None if body is None else (body if isinstance(body, bytes) else json.dumps(body).encode())
    request = urllib.request.Request(DIRECTORY + path, data=data, method=method)
    request.add_header("Authorization", "Bearer " + bearer)
    request.add_header("Content-Type", content_type)
    with urllib.request.urlopen(request) as answer:
        text = answer.read()
        return json.loads(text) if text else None


def communes():
    with open("platform/core/src/main/resources/reference/communes-geo.csv", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def top_up_sites(admin, rows):
    existing = call("GET", "/api/v1/sites?status=ACTIVE&limit=100", admin)["items"]
    school = call("POST", "/api/v1/schools", admin,
                  {"name": "E2C benchmark school", "siret": "97000000100010", "labelStatus": "IN_PROGRESS"})["id"]
    for i in range(SITES - len(existing)):
        commune = RANDOM.choice(rows)
        site = call("POST", "/api/v1/sites", admin, {
            "schoolId": school, "code": "bench-%d" % i, "name": "Benchmark site %d" % i,
            "street": "1 rue du Banc", "communeCode": commune["insee_code"],
            "postalCode": commune["postal_code"], "sectors": ["logistique"], "status": "ACTIVE"})
        if i % 3 == 0:
            start = time.time() + 86400 * RANDOM.randint(3, 40)
            call("POST", "/api/v1/sessions", admin, {
                "siteId": site["id"], "venue": "SITE", "format": "IN_PERSON",
                "startsAt": time.strftime("%Y-%m-%dT%H:00:00Z", time.gmtime(start)),
                "endsAt": time.strftime("%Y-%m-%dT%H:00:00Z", time.gmtime(start + 7200)),
                "capacity": 12})


def wrk(script, connections, pause_ms, seconds):
    environment = dict(os.environ, BENCH_DELAY_MS=str(pause_ms))
    output = subprocess.run(
        ["wrk", "-t2", "-c%d" % connections, "-d%ds" % seconds, "--timeout", "5s", "-s", script, DIRECTORY],
        capture_output=True, text=True, env=environment, check=True).stdout
    return next(line[6:] for line in output.splitlines() if line.startswith("BENCH "))


def lua_script(rows, bearer):
    codes = ",".join('"%s"' % RANDOM.choice(rows)["insee_code"] for _ in range(500))
    script = """
local codes = {%s}
local pause = tonumber(os.getenv("BENCH_DELAY_MS") or "0")
request = function()
  return wrk.format("GET", "/api/v1/sites/nearby?radiusKm=50&communeCode=" .. codes[math.random(#codes)],
    {["Authorization"] = "Bearer %s"})
end
delay = function() return pause end
done = function(summary, latency, requests)
  io.write(string.format("BENCH %%.0f requests/s, p50 %%.2f ms, p99 %%.2f ms, non-2xx %%d, socket errors %%d\\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
""" % (codes, bearer)
    handle, path = tempfile.mkstemp(suffix=".lua")
    with os.fdopen(handle, "w") as f:
        f.write(script)
    return path


def import_csv(admin, rows):
    lines = ["site_code,school_siret,school_name,site_name,street,commune_code,postal_code,latitude,longitude,"
             "phone,email,opening_hours,accessibility,yearly_capacity,sectors,status"]
    bad = 0
    for i in range(1, 10001):
        commune = RANDOM.choice(rows)
        broken = i % 33 == 0
        bad += broken
        lines.append("import-%d,97000000200018,Imported school,Imported site %d,1 rue du Test,%s,%s,,,"
                     "+33140000000,,Mo-Fr 09:00-17:00,,100,logistique,ACTIVE"
                     % (i, i, commune["insee_code"], "00000" if broken else commune["postal_code"]))
    started = time.time()
    job = call("POST", "/api/v1/imports", admin, ("\n".join(lines) + "\n").encode(), "text/csv")["id"]
    while True:
        state = call("GET", "/api/v1/imports/" + job, admin)
        if state["status"] != "RUNNING":
            break
        time.sleep(0.2)
    print("CSV import of 10,000 rows (%d bad): %s in %.1f s - created %d, updated %d, rejected %d" % (
        bad, state["status"], time.time() - started, state["created"], state["updated"], state["rejected"]))


def main():
    rows = communes()
    admin = token("directory-admin")
    top_up_sites(admin, rows)
    script = lua_script(rows, token("advisor"))
    print("Nearest sites over HTTP on the packaged service: %d active sites, random origin communes, radius 50 km" % SITES)
    wrk(script, 8, 0, 20)  # warm-up: JIT, pools; not reported
    paced = wrk(script, 6, 20, 30)
    print("  paced, 6 connections pausing 20 ms (about 200 requests/s): " + paced)
    print("  unpaced, 8 connections (maximum throughput): " + wrk(script, 8, 0, 20))
    import_csv(admin, rows)
    rate, p50, p99 = re.match(r"(\d+) requests/s, p50 ([0-9.]+) ms, p99 ([0-9.]+) ms", paced).groups()
    print("RESULT nearby_rate=%s\nRESULT nearby_p50_ms=%s\nRESULT nearby_p99_ms=%s" % (rate, p50, p99))


if __name__ == "__main__":
    main()
