#!/bin/sh
# store.sh - tests of ingest and the event database through the real binary:
# deduplication of syndicated copies, re-ingest, crash safety (kill -9 in the
# middle of an ingest), foreign and read-only databases, queries and formats.
# Prints "N passed, N failed".
B=${B:-build}
T=$B/tocsin
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
ok() { pass=$((pass + 1)); echo "ok   $1"; }
no() { fail=$((fail + 1)); echo "FAIL $1"; [ -f "$tmp/err" ] && sed 's/^/     /' "$tmp/err" | head -5; }
check() { name=$1; shift; if "$@"; then ok "$name"; else no "$name"; fi; }
q() { sqlite3 "$1" "$2"; }

db=$tmp/t.db
"$T" ingest -q --db "$db" examples/corpus 2>"$tmp/err"; rc=$?
check "ingest example corpus" [ $rc -eq 0 ]
n1=$(q "$db" "select count(*) from events")
check "events stored" [ "$n1" -gt 20 ]
docs=$(q "$db" "select count(*) from documents")
"$T" ingest -q --db "$db" examples/corpus 2>"$tmp/err"
check "re-ingest adds no event" [ "$(q "$db" "select count(*) from events")" = "$n1" ]
check "re-ingest adds no article" [ "$(q "$db" "select count(*) from documents")" = "$docs" ]
check "schema is versioned" [ "$(q "$db" "select value from meta where key='schema_version'")" = 7 ]
check "WAL mode" [ "$(q "$db" "pragma journal_mode")" = wal ]

# syndication: the same wire story from three outlets, one with another
# headline, a byline and a share box, one with straight quotes
w=$tmp/wire.jsonl
body='Russia and North Korea signed a new military cooperation agreement in Moscow on Monday. The Kremlin said the deal would expand joint training. South Korea condemned the agreement and summoned the Russian ambassador. Japan said it was deeply concerned by the growing ties between the two countries. Officials in Washington said they were studying the text of the accord.'
body2=$(printf '%s' "$body" | sed 's/Kremlin said/Kremlin’s spokesman said/')
{
  printf '{"id":"a1","source":"Wire One","date":"2024-06-20","title":"Moscow and Pyongyang sign military pact","text":"%s"}\n' "$body"
  printf '{"id":"b7","source":"Daily Two","date":"2024-06-20","title":"Russia, North Korea seal defence deal","text":"By Staff Writer\\n\\n%s\\n\\nShare this article"}\n' "$body"
  printf '{"id":"c3","url":"https://news.example.net/world/123","date":"2024-06-21","title":"Pact signed","text":"%s"}\n' "$body2"
  printf '{"id":"d9","source":"Other Paper","date":"2024-06-21","title":"Floods in the north","text":"Heavy rain flooded villages across the northern provinces on Tuesday, and rescue teams evacuated hundreds of residents as rivers burst their banks overnight."}\n'
} >"$w"
wdb=$tmp/w.db
"$T" ingest -q --db "$wdb" "$w" 2>"$tmp/err"
check "syndicated copies are one story" [ "$(q "$wdb" "select count(*) from stories")" = 2 ]
check "the story counts 3 articles" [ "$(q "$wdb" "select max(n_articles) from stories")" = 3 ]
check "the story counts 3 sources" [ "$(q "$wdb" "select max(n_sources) from stories")" = 3 ]
head -n 1 "$w" >"$tmp/one.jsonl"
"$T" ingest -q --db "$tmp/one.db" "$tmp/one.jsonl" 2>"$tmp/err"
check "copies are not coded again" [ "$(q "$wdb" "select count(*) from events e join stories s on s.id=e.story_id where s.n_articles=3")" = "$(q "$tmp/one.db" "select count(*) from events")" ]
check "a URL's host names the outlet" [ "$(q "$wdb" "select count(*) from sources where name='news.example.net'")" = 1 ]
"$T" events --db "$wdb" -f jsonl --code 057 >"$tmp/out" 2>"$tmp/err"
check "events carry NumSources" grep -q '"n_sources":3,"n_articles":3' "$tmp/out"
"$T" show --db "$wdb" "$(q "$wdb" "select min(id) from events where code like '057%'")" >"$tmp/out" 2>"$tmp/err"
check "show lists every source" [ "$(grep -c '^  - ' "$tmp/out")" = 3 ]
check "show prints the evidence" grep -q "^evidence: .*sign" "$tmp/out"
"$T" stories --db "$wdb" >"$tmp/out" 2>"$tmp/err"
check "stories lists sources" grep -q "sources: .*Daily Two" "$tmp/out"

