#!/bin/sh
# cli.sh - tests that run the real tocsin binary: options, inputs good and
# bad, exit codes, output formats, threads. Prints "N passed, N failed".
B=${B:-build}
T=${B}/tocsin
BIG_MB=${BIG_MB:-100}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0

ok() { pass=$((pass + 1)); echo "ok   $1"; }
no() { fail=$((fail + 1)); echo "FAIL $1"; [ -f "$tmp/err" ] && sed 's/^/     /' "$tmp/err" | head -5; }
check() { name=$1; shift; if "$@"; then ok "$name"; else no "$name"; fi; }

# --- help and usage errors ---
"$T" --help >"$tmp/out" 2>&1; check "help exits 0" [ $? -eq 0 ]
check "help lists commands" grep -q "code" "$tmp/out"
"$T" code --help >"$tmp/out" 2>&1; check "code --help documents fields" grep -q "goldstein" "$tmp/out"
"$T" frobnicate >/dev/null 2>"$tmp/err"; check "unknown command exits 2" [ $? -eq 2 ]
"$T" code --bogus x >/dev/null 2>"$tmp/err"; rc=$?
check "unknown option exits 2" [ $rc -eq 2 ]
check "unknown option is named" grep -q -- "--bogus" "$tmp/err"
"$T" code --jobs zero x >/dev/null 2>"$tmp/err"; check "bad --jobs exits 2" [ $? -eq 2 ]

# --- plain text ---
printf 'Talks stall\n\nRussia condemned Ukraine on Monday.\n' >"$tmp/a.txt"
"$T" code -q "$tmp/a.txt" >"$tmp/out" 2>"$tmp/err"; check "text file exits 0" [ $? -eq 0 ]
check "json event fields" grep -q '"source":"RUS","target":"UKR","code":"111"' "$tmp/out"
"$T" code -q -f tsv --header "$tmp/a.txt" >"$tmp/out" 2>"$tmp/err"
check "tsv has 24 columns (7 geo after the text)" [ "$(awk -F'\t' 'NR==2{print NF}' "$tmp/out")" = 24 ]
check "tsv when beside date" [ "$(awk -F'\t' 'NR==1{print $5 "," $6}' "$tmp/out")" = "date,when" ]
check "tsv header" grep -q "^doc	sentence" "$tmp/out"
printf 'Japan condemned China.\n' | "$T" code -q >"$tmp/out" 2>"$tmp/err"
check "stdin is read" grep -q '"source":"JPN"' "$tmp/out"

# --- bad input ---
: >"$tmp/empty.txt"
"$T" code -q "$tmp/empty.txt" >"$tmp/out" 2>"$tmp/err"; rc=$?
check "empty file: nothing coded, exit 1" [ $rc -eq 1 ]
check "empty file is named" grep -q "empty.txt" "$tmp/err"
head -c 5000 /dev/urandom >"$tmp/bin.dat"; printf '\000\000' >>"$tmp/bin.dat"
"$T" code -q "$tmp/bin.dat" >"$tmp/out" 2>"$tmp/err"; rc=$?
check "binary file alone exits 1" [ $rc -eq 1 ]
check "binary file reported" grep -q "binary" "$tmp/err"
{ printf '{'; head -c 5000 /dev/urandom; printf '\000\000'; } >"$tmp/bin2.dat"
"$T" code -q "$tmp/bin2.dat" >"$tmp/out" 2>"$tmp/err"
check "binary file that opens with { reported as binary" grep -q "binary" "$tmp/err"
"$T" code -q "$tmp/bin.dat" "$tmp/a.txt" >"$tmp/out" 2>"$tmp/err"; rc=$?
check "binary plus good file exits 0" [ $rc -eq 0 ]
check "good file still coded" grep -q '"code":"111"' "$tmp/out"
"$T" code -q "$tmp/nope.txt" >"$tmp/out" 2>"$tmp/err"; rc=$?
check "missing file exits 1" [ $rc -eq 1 ]
check "missing file is named" grep -q "nope.txt" "$tmp/err"
printf '{"id":"x1","text":"Russia condemned Ukraine."}\n{"id":"x2","text":\n{"id":"x3","text":"France condemned Iran."}\n' >"$tmp/b.jsonl"
"$T" code -q "$tmp/b.jsonl" >"$tmp/out" 2>"$tmp/err"; rc=$?
check "malformed json line: exit 0" [ $rc -eq 0 ]
check "malformed json line names file:line" grep -q "b.jsonl:2:" "$tmp/err"
check "other json lines coded" [ "$(grep -c '"code"' "$tmp/out")" -eq 2 ]
printf 'Russia \377\376 condemned Ukraine.\n' >"$tmp/u.txt"
"$T" code -q "$tmp/u.txt" >"$tmp/out" 2>"$tmp/err"; rc=$?
check "invalid utf-8 still coded" grep -q '"code":"111"' "$tmp/out"
check "invalid utf-8 warning names byte" grep -q "u.txt.*byte 7" "$tmp/err"
check "output is valid utf-8" iconv -f UTF-8 -t UTF-8 "$tmp/out" -o /dev/null

