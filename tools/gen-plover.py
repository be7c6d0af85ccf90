#!/usr/bin/env python3
"""Generate dict/interchange/cameo2plover.txt from the CAMEO->PLOVER conversion table.

Usage: tools/gen-plover.py [CAMEO2PLOVER_TXT] [OUTPUT]

Defaults: ../shared/reference/cameo2plover.txt (beside the repository) and
dict/interchange/cameo2plover.txt. Standard library only.

The source lines read `CODE: EVENT, MODE, CONTEXT # description`; root lines
(`03: AGREE`) give the event type only. Only the mapping facts are kept: one
`CODE<TAB>EVENT<TAB>MODE<TAB>CONTEXT` line per CAMEO code, `-` for an empty
field, spaces inside a field removed ("crime; corruption" -> "crime;corruption").
The descriptions are dropped. Where the source lists a code twice (root 08 is
both CONCEDE and RETREAT; 175 appears twice) the first line wins and the others
are named in the output's header.
"""

import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SRC = os.path.join(HERE, "..", "..", "shared", "reference", "cameo2plover.txt")
DEFAULT_OUT = os.path.join(HERE, "..", "dict", "interchange", "cameo2plover.txt")


def field(s):
    s = re.sub(r"\s+", "", s)
    return s if s else "-"


def main(argv):
    src = argv[1] if len(argv) > 1 else DEFAULT_SRC
    dst = argv[2] if len(argv) > 2 else DEFAULT_OUT
    rows, dups = {}, []
    with open(src, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.split("#", 1)[0].strip()
            m = re.match(r"^(\d{2,4})\s*:\s*(.*)$", line)
            if not m:
                continue  # title, blank and separator lines
            code, rest = m.group(1), m.group(2)
            parts = rest.split(",")
            if len(parts) > 3 or not parts[0].strip():
                sys.exit("gen-plover: %s:%d: cannot read %r" % (src, n, line))
            parts += [""] * (3 - len(parts))
            row = tuple(field(p) for p in parts)
            if code in rows:
                if rows[code] != row:
                    dups.append("%s %s (kept %s)" % (code, "/".join(row), "/".join(rows[code])))
                continue
            rows[code] = row

    lines = [
        "# GENERATED FILE - do not edit by hand. Made by tools/gen-plover.py.",
        "#",
        "# CAMEO event code -> PLOVER event type, mode and context.",
        "# Derived from the CAMEO to PLOVER conversion table of the PLOVER manual, draft 0.8",
        "# (17 September 2021, edited by Philip Schrodt), licensed under CC BY-SA 4.0",
        "# (https://creativecommons.org/licenses/by-sa/4.0/); this derived table is shared",
        "# under the same licence. Only the mapping facts are kept.",
        "#",
        "# Format: CODE<TAB>EVENT<TAB>MODE<TAB>CONTEXT, '-' = empty. CONTEXT may list",
        "# several contexts separated by ';'. A CAMEO code that is not listed falls back",
        "# to its 3-digit, then its 2-digit parent (src/store/interchange.c); codes of roots 01",
        "# and 02 have no PLOVER counterpart in the table.",
    ]
    for d in dups:
        lines.append("# The source also lists %s; the first listing is kept." % d)
    lines.append("")
    for code in sorted(rows):
        lines.append("\t".join((code,) + rows[code]))
    os.makedirs(os.path.dirname(os.path.abspath(dst)), exist_ok=True)
    with open(dst, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