# queries
"$T" events --db "$db" --dyad RUS-PRK -f tsv >"$tmp/out" 2>"$tmp/err"
check "dyad query" [ "$(tail -n +2 "$tmp/out" | awk -F'\t' '!(($3 ~ /^RUS/ && $4 ~ /^PRK/) || ($3 ~ /^PRK/ && $4 ~ /^RUS/))' | wc -l)" = 0 ]
check "dyad query finds events" [ "$(tail -n +2 "$tmp/out" | wc -l)" -gt 3 ]
"$T" events --db "$db" --dyad RUS-PRK --directed -f tsv >"$tmp/out" 2>"$tmp/err"
check "directed dyad" [ "$(tail -n +2 "$tmp/out" | awk -F'\t' '$3 !~ /^RUS/' | wc -l)" = 0 ]
"$T" events --db "$db" --since 2024-11-01 --until 2024-11-30 -f csv >"$tmp/out" 2>"$tmp/err"
check "date range" [ "$(tail -n +2 "$tmp/out" | cut -d, -f2 | awk '$1 < "2024-11-01" || $1 > "2024-11-30"' | wc -l)" = 0 ]
"$T" events --db "$db" --code 07 -f tsv >"$tmp/out" 2>"$tmp/err"
check "code prefix" [ "$(tail -n +2 "$tmp/out" | awk -F'\t' '$5 !~ /^07/' | wc -l)" = 0 ]
"$T" events --db "$db" --actor PRK --limit 3 -f jsonl >"$tmp/out" 2>"$tmp/err"
check "actor and limit" [ "$(wc -l <"$tmp/out")" = 3 ]
"$T" events --db "$db" --format xml >/dev/null 2>"$tmp/err"; check "bad format exits 2" [ $? -eq 2 ]
"$T" show --db "$db" 999999 >/dev/null 2>"$tmp/err"; rc=$?
check "unknown event exits 1" [ $rc -eq 1 ]
check "unknown event is said" grep -q "no event 999999" "$tmp/err"

# a database that is not ours, and one we may not write
sqlite3 "$tmp/other.db" "create table invoices(id integer, amount real); insert into invoices values (1, 9.5);"
"$T" ingest -q --db "$tmp/other.db" examples/corpus 2>"$tmp/err"; rc=$?
check "foreign database refused" [ $rc -ne 0 ]
check "foreign database named" grep -q "other.db.*not a tocsin database" "$tmp/err"
check "foreign database untouched" [ "$(q "$tmp/other.db" "select count(*) from sqlite_master")" = 1 ]
printf 'this is not a database at all, just text\n' >"$tmp/text.db"
"$T" events --db "$tmp/text.db" 2>"$tmp/err"; check "non-SQLite file refused" [ $? -ne 0 ]
"$T" events --db "$tmp/missing.db" 2>"$tmp/err"; check "missing database for queries" [ $? -ne 0 ]
cp "$wdb" "$tmp/ro.db"; chmod 444 "$tmp/ro.db"
if [ "$(id -u)" != 0 ]; then
  "$T" ingest -q --db "$tmp/ro.db" "$w" 2>"$tmp/err"; check "read-only database: clear error" [ $? -ne 0 ]
fi
"$T" events --db "$tmp/ro.db" -f tsv >/dev/null 2>"$tmp/err"; check "read-only database can be queried" [ $? -eq 0 ]

# crash safety: kill -9 in the middle of an ingest, then run it again
if [ -x "$B/gen-corpus" ]; then
  "$B/gen-corpus" --mb 6 --seed 3 >"$tmp/big.jsonl"
  total=$(wc -l <"$tmp/big.jsonl")
  cdb=$tmp/crash.db
  "$T" ingest -q --batch 100 --db "$cdb" "$tmp/big.jsonl" 2>/dev/null &
  pid=$!
  i=0
  while [ $i -lt 100 ]; do
    sleep 0.05
    n=$(sqlite3 "$cdb" "select count(*) from documents" 2>/dev/null || echo 0)
    [ "${n:-0}" -gt 200 ] && break
    i=$((i + 1))
  done
  kill -9 $pid 2>/dev/null
  wait $pid 2>/dev/null
  n=$(q "$cdb" "select count(*) from documents")
  check "killed mid-ingest: part stored" [ "$n" -gt 0 ] && [ "$n" -lt "$total" ]
  check "killed mid-ingest: database intact" [ "$(q "$cdb" "pragma integrity_check")" = ok ]
  # batches close every 100 articles or half a second: none is half-stored
  check "killed mid-ingest: no article half-stored" [ "$(q "$cdb" "select count(*) from stories s where not exists (select 1 from documents d where d.story_id = s.id)")" = 0 ]
  "$T" ingest -q --batch 100 --db "$cdb" "$tmp/big.jsonl" 2>"$tmp/err"
  check "re-run completes" [ "$(q "$cdb" "select count(*) from documents")" = "$total" ]
  check "re-run adds no duplicate" [ "$(q "$cdb" "select count(distinct key) from documents")" = "$total" ]
  check "no duplicate events" [ "$(q "$cdb" "select count(*) from (select story_id, sentence_id, source, target, code from events group by 1,2,3,4,5 having count(*) > 1)")" = 0 ]
