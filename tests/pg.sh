#!/bin/sh
# pg.sh - the store, the analytics and the HTTP API on PostgreSQL against
# SQLite: the same input into both (the example corpus, a timeline written
# for this test, the KEDS Turkey series when ../shared is there), then every
# answer compared byte for byte: events (filters, paging, one event), stories,
# exports, ladder, alerts, network and the API's JSON. A throw-away cluster
# is started for the test (tests/pgcluster.sh) and stopped at the end; the
# test skips, saying why, where none can be started. Prints "N passed, N failed".
B=${B:-build}
T=$B/tocsin
SHARED=${SHARED:-../shared}
. tests/pgcluster.sh
tmp=$(mktemp -d)
trap 'pg_down; rm -rf "$tmp"' EXIT
trap 'exit 1' INT TERM
pass=0
fail=0
ok() { pass=$((pass + 1)); echo "ok   $1"; }
no() { fail=$((fail + 1)); echo "FAIL $1"; [ -f "$tmp/err" ] && sed 's/^/     /' "$tmp/err" | head -6; }
check() { name=$1; shift; if "$@"; then ok "$name"; else no "$name"; fi; }
# same NAME ARGS...: the command's output on both backends, identical and not empty
same() {
  name=$1; shift
  "$T" "$@" --db "$lite" >"$tmp/l.out" 2>"$tmp/err"; rl=$?
  "$T" "$@" --db "$pg" >"$tmp/p.out" 2>>"$tmp/err"; rp=$?
  if [ $rl -eq $rp ] && [ -s "$tmp/l.out" ] && cmp -s "$tmp/l.out" "$tmp/p.out"; then ok "same: $name"
  else no "same: $name (exit $rl/$rp)"; diff "$tmp/l.out" "$tmp/p.out" | cut -c1-300 | head -6; fi
}

if ! pg_up; then
  echo "skip: PostgreSQL tests: $PG_WHY"
  exit 0
fi
lite=$tmp/t.db
pg=$PGURI
export TOCSIN_DICT=${TOCSIN_DICT:-dict}

# ---- the same input into both ----
j() { printf '{"id":"%s","date":"%s","source":"%s","title":"%s","text":"%s"}\n' "$1" "$2" "$3" "$4" "$5"; }
{
  j p1 2024-01-09 "North Wire" "Lisbon protests" "Portugal accused Spain on Tuesday of breaking the water treaty."
  j p2 2024-02-13 "North Wire" "Madrid warns" "Spain threatened Portugal with sanctions over the river dispute."
  j p3 2024-03-05 "South Post" "Troops move" "Portugal mobilised its army near the border with Spain."
  j p4 2024-03-19 "North Wire" "Border clash" "Spanish forces attacked Portuguese troops near the border on Tuesday."
  j p5 2024-03-20 "South Post" "Border clash" "Spanish forces attacked Portuguese troops near the border on Tuesday."
  j p6 2024-03-22 "East Daily" "Morocco helps" "Morocco sent weapons and ammunition to Portugal on Friday."
  j p7 2024-04-02 "East Daily" "Talks" "Portugal and Spain agreed to hold talks in Rome next week."
} >"$tmp/timeline.jsonl"
for db in "$lite" "$pg"; do
  "$T" ingest --db "$db" examples/corpus "$tmp/timeline.jsonl" 2>"$tmp/ingest.$([ "$db" = "$lite" ] && echo l || echo p)" >/dev/null
done
check "ingest into PostgreSQL" [ $? -eq 0 ]
sed 's/;.*//' "$tmp/ingest.l" >"$tmp/il"; sed 's/;.*//' "$tmp/ingest.p" >"$tmp/ip"
check "ingest: the same articles, copies and events" cmp -s "$tmp/il" "$tmp/ip"
check "ingest: events stored" grep -q ' [1-9][0-9]* events' "$tmp/ip"
"$T" ingest --db "$pg" examples/corpus "$tmp/timeline.jsonl" 2>"$tmp/err" >/dev/null
check "re-ingest into PostgreSQL adds nothing" grep -q "0 new, 0 copies, [1-9][0-9]* already stored), 0 events" "$tmp/err"
if command -v psql >/dev/null 2>&1; then
  check "PostgreSQL schema is versioned" [ "$(psql -At -d "$pg" -c "select value from meta where key='schema_version'")" = \
    "$(sqlite3 "$lite" "select value from meta where key='schema_version'")" ]
