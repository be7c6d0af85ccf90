#!/bin/sh
# serve.sh - tocsin serve under load: the EVENTS-event database of
# bench/analytics.sh (default 1 million; built once), the server on a free
# loopback port, then wrk (2 threads, 50 connections, 10 s, keep-alive) on
# /api/v1/alerts and /api/v1/ladder. Prints the cold answer's time (the
# computation), then requests per second and the 99th percentile latency
# while the database does not change (answers come from the cache).
set -eu
B=${B:-build}
N=${EVENTS:-1000000}
DURATION=${DURATION:-10s}
db=$B/bench/analytics-$N.db
for tool in wrk curl sqlite3; do
  command -v $tool >/dev/null || { echo "bench-serve needs $tool (make deps)"; exit 1; }
done
# an earlier generator put every event on a single dyad: rebuild such a file
if [ -s "$db" ] && [ "$(sqlite3 "$db" 'select count(*) from (select distinct src_country, tgt_country from events limit 2)')" -lt 2 ]; then
  rm -f "$db" "$db-wal" "$db-shm"
fi
[ -s "$db" ] || EVENTS=$N B=$B sh bench/analytics.sh
log=$(mktemp)
"$B/tocsin" serve --db "$db" --listen 127.0.0.1:0 2>"$log" &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -f "$log"' EXIT INT TERM
i=0
until grep -q 'listening on' "$log"; do
  i=$((i + 1))
  if [ $i -gt 6000 ] || ! kill -0 $pid 2>/dev/null; then cat "$log"; exit 1; fi
  sleep 0.1
done
base=$(sed -n 's|.*listening on \(http://[^ ]*\)/ .*|\1|p' "$log")
echo "tocsin serve on $(nproc) cores, $(sqlite3 "$db" 'select count(*) from events') events; wrk -t2 -c50 -d$DURATION --latency"
for path in /api/v1/alerts '/api/v1/ladder?a=RUS&b=UKR'; do
  cold=$(curl -s -o /dev/null --max-time 600 -w '%{time_total} %{size_download}' "$base$path")
  out=$(wrk -t2 -c50 -d"$DURATION" --latency "$base$path")
  rps=$(echo "$out" | awk '/^Requests\/sec/ {print $2}')
  p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
  errs=$(echo "$out" | awk '/Non-2xx|Socket errors/ {print}' | tr -s ' ')
  printf '%-30s %7s bytes  cold %6.2f s  %8.0f requests/s  p99 %s %s\n' "$path" "${cold#* }" "${cold% *}" \
    "$rps" "$p99" "$errs"
done