fi

# language: short items of tests/data/lang (English and 13 other languages),
# one JSON Lines record each; every English one coded under the default
# --lang auto, each other one named with its guessed language
lj=$tmp/lang.jsonl
grep -v '^#' tests/data/lang/short-texts.tsv | awk -F '\t' '{
  t = $2; gsub(/\\/, "\\\\", t); gsub(/"/, "\\\"", t)
  printf "{\"id\":\"item%02d-%s\",\"date\":\"2024-11-05\",\"text\":\"%s\"}\n", NR, $1, t }' >"$lj"
nen=$(grep -c '^en	' tests/data/lang/short-texts.tsv)
nall=$(grep -vc '^#' tests/data/lang/short-texts.tsv)
"$T" ingest --db "$tmp/lang.db" "$lj" >"$tmp/out" 2>"$tmp/err"
check "lang auto: $((nall - nen)) others left out" grep -q "($((nall - nen)) not English, not coded)" "$tmp/err"
check "lang auto: each named with its language" [ "$(grep -c ': not coded: read as ' "$tmp/err")" = $((nall - nen)) ]
check "lang auto: a German item is named as de" grep -q 'item[0-9]*-de: not coded: read as de,' "$tmp/err"
check "lang auto: no English item left out" sh -c "! grep -q -- '-en: not coded' '$tmp/err'"
"$T" ingest --db "$tmp/lang2.db" --lang any "$lj" >"$tmp/out" 2>"$tmp/err"
check "lang any: nothing left out" sh -c "! grep -q 'not coded' '$tmp/err'"
"$T" ingest --db "$tmp/lang3.db" --lang klingon "$lj" >"$tmp/out" 2>"$tmp/err"; rc=$?
check "lang: a bad value is refused" [ $rc -eq 2 ]
check "lang: the refusal names it" grep -q "klingon" "$tmp/err"

# --- a record that cannot be coded as one piece does not stop the ingest ---
python3 - "$tmp/huge.jsonl" <<'PY'
import json, sys
with open(sys.argv[1], "w") as f:
    f.write(json.dumps({"id": "h1", "text": "Russia condemned Ukraine over the shelling of the border town."}) + "\n")
    f.write(json.dumps({"id": "h2", "text": "x" * 700000}) + "\n")
    f.write(json.dumps({"id": "h3", "text": "\u4e2d\u56fd" * 150000}, ensure_ascii=False) + "\n")
    f.write(json.dumps({"id": "h4", "text": "Japan praised Brazil for the talks on the trade pact. " * 100000}) + "\n")
    f.write(json.dumps({"id": "h5", "text": "France condemned Iran over the arrest of the two journalists."}) + "\n")
PY
"$T" ingest -q --lang any --db "$tmp/huge.db" "$tmp/huge.jsonl" 2>"$tmp/err"; rc=$?
check "oversized records: ingest exits 0" [ $rc -eq 0 ]
check "oversized records: the later records are coded" [ "$(q "$tmp/huge.db" "select count(*) from events where code like '11%' and src_country='FRA'")" = 1 ]
check "oversized records: the long line's events are coded" [ "$(q "$tmp/huge.db" "select count(*) from events where src_country='JPN'")" -gt 0 ]
check "oversized records: the cut is reported" grep -q "huge.jsonl:4: .*cut at a sentence end" "$tmp/err"
# an article over the 16 MiB article cap is reported and skipped; exit 3
yes 'Russia condemned Ukraine again while the talks stalled.' | head -c $((17 * 1024 * 1024)) >"$tmp/huge.txt"
printf 'Germany praised Poland for the new border agreement.\n' >"$tmp/small.txt"
"$T" ingest -q --db "$tmp/huge2.db" "$tmp/huge.txt" "$tmp/small.txt" 2>"$tmp/err"; rc=$?
check "article over 16 MiB: exit 3 (some input skipped)" [ $rc -eq 3 ]
check "article over 16 MiB: named and skipped" grep -q "huge.txt: .*16 MiB.*skipped" "$tmp/err"
check "article over 16 MiB: the rest is stored" [ "$(q "$tmp/huge2.db" "select count(*) from documents")" = 1 ]
rm -f "$tmp/huge.txt" "$tmp/huge.jsonl"
"$T" ingest -q --db "$tmp/huge2.db" "$tmp/nope.txt" "$tmp/small.txt" 2>"$tmp/err"; rc=$?
check "missing input beside a good one: exit 3" [ $rc -eq 3 ]