fi

# ---- queries ----
same "events (json)" events --format json
same "events (table)" events
same "events of an actor, limited" events --actor PRT --limit 3 --format jsonl
same "events of a dyad, directed" events --dyad ESP-PRT --directed --format jsonl
same "events by code and window" events --code 19 --since 2024-01-01 --until 2024-12-31 --format jsonl
same "events of a place" events --country UKR --format jsonl
same "one event" show 5 --format json
"$T" show 99999 --db "$lite" 2>"$tmp/el"; rl=$?
"$T" show 99999 --db "$pg" 2>"$tmp/ep"; rp=$?
check "a missing event: the same error" sh -c "[ $rl -ne 0 ] && [ $rl -eq $rp ] && cmp -s '$tmp/el' '$tmp/ep'"
same "stories" stories --limit 0 --format jsonl
same "export cameo" export --format cameo
same "export gdelt" export --format gdelt
same "ladder by month" ladder RUS UKR --by month
same "ladder by week (jsonl)" ladder ESP PRT --by week --since 2024-01-01 --until 2024-04-30 -f jsonl
same "alerts" alerts --since 2023-01-01 --evidence 2 -f jsonl
same "alerts of a month" alerts --since 2024-03-01 --until 2024-03-31 -f jsonl
same "network" network --window 2y --format json
same "network (dot)" network --since 2023-01-01 --format dot

# ---- imports: the KEDS Turkey series ----
keds=$SHARED/data/events/turkey.cameo.tsv
if [ -s "$keds" ]; then
  "$T" import --db "$lite" --format keds "$keds" >/dev/null 2>"$tmp/kl"
  "$T" import --db "$pg" --format keds "$keds" >/dev/null 2>"$tmp/kp"
  sed 's/ in [0-9.]* s//' "$tmp/kl" >"$tmp/il"; sed 's/ in [0-9.]* s//' "$tmp/kp" >"$tmp/ip"
  check "import keds: the same counts" cmp -s "$tmp/il" "$tmp/ip"
  same "alerts on KEDS" alerts --since 1992-01-01 --limit 40
  same "alerts on KEDS, one month" alerts --since 1995-03-01 --until 1995-03-31 --limit 10 -f jsonl
  same "ladder on KEDS" ladder TUR IRQ --by month --since 1994-01-01 --until 1996-12-31
  same "network on KEDS" network --since 1995-01-01 --until 1995-12-31 --format json
else
  echo "skip: KEDS comparisons ($keds absent)"
fi

# ---- the HTTP API ----
api() { # api DB OUTDIR
  # a server that is not up in 10 s (a slow sanitizer build on a busy
  # machine) or that died (its port taken) is started again on another port
  for attempt in 0 1 2; do
    port=$((21000 + ($$ + ${3:-0} + attempt * 7919) % 20000))
    "$T" serve --db "$1" --listen 127.0.0.1:$port >"$tmp/serve.log" 2>&1 &
    spid=$!
    k=0
    while ! curl -s -o /dev/null "http://127.0.0.1:$port/api/v1/status" && [ $k -lt 100 ] &&
      kill -0 $spid 2>/dev/null; do sleep 0.1; k=$((k + 1)); done
    curl -s -o /dev/null "http://127.0.0.1:$port/api/v1/status" && break
    echo "note: the API server on port $port did not answer (attempt $attempt):" >&2
    sed 's/^/  /' "$tmp/serve.log" >&2
    kill $spid 2>/dev/null; wait $spid 2>/dev/null
  done
  mkdir -p "$2"
  for p in status events stories dyads "ladder?a=RUS&b=UKR" "alerts?since=2023-01-01" network "events/1" \
      "events?actor=PRT&limit=2" "stories/1" places "places?actor=RUS&limit=3" "events?place=gn:1871859" \
      "alerts?since=2023-01-01&place=RUS"; do
    curl -s "http://127.0.0.1:$port/api/v1/$p" | sed 's/"generated":"[^"]*"//' >"$2/$(echo "$p" | tr '?&=/' '____')"
  done
  kill $spid; wait $spid 2>/dev/null
}
if command -v curl >/dev/null 2>&1; then
  api "$lite" "$tmp/api-l" 1
  api "$pg" "$tmp/api-p" 2
  check "API answers on PostgreSQL" grep -q '"events"' "$tmp/api-p/status"
  check "API: the same JSON on both backends" diff -r "$tmp/api-l" "$tmp/api-p"
