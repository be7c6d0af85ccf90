#!/bin/sh
# store-pg.sh - ingest throughput with coding into PostgreSQL with 1, 2 and 4
# writers at once (the corpus split between them), in articles/minute, on a
# throw-away cluster (tests/pgcluster.sh) or the server TOCSIN_TEST_PG names;
# skipped, saying why, where none can be started. Run by bench/store.sh.
set -u
B=${B:-build}
MB=${BENCH_MB:-100}
dir=$B/bench
mkdir -p "$dir"
corpus=$dir/corpus-$MB.jsonl
[ -s "$corpus" ] || "$B/gen-corpus" --mb "$MB" --seed 7 >"$corpus"
. tests/pgcluster.sh
trap 'pg_down; rm -f "$dir"/pgpart-*' EXIT
if ! pg_up; then
  echo "ingest into PostgreSQL: skipped ($PG_WHY)"
  exit 0
fi
arts=$(wc -l <"$corpus")
for w in 1 2 4; do
  db=$(pg_newdb "bench_w$w") || { echo "ingest into PostgreSQL: no database"; exit 1; }
  rm -f "$dir"/pgpart-*
  split -n "l/$w" "$corpus" "$dir/pgpart-"
  t0=$(date +%s.%N)
  pids=
  for part in "$dir"/pgpart-*; do
    "$B/tocsin" ingest -q --db "$db" "$part" &
    pids="$pids $!"
  done
  rc=0
  for p in $pids; do wait "$p" || rc=1; done
  t1=$(date +%s.%N)
  s=$(echo "$t1 - $t0" | bc -l)
  printf 'ingest with coding: %d articles in %.1f s = %.0f articles/minute (%d writer%s, into PostgreSQL)%s\n' \
    "$arts" "$s" "$(echo "$arts / $s * 60" | bc -l)" "$w" "$([ $w = 1 ] || echo s)" \
    "$([ $rc = 0 ] || echo '; A WRITER FAILED')"
done