# --- an article is its id, its content and its source ---
{
  printf '{"id":"same","source":"Wire A","text":"Russia condemned Ukraine over the shelling of the border town on Monday."}\n'
  printf '{"id":"same","source":"Wire A","text":"France praised Germany for the trade agreement signed in Paris on Tuesday."}\n'
} >"$tmp/clash.jsonl"
"$T" ingest -q --db "$tmp/clash.db" "$tmp/clash.jsonl" 2>"$tmp/err"; rc=$?
check "reused id: both articles stored" [ "$(q "$tmp/clash.db" "select count(*) from documents")" = 2 ]
check "reused id: the second article's events are kept" [ "$(q "$tmp/clash.db" "select count(*) from events where src_country='FRA'")" -gt 0 ]
check "reused id: the clash is reported" grep -q "clash.jsonl:2: .*id \"same\" .*different" "$tmp/err"
check "reused id: exit 0" [ $rc -eq 0 ]
n=$(q "$tmp/clash.db" "select count(*) from events")
"$T" ingest --db "$tmp/clash.db" "$tmp/clash.jsonl" 2>"$tmp/err"; rc=$?
check "reused id: the same input again is already stored" grep -q "2 already stored" "$tmp/err"
check "reused id: nothing added the second time" [ "$(q "$tmp/clash.db" "select count(*) from events")" = "$n" ] && [ "$(q "$tmp/clash.db" "select count(*) from documents")" = 2 ]

# --- alerts on a database whose events have no date (make sanitize runs this under UBSan) ---
printf 'Russia condemned Ukraine over the shelling of the border town.\n' >"$tmp/undated.txt"
"$T" ingest -q --db "$tmp/undated.db" "$tmp/undated.txt" 2>/dev/null
"$T" alerts --db "$tmp/undated.db" >"$tmp/out" 2>"$tmp/err"; rc=$?
check "alerts on undated events: exit 0" [ $rc -eq 0 ]
check "alerts on undated events: says there are none" grep -q "no alerts" "$tmp/out"
"$T" alerts --db "$tmp/undated.db" -f jsonl >"$tmp/out" 2>"$tmp/err"; rc=$?
check "alerts on undated events, JSON: exit 0 and nothing" [ $rc -eq 0 ] && [ ! -s "$tmp/out" ]

# --- two first ingests into a new database at once ---
printf '{"id":"c1","text":"Russia condemned Ukraine over the shelling of the border town."}\n' >"$tmp/c1.jsonl"
printf '{"id":"c2","text":"France condemned Iran over the arrest of the two journalists."}\n' >"$tmp/c2.jsonl"
trials=20
bad=0
t=0
while [ $t -lt $trials ]; do
  rm -f "$tmp/race.db" "$tmp/race.db-wal" "$tmp/race.db-shm"
  "$T" ingest -q --db "$tmp/race.db" "$tmp/c1.jsonl" 2>"$tmp/race1.err" &
  p1=$!
  "$T" ingest -q --db "$tmp/race.db" "$tmp/c2.jsonl" 2>"$tmp/race2.err" &
  p2=$!
  wait $p1; r1=$?
  wait $p2; r2=$?
  if [ $r1 -ne 0 ] || [ $r2 -ne 0 ] || [ "$(q "$tmp/race.db" "select count(*) from documents")" != 2 ]; then
    bad=$((bad + 1))
    cat "$tmp/race1.err" "$tmp/race2.err" >"$tmp/err"
  fi
  t=$((t + 1))
done
echo "     concurrent first ingests: $trials trials, $bad failed"
check "concurrent first ingests: all $trials trials succeed" [ $bad -eq 0 ]