fi

# ---- tocsin copy, both ways ----
# answers of a database and of its copy: the same, byte for byte
answers() {
  "$T" events --db "$1" --format json
  "$T" stories --db "$1" --limit 0 --format jsonl
  "$T" alerts --db "$1" --since 2023-01-01 -f jsonl
  "$T" export --db "$1" --format gdelt
}
if cp2=$(pg_newdb tocsin_copy); then
  answers "$lite" >"$tmp/a-lite"
  "$T" copy -q --from "$lite" --to "$cp2" 2>"$tmp/err"
  check "copy SQLite -> PostgreSQL" [ $? -eq 0 ]
  answers "$cp2" >"$tmp/a-cp2"
  check "copy: the same answers on the copy" cmp -s "$tmp/a-lite" "$tmp/a-cp2"
  "$T" copy --from "$lite" --to "$cp2" 2>"$tmp/err"
  answers "$cp2" >"$tmp/a-cp2b"
  check "copy again: nothing added" cmp -s "$tmp/a-lite" "$tmp/a-cp2b"
  check "copy again: the counts said" grep -q "the target holds" "$tmp/err"
  # an interrupted copy: the target lost its last events and stories (as
  # when a copy stops between batches); the same command completes it
  psql -q -d "$cp2" -c "DELETE FROM events WHERE id > (SELECT max(id) / 2 FROM events)" \
    -c "DELETE FROM story_bands WHERE story_id > 10" -c "DELETE FROM story_sources WHERE story_id > 10" \
    -c "DELETE FROM stories WHERE id > 10" 2>"$tmp/err"
  answers "$cp2" >"$tmp/a-cut"
  check "an interrupted copy differs" sh -c "! cmp -s '$tmp/a-lite' '$tmp/a-cut'"
  "$T" copy -q --from "$lite" --to "$cp2" 2>"$tmp/err"
  answers "$cp2" >"$tmp/a-resumed"
  check "copy resumed: complete" cmp -s "$tmp/a-lite" "$tmp/a-resumed"
  "$T" copy -q --from "$cp2" --to "$tmp/back.db" 2>"$tmp/err"
  answers "$tmp/back.db" >"$tmp/a-back"
  check "copy PostgreSQL -> SQLite: the same answers" cmp -s "$tmp/a-lite" "$tmp/a-back"
  j n1 2024-04-09 "West Courier" "Rome talks" "Portugal and Spain met in Rome on Tuesday and agreed on a new water treaty." >"$tmp/new.jsonl"
  "$T" ingest -q --db "$cp2" "$tmp/new.jsonl" 2>"$tmp/err"
  check "a copy takes new articles (its ids go on after the copied ones)" [ $? -eq 0 ]
  "$T" ingest -q --db "$tmp/back.db" "$tmp/new.jsonl" 2>"$tmp/err"
  check "the same new story id on both" [ "$(psql -At -d "$cp2" -c "select max(id) from stories")" = \
    "$(sqlite3 "$tmp/back.db" "select max(id) from stories")" ]
  "$T" copy --from "$lite" 2>"$tmp/err"; check "copy needs --to" [ $? -eq 2 ]
fi