# a very long single line streams in pieces: no crash, bounded memory
yes 'Russia condemned Ukraine again and again while talks stalled' | head -c $((BIG_MB * 1024 * 1024)) | tr '\n' ' ' >"$tmp/big.txt"
"$T" code -q "$tmp/big.txt" >"$tmp/out" 2>"$tmp/err"; rc=$?
check "${BIG_MB} MB single line exits 0" [ $rc -eq 0 ]
check "${BIG_MB} MB single line yields events" [ -s "$tmp/out" ]
rm -f "$tmp/big.txt"

# --- dated actors and --date ---
printf 'Rutte condemned Iran.\n' >"$tmp/r.txt"
"$T" code -q --date 2024-03-01 "$tmp/r.txt" >"$tmp/out" 2>"$tmp/err"
check "dated person before 2024-10-01 is NLDGOV" grep -q '"source":"NLDGOV"' "$tmp/out"
"$T" code -q --date 2024-11-05 "$tmp/r.txt" >"$tmp/out" 2>"$tmp/err"
check "dated person after 2024-10-01 is NATO" grep -q '"source":"NATO"' "$tmp/out"
"$T" code -q --date 05/11/2024 "$tmp/r.txt" >/dev/null 2>"$tmp/err"; check "ambiguous --date exits 2" [ $? -eq 2 ]

# --- threads give the same output in the same order ---
"$T" code -q --jobs 1 examples/corpus >"$tmp/j1" 2>/dev/null
"$T" code -q --jobs 2 examples/corpus >"$tmp/j2" 2>/dev/null
check "example corpus yields events" [ "$(wc -l <"$tmp/j1")" -gt 10 ]
check "--jobs 2 output equals --jobs 1" cmp -s "$tmp/j1" "$tmp/j2"

# --- dictionaries ---
"$T" dict check >"$tmp/out" 2>"$tmp/err"; rc=$?
check "bundled dictionaries lint clean" [ $rc -eq 0 ]
mkdir -p "$tmp/d/actors" "$tmp/d/verbs"
cp dict/grammar.txt "$tmp/d/"
printf 'country RUS Russia\ncountry UKR Ukraine\nnonsense line here\n' >"$tmp/d/actors/x.txt"
printf '111 condemn\n9999 bogus\n' >"$tmp/d/verbs/y.txt"
"$T" dict check "$tmp/d" >"$tmp/out" 2>"$tmp/err"; rc=$?
check "broken dictionary exits 1" [ $rc -eq 1 ]
check "dictionary error names file:line" grep -q "x.txt:3:" "$tmp/err"
check "verb error names file:line" grep -q "y.txt:2:" "$tmp/err"
"$T" code -q --dict "$tmp/d" "$tmp/a.txt" >"$tmp/out" 2>"$tmp/err"
check "--dict overrides, good lines still used" grep -q '"code":"111"' "$tmp/out"
"$T" code -q --dict /nonexistent "$tmp/a.txt" >/dev/null 2>"$tmp/err"; rc=$?
check "missing dictionary exits 1" [ $rc -eq 1 ]

# --- saved web pages ---
mkdir -p "$tmp/pages"
cat >"$tmp/pages/p.html" <<'HTML'
<!DOCTYPE html><html lang="en"><head><title>Ankara rebukes Damascus - Example Daily</title>
<meta property="article:published_time" content="2023-03-14T09:30:00Z"></head>
<body><nav>Home | World | Share on social media</nav><article>
<p>Turkey condemned Syria on Tuesday over shelling near the border.</p>
<script>var x = "Iran attacked Iraq";</script></article><footer>Subscribe to our newsletter</footer></body></html>
HTML
printf '<html><body><p>Japan praised Brazil for the talks.</p></body></html>' >"$tmp/pages/q.page"
"$T" code -q --format tsv "$tmp/pages" >"$tmp/out" 2>"$tmp/err"
check "web page text coded" grep -q "	TUR	SYR	111	" "$tmp/out"
check "web page date from its markup" grep -q "	2023-03-14	TUR	SYR" "$tmp/out"
check "script and navigation not coded" sh -c "! grep -q 'IRN' '$tmp/out'"
check "markup not coded as text" sh -c "! grep -q '<p>' '$tmp/out'"
check "html detected by its first bytes" grep -q "	JPN	BRA	" "$tmp/out"
"$T" code -q --format tsv --input text "$tmp/pages/p.html" >"$tmp/out" 2>"$tmp/err"
check "--input text reads a page as text" grep -q "<p>" "$tmp/out"

