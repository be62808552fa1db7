"""Shared by the benchmarks' Python scripts (standard library only): the local stack's addresses,
Keycloak tokens, a fictitious referral submission, submissions at a steady rate, percentiles and
the RESULT lines bench/run collects. Import it with sys.path.insert(0, "<root>/bench")."""
import json
import os
import time
import urllib.error
import urllib.parse
import urllib.request
from datetime import date


def port(name, default):
    return os.environ.get(f"PASSERELLE_{name}_PORT", str(default))


GATEWAY = "http://127.0.0.1:" + port("GATEWAY", 8080)
KEYCLOAK_REALM = "http://127.0.0.1:" + port("KEYCLOAK", 8180) + "/realms/passerelle"
TOKEN_URL = KEYCLOAK_REALM + "/protocol/openid-connect/token"
REPORTING = "http://127.0.0.1:" + port("REPORTING", 8084)


def result(key, value):
    """A figure for bench/run's table."""
    print(f"RESULT {key}={value}", flush=True)


def token(form):
    body = urllib.parse.urlencode(form).encode()
    with urllib.request.urlopen(urllib.request.Request(TOKEN_URL, data=body)) as answer:
        return json.load(answer)["access_token"]


def system_token():
    """The Pôle emploi information system's token (client credentials)."""
    return token({"grant_type": "client_credentials", "client_id": "pe-information-system",
                  "client_secret": "demo-pe-information-system-secret"})


def user_token(user):
    """A demo person's token (password grant of the portal client)."""
    return token({"grant_type": "password", "client_id": "passerelle-portal", "username": user,
                  "password": "demo"})


class Bearer:
    """A token fetched again before it expires (Keycloak's live 5 minutes)."""

    def __init__(self, fetch):
        self.fetch = fetch
        self.value = fetch()
        self.fetched = time.monotonic()

    def __str__(self):
        if time.monotonic() - self.fetched > 200:
            self.value, self.fetched = self.fetch(), time.monotonic()
        return self.value


def call(method, url, bearer, body=None):
    """JSON in and out; answers (status, parsed body or None, headers)."""
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method, headers={
        "Authorization": f"Bearer {bearer}", "Content-Type": "application/json"})
    with urllib.request.urlopen(request) as answer:
        text = answer.read()
        return answer.status, (json.loads(text) if text else None), answer.headers


def submission(ref, site):
    """A valid referral of an obviously fictitious young person ("Bench Fictitious", a phone
    number of the range kept for fiction)."""
    return {
        "externalRef": ref, "agencySafir": "90001", "siteId": site,
        "youngPerson": {"firstName": "Bench", "lastName": "Fictitious", "birthDate": "2006-05-15",
                        "communeCode": "59350",
                        "contact": {"phone": "+33639981234", "preferredChannel": "SMS"},
                        "highestQualification": "NONE", "activity": "NONE"},
        "diagnostic": {"barriers": ["MOBILITY"],
                       "summary": "Fictitious benchmark diagnostic, no real person.",
                       "projectIdea": "Benchmark", "romeCodes": ["N1103"]},
        "consent": {"givenOn": date.today().isoformat(), "method": "IN_INTERVIEW"}}


def submit_at_rate(site, rate, seconds, prefix, committed):
    """Submits referrals through the gateway as the Pôle emploi system, one every 1/rate s, each
    its own externalRef and Idempotency-Key; calls committed(referral id, monotonic time of the
    201) for each accepted one. Answers the HTTP statuses of those refused."""
    bearer = Bearer(system_token)
    failures = []
    start = time.monotonic()
    for n in range(int(rate * seconds)):
        pause = start + n / rate - time.monotonic()
        if pause > 0:
            time.sleep(pause)
        ref = f"{prefix}-N{n}"
        request = urllib.request.Request(
            f"{GATEWAY}/api/v1/referrals", data=json.dumps(submission(ref, site)).encode(),
            method="POST", headers={"Authorization": f"Bearer {bearer}",
                                    "Content-Type": "application/json",
                                    "Idempotency-Key": f"key-{ref}"})
        try:
            with urllib.request.urlopen(request) as answer:
                body = json.loads(answer.read())
                committed(body["id"], time.monotonic())
        except urllib.error.HTTPError as error:
            failures.append(error.code)
    return failures


def percentile(sorted_values, p):
    """Nearest rank."""
    rank = max(1, min(len(sorted_values), -(-len(sorted_values) * p // 100)))
    return sorted_values[int(rank) - 1]


def latency_results(key, latencies_ms):
    """The RESULT lines <key>_p50_ms and <key>_p99_ms of these latencies."""
    values = sorted(latencies_ms)
    result(f"{key}_p50_ms", f"{percentile(values, 50):.0f}")
    result(f"{key}_p99_ms", f"{percentile(values, 99):.0f}")


def summary(latencies_ms):
    """'p50 12 ms, p90 20 ms, p99 45 ms, max 80 ms' of a list of latencies in ms."""
    values = sorted(latencies_ms)
    return ", ".join(f"p{p} {percentile(values, p):.0f} ms" for p in (50, 90, 99)) \
        + f", max {values[-1]:.0f} ms"
