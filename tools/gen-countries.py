#!/usr/bin/env python3
"""Generate dict/actors/countries.txt from Debian's iso-codes package.

Usage: tools/gen-countries.py [ISO_JSON] [OUTPUT]

Defaults: /usr/share/iso-codes/json/iso_3166-1.json and dict/actors/countries.txt
(relative to the repository root). Standard library only.

One `country CODE name | name ...` line per ISO 3166-1 entry, from its `name`,
`common_name` and `official_name`. Names are tidied so that they read the way news
writes them:
  - "Korea, Republic of" -> "Republic of Korea" (ISO's inverted names are turned
    round when the part after the comma ends in "of"/"of the" or is one word);
  - "Holy See (Vatican City State)" -> "Holy See" | "Vatican City State" (a
    parenthesis at the end that is itself a name becomes a name of its own; other
    parentheses, "(French part)", "(Keeling)", are dropped);
  - a leading "The" is written "the" (the matcher ignores it anyway).
Duplicates (ignoring case, accents and a leading "the") are dropped.

Names the hand-written dict/actors/places.txt gives to another code are left out
here (see REASSIGNED), so that no phrase maps to two countries.
"""

import json
import os
import re
import sys
import unicodedata

DEFAULT_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"
DEFAULT_OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "dict", "actors", "countries.txt")

# name -> code that places.txt gives it. In news a bare "Congo" is nearly always
# the Democratic Republic of the Congo (COD), not ISO's "Congo" (COG).
REASSIGNED = {"Congo": "COD"}

# One-line remarks written above an entry.
NOTES = {
    "GEO": "also the US state: kept, since news about the country is far commoner in event text",
    "JEY": "'New Jersey' is blocked in places.txt (USA)",
    "NER": "'Niger Delta' is blocked in places.txt (NGA)",
    "COG": "bare 'Congo' is COD (places.txt); this is the Republic of the Congo",
    "TWN": "ISO's own wording, kept as ISO writes it; places.txt adds the names news uses",
}


def fold(s):
    """Key for duplicate detection: accents folded, case folded, leading 'the' dropped."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.casefold().replace("\u2019", "'").strip()
    s = re.sub(r"^the\s+", "", s)
    return re.sub(r"\s+", " ", s)


def tidy(name):
    """Return the list of phrases one ISO name stands for."""
    out = []
    name = name.strip()
    if not name:
        return out
    m = re.match(r"^(.*?)\s*\(([^()]*)\)$", name)
    if m:
        base, inner = m.group(1), m.group(2)
        name = base
        # a trailing parenthesis that is a name of its own: every word capitalised
        if all(w[:1].isupper() for w in inner.split()):
            out.append(inner)
    # parentheses in the middle ("Cocos (Keeling) Islands") are dropped
    name = re.sub(r"\s*\([^()]*\)\s*", " ", name).strip()
    if ", " in name and name.count(",") == 1:
        left, right = name.split(", ")
        if re.search(r"\bof( the)?$", right) or " " not in right:
            name = right + " " + left
    name = re.sub(r"^The ", "the ", name)
    out.insert(0, name)
    return out


def main(argv):
    src = argv[1] if len(argv) > 1 else DEFAULT_JSON
    dst = argv[2] if len(argv) > 2 else DEFAULT_OUT
    with open(src, encoding="utf-8") as f:
        entries = json.load(f)["3166-1"]

    lines = [
        "# GENERATED FILE - do not edit by hand.",
        "# Made by tools/gen-countries.py from Debian's iso-codes (ISO 3166-1:",
        "# name, common_name, official_name). Re-run the script to update it; put extra",
        "# names, adjectives, capitals and fixes in dict/actors/places.txt instead.",
        "",
    ]
    seen = {}  # folded phrase -> code, across the whole file
    for e in sorted(entries, key=lambda e: e["alpha_3"]):
        code = e["alpha_3"]
        phrases = []
        for field in ("name", "common_name", "official_name"):
            for p in tidy(e.get(field, "")):
                if REASSIGNED.get(p, code) != code:
                    continue
                k = fold(p)
                if k in seen:
                    if seen[k] != code:
                        sys.exit("gen-countries: %r is both %s and %s" % (p, seen[k], code))
                    continue
                seen[k] = code
                phrases.append(p)
        if not phrases:
            continue
        if code in NOTES:
            lines.append("# %s: %s" % (code, NOTES[code]))
        lines.append("country %s %s" % (code, " | ".join(phrases)))

    os.makedirs(os.path.dirname(os.path.abspath(dst)), exist_ok=True)
    with open(dst, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