# --- validate ---
printf '{"id":"g1","text":"Russia condemned Ukraine.","date":null,"events":[{"src":"RUS","tgt":"UKR","code":"111","root":"11","quad":3,"uncertain":false}]}\n{"id":"g2","text":"The weather was mild.","date":null,"events":[]}\n' >"$tmp/g.jsonl"
"$T" validate "$tmp/g.jsonl" >"$tmp/out" 2>"$tmp/err"; rc=$?
check "validate exits 0" [ $rc -eq 0 ]
check "validate scores" grep -q "precision 1.000  recall 1.000  F1 1.000" "$tmp/out"
printf '{"id":"g3","text":"Japan praised Brazil.","date":null,"events":[{"src":"JPN","tgt":"IND","code":"111","root":"11","quad":3,"uncertain":false}]}\n' >"$tmp/g2.jsonl"
"$T" validate --min-f1 0.5 "$tmp/g2.jsonl" >"$tmp/out" 2>"$tmp/err"; rc=$?
check "validate --min-f1 fails below the bar" [ $rc -eq 1 ]
check "validate lists misses" grep -q "FN" "$tmp/out"
# consecutive records of one source are one article: "he" is the last person named
printf '{"id":"a1","source":"page-a","text":"Lula spoke at length on Monday.","date":"2024-03-01","events":[]}\n{"id":"a2","source":"page-a","text":"He condemned Israel.","date":"2024-03-01","events":[{"src":"BRAGOV","tgt":"ISR","code":"111","uncertain":false}]}\n{"id":"b1","source":"page-b","text":"He condemned Israel.","date":"2024-03-01","events":[]}\n{"id":"c1","text":"He condemned Israel.","date":"2024-03-01","events":[]}\n' >"$tmp/ctx.jsonl"
"$T" validate "$tmp/ctx.jsonl" >"$tmp/out" 2>"$tmp/err"
check "validate: a page's sentences are read as one article" grep -q "tp 1  fp 0  fn 0" "$tmp/out"
"$T" validate --sentences "$tmp/ctx.jsonl" >"$tmp/out" 2>"$tmp/err"
check "validate --sentences: each record alone" grep -q "tp 0  fp 0  fn 1" "$tmp/out"
# a source shared by more than 60 records is a collection of examples, not a page
{ printf '{"id":"x0","source":"manual","text":"Lula spoke at length on Monday.","date":null,"events":[]}\n'
  i=1; while [ $i -le 60 ]; do printf '{"id":"x%d","source":"manual","text":"He condemned Israel.","date":null,"events":[]}\n' $i; i=$((i + 1)); done; } >"$tmp/coll.jsonl"
"$T" validate "$tmp/coll.jsonl" >"$tmp/out" 2>"$tmp/err"
check "validate: a long run of one source is coded record by record" grep -q "tp 0  fp 0  fn 0" "$tmp/out"
head -n 60 "$tmp/coll.jsonl" >"$tmp/coll60.jsonl"
"$T" validate "$tmp/coll60.jsonl" >"$tmp/out" 2>"$tmp/err"
check "validate: a run of 60 is still one article" sh -c "! grep -q 'fp 0 ' '$tmp/out'"

# --- dates (issue 10): one parser, never dropped silently; event time ---
printf 'Border clash\nExample Wire\nNovember\302\24016,\302\2402024 \342\200\224 2:14\302\240PM ET | Updated 3 hours ago\n\nRussia condemned Ukraine.\n' >"$tmp/nbsp.txt"
"$T" code -q "$tmp/nbsp.txt" >"$tmp/out" 2>"$tmp/err"
check "date line with no-break spaces is read" grep -q '"date":"2024-11-16"' "$tmp/out"
printf 'Clash\n\nFebruary 30, 2024\n\nRussia condemned Ukraine.\n' >"$tmp/bad-date.txt"
"$T" code -q "$tmp/bad-date.txt" >"$tmp/out" 2>"$tmp/err"
check "impossible date line is named with its line" grep -q 'bad-date.txt:3: date line dropped: no such day: 2024-02-30' "$tmp/err"
printf '%s\n' '{"id":"r1","date":"Mon, 01 Jul 2024 10:00:00 +0000","text":"Russia condemned Ukraine."}' \
  '{"id":"r2","date":"July 1, 2024","text":"Russia condemned Ukraine."}' \
  '{"id":"r3","date":"20240701","text":"Russia condemned Ukraine."}' \
  '{"id":"r4","date":"1\u00a0July\u00a02024","text":"Russia condemned Ukraine."}' \
  '{"id":"r5","date":"2024-02-30","text":"Russia condemned Ukraine."}' >"$tmp/dates.jsonl"