# syndication as it comes: one wire story of four paragraphs; a local copy
# under its own headline with a byline; one with the last paragraph cut and
# "Continue reading"; one with all three; and another outlet's own report of
# the same event, which is a story of its own
p1='Sudanese army jets bombed positions of the Rapid Support Forces on the outskirts of El Fasher on Wednesday, residents and a monitoring group said.'
p2='The paramilitary force said in a statement that the strikes hit a market and killed at least nine civilians, a claim the army rejected.'
p3='Fighting around the city, the last major army stronghold in Darfur, has intensified since May, and aid agencies say supplies of food and medicine are running out.'
p4='The United Nations envoy called on both sides to allow safe passage for civilians and said talks in Jeddah could resume next month.'
{
  printf '{"id":"wire-1","source":"Wire Service","date":"2024-06-12","title":"Sudan army jets strike RSF near El Fasher","text":"%s\\n\\n%s\\n\\n%s\\n\\n%s"}\n' "$p1" "$p2" "$p3" "$p4"
  printf '{"id":"local-1","source":"Daily Courier","date":"2024-06-12","title":"Airstrikes pound Darfur city as siege tightens","text":"By Courier Staff and Wire Reports\\n\\n%s\\n\\n%s\\n\\n%s\\n\\n%s"}\n' "$p1" "$p2" "$p3" "$p4"
  printf '{"id":"local-2","source":"Evening Post","date":"2024-06-12","title":"Sudan: jets hit outskirts of El Fasher","text":"%s\\n\\n%s\\n\\n%s\\n\\nContinue reading"}\n' "$p1" "$p2" "$p3"
  printf '{"id":"local-3","source":"Morning Star","date":"2024-06-13","title":"War in Darfur: deadly strikes reported","text":"By Staff Writer\\n\\n%s\\n\\n%s\\n\\n%s\\n\\nContinue reading the main story"}\n' "$p1" "$p2" "$p3"
  printf '{"id":"other-1","source":"Other Outlet","date":"2024-06-12","title":"Civilians flee El Fasher","text":"Thousands of civilians fled El Fasher on Wednesday after army aircraft bombed areas held by the Rapid Support Forces, according to local volunteers. The RSF accused the army of killing nine people in a market. The army denied targeting civilians and said it struck weapons depots. Aid groups warned that food stocks in the besieged city could run out within weeks."}\n'
} >"$tmp/syn.jsonl"
"$T" ingest -q --db "$tmp/syn.db" "$tmp/syn.jsonl" 2>"$tmp/err"
check "syndication: wire copies with headline, byline and cut paragraph are one story" \
  [ "$(q "$tmp/syn.db" "select n_articles from stories where title like 'Sudan army jets%'")" = 4 ]
check "syndication: another outlet's own report stays a story" [ "$(q "$tmp/syn.db" "select count(*) from stories")" = 2 ]
check "syndication: the copies' outlets are counted" \
  [ "$(q "$tmp/syn.db" "select n_sources from stories where title like 'Sudan army jets%'")" = 4 ]

# --- event time (issue 10): the store keeps both dates ---
printf 'Retold\n\nNovember 6, 2024\n\nIn 2014, Russia seized Crimea from Ukraine. Yesterday, Russia attacked Ukraine.\n' >"$tmp/retold.txt"
"$T" ingest -q --db "$tmp/w.db" "$tmp/retold.txt" 2>"$tmp/err"
check "event day: the retold seizure is placed in 2014" [ "$(q "$tmp/w.db" "select date || ' ' || published || ' ' || when_text from events where when_text = '2014'")" = "2014-01-01 2024-11-06 2014" ]
check "event day: yesterday's attack" [ "$(q "$tmp/w.db" "select count(*) from events where date = '2024-11-05' and published = '2024-11-06'")" -ge 1 ]
"$T" events --db "$tmp/w.db" -f jsonl --until 2020-12-31 >"$tmp/out" 2>"$tmp/err"
check "events --until selects by the event's day" grep -q '"date":"2024-11-06","when":"2014"' "$tmp/out"
check "events --until leaves out the later event" sh -c "! grep -q '\"when\":\"2024-11-05\"' '$tmp/out'"
"$T" export --db "$tmp/w.db" --format gdelt >"$tmp/out" 2>"$tmp/err"
check "GDELT export: SQLDATE the event's, DATEADDED the article's" grep -q '	20140101	RUS.*	20241106	' "$tmp/out"
# a database of schema version 4 opens, and its dates stay what they were

# --- names beside codes (issue 13 item 3) and outlets (item 4) ---
mkdir -p "$tmp/pages"
cat >"$tmp/pages/harbour.html" <<'HTML'
<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour Gazette</title>
<meta property="og:title" content="Harbour Gazette"><meta property="og:site_name" content="Harbour Gazette">
<meta property="article:published_time" content="2024-11-23T09:00:00Z"></head>
<body><div class="overlay"><h1>Close</h1></div><article><h1>Poland accuses Belarus over border incident</h1>
<p>Poland accused Belarus of sending armed men across the border near Bialowieza on Saturday.</p></article></body></html>
HTML
printf 'Lithuania aid\n\nNovember 23, 2024\n\nLithuania sent humanitarian aid to Moldova after the storms.\n' >"$tmp/pages/plain.txt"
"$T" ingest -q --db "$tmp/o.db" "$tmp/pages" 2>"$tmp/err"
"$T" stories --db "$tmp/o.db" >"$tmp/out" 2>"$tmp/err"
check "a page's headline, not its site banner or a Close button" grep -q "Poland accuses Belarus over border incident" "$tmp/out"
check "a page's outlet is its site name" grep -q "sources: Harbour Gazette" "$tmp/out"
check "every story has one source, a plain file too" [ "$(q "$tmp/o.db" "select group_concat(n_sources) from stories")" = "1,1" ]
"$T" events --db "$tmp/o.db" -f jsonl >"$tmp/out" 2>"$tmp/err"
check "events: a plain file's event counts one source" grep -q '"n_sources":1.*"source_name":"Lithuania","target_name":"Moldova","code_name":"[A-Z][a-z]' "$tmp/out"
"$T" events --db "$tmp/o.db" -f csv >"$tmp/out" 2>"$tmp/err"
check "CSV: name columns after the codes'" sh -c "head -1 '$tmp/out' | grep -q ',source_name,target_name,code_name' && grep -q '^[0-9]*,2024-11-23,POL,BLR,.*,Poland,Belarus,' '$tmp/out'"
"$T" events --db "$tmp/o.db" >"$tmp/out" 2>"$tmp/err"
check "events table: the names under the codes" grep -q "^  *Poland -> Belarus: " "$tmp/out"
id=$(q "$tmp/o.db" "select min(e.id) from events e where e.source = 'POL'")
"$T" show --db "$tmp/o.db" "$id" >"$tmp/out" 2>"$tmp/err"
check "show: what the codes mean and the outlet" sh -c "grep -q '^what:     Poland -> Belarus: ' '$tmp/out' && grep -q '^  - Harbour Gazette' '$tmp/out'"

