#!/usr/bin/env python3
"""Generate dict/interchange/country-names.txt: English country names -> ISO 3166-1 alpha-3.

Usage: tools/gen-country-names.py [ISO_JSON] [OUTPUT]

Defaults: /usr/share/iso-codes/json/iso_3166-1.json (Debian's iso-codes) and
dict/interchange/country-names.txt (relative to the repository root). Standard
library only.

The table is read by src/store/interchange.c to map the country columns of ICEWS files
(and other data sets that name countries in English) to tocsin's codes. One
`NAME<TAB>CODE` line per name:
  - every ISO 3166-1 entry's name, common_name and official_name;
  - ISO's inverted names turned round ("Korea, Republic of" -> "Republic of
    Korea") and trailing parentheses split off ("Holy See (Vatican City State)"
    -> "Holy See", "Vatican City State");
  - an accent-free copy of every name with accents ("Cote d'Ivoire");
  - EXTRA below: spellings used by ICEWS, GDELT and the news that ISO lacks, and
    CAMEO's own codes where tocsin follows CAMEO rather than ISO (Kosovo = KSV).
The reader matches names ignoring ASCII case. A name that would map to two codes
stops the script.
"""

import json
import os
import re
import sys
import unicodedata

DEFAULT_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"
DEFAULT_OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "dict", "interchange",
                           "country-names.txt")

# Hand-written: names that ISO 3166-1 (as packaged) does not give, with the code
# tocsin uses. Sources: ICEWS country columns (which mostly follow older ISO
# names), GDELT/CAMEO country names and common English usage.
EXTRA = [
    # older or shorter names of ISO entries
    ("United States of America", "USA"), ("US", "USA"), ("USA", "USA"),
    ("United Kingdom of Great Britain and Northern Ireland", "GBR"), ("UK", "GBR"),
    ("Great Britain", "GBR"), ("Britain", "GBR"),
    ("Russia", "RUS"),
    ("Turkey", "TUR"),  # ISO's name since 2022 is "Türkiye"; ICEWS and GDELT write "Turkey"
    ("Korea, South", "KOR"), ("Korea, North", "PRK"), ("Korea, Democratic Republic of", "PRK"),
    ("Iran (Islamic Republic of)", "IRN"),
    ("Syria", "SYR"),
    ("Vietnam", "VNM"),
    ("Laos", "LAO"), ("Lao PDR", "LAO"),
    ("Bolivia", "BOL"), ("Venezuela", "VEN"), ("Tanzania", "TZA"), ("Moldova", "MDA"),
    ("Macedonia", "MKD"), ("the former Yugoslav Republic of Macedonia", "MKD"),
    ("Former Yugoslav Republic of Macedonia", "MKD"),
    ("Macedonia, the former Yugoslav Republic of", "MKD"), ("FYROM", "MKD"),
    ("Czech Republic", "CZE"), ("Slovak Republic", "SVK"), ("Kyrgyz Republic", "KGZ"),
    ("Swaziland", "SWZ"), ("Cape Verde", "CPV"), ("East Timor", "TLS"), ("Burma", "MMR"),
    ("Brunei", "BRN"), ("Micronesia", "FSM"), ("Ivory Coast", "CIV"),
    ("Vatican", "VAT"), ("Vatican City", "VAT"),
    ("Libyan Arab Jamahiriya", "LBY"), ("Netherlands", "NLD"), ("Holland", "NLD"),
    ("Bahamas, The", "BHS"), ("The Bahamas", "BHS"), ("Gambia, The", "GMB"), ("The Gambia", "GMB"),
    ("Macau", "MAC"), ("Hong Kong SAR", "HKG"), ("Macao SAR", "MAC"),
    ("Saint Kitts", "KNA"), ("St. Kitts and Nevis", "KNA"), ("St. Lucia", "LCA"),
    ("St. Vincent and the Grenadines", "VCT"),
    # the two Congos, as ICEWS and the news write them
    ("Congo, Democratic Republic of", "COD"), ("Congo, Democratic Republic of the", "COD"),
    ("Democratic Republic of Congo", "COD"), ("Democratic Republic of the Congo", "COD"),
    ("DR Congo", "COD"), ("DRC", "COD"), ("Congo-Kinshasa", "COD"), ("Zaire", "COD"),
    ("Congo, Republic of", "COG"), ("Congo, Republic of the", "COG"), ("Republic of Congo", "COG"),
    ("Republic of the Congo", "COG"), ("Congo-Brazzaville", "COG"),
    # Palestine: tocsin codes the territories and their authorities PSE
    ("Occupied Palestinian Territory", "PSE"), ("Palestinian Territory, Occupied", "PSE"),
    ("Palestinian Territories", "PSE"), ("Palestine", "PSE"), ("Gaza Strip", "PSE"),
    ("Gaza", "PSE"), ("West Bank", "PSE"),
    # CAMEO's code, not ISO's (ISO 3166-1 has no Kosovo)
    ("Kosovo", "KSV"),
    # Serbia is the continuator state of the Federal Republic of Yugoslavia /
    # Serbia and Montenegro (1992-2006), as the UN and ISO 3166-3 treat it
    ("Serbia and Montenegro", "SRB"), ("Yugoslavia", "SRB"),
    ("Federal Republic of Yugoslavia", "SRB"),
]


