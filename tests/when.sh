#!/bin/sh
# when.sh - event time end to end (issue 10): our own short articles
# (tests/data/when, times listed by hand) and, when ../shared is there, the
# seed articles, whose retold events get their own times and no longer carry
# the alerts of November 2024. Prints "N passed, N failed".
B=${B:-build}
T=${B}/tocsin
SHARED=${SHARED:-../shared}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
ok() { pass=$((pass + 1)); echo "ok   $1"; }
no() { fail=$((fail + 1)); echo "FAIL $1"; [ -f "$tmp/err" ] && sed 's/^/     /' "$tmp/err" | head -5; }
check() { name=$1; shift; if "$@"; then ok "$name"; else no "$name"; fi; }

# --- our articles: found and timed (floors below today's 46/50 and 46/46) ---
B=$B MIN_FOUND=85 MIN_TIMED=90 sh tests/when-score.sh >"$tmp/score" 2>"$tmp/err"; rc=$?
sed 's/^/     /' "$tmp/score"
check "own articles: events found and timed right" [ $rc -eq 0 ]

# --- the analytics place each event at its own time ---
"$T" ingest -q --db "$tmp/w.db" tests/data/when 2>"$tmp/err"
"$T" ladder TUR SYR --db "$tmp/w.db" --by month --format jsonl >"$tmp/lad" 2>"$tmp/err"
check "ladder by month: 'three years ago' counts in January 2021" grep -q '"period":"2021-01-01","events":1' "$tmp/lad"
check "ladder by month: 'last month' counts in February 2024" grep -q '"period":"2024-02-01","events":1' "$tmp/lad"
check "ladder by month: 'on Tuesday' counts in March 2024" grep -q '"period":"2024-03-01","events":1' "$tmp/lad"
"$T" alerts --db "$tmp/w.db" --since 2024-10-08 --until 2024-11-06 --format jsonl >"$tmp/al" 2>"$tmp/err"
check "own articles: the window has alerts" [ -s "$tmp/al" ]
check "own articles: no alert rests on an event before its window" python3 -c '
import json, sys
sys.exit(any((e.get("when") or "")[:10] < "2024-10-08" for l in open(sys.argv[1]) for e in json.loads(l).get("evidence", [])))' "$tmp/al"

# --- the seed articles ---
S=$SHARED/corpus/seeds
if [ ! -d "$S" ]; then
  echo "seeds: $S not found, skipped"
else
  "$T" code -q --date 2024-11-06 "$S" >"$tmp/ev" 2>"$tmp/err"
  check "seeds: the Crimea takeover of 2014 is placed in 2014" grep -q '"when":"2014".*Crimean peninsula' "$tmp/ev"
  check "seeds: the war weeks after it too" grep -q '"when":"2014".*"flags":\[[^]]*"retold".*Weeks later' "$tmp/ev"
  check "seeds: the June pact is June's" grep -q '"when":"2024-06".*In June' "$tmp/ev"
  check "seeds: the pact signed in the summer" grep -q '"when":"2024-06-01/2024-08-31".*since the summer' "$tmp/ev"
  check "seeds: shells from late 2022" grep -q '"when":"2022-09-01/2022-12-31".*artillery shells in late 2022' "$tmp/ev"
  check "seeds: shells of last year" grep -q '"when":"2023".*shells used in Ukraine last year' "$tmp/ev"
  check "seeds: today's news keeps its day" grep -q '"date":"2024-11-06","when":"2024-11-04".*On Monday the Pentagon' "$tmp/ev"
  "$T" ingest -q --db "$tmp/s.db" --date 2024-11-06 "$S" 2>"$tmp/err"
  "$T" alerts --db "$tmp/s.db" --since 2024-10-08 --until 2024-11-06 --format jsonl >"$tmp/al" 2>"$tmp/err"
  check "seeds: November 2024 has alerts" [ -s "$tmp/al" ]
  python3 -c '
import json, sys
bad = []
for l in open(sys.argv[1]):
    a = json.loads(l)
    for e in a.get("evidence", []):
        if (e.get("when") or "")[:10] < "2024-09-07":
            bad.append((a.get("kind"), e.get("when"), e.get("text", "")[:60]))
for b in bad:
    print("     retold evidence:", b)
sys.exit(1 if bad else 0)' "$tmp/al" >"$tmp/err"
  check "seeds: no alert of November 2024 rests on retold history" [ $? -eq 0 ]
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
