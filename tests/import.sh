#!/bin/sh
# import.sh - tocsin import through the real binary, on lines written for
# this test (tests/data/eval/weis-lines.tsv, series.keds.tsv): every line is
# one report (lines that read alike are all kept), importing a file again
# adds nothing (also from another path), refused lines are named file:line and
# counted by reason, WEIS codes become CAMEO and WEIS weights are taken on
# request. Then the share imported of each series in ../shared/data/events
# (skipped when absent). Prints "N passed, N failed".
B=${B:-build}
T=$B/tocsin
SHARED=${SHARED:-../shared}
D=tests/data/eval
tmp=$(mktemp -d)
trap '[ -n "$KEEP" ] || rm -rf "$tmp"' EXIT
pass=0
fail=0
ok() { pass=$((pass + 1)); echo "ok   $1"; }
no() { fail=$((fail + 1)); echo "FAIL $1"; [ -f "$tmp/err" ] && sed 's/^/     /' "$tmp/err" | head -8; }
check() { name=$1; shift; if "$@"; then ok "$name"; else no "$name"; fi; }
n_events() { sqlite3 "$1" "select count(*) from events where $2"; }

# weis-lines.tsv: a header, 4 fights on one day (3 alike), 2 criticisms that
# read (one by Amnesty, which has no tocsin code), one by an unknown actor,
# one unknown WEIS code, one line too short, a blank line and a visit by
# Austria (AUS in WEIS series): 10 lines, 7 read
db=$tmp/w.db
"$T" import --format weis --db "$db" $D/weis-lines.tsv 2>"$tmp/err"
check "weis: 7 of 10 lines imported, the share said" grep -q "10 lines, 7 events added, 0 already stored, 3 not imported (70.00% imported)" "$tmp/err"
check "weis: lines alike are separate reports" [ "$(n_events "$db" "date = '1995-08-04' and source = 'HRV' and target = 'HRVREB' and code = '190'")" = 3 ]
check "weis: the WEIS code is kept in the event" [ "$(n_events "$db" "verb_text = 'WEIS 223 (MIL ENGAGEMENT)'")" = 4 ]
check "weis: AUS is Austria in a WEIS series" [ "$(n_events "$db" "source = 'AUT' and code = '042'")" = 1 ]
check "weis: an actor without a tocsin code is kept without it" [ "$(n_events "$db" "source = '' and target = 'HRV'")" = 1 ]
check "weis: the count of such events is said" grep -q "; 1 with an actor that has no tocsin code" "$tmp/err"
check "weis: refused lines named file:line" grep -q "weis-lines.tsv:8: unknown WEIS source actor code 'QQQ'" "$tmp/err"
check "weis: the unknown event code named" grep -q "weis-lines.tsv:9: unknown WEIS event code" "$tmp/err"
check "weis: the short line named" grep -q "weis-lines.tsv:11: WEIS line has 3 field(s)" "$tmp/err"
check "weis: reasons counted" grep -q "^ *1  unknown WEIS source actor code ('QQQ' 1)" "$tmp/err"
check "weis: the CAMEO weight by default" [ "$(n_events "$db" "code = '190' and goldstein = -10")" = 4 ]
"$T" import --format weis --db "$db" $D/weis-lines.tsv 2>"$tmp/err"
check "weis: importing again adds nothing" grep -q "0 events added, 7 already stored" "$tmp/err"
check "weis: still 7 events" [ "$(n_events "$db" "1")" = 7 ]
cp $D/weis-lines.tsv "$tmp/copy.tsv"
"$T" import --format weis --db "$db" "$tmp/copy.tsv" 2>"$tmp/err"
check "weis: the same file from another path adds nothing" grep -q "0 events added, 7 already stored" "$tmp/err"
{ cat $D/weis-lines.tsv; printf '1995-08-09\tCRO\tSER\t223\n'; } >"$tmp/grown.tsv"
"$T" import --format weis --db "$db" "$tmp/grown.tsv" 2>"$tmp/err"
check "weis: a file that grew: only its new line is added" grep -q "1 events added, 7 already stored" "$tmp/err"
"$T" import --format weis --db "$tmp/g.db" --weis-goldstein $D/weis-weights.tsv $D/weis-lines.tsv 2>"$tmp/err"
check "weis: --weis-goldstein weights" [ "$(n_events "$tmp/g.db" "code = '190' and goldstein = -10")" = 4 ]
check "weis: a code the weights lack keeps the CAMEO weight" [ "$(n_events "$tmp/g.db" "code = '111' and goldstein = -2")" = 2 ]
"$T" import --format keds --db "$tmp/g.db" --weis-goldstein $D/weis-weights.tsv $D/weis-lines.tsv 2>"$tmp/err"
check "--weis-goldstein only with --format weis" [ $? = 2 ]
printf 'AMN\tGBR\n' >"$tmp/mine.txt"
"$T" import --format weis --db "$tmp/u.db" --actors "$tmp/mine.txt" $D/weis-lines.tsv 2>"$tmp/err"
check "--actors: the user's codes first" [ "$(n_events "$tmp/u.db" "source = 'GBR' and code = '111'")" = 1 ]
"$T" import --format icews --db "$tmp/u.db" --actors "$tmp/mine.txt" $D/weis-lines.tsv 2>"$tmp/err"
check "--actors only with keds or weis" [ $? = 2 ]
"$T" import --format weis --db "$tmp/n.db" $D/episodes-wrong.tsv 2>"$tmp/err"
check "a file with no event line: exit 1" [ $? = 1 ]