# --- where events happened (issue 14): stored, read back, filtered ---
cat >"$tmp/where.jsonl" <<'EOF2'
{"id":"w1","date":"2024-05-02","title":"Shelling","text":"Russian artillery shelled Ukrainian trenches near Kherson on Tuesday."}
{"id":"w2","date":"2024-05-02","title":"Raid","text":"Sudanese soldiers raided a market in Omdurman on Monday."}
{"id":"w3","date":"2024-05-02","title":"Words","text":"Japan criticised China on Monday."}
EOF2
"$T" ingest --db "$tmp/where.db" "$tmp/where.jsonl" >"$tmp/out" 2>"$tmp/err"
check "where: the place is stored with the event" [ "$(q "$tmp/where.db" "select geo_type || '|' || geo_country || '|' || geo_adm1 || '|' || round(geo_lat) || '|' || round(geo_lon) from events where source = 'RUSMIL'")" = "4|UKR|UA-65|47.0|33.0" ]
check "where: an event with no place stores none" [ "$(q "$tmp/where.db" "select count(*) from events where source = 'JPN' and geo_type is null and geo_name is null")" = 1 ]
"$T" events --db "$tmp/where.db" --country UKR -f jsonl >"$tmp/out" 2>"$tmp/err"
check "events --country: only the country's events" [ "$(wc -l <"$tmp/out")" -eq 1 ]
check "events --country: the event's where object" grep -q '"where":{"type":4,"name":"Kherson, ' "$tmp/out"
"$T" events --db "$tmp/where.db" --near 15.6,32.5,40 -f jsonl >"$tmp/out" 2>"$tmp/err"
check "events --near: within 40 km of Khartoum, Omdurman only" sh -c "[ \$(wc -l <'$tmp/out') -eq 1 ] && grep -q 'Omdurman' '$tmp/out'"
"$T" events --db "$tmp/where.db" --near 15.6,32.5,1 -f jsonl >"$tmp/out" 2>"$tmp/err"
check "events --near: nothing within 1 km" [ ! -s "$tmp/out" ]
"$T" events --db "$tmp/where.db" --near 95,32,10 >"$tmp/out" 2>"$tmp/err"; rc=$?
check "events --near: a latitude past the pole is refused" sh -c "[ $rc -eq 2 ] && grep -q 'LAT,LON,KM' '$tmp/err'"
"$T" events --db "$tmp/where.db" --country ukraine >"$tmp/out" 2>"$tmp/err"; rc=$?
check "events --country: wants ISO3" [ $rc -eq 2 ]
# the place in every output a person or a program reads: CSV, TSV, the table, show
"$T" events --db "$tmp/where.db" -f csv >"$tmp/out" 2>"$tmp/err"
check "events csv: the place's columns last in the header" sh -c "head -1 '$tmp/out' | grep -q ',when,geo_type,geo_name,geo_country,geo_adm1,geo_lat,geo_lon,geo_feature\$'"
check "events csv: the Kherson event's place" grep -q ',4,"Kherson, Kherson Oblast, Ukraine",UKR,UA-65,46\.6[0-9]*,32\.6[0-9]*,gn:[0-9]*$' "$tmp/out"
check "events csv: an event with no place has empty place columns" sh -c "grep 'Japan criticised' '$tmp/out' | grep -q ',,,,,,,\$'"
"$T" events --db "$tmp/where.db" -f tsv >"$tmp/out" 2>"$tmp/err"
check "events tsv: one more column per place field, the same in every line" sh -c "[ \$(awk -F'\t' '{print NF}' '$tmp/out' | sort -u | wc -l) -eq 1 ] && [ \$(head -1 '$tmp/out' | awk -F'\t' '{print NF}') -eq 29 ]"
check "events tsv: Omdurman with its country and coordinates" grep -q "	4	Omdurman, Khartoum State, Sudan	SDN	[^	]*	15\.6[0-9]*	32\.4[0-9]*	gn:[0-9]*\$" "$tmp/out"
"$T" events --db "$tmp/where.db" >"$tmp/out" 2>"$tmp/err"
check "events table: the place named under the event" grep -q "^  *Russian military -> Ukraine: .*, in Kherson, Kherson Oblast, Ukraine\$" "$tmp/out"
check "events table: no place, no words for it" sh -c "! grep -q '^  *Japan -> China: .*, in ' '$tmp/out'"
id=$(q "$tmp/where.db" "select id from events where source = 'RUSMIL'")
"$T" show --db "$tmp/where.db" "$id" >"$tmp/out" 2>"$tmp/err"
check "show: where it happened, in words, then its codes" sh -c "grep -q '^where:    Kherson, Kherson Oblast, Ukraine\$' '$tmp/out' && grep -q '^place:    city, UKR UA-65, 46\.6[0-9]* 32\.6[0-9]*, gn:[0-9]*\$' '$tmp/out'"
id=$(q "$tmp/where.db" "select id from events where source = 'JPN'")
"$T" show --db "$tmp/where.db" "$id" >"$tmp/out" 2>"$tmp/err"
check "show: no place, no where line" sh -c "grep -q '^what:' '$tmp/out' && ! grep -q '^where:\\|^place:' '$tmp/out'"
key=$(q "$tmp/where.db" "select geo_feature from events where source = 'RUSMIL'")
"$T" events --db "$tmp/where.db" --place "$key" -f jsonl >"$tmp/out" 2>"$tmp/err"
check "events --place: the events at that place only" sh -c "[ \$(wc -l <'$tmp/out') -eq 1 ] && grep -q '\"feature\":\"$key\"' '$tmp/out'"
"$T" events --db "$tmp/where.db" --place "gn:0" -f jsonl >"$tmp/out" 2>"$tmp/err"
check "events --place: none at a place with no events" [ ! -s "$tmp/out" ]
"$T" export --db "$tmp/where.db" --format gdelt >"$tmp/out" 2>"$tmp/err"
check "GDELT export: ActionGeo columns after DATEADDED" sh -c "head -1 '$tmp/out' | grep -q 'DATEADDED	ActionGeo_Type	ActionGeo_FullName	ActionGeo_CountryCode	ActionGeo_ADM1Code	ActionGeo_Lat	ActionGeo_Long	ActionGeo_FeatureID\$'"
check "GDELT export: the place of an event" grep -q '	4	Kherson, Kherson Oblast, Ukraine	UKR	UA-65	46\.63[0-9]*	32\.61[0-9]*	gn:[0-9]*$' "$tmp/out"
for fmt in cameo plover; do
  "$T" export --db "$tmp/where.db" --format $fmt >"$tmp/out" 2>"$tmp/err"
  check "$fmt export: the place's seven columns last" sh -c "head -1 '$tmp/out' | grep -q '	geo_type	geo_name	geo_country	geo_adm1	geo_lat	geo_lon	geo_feature\$'"
  check "$fmt export: the place of an event, none for the unplaced one" sh -c "grep -q '	4	Kherson, Kherson Oblast, Ukraine	UKR	UA-65	46\.63[0-9]*	32\.61[0-9]*	gn:[0-9]*\$' '$tmp/out' && grep '	JPN	' '$tmp/out' | grep -q '							\$'"
