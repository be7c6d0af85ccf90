#!/bin/sh
# json.sh - every JSON output reads back as JSON (python3's json module on
# bytes read as strict UTF-8) when the news carries what news and file
# names can: control characters, quotes and backslashes in a headline,
# curly quotes and accents, a Latin-1 byte that is not UTF-8, a file name in
# Latin-1. Covers tocsin code, events, show, stories, alerts and the HTTP
# API; and `code --jobs 2` writes the format asked for. The articles are
# written for this test. Prints "N passed, N failed".
. tests/harness.sh
if ! command -v python3 >/dev/null || ! command -v curl >/dev/null; then
  echo "json tests need python3 and curl; skipped"
  echo "0 passed, 0 failed"
  exit 0
fi
pids=""
trap 'for p in $pids; do kill "$p" 2>/dev/null; wait "$p" 2>/dev/null; done; rm -rf "$tmp"' EXIT

# every line of FILE (or the whole file with "whole") is JSON, read as strict UTF-8
lines_json() {
  python3 - "$@" 2>"$tmp/err" <<'EOF'
import json, sys
data = open(sys.argv[1], 'rb').read().decode('utf-8')  # strict: invalid UTF-8 fails
items = [data] if len(sys.argv) > 2 else [l for l in data.split('\n') if l]
for l in items:
    json.loads(l)
sys.exit(0 if items else 1)
EOF
}
# py EXPR: true if the python expression holds, `d` being the JSON of $tmp/j
py() {
  python3 -c "import json,sys; d=json.loads(open('$tmp/j','rb').read().decode('utf-8')); sys.exit(0 if ($1) else 1)" 2>"$tmp/err"
}

# A headline with a tab, \b, \f, \u0001, \u001f, quotes and a backslash (JSON
# escapes in the feed), an outlet with a raw Latin-1 byte (0xE9), sentences with
# quotes, backslashes and curly quotes.
python3 - "$tmp/odd.jsonl" <<'EOF'
import json, sys
title = 'Kyiv "warns"\tof C:\\drills\b\f\x01\x1f \u2014 caf\u00e9'
text = ('Russia accused Ukraine of shelling the "Zaporizhzhia" plant, according to a note '
        'filed under C:\\reports\\2024.\n\nUkraine\u2019s army rejected the claim.')
with open(sys.argv[1], 'wb') as f:
    line = json.dumps({"id": "odd-1", "date": "2024-03-02", "source": "Le Caf@ Post", "title": title, "text": text})
    f.write(line.encode().replace(b'@', b'\xe9') + b'\n')  # a raw Latin-1 byte in the outlet's name
    f.write(json.dumps({"id": "odd-2", "date": "2024-03-03", "source": "Wire", "title": "Plain",
                        "text": "Ukraine condemned Russia for the strike on Kharkiv."}).encode() + b'\n')
EOF

"$T" code "$tmp/odd.jsonl" >"$tmp/code.jsonl" 2>"$tmp/code.err"
check "code: events written" test -s "$tmp/code.jsonl"
check "code: every line is JSON" lines_json "$tmp/code.jsonl"
head -n 1 "$tmp/code.jsonl" >"$tmp/j"
check "code: quotes and backslashes of the sentence read back" py "'\"Zaporizhzhia\"' in d['text'] and 'C:\\\\reports\\\\2024' in d['text']"

# a file whose name is not UTF-8: the doc id is the name, the byte becomes U+FFFD
mkdir -p "$tmp/news"
printf 'Russia accused Ukraine of shelling the plant on Tuesday.\n' >"$tmp/news/caf$(printf '\351').txt"
"$T" code --date 2024-03-05 "$tmp/news" >"$tmp/code2.jsonl" 2>/dev/null
check "code: a Latin-1 file name gives JSON" lines_json "$tmp/code2.jsonl"
head -n 1 "$tmp/code2.jsonl" >"$tmp/j"
check "code: its doc id has U+FFFD for the byte" py "d['doc'].endswith('caf\ufffd.txt')"

# --jobs 2 writes the format asked for, as --jobs 1 does
for f in tsv explain; do
  if [ $f = explain ]; then a=--explain; else a="--format tsv"; fi
  "$T" code $a "$tmp/odd.jsonl" >"$tmp/j1" 2>/dev/null
  "$T" code --jobs 2 $a "$tmp/odd.jsonl" >"$tmp/j2" 2>/dev/null
  check "code --jobs 2 $a: as --jobs 1" cmp -s "$tmp/j1" "$tmp/j2"
done

db=$tmp/odd.db
"$T" ingest --db "$db" "$tmp/odd.jsonl" >/dev/null 2>&1
"$T" events --db "$db" --format jsonl >"$tmp/events.jsonl" 2>/dev/null
check "events --format jsonl: every line is JSON" lines_json "$tmp/events.jsonl"
"$T" stories --db "$db" --format jsonl >"$tmp/stories.jsonl" 2>/dev/null
check "stories --format jsonl: every line is JSON" lines_json "$tmp/stories.jsonl"
id=$(python3 -c "import json; print([e['id'] for e in map(json.loads, open('$tmp/events.jsonl', 'rb').read().decode().splitlines()) if e['doc'] == 'odd-1'][0])" 2>/dev/null)
"$T" show --db "$db" --format json "${id:-1}" >"$tmp/j" 2>/dev/null
check "show --format json: JSON" lines_json "$tmp/j" whole
check "show: the headline's controls, quotes and backslash read back" \
  py "d['title'] == 'Kyiv \"warns\"\tof C:\\\\drills\b\f\x01\x1f \u2014 caf\u00e9'"
check "show: the outlet's Latin-1 byte is U+FFFD" py "d['sources'][0]['source'] == 'Le Caf\ufffd Post'"
"$T" alerts --db "$db" --since 2024-01-01 --format jsonl >"$tmp/alerts.jsonl" 2>/dev/null
check "alerts --format jsonl: JSON (or nothing)" sh -c "[ ! -s '$tmp/alerts.jsonl' ] || python3 -c \"import json; [json.loads(l) for l in open('$tmp/alerts.jsonl','rb').read().decode().splitlines()]\""

# the API: the same answers over HTTP
"$T" serve --db "$db" --listen 127.0.0.1:0 2>"$tmp/serve.log" &
pid=$!
pids="$pids $pid"
i=0
until grep -q 'listening on' "$tmp/serve.log" 2>/dev/null || [ $i -gt 100 ]; do i=$((i + 1)); sleep 0.1; done
base=$(sed -n 's|.*listening on \(http://127\.0\.0\.1:[0-9]*\)/ .*|\1|p' "$tmp/serve.log")
for p in status events "events/${id:-1}" stories "stories/1" dyads network "alerts?since=2024-01-01" nosuch; do
  curl -s --max-time 20 "$base/api/v1/$p" >"$tmp/j"
  check "api/v1/$p: JSON" lines_json "$tmp/j" whole
done
curl -s --max-time 20 "$base/api/v1/stories/1" >"$tmp/j"
check "api/v1/stories/1: the headline read back" \
  py "any(a['title'] == 'Kyiv \"warns\"\tof C:\\\\drills\b\f\x01\x1f \u2014 caf\u00e9' for a in d['articles'])"
finish
