#!/bin/sh
# serve.sh - `tocsin serve` through real HTTP (curl, and python3 for JSON and
# raw sockets): every endpoint's shape, and its items equal to the commands'
# JSON output on the same database; paging and filters; refusals (400, 404,
# 405, 414, 431), path traversal, SQL-looking parameters, a slow client; the
# dashboard's files and their absence; a writer adding to the database while
# the server runs; a clean stop on SIGTERM. Prints "N passed, N failed".
B=${B:-build}
T=$B/tocsin
tmp=$(mktemp -d)
pass=0
fail=0
pids=""
ok() { pass=$((pass + 1)); echo "ok   $1"; }
no() { fail=$((fail + 1)); echo "FAIL $1"; [ -f "$tmp/err" ] && sed 's/^/     /' "$tmp/err" | head -8; }
check() { name=$1; shift; if "$@"; then ok "$name"; else no "$name"; fi; }
cleanup() {
  for p in $pids; do kill "$p" 2>/dev/null; done
  for p in $pids; do wait "$p" 2>/dev/null; done
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 1' HUP INT PIPE TERM
if ! command -v curl >/dev/null || ! command -v python3 >/dev/null || ! command -v sqlite3 >/dev/null; then
  echo "serve tests need curl, python3 and sqlite3; skipped"
  echo "0 passed, 0 failed"
  exit 0
fi

# starts `tocsin serve` on a free port: serve NAME ARGS...; sets $pid and $base
serve() {
  name=$1
  shift
  "$T" serve --listen 127.0.0.1:0 "$@" 2>"$tmp/$name.log" &
  pid=$!
  pids="$pids $pid"
  i=0
  until grep -q 'listening on' "$tmp/$name.log" 2>/dev/null; do
    i=$((i + 1))
    if [ $i -gt 300 ] || ! kill -0 $pid 2>/dev/null; then
      base=http://127.0.0.1:1
      return 1
    fi
    sleep 0.1
  done
  base=$(sed -n 's|.*listening on \(http://127\.0\.0\.1:[0-9]*\)/ .*|\1|p' "$tmp/$name.log")
}
# get PATH [curl options]: body to $tmp/body, status to $code
get() {
  p=$1
  shift
  code=$(curl -s -o "$tmp/body" -w '%{http_code}' --max-time 20 "$@" "$base$p")
}
# JSON checks: json EXPRESSION (python, `d` is the last body); exits 0 if true
json() {
  python3 -c "import json,sys; d=json.load(open('$tmp/body')); sys.exit(0 if ($1) else 1)" 2>"$tmp/err"
}
# same_items BODYFIELD FILE: the body's d[field] equals the JSON Lines of FILE
same_items() {
  python3 - "$tmp/body" "$1" "$2" >"$tmp/err" 2>&1 <<'EOF'
import json, sys
body, field, lines = sys.argv[1], sys.argv[2], sys.argv[3]
got = json.load(open(body))
for k in field.split('.'):
    if k:
        got = got[k]
want = [json.loads(l) for l in open(lines) if l.strip()]
if got != want:
    print("API:", json.dumps(got)[:300]); print("CLI:", json.dumps(want)[:300]); sys.exit(1)
if not want:
    print("nothing to compare"); sys.exit(1)
EOF
}

db=$tmp/t.db
"$T" ingest -q --db "$db" examples/corpus/articles.jsonl 2>"$tmp/err"
check "example corpus ingested" [ "$(sqlite3 "$db" 'select count(*) from events')" -gt 20 ]
"$T" serve --help >"$tmp/out" 2>&1; check "serve --help exits 0" [ $? -eq 0 ]
check "serve --help documents --listen and --web" grep -q -- "--web DIR" "$tmp/out"
"$T" serve --listen nowhere >/dev/null 2>"$tmp/err"; check "bad --listen exits 2" [ $? -eq 2 ]
"$T" serve --threads 0 >/dev/null 2>"$tmp/err"; check "bad --threads exits 2" [ $? -eq 2 ]
"$T" serve --db "$tmp/missing.db" --listen 127.0.0.1:0 >/dev/null 2>"$tmp/err"
check "missing database: exits 1" [ $? -eq 1 ]

web=$tmp/web
mkdir -p "$web/assets"
printf '<!doctype html><title>t</title><script src="assets/app.js"></script>\n' >"$web/index.html"
printf 'console.log("tocsin");\n' >"$web/assets/app.js"
printf 'body{}\n' >"$web/assets/app.css"
printf 'secret\n' >"$web/.hidden"
printf 'outside\n' >"$tmp/outside.txt"
ln -s "$tmp/outside.txt" "$web/assets/leak.txt"
serve main --db "$db" --web "$web" --threads 2 --timeout 2
check "server starts" [ -n "$base" ] && [ "$base" != http://127.0.0.1:1 ]
check "startup line names the database and read-only" grep -q "listening on http://127.0.0.1:[0-9]*/ (db .*t.db, read-only)" "$tmp/main.log"

# --- status ---
get /api/v1/status
check "status 200" [ "$code" = 200 ]
check "status counts events" json "d['events'] == $(sqlite3 "$db" 'select count(*) from events')"
check "status counts stories and articles" json "d['stories'] == $(sqlite3 "$db" 'select count(*) from stories') and d['articles'] == $(sqlite3 "$db" 'select count(*) from documents')"
check "status dates and version" json "d['first_date'] == '$(sqlite3 "$db" 'select min(date) from events')' and d['last_date'] == '$(sqlite3 "$db" 'select max(date) from events')' and d['version'] and d['read_only'] is True"
version1=$(python3 -c "import json; print(json.load(open('$tmp/body'))['version'])")
curl -s -D "$tmp/h" -o /dev/null "$base/api/v1/status"
check "API: JSON content type" grep -qi '^content-type: application/json; charset=utf-8' "$tmp/h"
check "API: no-store and nosniff" sh -c "grep -qi '^cache-control: no-store' '$tmp/h' && grep -qi '^x-content-type-options: nosniff' '$tmp/h'"
curl -s -I -o "$tmp/h" -w '%{http_code}' "$base/api/v1/alerts" >"$tmp/code"
check "HEAD answers headers" [ "$(cat "$tmp/code")" = 200 ]

# --- events: the items of tocsin events --format jsonl ---
"$T" events --db "$db" -f jsonl --limit 5 >"$tmp/cli" 2>"$tmp/err"
get "/api/v1/events?limit=5"
check "events?limit=5 = tocsin events --limit 5" same_items items "$tmp/cli"
check "events: limit, offset, next_offset" json "d['limit'] == 5 and d['offset'] == 0 and d['next_offset'] == 5"
"$T" events --db "$db" -f jsonl --limit 10 | tail -n 5 >"$tmp/cli"
get "/api/v1/events?offset=5&limit=5"
check "events: the second page" same_items items "$tmp/cli"
n=$(sqlite3 "$db" 'select count(*) from events')
get "/api/v1/events?limit=1000"
check "events: the last page has no next_offset" json "d['next_offset'] is None and len(d['items']) == $n"
check "events: both dates, the article's and the event's own" json "all(len(e['date']) == 10 and e['when'][:4].isdigit() for e in d['items']) and any(e['when'] != e['date'] for e in d['items'])"
# where events happened (issue 14): by country and by bounding box, as tocsin events --country
"$T" events --db "$db" -f jsonl --country UKR >"$tmp/cli" 2>"$tmp/err"
get "/api/v1/events?country=UKR&limit=1000"
check "events?country=UKR = tocsin events --country UKR" same_items items "$tmp/cli"
check "events?country=UKR: some, all placed in Ukraine" json "d['items'] and all(e['where']['country'] == 'UKR' for e in d['items'])"
get "/api/v1/events?bbox=124,37,127,40&limit=1000"
check "events?bbox: Pyongyang's events inside the box, nothing outside" json "any('Pyongyang' in e['where']['name'] for e in d['items']) and all(124 <= e['where']['lon'] <= 127 and 37 <= e['where']['lat'] <= 40 for e in d['items'])"
get "/api/v1/events?bbox=127,37,124,40"
check "events?bbox: west past east is 400" [ "$code" = 400 ]
get "/api/v1/events?country=Ukraine"
check "events?country: not ISO3 is 400" [ "$code" = 400 ]
# the map's places: the located events grouped by place, each place's count
# the number of events the events endpoint gives for it
get "/api/v1/places?limit=5000"
cp "$tmp/body" "$tmp/places.json"
total=$(sqlite3 "$db" "select count(*) from events")
located=$(sqlite3 "$db" "select count(*) from events where geo_lat is not null")
check "places: located and unlocated add up to the events" json "d['located'] == $located and d['located'] + d['unlocated'] == $total and d['located'] > 0"
check "places: every located event counted once, most events first" json "sum(p['events'] for p in d['items']) == d['located'] and [p['events'] for p in d['items']] == sorted((p['events'] for p in d['items']), reverse=True)"
check "places: the quad counts add up, the colour is the biggest class" json "all(sum(p['quad']) == p['events'] and p['quad'][p['quad_class'] - 1] == max(p['quad']) for p in d['items'])"
check "places: Pyongyang with its coordinates" json "any(p['name'].startswith('Pyongyang') and p['country'] == 'PRK' and abs(p['lat'] - 39.0) < 0.1 and abs(p['lon'] - 125.75) < 0.1 for p in d['items'])"
ok_keys=1
for k in $(python3 -c "import json; [print(p['key']) for p in json.load(open('$tmp/places.json'))['items'][:4]]"); do
  np=$(python3 -c "import json; print([p['events'] for p in json.load(open('$tmp/places.json'))['items'] if p['key'] == '$k'][0])")
  get "/api/v1/events?place=$k&limit=1000"
  json "len(d['items']) == $np and all(e['where'].get('feature') == '$k' for e in d['items'])" || ok_keys=0
  "$T" events --db "$db" -f jsonl --place "$k" >"$tmp/cli"
  same_items items "$tmp/cli" || ok_keys=0
done
check "events?place=KEY: a place's events, as many as places counts, = tocsin events --place" [ $ok_keys = 1 ]
get "/api/v1/places?country=UKR"
check "places?country=UKR: only places in Ukraine" json "d['items'] and all(p['country'] == 'UKR' for p in d['items'])"
get "/api/v1/places?actor=PRK&limit=2"
check "places: the actor filter and the limit" json "len(d['items']) <= 2 and d['located'] < $located"
get "/api/v1/places?place=%01"
check "places?place: a control character is 400" [ "$code" = 400 ]
# alerts at a place: those with an evidence event there
first=$(sqlite3 "$db" "select min(date) from events")
get "/api/v1/alerts?since=$first&max=1000"
cp "$tmp/body" "$tmp/all-alerts.json"
pk=$(python3 -c "import json; print(json.load(open('$tmp/places.json'))['items'][0]['key'])")
get "/api/v1/alerts?since=$first&max=1000&place=$pk"
cp "$tmp/body" "$tmp/place-alerts.json"
ids=$(python3 -c "import json; print(' '.join(str(e['id']) for a in json.load(open('$tmp/place-alerts.json'))['items'] for e in a['evidence']))")
at=0
for i in $ids; do
  get "/api/v1/events/$i"
  json "d.get('where', {}).get('feature') == '$pk'" && at=$((at + 1))
done
check "alerts?place: fewer alerts, each with evidence at the place" python3 -c "import json,sys; a=json.load(open('$tmp/all-alerts.json'))['items']; p=json.load(open('$tmp/place-alerts.json'))['items']; sys.exit(0 if 0 < len(p) < len(a) and $at >= len(p) else 1)"
# the evidence of alerts says where it happened, as the event does, in JSON and in text
ev_where=$(python3 -c "import json; print([e['id'] for a in json.load(open('$tmp/all-alerts.json'))['items'] for e in a['evidence'] if e.get('where')][0])" 2>/dev/null)
get "/api/v1/events/$ev_where"
cp "$tmp/body" "$tmp/ev-where.json"
check "alerts: evidence carries the event's place" python3 -c "import json,sys
ev = json.load(open('$tmp/ev-where.json'))['where']
items = [e for a in json.load(open('$tmp/all-alerts.json'))['items'] for e in a['evidence']]
w = [e['where'] for e in items if e['id'] == $ev_where][0]
sys.exit(0 if all('where' in e for e in items) and all(w[k] == ev[k] for k in ('type', 'name', 'country', 'lat', 'lon', 'feature')) else 1)"
wname=$(python3 -c "import json; print(json.load(open('$tmp/ev-where.json'))['where']['name'])")
"$T" alerts --db "$db" --since "$first" --limit 1000 --evidence 100 >"$tmp/alerts.txt" 2>"$tmp/err"
check "alerts text: the evidence's place named" grep -qF ", in $wname" "$tmp/alerts.txt"
get "/api/v1/alerts?since=$first&max=1000&place=gn:0"
check "alerts?place: none at a place with no events" json "d['items'] == []"
get "/api/v1/alerts?since=$first&max=1000&country=PRK"
check "alerts?country: some, not all" python3 -c "import json,sys; a=json.load(open('$tmp/all-alerts.json'))['items']; p=json.load(open('$tmp/body'))['items']; sys.exit(0 if 0 < len(p) < len(a) else 1)"
"$T" events --db "$db" -f jsonl --dyad RUS-PRK --since 2024-01-01 --until 2024-12-31 >"$tmp/cli"
get "/api/v1/events?a=RUS&b=PRK&since=2024-01-01&until=2024-12-31&limit=1000"
check "events: dyad and dates = the CLI's" same_items items "$tmp/cli"
"$T" events --db "$db" -f jsonl --actor PRK --code 07 >"$tmp/cli"
get "/api/v1/events?actor=PRK&code=07&limit=1000"
check "events: actor and code = the CLI's" same_items items "$tmp/cli"
get "/api/v1/events?a=RUS&b=PRK&directed=1&limit=1000"
check "events: directed" json "d['items'] and all(e['source'].startswith('RUS') and e['target'].startswith('PRK') for e in d['items'])"
check "events: names beside the codes" json "d['items'] and all(e['source_name'].startswith('Russia') and e['target_name'].startswith('North Korea') and e['code_name'] for e in d['items'])"
get "/api/v1/alerts?max=1000"
check "alerts: the actors' names" json "d['items'] and all(a['a_name'] and a['b_name'] and bool(a['third']) == bool(a['third_name']) and all(e['code_name'] for e in a['evidence']) for a in d['items'])"
get "/api/v1/network"
check "network: nodes and edges named" json "d['nodes'] and all(n['name'] for n in d['nodes']) and all(e['a_name'] and e['b_name'] for e in d['edges'])"
get "/api/v1/dyads?q=rus"
check "dyads and ladder: names" json "any(x['a_name'] == 'Russia' or x['b_name'] == 'Russia' for x in d['items'])"
get "/api/v1/ladder?a=RUS&b=UKR"
check "ladder: names of a and b" json "d['a_name'] == 'Russia' and d['b_name'] == 'Ukraine'"
id=$(sqlite3 "$db" "select min(id) from events where code like '07%'")
"$T" show --db "$db" -f json "$id" >"$tmp/cli"
get "/api/v1/events/$id"
check "events/{id} = tocsin show --format json" python3 -c "import json; a=json.load(open('$tmp/body')); b=json.load(open('$tmp/cli')); exit(a != b or not a['sources'])"
get /api/v1/events/999999
check "unknown event: 404" [ "$code" = 404 ]
check "error body" json "d['error']['status'] == 404 and 'no event' in d['error']['message']"

# --- stories ---
"$T" stories --db "$db" -f jsonl --limit 3 >"$tmp/cli"
get "/api/v1/stories?limit=3"
check "stories = tocsin stories --format jsonl" same_items items "$tmp/cli"
check "stories page" json "d['next_offset'] == 3"
sid=$(sqlite3 "$db" 'select story_id from events group by story_id order by count(*) desc limit 1')
get "/api/v1/stories/$sid"
check "stories/{id}: story, articles, events" json "d['id'] == $sid and d['articles'] and len(d['events']) == $(sqlite3 "$db" "select count(*) from events where story_id = $sid") and all(e['story'] == $sid for e in d['events'])"

# --- analytics: the items of the CLI's JSON output ---
"$T" alerts --db "$db" -f jsonl >"$tmp/cli" 2>"$tmp/err"
get /api/v1/alerts
check "alerts = tocsin alerts --format jsonl" same_items items "$tmp/cli"
check "alerts window" json "d['until'] == '$(sqlite3 "$db" 'select max(date) from events')' and d['since'] < d['until']"
"$T" alerts --db "$db" -f jsonl --since 2024-01-01 --until 2024-12-31 --min-rung 2 --max 3 >"$tmp/cli" 2>"$tmp/err"
get "/api/v1/alerts?since=2024-01-01&until=2024-12-31&min_rung=2&max=3"
check "alerts with a window, min_rung and max" same_items items "$tmp/cli"
get "/api/v1/alerts?since=2024-01-01&until=2024-12-31&actor=PRK&sort=newest"
check "alerts: actor and newest first" json "d['items'] and all('PRK' in (a['a'], a['b'], a['third']) for a in d['items']) and [a['last'] for a in d['items']] == sorted((a['last'] for a in d['items']), reverse=True)"
"$T" ladder RUS UKR --by month --db "$db" -f jsonl >"$tmp/cli" 2>"$tmp/err"
get "/api/v1/ladder?a=RUS&b=UKR&by=month"
check "ladder points = tocsin ladder --format jsonl" same_items points "$tmp/cli"
check "ladder: rungs and alerts of the dyad" json "d['by'] == 'month' and d['rungs'][0]['rung'] == 1 and all(sorted((a['a'], a['b'])) == ['RUS', 'UKR'] for a in d['alerts'])"
get "/api/v1/ladder?a=RUS&b=UKR&by=day&since=2000-01-01&until=2024-12-31"
check "ladder: too many periods is 400" [ "$code" = 400 ]
"$T" network --db "$db" >"$tmp/cli" 2>"$tmp/err"
python3 -c "import json; [print(json.dumps(e)) for e in json.load(open('$tmp/cli'))['edges']]" >"$tmp/cli.edges"
get /api/v1/network
check "network edges = tocsin network --format json" same_items edges "$tmp/cli.edges"
check "network window and nodes" python3 -c "import json; a=json.load(open('$tmp/body')); b=json.load(open('$tmp/cli')); exit(not (a['from'] == b['from'] and a['until'] == b['until'] and {n['id'] for n in a['nodes']} == {x for e in a['edges'] for x in (e['a'], e['b'])}))"
get "/api/v1/network?since=2023-01-01&actor=PRK"
check "network: actor filter" json "d['edges'] and all('PRK' in (e['a'], e['b']) for e in d['edges'])"
get "/api/v1/dyads?q=prk"
check "dyads: search, strongest first" json "d['items'] and all('PRK' in (x['a'], x['b']) for x in d['items']) and [x['events'] for x in d['items']] == sorted((x['events'] for x in d['items']), reverse=True) and all(x['events'] == x['cooperation'] + x['conflict'] for x in d['items'])"

# --- bad parameters: 400 naming the parameter ---
for bad in "events?since=2024-13-01:since" "events?until=yesterday:until" "events?limit=0:limit" \
  "events?limit=1001:limit" "events?offset=-1:offset" "events?code=7x:code" "events?a=RUS:b" \
  "events?directed=1:directed" "ladder?a=RUS:b" "ladder?a=RUS&b=UKR&by=year:by" "alerts?sort=worst:sort" \
  "alerts?max=99999:max" "alerts?lookback=0:lookback" "network?max_edges=x:max_edges" "dyads?q=a%20b:q" \
  "events?since=2024-05-01&until=2024-01-01:since" "events?nonsense=1:nonsense" "events?limit=5&limit=6:limit" \
  "events?actor=rus:actor" "events?since=2024-02-30:since" "events?until=July%201,%202024:until"; do
  get "/api/v1/${bad%:*}"
  check "400 for ${bad%:*}" sh -c "[ $code = 400 ] && python3 -c \"import json; d=json.load(open('$tmp/body')); exit(not (d['error']['status'] == 400 and \\\"'${bad##*:}'\\\" in d['error']['message']))\""
done
# SQL-looking strings never reach SQL as text: refused, and nothing changes
for sql in "events?a=RUS'%20OR%201=1--&b=UKR" "events?actor=PRK%22;DROP%20TABLE%20events;--" \
  "events?code=07'%20OR%20'1'='1" "dyads?q=%25'%20OR%201=1--" "ladder?a=RUS&b=UKR%20UNION%20SELECT%201"; do
  get "/api/v1/$sql"
  check "SQL-looking: 400 for $sql" [ "$code" = 400 ]
done
check "SQL-looking: the events are all there" [ "$(sqlite3 "$db" 'select count(*) from events')" = "$n" ]
get /api/v1/nothing
check "unknown endpoint: 404" [ "$code" = 404 ]
get /api/v1/events/12abc
check "malformed id: 404" [ "$code" = 404 ]
code=$(curl -s -o "$tmp/body" -D "$tmp/h" -w '%{http_code}' -X POST -d 'x=1' "$base/api/v1/events")
check "POST: 405 with Allow" sh -c "[ $code = 405 ] && grep -qi '^allow: GET, HEAD' '$tmp/h'"
code=$(curl -s -o /dev/null -w '%{http_code}' -X DELETE "$base/api/v1/events/1")
check "DELETE: 405" [ "$code" = 405 ]
long=$(python3 -c "print('A' * 6000)")
get "/api/v1/events?actor=$long"
check "over-long URL: 414" [ "$code" = 414 ]
huge=$(python3 -c "print('h' * 40000)")
code=$(curl -s -o /dev/null -w '%{http_code}' -H "X-Filler: $huge" "$base/api/v1/status")
check "over-long headers: 431" [ "$code" = 431 ]

# --- the dashboard's files, and nothing else ---
curl -s -D "$tmp/h" -o "$tmp/body" "$base/"
check "/ is index.html" grep -q 'assets/app.js' "$tmp/body"
check "the page has a Content-Security-Policy" grep -qi "^content-security-policy: default-src 'self'" "$tmp/h"
check "html content type" grep -qi '^content-type: text/html' "$tmp/h"
curl -s -D "$tmp/h" -o "$tmp/body" "$base/assets/app.js"
check "js content type" grep -qi '^content-type: text/javascript' "$tmp/h"
curl -s -D "$tmp/h" -o "$tmp/body" "$base/assets/app.css"
check "css content type" grep -qi '^content-type: text/css' "$tmp/h"
for path in "/../../../../etc/passwd" "/assets/../../outside.txt" "/%2e%2e/%2e%2e/etc/passwd" \
  "/assets/..%2f..%2foutside.txt" "/assets/%2e%2e%2f%2e%2e%2foutside.txt" "//etc/passwd" "/assets%5c..%5c..%5coutside.txt" \
  "/index.html%00.js" "/.hidden" "/assets/leak.txt" "/assets/" "/assets" "/%" "/etc/passwd"; do
  code=$(curl -s --path-as-is -o "$tmp/body" -w '%{http_code}' "$base$path")
  check "refused: $path" sh -c "[ $code -ge 400 ] && [ $code -lt 500 ] && ! grep -q 'outside\|root:\|secret' '$tmp/body'"
done
python3 - "$base" >"$tmp/err" 2>&1 <<'EOF'
import socket, sys
host, port = sys.argv[1].split("//")[1].split(":")
for target in (b"http://127.0.0.1/etc/passwd", b"../../etc/passwd", b"*"):
    s = socket.create_connection((host, int(port)), timeout=5)
    s.sendall(b"GET " + target + b" HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    r = b""
    while True:
        c = s.recv(65536)
        if not c:
            break
        r += c
    s.close()
    status = int(r.split(b" ")[1]) if r.startswith(b"HTTP/") else 0
    if not 400 <= status < 500 or b"root:" in r:
        print(target, r[:100]); sys.exit(1)
EOF
check "raw request targets that are not paths: 4xx" [ $? -eq 0 ]

# --- a slow client does not hold the server, and is dropped ---
python3 - "$base" >"$tmp/slow.out" 2>&1 <<'EOF' &
import socket, sys, time
host, port = sys.argv[1].split("//")[1].split(":")
s = socket.create_connection((host, int(port)))
s.sendall(b"GET /api/v1/status HTTP/1.1\r\nHost: x\r\n")   # half a request, then nothing
t = time.time()
s.settimeout(15)
try:
    data = s.recv(100)
    print("closed after %.1f s" % (time.time() - t) if data == b"" else "answered")
except socket.timeout:
    print("still open after 15 s")
EOF
slow=$!
sleep 0.5
code=$(curl -s -o /dev/null --max-time 3 -w '%{http_code}' "$base/api/v1/status")
check "a slow client does not block others" [ "$code" = 200 ]
wait $slow
check "a slow client is dropped after --timeout" grep -q "closed after [0-4]\." "$tmp/slow.out"

# --- a writer adds to the database while the server runs ---
get "/api/v1/events?limit=1"
cp "$tmp/body" "$tmp/events-before"
{
  printf '{"id":"w1","date":"2025-02-03","source":"Test Wire","title":"Fighting","text":"Russian forces attacked Ukrainian troops near Kharkiv on Monday."}\n'
  printf '{"id":"w2","date":"2025-02-04","source":"Test Wire","title":"Talks","text":"France and Germany signed a trade agreement in Paris on Tuesday."}\n'
} >"$tmp/more.jsonl"
"$T" ingest -q --db "$db" "$tmp/more.jsonl" 2>"$tmp/err"
n2=$(sqlite3 "$db" 'select count(*) from events')
check "the writer added events" [ "$n2" -gt "$n" ]
i=0
while [ $i -lt 50 ]; do
  get /api/v1/status
  json "d['version'] != '$version1'" && break
  sleep 0.1
  i=$((i + 1))
done
check "status: a new version after the write" json "d['version'] != '$version1'"
check "status: the new event count" json "d['events'] == $n2 and d['last_date'] == '2025-02-04'"
get "/api/v1/events?limit=1"
check "events: the cached page is replaced" json "d['items'][0]['date'] == '2025-02-04'"
get /api/v1/alerts
check "alerts: the window moves with the data" json "d['until'] == '2025-02-04'"

# --- stop on SIGTERM ---
kill -TERM $pid
wait $pid
rc=$?
check "SIGTERM: exits 0" [ $rc -eq 0 ]
check "no sanitizer report" sh -c "! grep -q 'Sanitizer\|runtime error' '$tmp/main.log'"
check "SIGTERM: says so" grep -q "terminated, stopping" "$tmp/main.log"

# --- no dashboard: / says how to build it, the API still works ---
serve nobundle --db "$db" --web "$tmp/no-such-dir" --threads 1
check "without a bundle: the startup says so" grep -q "no dashboard in .*no-such-dir.*make web" "$tmp/nobundle.log"
get /
check "without a bundle: / explains make web" sh -c "[ $code = 200 ] && grep -q 'make web' '$tmp/body'"
get /api/v1/status
check "without a bundle: the API works" [ "$code" = 200 ]
get /assets/app.js
check "without a bundle: files are 404" [ "$code" = 404 ]
kill -INT $pid
wait $pid
check "SIGINT: exits 0" [ $? -eq 0 ]

# --- a database this process may not write (as root every file is writable) ---
if [ "$(id -u)" != 0 ]; then
  cp "$db" "$tmp/ro.db"
  chmod 444 "$tmp/ro.db"
  serve ro --db "$tmp/ro.db" --web "$web"
  get /api/v1/alerts
  check "read-only database: alerts answered" [ "$code" = 200 ]
  kill $pid
  wait $pid
fi

# --- hostile hosts, slow crowds, empty answers, a running ingest (issue 12) ---
edb=$tmp/empty.db
printf 'The weather was mild in the capital on Sunday.\n' >"$tmp/calm.txt"
"$T" ingest -q --db "$edb" "$tmp/calm.txt" 2>/dev/null
serve guard --db "$edb" --web "$web" --threads 2 --timeout 2 --allow-host dash.example
port=${base##*:}
get /api/v1/status
check "Host: the listening address is served" [ "$code" = 200 ]
get /api/v1/status -H "Host: localhost:$port"
check "Host: localhost is served" [ "$code" = 200 ]
get /api/v1/status -H "Host: dash.example:$port"
check "Host: an --allow-host name is served" [ "$code" = 200 ]
get /api/v1/status -H "Host: attacker.example:$port"
check "Host: another name is 421" [ "$code" = 421 ]
get / -H "Host: attacker.example"
check "Host: the page too is refused" [ "$code" = 421 ] && ! grep -q 'assets/app.js' "$tmp/body"
get /api/v1/status -H "Host: 127.0.0.1:1$port"
check "Host: another port is 421" [ "$code" = 421 ]
python3 - "$base" >"$tmp/err" 2>&1 <<'EOF2'
import socket, sys
host, port = sys.argv[1].split("//")[1].split(":")
def ask(req):
    s = socket.create_connection((host, int(port)), timeout=5)
    s.sendall(req)
    r = b""
    while True:
        c = s.recv(65536)
        if not c:
            break
        r += c
    s.close()
    return int(r.split(b" ")[1]) if r.startswith(b"HTTP/") else 0
a = ask(b"GET /api/v1/status HTTP/1.1\r\nConnection: close\r\n\r\n")
b = ask(b"GET /api/v1/status HTTP/1.0\r\n\r\n")
print(a, b)
sys.exit(0 if (a, b) == (400, 200) else 1)
EOF2
check "Host: HTTP/1.1 without Host is 400, HTTP/1.0 is served" [ $? -eq 0 ]
get /api/v1/alerts
check "alerts with no alert: 200 and an empty list" sh -c "[ $code = 200 ] && python3 -c \"import json; d=json.load(open('$tmp/body')); exit(d['items'] != [])\""
get /api/v1/alerts
check "alerts with no alert, cached: 200" [ "$code" = 200 ]
# 200 slow connections from one client address (127.0.0.2) trickling their
# headers: the server keeps only a few of them, and a normal client (127.0.0.1)
# is still answered at once
python3 - "$base" >"$tmp/crowd.out" 2>&1 <<'EOF2' &
import socket, sys, time
host, port = sys.argv[1].split("//")[1].split(":")
conns = []
for i in range(200):
    s = socket.socket()
    s.bind(("127.0.0.2", 0))
    s.settimeout(2)
    try:
        s.connect((host, int(port)))
        s.sendall(b"GET /api/v1/status HTTP/1.1\r\n")
        conns.append(s)
    except OSError:
        pass
open_ = []
deadline = time.time() + 4
while time.time() < deadline:
    still = []
    for s in conns:
        try:
            s.sendall(b"X-a: b\r\n")
            still.append(s)
        except OSError:
            pass
    conns = still
    time.sleep(0.5)
alive = 0
for s in conns:
    s.setblocking(False)
    try:
        alive += s.recv(1) != b""
    except BlockingIOError:
        alive += 1
    except OSError:
        pass
print("held", alive)
EOF2
crowd=$!
sleep 1.5
t0=$(date +%s%N)
get /api/v1/status
t1=$(date +%s%N)
check "slow crowd: a normal client is served" [ "$code" = 200 ]
check "slow crowd: within a second" [ $(((t1 - t0) / 1000000)) -lt 1000 ]
wait $crowd
held=$(sed -n 's/^held //p' "$tmp/crowd.out")
echo "     slow crowd: ${held:-?} of 200 connections from one address held open"
check "slow crowd: one address holds at most 64 connections" [ "${held:-999}" -le 64 ]
kill $pid; wait $pid
check "no sanitizer report (guards)" sh -c "! grep -q 'Sanitizer\|runtime error' '$tmp/guard.log'"

# a busy port is named in the refusal
serve holder --db "$edb" --web "$web" --threads 1
hport=${base##*:}
"$T" serve --db "$edb" --listen "127.0.0.1:$hport" >/dev/null 2>"$tmp/err"; rc=$?
check "port in use: exit 1" [ $rc -eq 1 ]
check "port in use: the message names the port" grep -q "127.0.0.1:$hport.*in use" "$tmp/err"
check "port in use: no port 0" sh -c "! grep -q 'port 0' '$tmp/err'"
kill $pid; wait $pid

# the status follows a running ingest
if [ -x "$B/gen-corpus" ]; then
  "$B/gen-corpus" --mb ${LIVE_MB:-8} --seed 5 >"$tmp/live.jsonl"
  ldb=$tmp/live.db
  "$T" ingest -q --db "$ldb" "$tmp/calm.txt" 2>/dev/null
  serve live --db "$ldb" --web "$web" --threads 2
  "$T" ingest -q --db "$ldb" "$tmp/live.jsonl" 2>"$tmp/live.err" &
  ing=$!
  : >"$tmp/seen"
  while kill -0 $ing 2>/dev/null; do
    get /api/v1/status
    python3 -c "import json; print(json.load(open('$tmp/body'))['events'])" >>"$tmp/seen" 2>/dev/null
    sleep 0.3
  done
  wait $ing
  polls=$(wc -l <"$tmp/seen")
  distinct=$(sort -un "$tmp/seen" | wc -l)
  echo "     live status: $polls polls during the ingest, $distinct distinct event counts"
  # the ingest commits every half second and the status follows within
  # about a second: most polls see a new count
  check "status grows during an ingest" [ "$distinct" -ge 3 ] && [ $((distinct * 3)) -ge "$polls" ]
  check "status never goes back" sh -c "sort -n '$tmp/seen' | cmp -s - '$tmp/seen'"
  kill $pid; wait $pid
  rm -f "$tmp/live.jsonl"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