done

# provenance: a stored event says which document, sentence and bytes it was
# read from, as `tocsin code` says it for the same file
pf=examples/corpus/text/2025-01-13-captured-soldiers.txt
if [ -f "$pf" ]; then
  "$T" ingest -q --db "$tmp/prov.db" "$pf" 2>"$tmp/err"
  "$T" code "$pf" 2>/dev/null | python3 -c 'import json,sys
for l in sys.stdin:
    d = json.loads(l); print(d["doc"], d["sentence"], d["offset"], d["length"], d["code"])' | sort >"$tmp/prov.code"
  "$T" events --db "$tmp/prov.db" --format json | python3 -c 'import json,sys
for l in sys.stdin:
    d = json.loads(l); print(d["doc"], d["sentence"], d["offset"], d["length"], d["code"])' | sort >"$tmp/prov.events"
  check "provenance: stored events name their document, sentence and bytes" \
    sh -c "[ -s '$tmp/prov.code' ] && cmp -s '$tmp/prov.code' '$tmp/prov.events'"
  "$T" show --db "$tmp/prov.db" 1 --format json >"$tmp/prov.show" 2>&1
  check "provenance: show gives the document" grep -q "\"doc\":\"$pf\"" "$tmp/prov.show"
fi

# rough edges an analyst met on the first day
"$T" events --db "$db" -q >"$tmp/out" 2>"$tmp/err"; rc=$?
check "events -q: an unknown option, exit 2" sh -c "[ $rc -eq 2 ] && grep -q \"unknown option '-q'\" '$tmp/err'"
"$T" events --db "$db" --actor rus --format csv >"$tmp/lower" 2>/dev/null
"$T" events --db "$db" --actor RUS --format csv >"$tmp/upper" 2>/dev/null
check "events --actor rus is RUS" sh -c "[ \$(wc -l <'$tmp/upper') -gt 1 ] && cmp -s '$tmp/lower' '$tmp/upper'"
"$T" events --db "$db" --actor XYZ >"$tmp/out" 2>"$tmp/err"; rc=$?
check "events --actor XYZ: no such actor, exit 1" sh -c "[ $rc -eq 1 ] && grep -q \"no such actor 'XYZ'\" '$tmp/err'"
"$T" events --db "$db" --since 2024-10-01 --until 2024-01-01 >"$tmp/out" 2>"$tmp/err"; rc=$?
check "events: --since after --until is refused" sh -c "[ $rc -eq 2 ] && grep -q 'after --until' '$tmp/err'"
"$T" ingest --db "$tmp/never.db" "$tmp/no-such-file.txt" >"$tmp/out" 2>"$tmp/err"; rc=$?
check "ingest of a missing file: exit 1, no database created" sh -c "[ $rc -eq 1 ] && [ ! -e '$tmp/never.db' ] && grep -q 'was not created' '$tmp/err'"
cp -r examples/corpus "$tmp/slash"
"$T" ingest -q --db "$tmp/slash.db" "$tmp/slash" 2>/dev/null
"$T" ingest --db "$tmp/slash.db" "$tmp/slash/" >"$tmp/out" 2>"$tmp/err"
check "a folder named with a trailing slash is the same folder" grep -q "(0 new, 0 copies, [0-9]* already stored)" "$tmp/err"
printf 'Japan praised Brazil for the new trade pact on Monday.\n' >"$tmp/one.txt"
"$T" ingest --db "$tmp/one.db" "$tmp/one.txt" >"$tmp/out" 2>"$tmp/err"
check "one article, one event: singular words" grep -q "^1 article (1 new, 0 copies, 0 already stored), 1 event;" "$tmp/err"