# ---- many writers ----
# four ingest processes at once on overlapping inputs (each article in two or
# more of them, syndicated copies split between them) must store what one
# writer stores; then a writer killed with -9 in the middle of its batches and
# run again: nothing lost, nothing twice. Compared without row ids, which
# depend on who wrote first: each article's story (by its first key), each
# event (story, sentence, actors, code, day), and the counters.
proj() {
  psql -At -d "$1" -c "SELECT d.key, (SELECT min(d2.key) FROM documents d2 WHERE d2.story_id = d.story_id)
      FROM documents d ORDER BY 1" \
    -c "SELECT (SELECT min(d.key) FROM documents d WHERE d.story_id = e.story_id), se.idx, e.source, e.target,
      e.code, e.date FROM events e LEFT JOIN sentences se ON se.id = e.sentence_id ORDER BY 1, 2, 3, 4, 5, 6" \
    -c "SELECT count(*), sum(n_articles), sum(n_sources) FROM stories" \
    -c "SELECT count(*) FROM sources" -c "SELECT count(*) FROM story_sources"
}
gen=$B/gen-corpus
if command -v psql >/dev/null 2>&1 && [ -x "$gen" ]; then
  "$gen" --mb 1 --seed 11 | head -160 >"$tmp/many.jsonl"
  body='Officials in Ankara and Athens agreed on Thursday to reopen talks on the maritime border. The two governments said the first round would be held in Brussels next month.'
  for k in 1 2 3 4 5 6; do
    printf '{"id":"copy-%d","source":"Outlet %d","date":"2024-05-02","title":"Talks to reopen","text":"%s"}\n' \
      $k $((k % 4)) "$body" >>"$tmp/many.jsonl"
  done
  n=$(wc -l <"$tmp/many.jsonl")
  one=$(pg_newdb tocsin_one) && four=$(pg_newdb tocsin_four) && killed=$(pg_newdb tocsin_killed)
  check "databases for the writers" [ -n "$killed" ]
  "$T" ingest -q --db "$one" "$tmp/many.jsonl" 2>"$tmp/err"
  # slices: 1-80, 41-120, 81-end, and everything backwards; copies fall in several
  sed -n '1,80p' "$tmp/many.jsonl" >"$tmp/w1.jsonl"
  sed -n '41,120p;161,163p' "$tmp/many.jsonl" >"$tmp/w2.jsonl"
  sed -n '81,$p' "$tmp/many.jsonl" >"$tmp/w3.jsonl"
  tac "$tmp/many.jsonl" >"$tmp/w4.jsonl"
  for w in 1 2 3 4; do
    "$T" ingest -q --batch 7 --db "$four" "$tmp/w$w.jsonl" 2>"$tmp/err$w" &
    eval "p$w=\$!"
  done
  wrc=0
  for w in 1 2 3 4; do eval "wait \$p$w" || wrc=1; done
  check "four writers at once all succeed" [ $wrc -eq 0 ]
  proj "$one" >"$tmp/one.txt"; proj "$four" >"$tmp/four.txt"
  check "one writer stored every article" [ "$(grep -c '^' "$tmp/one.txt")" -gt "$n" ]
  check "four writers store what one writer stores" cmp -s "$tmp/one.txt" "$tmp/four.txt"
  diff "$tmp/one.txt" "$tmp/four.txt" | head -5
  check "syndicated copies are one story" [ "$(psql -At -d "$four" -c "SELECT count(DISTINCT story_id) FROM documents
    WHERE key LIKE 'copy-%'")" = 1 ]
  "$T" ingest -q --batch 5 --db "$killed" "$tmp/many.jsonl" 2>/dev/null &
  kp=$!
  k=0
  while [ "$(psql -At -d "$killed" -c "SELECT count(*) FROM documents" 2>/dev/null || echo 0)" -lt 20 ] && [ $k -lt 300 ]; do
    sleep 0.1; k=$((k + 1))
  done
  kill -9 $kp 2>/dev/null; wait $kp 2>/dev/null
  part=$(psql -At -d "$killed" -c "SELECT count(*) FROM documents")
  check "killed mid-way: some batches committed" [ "$part" -ge 20 ] && [ "$part" -lt "$n" ]
  "$T" ingest -q --db "$killed" "$tmp/many.jsonl" 2>"$tmp/err"
  proj "$killed" >"$tmp/killed.txt"
  check "kill -9 then again: nothing lost, nothing twice" cmp -s "$tmp/one.txt" "$tmp/killed.txt"
else
  echo "skip: many writers (needs psql and $gen)"
fi

