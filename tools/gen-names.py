#!/usr/bin/env python3
"""Generate dict/names/countries.txt: what a reader calls each country code.

Usage: tools/gen-names.py [ISO_JSON] [PLACES] [OUTPUT]

Defaults: /usr/share/iso-codes/json/iso_3166-1.json (Debian's iso-codes),
dict/actors/places.txt and dict/names/countries.txt. Standard library only.

One `country<TAB>CODE<TAB>NAME<TAB>ADJECTIVE` line per ISO 3166-1 code:
  - NAME is ISO's common_name when it has one, else its name with an inverted
    form turned round ("Palestine, State of" -> "State of Palestine") and a
    trailing parenthesis dropped; SHORT below overrides it where news English
    says something else ("Russia", "Turkey");
  - ADJECTIVE is the first phrase of the code's first `adj` line in
    dict/actors/places.txt ("North Korean"), or `-` when there is none.
src/dict/names.c reads the file; tocsin_actor_name() composes a code's name
from it ("PRKMIL" -> "North Korean military").
"""

import json
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DEFAULT_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"
DEFAULT_PLACES = os.path.join(ROOT, "dict", "actors", "places.txt")
DEFAULT_OUT = os.path.join(ROOT, "dict", "names", "countries.txt")

# Hand-written: the short names the news uses where ISO's differ.
SHORT = {
    "RUS": "Russia", "TUR": "Turkey", "BRN": "Brunei", "COD": "DR Congo",
    "COG": "Republic of the Congo", "PSE": "Palestine", "VAT": "Vatican",
    "CPV": "Cape Verde", "FSM": "Micronesia", "VGB": "British Virgin Islands",
    "VIR": "US Virgin Islands", "CZE": "Czech Republic", "SHN": "Saint Helena",
    "MAF": "Saint Martin", "SXM": "Sint Maarten", "FLK": "Falkland Islands",
    "CCK": "Cocos Islands", "BES": "Caribbean Netherlands",
}
# CAMEO's codes that ISO does not have.
EXTRA = [("KSV", "Kosovo")]


def turn_round(name):
    name = re.sub(r"\s*\(.*\)$", "", name)
    if ", " in name:
        head, tail = name.split(", ", 1)
        name = tail + " " + head
    return name


def adjectives(path):
    adj = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            parts = line.split(None, 2)
            if len(parts) == 3 and parts[0] == "adj" and parts[1] not in adj:
                adj[parts[1]] = parts[2].split("|")[0].strip()
    return adj


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_JSON
    places = sys.argv[2] if len(sys.argv) > 2 else DEFAULT_PLACES
    out = sys.argv[3] if len(sys.argv) > 3 else DEFAULT_OUT
    with open(src, encoding="utf-8") as f:
        iso = json.load(f)["3166-1"]
    adj = adjectives(places)
    rows = []
    for c in iso:
        code = c["alpha_3"]
        name = SHORT.get(code) or c.get("common_name") or turn_round(c["name"])
        rows.append((code, name))
    rows += EXTRA
    rows.sort()
    with open(out, "w", encoding="utf-8") as f:
        f.write("# GENERATED FILE - do not edit by hand.\n")
        f.write("# Made by tools/gen-names.py from Debian's iso-codes (common_name, else name turned\n")
        f.write("# round; the script's SHORT list where the news says otherwise) and the first\n")
        f.write("# adjective of each code in dict/actors/places.txt. Re-run it to update.\n#\n")
        f.write("# Format: country<TAB>CODE<TAB>NAME<TAB>ADJECTIVE (`-` = none). Read by\n")
        f.write("# src/dict/names.c (tocsin_actor_name); hand-written names are in codes.txt.\n\n")
        for code, name in rows:
            f.write("country\t%s\t%s\t%s\n" % (code, name, adj.get(code, "-")))


if __name__ == "__main__":
    main()
