#!/usr/bin/env python3
"""where-eval.py - how well tocsin places events: codes each sentence of a
TSV (text, ISO3 country or "-", lat, lon) as its own article and reports the
share of coded sentences whose event got a place, and the share placed right
(the country, and within 50 km when the file gives coordinates; "-" is right
when the event gets no country). Lists the misses.

    python3 tools/where-eval.py [build/tocsin] [tests/data/where-eval.tsv]
"""
import json, math, subprocess, sys

tocsin = sys.argv[1] if len(sys.argv) > 1 else "build/tocsin"
path = sys.argv[2] if len(sys.argv) > 2 else "tests/data/where-eval.tsv"
rows = []
for line in open(path, encoding="utf-8"):
    if line.startswith("#") or not line.strip():
        continue
    f = line.rstrip("\n").split("\t")
    while len(f) < 4:
        f.append("")
    rows.append(f)
docs = "".join(json.dumps({"id": "s%d" % i, "date": "2024-05-01", "text": r[0]}) + "\n" for i, r in enumerate(rows))
out = subprocess.run([tocsin, "code", "-q"], input=docs, capture_output=True, text=True, check=True).stdout
first = {}
for l in out.splitlines():
    e = json.loads(l)
    first.setdefault(e["doc"], e)

def km(a, b, c, d):
    p = math.pi / 180
    h = math.sin((c - a) * p / 2) ** 2 + math.cos(a * p) * math.cos(c * p) * math.sin((d - b) * p / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))

coded = located = right = 0
misses = []
for i, (text, cc, lat, lon) in enumerate(rows):
    e = first.get("s%d" % i)
    if not e:
        misses.append(("no event", text, ""))
        continue
    coded += 1
    w = e.get("where") or {}
    got = w.get("country", "")
    if w.get("type") or w.get("name"):
        located += 1
    ok = (not got) if cc == "-" else got == cc
    if ok and lat and "lat" in w:
        ok = km(float(lat), float(lon), w["lat"], w["lon"]) <= 50
    elif ok and lat:
        ok = False
    if ok:
        right += 1
    else:
        misses.append(("wrong", text, "%s %s" % (got or "-", w.get("name", ""))))
n = len(rows)
print("%d sentences, %d coded; located %d/%d (%.0f%%), placed right %d/%d (%.0f%%)" %
      (n, coded, located, coded, 100.0 * located / max(coded, 1), right, coded, 100.0 * right / max(coded, 1)))
for m in misses:
    print("  %-8s %s  -> %s" % m)
