#!/bin/sh
# when-score.sh - event time on short articles of our own (tests/data/when,
# times in tests/data/when-expected.tsv):
# how many of the hand-listed events the coder finds (same file, verb and
# source country) and how many of those get the time the text gives.
# Prints "found F/N, timed right T/F"; exits 1 below the floors given
# (MIN_FOUND, MIN_TIMED: percentages, default 0).
B=${B:-build}
T=${B}/tocsin
D=${D:-tests/data/when}
E=${E:-tests/data/when-expected.tsv}
"$T" code -q -f tsv "$D" | python3 -c '
import sys, os
exp = [l.rstrip("\n").split("\t") for l in open(sys.argv[1]) if l.strip() and not l.startswith("#")]
got = {}
for l in sys.stdin:
    f = l.rstrip("\n").split("\t")
    doc, when, src, verb = os.path.basename(f[0]), f[5], f[6], f[13]
    got.setdefault((doc, verb.lower(), src[:3]), []).append(when)
found = timed = 0
for doc, verb, src, tgt, when in exp:
    w = got.get((doc, verb.lower(), src))
    if w is None:
        print("missed   %s: %s %s" % (doc, src, verb))
        continue
    found += 1
    if when in w:
        timed += 1
    else:
        print("mistimed %s: %s %s: %s, expected %s" % (doc, src, verb, ",".join(w), when))
n = len(exp)
print("found %d/%d, timed right %d/%d" % (found, n, timed, found))
mf, mt = float(sys.argv[2]), float(sys.argv[3])
sys.exit(0 if found * 100 >= mf * n and timed * 100 >= mt * max(found, 1) else 1)
' "$E" "${MIN_FOUND:-0}" "${MIN_TIMED:-0}"
