#!/bin/sh
# web.sh - ingest by URL and `tocsin watch` against a local HTTP server
# started here (python3's http.server on 127.0.0.1): feed polling with
# conditional GET, items fetched once, failures retried later, wrong content
# types, non-English pages. Prints "N passed, N failed".
B=${B:-build}
T=$(pwd)/$B/tocsin
tmp=$(mktemp -d)
pass=0
fail=0
ok() { pass=$((pass + 1)); echo "ok   $1"; }
no() { fail=$((fail + 1)); echo "FAIL $1"; [ -f "$tmp/err" ] && sed 's/^/     /' "$tmp/err" | head -8; }
check() { name=$1; shift; if "$@"; then ok "$name"; else no "$name"; fi; }
q() { sqlite3 "$1" "$2"; }
if ! command -v python3 >/dev/null || ! command -v sqlite3 >/dev/null; then
  echo "web tests need python3 and sqlite3; skipped"
  echo "0 passed, 0 failed"
  exit 0
fi
site=$tmp/site
mkdir -p "$site"
cp tests/web/*.html tests/web/blob.bin "$site/"
port=$((20000 + $$ % 20000))
base=http://127.0.0.1:$port
sed "s|@BASE@|$base|g" tests/web/feed1.xml >"$site/feed.xml"
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$site" >"$tmp/server.log" 2>&1 &
srv=$!
trap 'kill $srv 2>/dev/null; rm -rf "$tmp"' EXIT
i=0
until curl -s -o /dev/null "$base/feed.xml" || [ $i -gt 50 ]; do sleep 0.1; i=$((i + 1)); done

db=$tmp/w.db
"$T" ingest -q --db "$db" "$base/page1.html" 2>"$tmp/err"; rc=$?
check "ingest a page by URL" [ $rc -eq 0 ]
check "the page's events are stored" [ "$(q "$db" "select count(*) from events where source like 'KOR%'")" -gt 0 ]
check "canonical URL kept" [ "$(q "$db" "select url from documents")" = "https://harbourpost.example/world/seoul-protests-moscow" ]
check "page date kept" [ "$(q "$db" "select date from documents")" = 2024-10-21 ]
check "no event from page furniture" [ "$(q "$db" "select count(*) from events e join sentences s on s.id = e.sentence_id where s.text like '%menu%' or s.text like '%newsletter%' or s.text like '%weather%'")" = 0 ]

wdb=$tmp/watch.db
"$T" watch --once --db "$wdb" "$base/feed.xml" >"$tmp/out" 2>"$tmp/err"; rc=$?
check "watch --once exits 0" [ $rc -eq 0 ]
check "feed items fetched" [ "$(q "$wdb" "select count(*) from feed_items where status='done'")" = 3 ]
check "missing page reported" grep -q "gone.html: HTTP status 404" "$tmp/err"
check "wrong content type reported" grep -q "blob.bin: not a web page" "$tmp/err"
check "watch: the outlet is the site's name when the page gives it, else the host" \
  [ "$(q "$wdb" "select group_concat(s.name, '|') from (select distinct s.name from documents d join sources s on s.id = d.source_id where d.key like '%/page1.html' or d.key like '%/page2.html%' order by s.name) s")" = "Example Wire|harbourpost.example" ]
check "failures kept for retry" [ "$(q "$wdb" "select count(*) from feed_items where status='failed' and next_try > strftime('%s','now')")" = 2 ]
check "non-English page not coded" [ "$(q "$wdb" "select count(*) from events e join documents d on d.story_id = e.story_id where d.url like '%page-fr%'")" = 0 ]
n=$(q "$wdb" "select count(*) from events")
check "feed events stored" [ "$n" -gt 2 ]
sqlite3 "$wdb" "update feeds set next_poll = 0"
"$T" watch --once --db "$wdb" "$base/feed.xml" >"$tmp/out" 2>"$tmp/err"
check "second poll: not modified" grep -q "not modified" "$tmp/err"
check "second poll fetches nothing" [ "$(grep -c "fetched http" "$tmp/err")" = 0 ]
check "second poll adds no event" [ "$(q "$wdb" "select count(*) from events")" = "$n" ]
# the feed changes: only the new item is fetched
sleep 1
sed "s|@BASE@|$base|g; s|</channel>|<item><title>Again</title><link>$base/page2.html?copy=1</link><guid>item-6</guid></item></channel>|" \
  tests/web/feed1.xml >"$site/feed.xml"
sqlite3 "$wdb" "update feeds set next_poll = 0"
"$T" watch --once --db "$wdb" "$base/feed.xml" >"$tmp/out" 2>"$tmp/err"
check "changed feed: one new fetch" [ "$(grep -c "fetched http" "$tmp/err")" = 1 ]
check "a copy of a stored page is one story" [ "$(q "$wdb" "select max(n_articles) from stories")" = 2 ]
check "failed items not retried before their time" [ "$(grep -c "gone.html" "$tmp/err")" = 0 ]
sqlite3 "$wdb" "update feeds set next_poll = 0; update feed_items set next_try = 0 where status = 'failed'"
"$T" watch --once --db "$wdb" "$base/feed.xml" >"$tmp/out" 2>"$tmp/err"
check "due failures are retried" grep -q "gone.html: HTTP status 404 (attempt 2" "$tmp/err"
"$T" watch --once --db "$wdb" "http://127.0.0.1:1/feed.xml" >"$tmp/out" 2>"$tmp/err"; rc=$?
check "unreachable feed reported" grep -q "127.0.0.1:1/feed.xml" "$tmp/err"
check "unreachable feed recorded" [ "$(q "$wdb" "select failures from feeds where url like '%:1/feed.xml'")" = 1 ]
check "unreachable feed: --once exits 1" [ $rc -eq 1 ]
check "unreachable feed: counted as a failed fetch" grep -q "1 failed fetch" "$tmp/err"
"$T" watch --once --db "$wdb" "$base/page1.html" >"$tmp/out" 2>"$tmp/err"; rc=$?
check "a page is not a feed" grep -q "not a feed" "$tmp/err"
check "not a feed: --once exits 1" [ $rc -eq 1 ]
"$T" watch --every 5x "$base/feed.xml" 2>"$tmp/err"; check "bad --every exits 2" [ $? -eq 2 ]

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