# ---- two watch processes share a feed ----
# both start at once on one PostgreSQL database with the same feed: the feed
# is claimed by one (FOR UPDATE SKIP LOCKED), polled once, each item fetched
# once; what is stored equals one watcher's work on SQLite
if command -v python3 >/dev/null 2>&1 && command -v curl >/dev/null 2>&1 && wdb=$(pg_newdb tocsin_watch); then
  site=$tmp/site
  mkdir -p "$site"
  cp tests/web/*.html tests/web/blob.bin "$site/"
  wport=$((22000 + $$ % 20000))
  base=http://127.0.0.1:$wport
  sed "s|@BASE@|$base|g" tests/web/feed1.xml >"$site/feed.xml"
  python3 -m http.server "$wport" --bind 127.0.0.1 --directory "$site" >"$tmp/http.log" 2>&1 &
  hp=$!
  k=0
  until curl -s -o /dev/null "$base/feed.xml" || [ $k -gt 50 ]; do sleep 0.1; k=$((k + 1)); done
  "$T" watch --once --db "$tmp/watch.db" "$base/feed.xml" >/dev/null 2>"$tmp/w0"
  : >"$tmp/http.log"
  "$T" watch --once --db "$wdb" "$base/feed.xml" >/dev/null 2>"$tmp/w1" &
  wa=$!
  "$T" watch --once --db "$wdb" "$base/feed.xml" >/dev/null 2>"$tmp/w2" &
  wb=$!
  wait $wa; wait $wb
  check "two watchers: the feed is polled once" [ "$(grep -c 'GET /feed.xml' "$tmp/http.log")" = 1 ]
  check "two watchers: each item fetched once" [ "$(cat "$tmp/w1" "$tmp/w2" | grep -c 'fetched http')" = \
    "$(grep -c 'fetched http' "$tmp/w0")" ]
  "$T" events --db "$tmp/watch.db" --format jsonl | sed 's/"id":[0-9]*,"story":[0-9]*,//' | sort >"$tmp/we1"
  "$T" events --db "$wdb" --format jsonl | sed 's/"id":[0-9]*,"story":[0-9]*,//' | sort >"$tmp/we2"
  check "two watchers store what one stores" sh -c "[ -s '$tmp/we1' ] && cmp -s '$tmp/we1' '$tmp/we2'"
  kill $hp 2>/dev/null; wait $hp 2>/dev/null
fi

# ---- errors ----
"$T" events --db "postgresql://tocsin:secret@127.0.0.1:1/none" 2>"$tmp/err"; rc=$?
check "no server: a clear error" [ $rc -ne 0 ]
check "no server: the password is not shown" sh -c "! grep -q secret '$tmp/err'"
TOCSIN_DB=$pg "$T" events --limit 1 --format jsonl >"$tmp/env" 2>"$tmp/err"
check "TOCSIN_DB names the database" grep -q '"id"' "$tmp/env"
# a write queued in the pipeline (an event's insert) that the server refuses:
# the error reaches ingest, and nothing of that article is stored
if command -v psql >/dev/null 2>&1 && edb=$(pg_newdb tocsin_refuse); then
  j e1 2024-05-02 "North Wire" "Clash" "Spanish forces attacked Portuguese troops near the border on Tuesday." >"$tmp/refuse.jsonl"
  printf '' | "$T" ingest -q --db "$edb" - 2>/dev/null
  psql -q -d "$edb" -c "ALTER TABLE events ADD CONSTRAINT refuse_19 CHECK (root <> '19')" 2>>"$tmp/err"
  "$T" ingest --db "$edb" "$tmp/refuse.jsonl" >/dev/null 2>"$tmp/err"; rc=$?
  check "a refused queued write: ingest fails" [ $rc -ne 0 ]
  check "a refused queued write: the server's reason is shown" grep -q refuse_19 "$tmp/err"
  check "a refused queued write: nothing of the article stored" \
    [ "$(psql -At -d "$edb" -c 'select (select count(*) from documents) + (select count(*) from stories)')" = 0 ]
  psql -q -d "$edb" -c "ALTER TABLE events DROP CONSTRAINT refuse_19"
  "$T" ingest --db "$edb" "$tmp/refuse.jsonl" >/dev/null 2>"$tmp/err"
  check "a refused queued write: stored once allowed" \
    [ "$(psql -At -d "$edb" -c "select count(*) from events where root = '19'")" -ge 1 ]
fi
finish() { echo "$pass passed, $fail failed"; [ "$fail" -eq 0 ]; }
finish
