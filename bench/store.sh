#!/bin/sh
# store.sh - ingest throughput with coding into SQLite (articles/minute on the
# generated corpus) and the scaling of near-duplicate detection at 10k, 100k
# and (with DEDUP_MAX=1000000) 1M articles.
set -eu
B=${B:-build}
MB=${BENCH_MB:-100}
dir=$B/bench
mkdir -p "$dir"
corpus=$dir/corpus-$MB.jsonl
[ -s "$corpus" ] || "$B/gen-corpus" --mb "$MB" --seed 7 >"$corpus"
rm -f "$dir/ingest.db" "$dir/ingest.db-wal" "$dir/ingest.db-shm"
arts=$(wc -l <"$corpus")
t0=$(date +%s.%N)
"$B/tocsin" ingest -q --db "$dir/ingest.db" "$corpus"
t1=$(date +%s.%N)
s=$(echo "$t1 - $t0" | bc -l)
printf 'ingest with coding: %d articles in %.1f s = %.0f articles/minute (1 thread, into SQLite)\n' \
  "$arts" "$s" "$(echo "$arts / $s * 60" | bc -l)"
for n in 10000 100000 ${DEDUP_MAX:-}; do
  "$B/bench-dedup" "$n" "$dir/dedup.db"
done
B=$B BENCH_MB=$MB sh bench/store-pg.sh