# ingest --report: every article not coded, and why
{
  printf '{"id":"a1","date":"2024-11-05","text":"Russia condemned Ukraine over the strike on the border town."}\n'
  printf '{"id":"a2","date":"2024-11-05","text":"Russia condemned Ukraine over the strike on the border town."}\n'
  printf '{"id":"a3","date":"2024-11-05","text":"Le gouvernement a convoqué l ambassadeur russe à Paris mardi après les frappes contre des civils, selon un communiqué du ministère."}\n'
  printf '{"id":"a4","date":"2024-11-05","text":"   "}\n'
  printf '{"id":"a5","text":"Japan praised Brazil for the new trade pact signed on Monday."}\n'
  printf '{"id": broken\n'
} >"$tmp/rep.jsonl"
"$T" ingest --db "$tmp/rep.db" --report "$tmp/rep.tsv" "$tmp/rep.jsonl" "$tmp/absent.txt" >/dev/null 2>&1
r=$tmp/rep.tsv
check "report: a header" [ "$(head -1 "$r")" = "$(printf 'input\tid\tstatus\twhy')" ]
check "report: the copy" grep -q "rep.jsonl:2	a2	not coded	a copy of a stored story" "$r"
check "report: not English, with its language" grep -q "rep.jsonl:3	a3	not coded	not English (read as fr)" "$r"
check "report: empty" grep -q "rep.jsonl:4	a4	not coded	empty" "$r"
check "report: coded without a date" grep -q "rep.jsonl:5	a5	coded	no date" "$r"
check "report: the malformed line" grep -q "rep.jsonl:6		malformed	" "$r"
check "report: the missing file" grep -q "absent.txt		unreadable	" "$r"
check "report: the coded article is not listed" sh -c "! grep -q '	a1	' '$r'"
"$T" ingest --db "$tmp/rep.db" --report "$tmp/rep2.tsv" "$tmp/rep.jsonl" >/dev/null 2>&1
check "report: a second run lists the stored ones" grep -q "rep.jsonl:1	a1	not coded	already stored" "$tmp/rep2.tsv"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