"$T" code -q "$tmp/dates.jsonl" >"$tmp/out" 2>"$tmp/err"
check "JSON Lines dates in four forms" [ "$(grep -c '"date":"2024-07-01"' "$tmp/out")" = 4 ]
check "JSON Lines bad date: named, not silent" grep -q 'dates.jsonl:5: "date" dropped: no such day: 2024-02-30' "$tmp/err"
check "JSON Lines bad date: the record is still coded" grep -q '"doc":"r5".*"date":null' "$tmp/out"
"$T" code -q --date 2024-02-30 "$tmp/a.txt" >"$tmp/out" 2>"$tmp/err"; rc=$?
check "--date 2024-02-30 is refused" [ $rc -eq 2 ]
check "--date 2024-02-30: why" grep -q "no such day: 2024-02-30" "$tmp/err"
"$T" ingest -q --db "$tmp/d.db" --date 2024-02-30 "$tmp/a.txt" >"$tmp/out" 2>"$tmp/err"; rc=$?
check "ingest --date 2024-02-30 is refused" [ $rc -eq 2 ]
"$T" events --db "$tmp/d.db" --since 2023-02-29 >"$tmp/out" 2>"$tmp/err"; rc=$?
check "events --since 2023-02-29 is refused" [ $rc -eq 2 ]
"$T" code -q --date "1 July 2024" "$tmp/a.txt" >"$tmp/out" 2>"$tmp/err"
check "--date in words" grep -q '"date":"2024-07-01"' "$tmp/out"
printf '<html><head><meta property="article:published_time" content="2024-02-30T10:00:00Z"><title>Clash</title></head><body><article><p>Russia condemned Ukraine on Monday.</p></article></body></html>' >"$tmp/bad-date.html"
"$T" code -q "$tmp/bad-date.html" >"$tmp/out" 2>"$tmp/err"
check "page with an impossible date: named, not silent" grep -q 'bad-date.html: page date dropped: .*no such day: 2024-02-30' "$tmp/err"
printf 'Raid\n\nNovember 6, 2024\n\nIn 2015, Saudi Arabia bombed Yemen. Yesterday, Turkey attacked Syria.\nSince May 2022, North Korea has supplied Russia with shells.\n' >"$tmp/when.txt"
"$T" code -q "$tmp/when.txt" >"$tmp/out" 2>"$tmp/err"
check "when: a year" grep -q '"date":"2024-11-06","when":"2015","source":"SAU"' "$tmp/out"
check "when: retold history is flagged" grep -q '"when":"2015".*"retold"' "$tmp/out"
check "when: yesterday" grep -q '"date":"2024-11-06","when":"2024-11-05","source":"TUR"' "$tmp/out"
check "when: since" grep -q '"when":"2022-05-01/2024-11-06","source":"PRK"' "$tmp/out"
"$T" code -q -f tsv "$tmp/when.txt" >"$tmp/out" 2>"$tmp/err"
check "when in TSV" grep -q '	2024-11-06	2015	SAU' "$tmp/out"