def fold_accents(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def variants(name):
    """The name itself, its turned-round and split-parenthesis forms."""
    out = []
    name = name.strip()
    if not name:
        return out
    out.append(name)
    m = re.match(r"^(.*?)\s*\(([^()]*)\)$", name)
    if m:
        base, inner = m.group(1), m.group(2)
        out.append(base)
        if all(w[:1].isupper() for w in inner.split()):
            out.append(inner)
        name = base
    if name.count(",") == 1:
        left, right = [p.strip() for p in name.split(",")]
        if re.search(r"\bof( the)?$", right) or " " not in right:
            out.append(right + " " + left)
    more = [fold_accents(v) for v in out]
    return out + more


def main(argv):
    src = argv[1] if len(argv) > 1 else DEFAULT_JSON
    dst = argv[2] if len(argv) > 2 else DEFAULT_OUT
    with open(src, encoding="utf-8") as f:
        entries = json.load(f)["3166-1"]

    seen = {}  # casefolded name -> (name, code)
    rows = []

    def add(name, code, origin):
        k = name.lower()
        if k in seen:
            if seen[k][1] != code:
                sys.exit("gen-country-names: %r is both %s and %s (%s)" % (name, seen[k][1], code, origin))
            return
        seen[k] = (name, code)
        rows.append((name, code))

    for e in sorted(entries, key=lambda e: e["alpha_3"]):
        for field in ("name", "common_name", "official_name"):
            for v in variants(e.get(field, "")):
                add(v, e["alpha_3"], "iso-codes")
    for name, code in EXTRA:
        add(name, code, "EXTRA")

    lines = [
        "# GENERATED FILE - do not edit by hand.",
        "# Made by tools/gen-country-names.py from Debian's iso-codes (ISO 3166-1 name,",
        "# common_name, official_name, with ISO's inverted names turned round and accents",
        "# folded) plus the script's hand-written EXTRA list (ICEWS and GDELT spellings,",
        "# Kosovo = KSV, Serbia and Montenegro = SRB). Add spellings there and re-run.",
        "#",
        "# Format: NAME<TAB>CODE. Names are matched ignoring ASCII case. Read by",
        "# src/store/interchange.c for the country columns of ICEWS files; the codes listed",
        "# here are also the country codes tocsin_ext_* accepts as valid.",
        "",
    ]
    rows.sort(key=lambda r: (r[1], r[0].lower()))
    for name, code in rows:
        if "\t" in name or "#" in name:
            sys.exit("gen-country-names: bad character in %r" % name)
        lines.append("%s\t%s" % (name, code))

    os.makedirs(os.path.dirname(os.path.abspath(dst)), exist_ok=True)
    with open(dst, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
