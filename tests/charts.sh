#!/bin/sh
# charts.sh - `tocsin chart`, `tocsin report` and the drawn network through
# the real binary on the example corpus: a PNG that is a PNG, an SVG with the
# rung names and dates, a self-contained HTML brief, and clear errors for bad
# actor codes, unwritable files and a missing gnuplot or graphviz.
# Prints "N passed, N failed".
B=${B:-build}
T=$(pwd)/$B/tocsin
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
ok() { pass=$((pass + 1)); echo "ok   $1"; }
no() { fail=$((fail + 1)); echo "FAIL $1"; [ -f "$tmp/err" ] && sed 's/^/     /' "$tmp/err" | head -6; }
check() { name=$1; shift; if "$@"; then ok "$name"; else no "$name"; fi; }
has() { grep -q -- "$1" "$2"; }
hasF() { grep -qF -- "$1" "$2"; }
png_magic() { [ "$(od -An -tx1 -N8 "$1" 2>/dev/null | tr -d ' \n')" = 89504e470d0a1a0a ]; }
png_size() { [ "$(od -An -tu1 -j16 -N8 "$1" | tr -s ' \n' ' ' | sed 's/^ //; s/ $//')" = "0 0 4 176 0 0 2 88" ]; }

db=$tmp/t.db
"$T" ingest -q --db "$db" examples/corpus 2>"$tmp/err"
check "ingest the example corpus" [ $? -eq 0 ]

tools=1
command -v gnuplot >/dev/null 2>&1 || tools=0
command -v dot >/dev/null 2>&1 || tools=0
if [ $tools = 0 ]; then
  echo "gnuplot or graphviz missing (make deps installs gnuplot-nox and graphviz): pictures not checked"
