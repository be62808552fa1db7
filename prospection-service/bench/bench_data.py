#!/usr/bin/env python3
"""Data of prospection-service/bench/run, all obviously fictitious.

  bench_data.py employers ROOT N OUT.csv   N employers in the communes of the Nord (59), as CSV rows
                                           for COPY into the employer table; ids and SIRETs follow
                                           from the rank, so the same N gives the same rows
  bench_data.py ids N OUT.txt              the same employers' ids, one a line (for wrk)
  bench_data.py searches ROOT N OUT.txt    N search paths (name or SIRET prefix, radius, NAF and
                                           band, lead and last contact, department)

Employers: ids 00000000-0000-4000-b000-<rank in hex>, SIRENs 996<rank><Luhn key> (a range no real
company has: the demo data uses 990 and 997, the tests 98), NIC 0001 and its key, names
"<trade> <invented word> n°<rank> (BENCH)".
"""
import csv
import random
import sys
import unicodedata
import uuid

TRADES = [
    ("Boulangerie", "10.71C", "01", "D1102"), ("Garage", "45.20A", "02", "I1604"),
    ("Transports", "49.41A", "12", "N4101"), ("Entrepôt", "52.10B", "21", "N1103"),
    ("Hôtel", "55.10Z", "03", "G1703"), ("Restaurant", "56.10A", "02", "G1602"),
    ("Menuiserie", "16.23Z", "01", "H2206"), ("Supérette", "47.11B", "11", "D1507"),
    ("Maison de retraite", "87.10A", "22", "J1501"), ("Plomberie", "43.22A", "02", "F1603"),
    ("Imprimerie", "18.12Z", "11", "E1305"), ("Jardinerie", "47.76Z", "11", "D1209"),
    ("Propreté", "81.21Z", "21", "K2204"), ("Boucherie", "47.22Z", "01", "D1101"),
    ("Maçonnerie", "43.99C", "03", "F1703"), ("Coiffure", "96.02A", "01", "D1202"),
]
WORDS = ["Licorne", "Chimère", "Phénix", "Comète", "Hibou", "Sirène", "Dragon", "Griffon",
         "Pégase", "Farfadet", "Korrigan", "Lutin", "Sylphe", "Ondine", "Gnome", "Kraken"]
DEPARTMENT = "59"


def luhn_key(digits):
    for key in range(10):
        total = 0
        for i, c in enumerate(reversed(digits + str(key))):
            d = int(c)
            if i % 2 == 1:
                d = d * 2 - 9 if d * 2 > 9 else d * 2
            total += d
        if total % 10 == 0:
            return digits + str(key)
    raise ValueError(digits)


def search_name(name):
    plain = unicodedata.normalize("NFD", name)
    plain = "".join(c for c in plain if not unicodedata.combining(c)).upper()
    return " ".join("".join(c if "A" <= c <= "Z" or "0" <= c <= "9" else " " for c in plain).split())


def employer_id(rank):
    return str(uuid.UUID("00000000-0000-4000-b000-%012x" % rank))


def communes(root):
    seen = {}
    with open(root + "/platform/core/src/main/resources/reference/communes-geo.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["department_code"] == DEPARTMENT and row["insee_code"] not in seen:
                seen[row["insee_code"]] = row
    return [seen[k] for k in sorted(seen)]


def employers(root, n, out):
    places = communes(root)
    rnd = random.Random(59)
    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for rank in range(n):
            trade, naf, band, rome = TRADES[rank % len(TRADES)]
            word = WORDS[(rank // len(TRADES)) % len(WORDS)]
            place = places[rnd.randrange(len(places))]
            siren = luhn_key("996%05d" % rank)
            name = "%s %s n°%d (BENCH)" % (trade, word, rank)
            w.writerow([employer_id(rank), 0, luhn_key(siren + "0001"), siren, name, search_name(name),
                        naf, band, "%d rue du Banc d'Essai" % (rank % 90 + 1), place["insee_code"],
                        place["postal_code"], DEPARTMENT, place["region_code"], place["latitude"],
                        place["longitude"], "{%s}" % rome, "bench-fictitious", "PE",
                        "2026-01-01" if rank % 3 == 0 else "", "2026-01-01T00:00:00Z",
                        "2026-01-01T00:00:00Z"])


def ids(n, out):
    with open(out, "w") as f:
        for rank in range(n):
            f.write(employer_id(rank) + "\n")


def searches(root, n, out):
    places = communes(root)
    rnd = random.Random(200)
    with open(out, "w") as f:
        for _ in range(n):
            kind = rnd.randrange(10)
            if kind < 3:
                trade, _, _, _ = TRADES[rnd.randrange(len(TRADES))]
                word = WORDS[rnd.randrange(len(WORDS))]
                text = search_name(rnd.choice([trade, word]))
                q = text[: rnd.randint(3, len(text))].lower()
                path = "q=" + q.replace(" ", "%20")
            elif kind < 5:
                path = "q=996%05d" % rnd.randrange(100000)
                path = path[: rnd.randint(9, 10)]
            elif kind < 7:
                path = "nearCommune=%s&radiusKm=%d" % (places[rnd.randrange(len(places))]["insee_code"],
                                                         rnd.choice([5, 10, 20]))
            elif kind < 8:
                _, naf, band, _ = TRADES[rnd.randrange(len(TRADES))]
                path = "nafCode=%s&headcountBand=%s" % (naf, band)
            elif kind < 9:
                path = "ledBy=NOBODY&notContactedForDays=%d" % rnd.choice([30, 90, 365])
            else:
                path = "department=59"
            f.write("/api/v1/prospection/employers?" + path + "\n")


if __name__ == "__main__":
    what = sys.argv[1]
    if what == "employers":
        employers(sys.argv[2], int(sys.argv[3]), sys.argv[4])
    elif what == "ids":
        ids(int(sys.argv[2]), sys.argv[3])
    elif what == "searches":
        searches(sys.argv[2], int(sys.argv[3]), sys.argv[4])
    else:
        sys.exit("usage: see the docstring")
