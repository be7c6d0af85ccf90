#!/bin/sh
# bench/episodes.sh - the alert benchmark on the KEDS series of $SHARED/data/events
# (`make bench-episodes`): each series imported into a fresh database, then
# `tocsin eval-alerts --baseline` against its list of episodes (the Balkans
# list of $SHARED, ours in bench/episodes/ for Turkey and Central Asia).
# Prints, per series, the share of lines imported and tocsin's figures beside
# the naive baseline's; the full reports stay in $OUT (default a temporary
# directory, removed unless OUT is given). Series that are absent are skipped.
# THIN=N keeps one line in N of each series (its header and every Nth line):
# the same conflicts told with 1/N of the reports, to see whether a change of
# the ranking holds on a sparser series, as the hidden ones may be.
B=${B:-build}
T=${T:-$B/tocsin}
SHARED=${SHARED:-../shared}
E=$SHARED/data/events
keep=${OUT:+1}
OUT=${OUT:-$(mktemp -d)}
mkdir -p "$OUT" || exit 1
status=0
for s in "balkans weis $E/balkans.weis.tsv $E/balkans_episodes.tsv" \
         "turkey keds $E/turkey.cameo.tsv bench/episodes/turkey.tsv" \
         "casia weis $E/casia.weis.tsv bench/episodes/casia.tsv"; do
  set -- $s
  if [ ! -f "$3" ] || [ ! -f "$4" ]; then
    echo "skip $1: $3 or $4 absent"
    continue
  fi
  rm -f "$OUT/$1.db"
  data=$3 thin=
  if [ "${THIN:-1}" -gt 1 ]; then
    thin=" (one line in $THIN)"
    data=$OUT/$1.thin.tsv
    awk -v n="$THIN" 'NR == 1 || NR % n == 0' "$3" >"$data"
  fi
  "$T" import --format "$2" --db "$OUT/$1.db" "$data" >/dev/null 2>"$OUT/$1.import.txt" || status=1
  "$T" eval-alerts --db "$OUT/$1.db" --episodes "$4" --baseline >"$OUT/$1.eval.txt" 2>&1 || status=1
  share=$(sed -n 's/.*(\([0-9.]*% imported\)).*/\1/p' "$OUT/$1.import.txt" | head -n 1)
  printf '%-8s %s%s\n' "$1" "$share" "$thin"
  sed -n '3,7p' "$OUT/$1.eval.txt" | sed 's/^/  /'
done
[ -n "$keep" ] && echo "reports in $OUT" || rm -rf "$OUT"
exit $status