else
  # ---- chart ----
  "$T" chart ladder RUS UKR --db "$db" --out "$tmp/x.png" >"$tmp/out" 2>"$tmp/err"
  check "chart png exits 0" [ $? -eq 0 ]
  check "chart png is a PNG (magic)" png_magic "$tmp/x.png"
  check "chart png is 1200x600" png_size "$tmp/x.png"
  check "chart prints the path" [ "$(cat "$tmp/out")" = "$tmp/x.png" ]

  svg=$tmp/x.svg
  "$T" chart ladder RUS UKR --db "$db" --out "$svg" >/dev/null 2>"$tmp/err"
  check "chart svg exits 0" [ $? -eq 0 ]
  check "chart svg is SVG" has '<svg' "$svg"
  check "svg: rung names on the scale" sh -c "grep -q '>none<' '$svg' && grep -q '>disapproval<' '$svg' && grep -q '>fighting<' '$svg'"
  check "svg: a date label" grep -Eq '>(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)<' "$svg"
  check "svg: the year" has '>2024<' "$svg"
  check "svg: title" has 'RUS-UKR escalation ladder, by week' "$svg"
  check "svg: the title names the actors" has 'by week: Russia and Ukraine' "$svg"
  check "svg: the dyad's alerts are marked" sh -c "grep -q '>new-rung<' '$svg' && grep -q '>third-party: USA<' '$svg'"
  check "svg: events on the second axis" has 'events per week' "$svg"
  "$T" chart ladder UKR RUS --db "$db" --by month --out "$tmp/m.svg" >/dev/null 2>"$tmp/err"
  check "chart by month" has 'UKR-RUS escalation ladder, by month' "$tmp/m.svg"
  "$T" chart ladder RUS UKR --db "$db" --by day --since 2024-11-01 --until 2024-11-30 --out "$tmp/d.svg" >/dev/null 2>"$tmp/err"
  check "chart by day in a range" sh -c "grep -q 'by day' '$tmp/d.svg' && grep -q '>[0-9]* Nov<' '$tmp/d.svg'"
  "$T" chart ladder RUS UKR --db "$db" --out "$tmp/UPPER.SVG" >/dev/null 2>"$tmp/err"
  check "format from an upper-case extension" has '<svg' "$tmp/UPPER.SVG"

  # quotes and backquotes in the file name reach gnuplot as a name, not as code
  q="$tmp/it's a \`touch pwned\` @x chart.png"
  (cd "$tmp" && "$T" chart ladder RUS UKR --db "$db" --out "$q") >/dev/null 2>"$tmp/err"
  check "odd file name: written" png_magic "$q"
  check "odd file name: nothing run" [ ! -e "$tmp/pwned" ]

  # ---- report ----
  # the window of the corpus's November news (its last article, of January
  # 2025, has a window of its own since its date line is read)
  why=$("$T" alerts --db "$db" --until 2024-11-22 --format jsonl --max 1 | sed -n 's/.*"why":"\([^"]*\)".*/\1/p' |
        sed "s/&/\&amp;/g; s/</\&lt;/g; s/>/\&gt;/g; s/'/\&#39;/g")
  mkdir -p "$tmp/scratch"
  (cd "$tmp" && TMPDIR="$tmp/scratch" "$T" report --db "$db" --until 2024-11-22) >"$tmp/out" 2>"$tmp/err"
  check "report exits 0" [ $? -eq 0 ]
  check "report writes brief.html by default" [ -s "$tmp/brief.html" ]
  html=$tmp/brief.html
  check "report prints the path" [ "$(tail -n 1 "$tmp/out")" = brief.html ]
  check "report is HTML" has '<!DOCTYPE html>' "$html"
  check "report: the top alert's why" sh -c "[ -n \"\$1\" ] && grep -qF -- \"\$1\" '$html'" _ "$why"
  check "report: the period" grep -Eq '<title>Escalation brief, [0-9]{4}-[0-9]{2}-[0-9]{2} to [0-9]{4}-[0-9]{2}-[0-9]{2}<' "$html"
  check "report: evidence with sources" sh -c "grep -q '<q>Russia fires new missile' '$html' && grep -q '>Example Wire</a>' '$html'"
  check "report: inline SVG charts" [ "$(grep -c '<svg' "$html")" -ge 2 ]
  check "report: actors in words beside their codes" grep -Eq '[A-Z][a-z]+ <span class="code">[A-Z]{3,}</span>' "$html"
  check "report: evidence says what the codes mean" grep -Eq '<span class="who">[A-Z][^<]* &rarr; [^<]*: [A-Z][a-z]' "$html"
  check "report: a ladder chart" has 'RUS-UKR escalation ladder' "$html"
  check "report: the network" sh -c "grep -q 'Network of the window' '$html' && grep -q 'legend' '$html'"
  check "report: no external resource" sh -c "! sed 's/<a [^>]*>//g' '$html' | grep -Eqi 'https?://|<script|<link|<img|@import|url\\('"
  check "report: text is escaped" sh -c "! grep -q \"Russia's\" '$html' && grep -q 'Russia&#39;s' '$html'"
  check "report: no temporary file left" [ -z "$(ls -A "$tmp/scratch")" ]
  "$T" report --db "$db" --since 2024-06-01 --until 2024-06-30 --top 2 --out "$tmp/june.html" >/dev/null 2>"$tmp/err"
  check "report of another window" sh -c "grep -q '2024-06-01 to 2024-06-30' '$tmp/june.html' && grep -q 'alliance' '$tmp/june.html'"
  check "report --top" [ "$(grep -c '<span class="kind' "$tmp/june.html")" -le 2 ]
  # where (issue 14): the map over Natural Earth's outlines made at build time
  # (make web), one point per place, and a clear note when the outlines are absent
  md=$B/map/countries.dat
  if [ ! -s "$md" ] && command -v node >/dev/null && [ -d web/node_modules/world-atlas ]; then
    node web/mapdata.mjs --out "$tmp/countries.dat" >/dev/null && md=$tmp/countries.dat
  fi
  key="coalesce(nullif(geo_feature, ''), geo_name)"
  nplaces=$(sqlite3 "$db" "select count(distinct $key) from events where geo_lat is not null and date >= '2023-01-01'")
  nred=$(sqlite3 "$db" "select count(*) from (select $key, sum(quad = 4) q4, sum(quad = 3) q3, sum(quad = 2) q2, sum(quad = 1) q1 from events where geo_lat is not null and date >= '2023-01-01' group by 1) where q4 > 0 and q4 >= q3 and q4 >= q2 and q4 >= q1")
  topname=$(sqlite3 "$db" "select geo_name from events where geo_lat is not null and date >= '2023-01-01' group by $key order by count(*) desc, $key limit 1")
  where() { sed -n '/<section id="where">/,/<\/section>/p' "$1"; }
  if [ -s "$md" ]; then
    "$T" report --db "$db" --since 2023-01-01 --map-data "$md" --out "$tmp/map.html" >/dev/null 2>"$tmp/err"
    check "report: the map section" sh -c "[ $? -eq 0 ] && grep -q '<h2>Where</h2>' '$tmp/map.html' && ! grep -q 'map-missing' '$tmp/map.html'"
    where "$tmp/map.html" >"$tmp/where"
    check "report map: the outlines drawn (thousands of border points)" [ "$(grep -oE '[ML] ?-?[0-9.]+,-?[0-9.]+' "$tmp/where" | wc -l)" -gt 2000 ]
    check "report map: one point per place, plus the four in the legend" [ "$(grep -o "<use xlink:href='#gpPt6' transform" "$tmp/where" | wc -l)" -eq $((nplaces + 4)) ]
    check "report map: material conflict red, once per place that is mostly that, and in the legend" [ "$(grep -o "<use xlink:href='#gpPt6' transform='[^']*' color='rgb(200,  38,  30)'" "$tmp/where" | wc -l)" -eq $((nred + 1)) ]
    check "report map: the places listed, most events first" sh -c "grep -q '<table class=\"places\">' '$tmp/where' && grep -A1 '<th>Place</th>' '$tmp/where' | grep -qF '<tr><td>$topname</td>'"
    check "report map: $nplaces places named in the caption" grep -q " at $nplaces places " "$tmp/where"
    check "report: an evidence sentence says where it happened" grep -Eq '<span class="who">[^<]*, in [A-Z][^<]*</span>' "$tmp/map.html"
  else
    echo "map outlines not made (make web; node and web/node_modules): the drawn map not checked"
  fi
  "$T" report --db "$db" --since 2023-01-01 --map-data "$tmp/no-such.dat" --out "$tmp/nomap.html" >/dev/null 2>"$tmp/err"; rc=$?
  where "$tmp/nomap.html" >"$tmp/where"
  check "report without map data: still written, exit 0" [ $rc -eq 0 ]
  check "report without map data: says so in the brief and on stderr" sh -c "grep -q 'class=\"note map-missing\">(no map: its country outlines ($tmp/no-such.dat) cannot be read' '$tmp/where' && grep -q 'no map in the brief' '$tmp/err'"
  check "report without map data: no picture, the places still listed" sh -c "! grep -q '<svg' '$tmp/where' && grep -qF '<tr><td>$topname</td>' '$tmp/where'"
  mkdir -p "$tmp/bin" && cp "$T" "$tmp/bin/tocsin"
  TOCSIN_DICT=$(pwd)/dict "$tmp/bin/tocsin" report --db "$db" --since 2023-01-01 --out "$tmp/nomap2.html" >/dev/null 2>"$tmp/err"
  if [ -s "${TOCSIN_DATADIR_TEST:-/nonexistent}" ] || [ -s /usr/local/share/tocsin/map/countries.dat ]; then
    echo "an installed map/countries.dat: the default lookup's absence not checked"
  else
    check "report: no outlines next to the program, none installed: the note" grep -q 'were not found next to tocsin' "$tmp/nomap2.html"
  fi

  # ---- network ----
  "$T" network --db "$db" --format svg --out "$tmp/n.svg" 2>"$tmp/err"
  check "network svg exits 0" [ $? -eq 0 ]
  check "network svg is SVG" has '<svg' "$tmp/n.svg"
  check "network: hostility dashed red" sh -c "grep -q 'stroke=\"#c8261e\" stroke-dasharray' '$tmp/n.svg'"
  check "network: cooperation solid blue" has 'stroke="#1f5fbf"' "$tmp/n.svg"
  check "network: legend" sh -c "grep -q '>cooperation' '$tmp/n.svg' && grep -q '>hostility<' '$tmp/n.svg'"
  "$T" network --db "$db" --format png --out "$tmp/n.png" 2>"$tmp/err"
  check "network png is a PNG" png_magic "$tmp/n.png"
  "$T" network --db "$db" --format svg --out "$tmp/no/such/dir/n.svg" 2>"$tmp/err"; rc=$?
  check "network: unwritable --out fails" sh -c "[ $rc -ne 0 ] && grep -q 'cannot write' '$tmp/err'"
fi

# ---- bad input ----
"$T" chart ladder rus UKR --db "$db" --out "$tmp/b.png" 2>"$tmp/err"; rc=$?
check "lower-case actor refused" sh -c "[ $rc -eq 2 ] && grep -q \"'rus' is not an actor code\" '$tmp/err'"
"$T" chart ladder RUS "UK'R\`id\`" --db "$db" --out "$tmp/b.png" 2>"$tmp/err"; rc=$?
check "odd characters in an actor refused" sh -c "[ $rc -eq 2 ] && grep -q 'not an actor code' '$tmp/err'"
check "no picture for a refused actor" [ ! -e "$tmp/b.png" ]
"$T" chart ladder RUS UKR --db "$db" --out "$tmp/b.jpg" 2>"$tmp/err"; rc=$?
check "unknown picture format refused" sh -c "[ $rc -eq 2 ] && grep -q '.png or .svg' '$tmp/err'"
"$T" chart ladder RUS UKR --db "$db" 2>"$tmp/err"; rc=$?
check "chart needs --out" sh -c "[ $rc -eq 2 ] && grep -q -- '--out' '$tmp/err'"
"$T" chart pie RUS UKR --db "$db" --out "$tmp/b.png" 2>"$tmp/err"; rc=$?
check "unknown chart refused" sh -c "[ $rc -eq 2 ] && grep -q \"unknown chart 'pie'\" '$tmp/err'"
"$T" chart ladder RUS UKR --by year --db "$db" --out "$tmp/b.png" 2>"$tmp/err"; rc=$?
check "bad --by refused" [ $rc -eq 2 ]
"$T" report --top 0 --db "$db" --out "$tmp/b.html" 2>"$tmp/err"; rc=$?
check "bad --top refused" [ $rc -eq 2 ]
if [ $tools = 1 ]; then
  "$T" chart ladder ZZZ UKR --db "$db" --out "$tmp/b.png" 2>"$tmp/err"; rc=$?
  check "a dyad without events is said" sh -c "[ $rc -eq 1 ] && grep -q 'no events between ZZZ and UKR' '$tmp/err'"
  check "no picture for a dyad without events" [ ! -e "$tmp/b.png" ]
  "$T" chart ladder RUS UKR --db "$db" --out "$tmp/no/such/dir/x.png" 2>"$tmp/err"; rc=$?
  check "chart: unwritable --out fails" sh -c "[ $rc -eq 1 ] && grep -q 'cannot write $tmp/no/such/dir/x.png' '$tmp/err'"
  "$T" report --db "$db" --out "$tmp/no/such/dir/brief.html" 2>"$tmp/err"; rc=$?
  check "report: unwritable --out fails" sh -c "[ $rc -eq 1 ] && grep -q 'cannot write $tmp/no/such/dir/brief.html' '$tmp/err'"
fi
PATH=/nonexistent "$T" chart ladder RUS UKR --db "$db" --out "$tmp/g.png" 2>"$tmp/err"; rc=$?
check "chart without gnuplot: names the package" sh -c "[ $rc -eq 1 ] && grep -q 'gnuplot-nox' '$tmp/err'"
check "chart without gnuplot: no file" [ ! -e "$tmp/g.png" ]
PATH=/nonexistent "$T" report --db "$db" --out "$tmp/g.html" 2>"$tmp/err"; rc=$?
check "report without gnuplot: names the package" sh -c "[ $rc -eq 1 ] && grep -q 'gnuplot-nox' '$tmp/err'"
check "report without gnuplot: no file" [ ! -e "$tmp/g.html" ]
PATH=/nonexistent "$T" network --db "$db" --format svg --out "$tmp/g.svg" 2>"$tmp/err"; rc=$?
check "network without graphviz: names the package" sh -c "[ $rc -eq 1 ] && grep -q 'package graphviz' '$tmp/err'"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