# --- hostile input (issue 12) ---
# symlink loops and links to one file: each real file is read once
mkdir -p "$tmp/loop/sub"
printf 'Russia condemned Ukraine on Monday.\n' >"$tmp/loop/a.txt"
ln -s . "$tmp/loop/l1"
ln -s . "$tmp/loop/l2"
ln -s ../a.txt "$tmp/loop/sub/b.txt"
ln "$tmp/loop/a.txt" "$tmp/loop/sub/c.txt"
timeout 30 "$T" code -q --format tsv "$tmp/loop" >"$tmp/out" 2>"$tmp/err"; rc=$?
check "symlink loops: the walk ends" [ $rc -eq 0 ]
check "symlink loops: each real file once" [ "$(grep -c '	RUS	UKR	' "$tmp/out")" = 1 ]
check "symlink loops: each loop reported once" [ "$(grep -c 'loop.*already' "$tmp/err")" = 2 ]
# a JSON record nested 300,000 deep: refused with its line, no crash
python3 -c "print('{\"id\":\"d\",\"text\":\"Russia condemned Ukraine.\",\"events\":' + '[' * 300000 + ']' * 300000 + '}')" >"$tmp/deep.jsonl"
printf '{"id":"g1","text":"Russia condemned Ukraine.","date":null,"events":[{"src":"RUS","tgt":"UKR","code":"111","root":"11","quad":3,"uncertain":false}]}\n' >>"$tmp/deep.jsonl"
"$T" validate "$tmp/deep.jsonl" >"$tmp/out" 2>"$tmp/err"; rc=$?
check "validate: deep nesting does not crash" [ $rc -lt 2 ]
check "validate: deep nesting is named" grep -q "deep.jsonl:1: .*nested" "$tmp/err"
check "validate: the other gold lines are scored" grep -q "F1 1.000" "$tmp/out"
"$T" code -q "$tmp/deep.jsonl" >"$tmp/out" 2>"$tmp/err"; rc=$?
check "code: deep nesting is named" grep -q "deep.jsonl:1: .*nested" "$tmp/err"
# a byte-order mark before the first record, and before a text
printf '\357\273\277{"id":"bom1","text":"Russia condemned Ukraine on Monday."}\n{"id":"bom2","text":"France condemned Iran."}\n' >"$tmp/bom.jsonl"
"$T" code -q "$tmp/bom.jsonl" >"$tmp/out" 2>"$tmp/err"
check "BOM: the first JSON record is kept" grep -q '"doc":"bom1"' "$tmp/out"
check "BOM: no malformed record" sh -c "! grep -q malformed '$tmp/err'"
# code: a named file that cannot be read makes the exit non-zero; the rest is coded
"$T" code -q "$tmp/nope.txt" "$tmp/a.txt" >"$tmp/out" 2>"$tmp/err"; rc=$?
check "missing plus good file: exit 1" [ $rc -eq 1 ]
check "missing plus good file: the good one is coded" grep -q '"code":"111"' "$tmp/out"
# one NUL in a text file: read as a space, reported at its real offset
printf 'Russia condemned Ukraine on Monday.\nFrance\000 praised Germany for the trade deal.\n' >"$tmp/nul.txt"
"$T" code -q --format tsv "$tmp/nul.txt" >"$tmp/out" 2>"$tmp/err"; rc=$?
check "one NUL: the file is coded" [ "$(grep -c '	RUS	UKR	\|	FRA	DEU	' "$tmp/out")" = 2 ]
check "one NUL: reported at byte 42" grep -q "nul.txt: .*NUL.*byte 42" "$tmp/err"
# parser messages are one line each
printf '{"id":"m1","text":\n' >"$tmp/m.jsonl"
"$T" code -q "$tmp/m.jsonl" >"$tmp/out" 2>"$tmp/err"
check "a parser message is one line" [ "$(grep -c . "$tmp/err")" = "$(grep -c 'tocsin' "$tmp/err")" ]

# --explain: the structure and the pattern behind each event
printf 'Hezbollah on Tuesday rejected the French plan.\n' >"$tmp/ex.txt"
"$T" code -q --explain "$tmp/ex.txt" >"$tmp/out" 2>"$tmp/err"
check "explain marks source, verb and target" grep -q '\[Hezbollah\]S on Tuesday <rejected>V the \[French\]T plan' "$tmp/out"
check "explain names the pattern file:line" grep -q 'pattern: *dict/verbs/12-reject.txt:[0-9][0-9]* ' "$tmp/out"
printf 'Talks between Peru and Chile resumed in Lima on Monday.\n' >"$tmp/ex.txt"
"$T" code -q --explain "$tmp/ex.txt" >"$tmp/out" 2>"$tmp/err"
check "explain: a nominal event marks its noun" grep -q '<Talks>V between \[Peru\]S and \[Chile\]T' "$tmp/out"
check "explain: a nominal event names the grammar's rule" grep -q "pattern: *none: the grammar's own rule" "$tmp/out"
check "explain: a nominal event says which rule" grep -q "rule (an event noun as the subject of its clause)" "$tmp/out"
printf 'Chile faced criticism from Peru.\nRebels of the M23 captured Goma.\n' >"$tmp/ex.txt"
"$T" code -q --explain "$tmp/ex.txt" >"$tmp/out" 2>"$tmp/err"
check "explain: an event of a rule without a pattern names the rule" grep -q 'own rule (what the subject receives or faces comes from the party after "from")' "$tmp/out"
check "explain: a rule that changed a pattern's event is named after it" grep -q '^  rule: *a place captured or seized is territory taken' "$tmp/out"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