"$T" import --format keds --db "$tmp/x.db" $D/weis-lines.tsv 2>"$tmp/err"
check "a WEIS series read as KEDS: the hint names --format weis" grep -q "wants --format weis" "$tmp/err"

# a KEDS series: 575 lines, many alike (one day, dyad and code), all kept
"$T" import --format keds --db "$tmp/k.db" $D/series.keds.tsv 2>"$tmp/err"
check "keds: every line kept" [ "$(n_events "$tmp/k.db" "1")" = "$(($(wc -l <$D/series.keds.tsv) - 1))" ]
check "keds: alike lines counted apart" [ "$(n_events "$tmp/k.db" "date = '2020-09-30' and source = 'AZEMIL' and code = '190'")" = 6 ]
"$T" import --format keds --db "$tmp/k.db" $D/series.keds.tsv 2>"$tmp/err"
check "keds: importing again adds nothing" grep -q "0 events added, 575 already stored" "$tmp/err"

# a database from before this form of line id: KEDS lines were keyed on their
# number and text ("L<line>:<FNV-1a of the line>"); importing the file again
# finds them and adds only what was not there
printf 'date\tsource\ttarget\tcode\n2001-02-03\tFRA\tDEU\t040\n2001-02-03\tFRA\tDEU\t040\n2001-02-04\tDEU\tFRA\t042\n' >"$tmp/old.tsv"
"$T" import --format keds --db "$tmp/old.db" $D/episodes-wrong.tsv 2>/dev/null # creates the database
python3 - "$tmp/old.tsv" >"$tmp/old.sql" <<'PY'
import sys
lines = open(sys.argv[1], 'rb').read().split(b'\n')
for no, line in enumerate(lines[:3], 1):
    if no == 1:
        continue
    h = 1469598103934665603
    for c in line:
        h = ((h ^ c) * 1099511628211) & 0xFFFFFFFFFFFFFFFF
    d, src, tgt, code = line.decode().split('\t')
    print("INSERT INTO events(date, source, target, src_country, tgt_country, code, root, quad, goldstein,"
          " origin, ext_id) VALUES ('%s', '%s', '%s', '%s', '%s', '%s', '%s', 1, 1.0, 'keds', 'L%d:%016x');"
          % (d, src, tgt, src, tgt, code, code[:2], no, h))
PY
sqlite3 "$tmp/old.db" <"$tmp/old.sql"
"$T" import --format keds --db "$tmp/old.db" "$tmp/old.tsv" 2>"$tmp/err"
check "an older database: its lines are found, the new one added" grep -q "3 lines, 1 events added, 2 already stored" "$tmp/err"
check "an older database: 3 events in all" [ "$(n_events "$tmp/old.db" "1")" = 3 ]

# the share imported of each series in ../shared/data/events
if [ -d "$SHARED/data/events" ]; then
  for f in "$SHARED"/data/events/*.tsv; do
    case $f in
      *episodes*) continue ;;
      *.weis.tsv) fmt=weis ;;
      *icews*) fmt=icews ;;
      *) fmt=keds ;;
    esac
    "$T" import --format $fmt --db "$tmp/s.db" "$f" 2>"$tmp/err"
    share=$(sed -n 's/.*(\([0-9.]*\)% imported).*/\1/p' "$tmp/err" | head -1)
    echo "     $(basename "$f"): $share% of its lines imported ($fmt)"
    check "$(basename "$f"): at least 99% imported" awk -v s="$share" 'BEGIN { exit !(s >= 99) }'
  done
else
  echo "skip shared series: $SHARED/data/events not found"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
