#!/bin/sh
# analytics.sh - ladder, alerts and network through the real binary: a
# timeline written for this test (France and Germany stand in for two
# countries drifting into a fight, Japan and Canada for a third party and an
# alliance), then the acceptance checks on the seed articles and the KEDS
# Turkey series when ../shared is there. Prints "N passed, N failed".
B=${B:-build}
T=$B/tocsin
SHARED=${SHARED:-../shared}
tmp=$(mktemp -d)
trap '[ -n "$KEEP" ] || rm -rf "$tmp"' EXIT
pass=0
fail=0
ok() { pass=$((pass + 1)); echo "ok   $1"; }
no() { fail=$((fail + 1)); echo "FAIL $1"; [ -f "$tmp/err" ] && sed 's/^/     /' "$tmp/err" | head -6; }
check() { name=$1; shift; if "$@"; then ok "$name"; else no "$name"; fi; }

j() { printf '{"id":"%s","date":"%s","source":"Test Wire","title":"%s","text":"%s"}\n' "$1" "$2" "$3" "$4"; }
{
  j a1 2024-01-08 "Paris criticises Berlin" "France criticised Germany on Monday over a dispute about fishing rights."
  j a2 2024-02-12 "Berlin demands talks" "Germany demanded that France return to the negotiating table."
  j a3 2024-03-04 "Japan and Canada sign pact" "Japan and Canada signed a defence agreement in Ottawa on Monday."
  j a4 2024-04-15 "Germany threatens force" "Germany threatened France with military force over the disputed islands."
  j a5 2024-05-06 "Troops mobilised" "France mobilised its troops near the border with Germany."
  j a6 2024-06-03 "Fighting erupts" "French forces attacked German troops near the border on Monday."
  j a7 2024-06-04 "More clashes" "German forces shelled French positions, and French troops attacked German units in the hills."
  j a8 2024-06-10 "Japan sends troops" "Japan sent troops to France to help it fight Germany."
  j a9 2024-06-12 "Japan sends weapons" "Japan supplied France with missiles and ammunition on Wednesday."
  j b1 2024-06-14 "Canada and Japan deepen ties" "Canada and Japan signed a new military cooperation agreement and held joint military exercises."
} >"$tmp/timeline.jsonl"
db=$tmp/t.db
"$T" ingest -q --db "$db" "$tmp/timeline.jsonl" 2>"$tmp/err"
check "timeline ingested" [ "$(sqlite3 "$db" "select count(*) from events where date is not null")" -gt 8 ]

"$T" ladder FRA DEU --by month --db "$db" --since 2024-01-01 --until 2024-06-30 -f jsonl >"$tmp/l" 2>"$tmp/err"
check "ladder: one point per month" [ "$(wc -l <"$tmp/l")" = 6 ]
check "ladder: January disapproval (rung 1)" grep -q '"period":"2024-01-01".*"max_rung":1,' "$tmp/l"
check "ladder: April threat of force (rung 5)" grep -q '"period":"2024-04-01".*"max_rung":5,' "$tmp/l"
check "ladder: May mobilisation (rung 6)" grep -q '"period":"2024-05-01".*"max_rung":6,' "$tmp/l"
check "ladder: June fighting (rung 9)" grep -q '"period":"2024-06-01".*"max_rung":9,"rung_name":"fighting"' "$tmp/l"
check "ladder: both directions counted" grep -q '"period":"2024-02-01","events":1,' "$tmp/l"
check "ladder: normalised by volume" grep -q '"period":"2024-01-01".*"per_1000":1000.00' "$tmp/l"
"$T" ladder DEU FRA --by month --db "$db" --since 2024-01-01 --until 2024-06-30 -f jsonl >"$tmp/l2" 2>"$tmp/err"
check "ladder: the same either way round" cmp -s "$tmp/l" "$tmp/l2"
"$T" ladder FRA DEU --by week --db "$db" --since 2024-06-03 --until 2024-06-16 -f jsonl >"$tmp/w" 2>"$tmp/err"
check "ladder by week starts on Monday" grep -q '"period":"2024-06-10"' "$tmp/w"
"$T" ladder FRA --db "$db" 2>"$tmp/err"; check "ladder needs two actors" [ $? -eq 2 ]

"$T" alerts --db "$db" --since 2024-06-01 --until 2024-06-30 -f jsonl >"$tmp/a" 2>"$tmp/err"
check "alert: France-Germany reaches fighting" grep -q '"kind":"new-rung","a":"DEU","b":"FRA".*"rung":9' "$tmp/a"
check "alert: Japan enters the war on France's side" grep -q '"kind":"third-party","a":"FRA","b":"DEU","third":"JPN"' "$tmp/a"
check "alert: Canada-Japan alliance deepens" grep -q '"kind":"alliance","a":"CAN","b":"JPN"' "$tmp/a"
check "alerts carry evidence sentences" grep -q '"evidence":\[{"id":[0-9]*,"date":"2024-06-0[34]".*"text":"French forces attacked' "$tmp/a"
check "alerts explain themselves" grep -q '"why":"DEU-FRA reached rung 9 (fighting)' "$tmp/a"
check "one alert per dyad and rule" [ "$(grep -c '"kind":"new-rung","a":"DEU","b":"FRA"' "$tmp/a")" = 1 ]
"$T" alerts --db "$db" --since 2024-04-01 --until 2024-04-30 --min-rung 5 -f jsonl >"$tmp/a2" 2>"$tmp/err"
check "alert: April threat of force" grep -q '"rung":5,"rung_name":"military threats' "$tmp/a2"
"$T" alerts --db "$db" --since 2024-07-01 --until 2024-07-31 >"$tmp/a3" 2>"$tmp/err"
check "a quiet window has no alert" grep -q "no alerts" "$tmp/a3"

check "alerts say how rare they are" grep -q '"rarity":"about once in [0-9]* [a-z]* for this dyad"' "$tmp/a"
check "third party: its involvement level" grep -q '"third":"JPN".*"involvement":"troops"' "$tmp/a"

# --- the score, on series written into the store directly ---
if command -v sqlite3 >/dev/null; then
  sdb=$tmp/score.db
  printf '' | "$T" ingest -q --db "$sdb" - 2>/dev/null
  # ITA-AUT fight twice a week for two years, then ten times a week for a month (escalation in an already
  # fighting dyad); ESP-PRT have one fighting event in the same month (one report, maybe a miscoding);
  # NOR-SWE threaten each other a lot more than usual; every dyad but ESP-PRT is busy with other news.
  # USA gives BRA military aid 23 times in the month, CHE backed BRA 12 times before and 2 now.
  sqlite3 "$sdb" "WITH RECURSIVE d(x) AS (SELECT 0 UNION ALL SELECT x + 1 FROM d WHERE x < 760)
    INSERT INTO events(date, source, target, src_country, tgt_country, code, root, quad, goldstein, origin)
    SELECT date('2022-01-03', '+' || x || ' days'), 'ITA', 'AUT', 'ITA', 'AUT', '190', '19', 4, -10, 't' FROM d
     WHERE (x < 730 AND x % 7 IN (1, 4)) OR (x >= 730 AND x % 7 <> 6)
    UNION ALL SELECT date('2022-01-03', '+' || x || ' days'), 'ITA', 'AUT', 'ITA', 'AUT', '195', '19', 4, -10, 't'
     FROM d WHERE x >= 730 AND x % 7 IN (1, 3, 5)
    UNION ALL SELECT date('2022-01-03', '+' || x || ' days'), 'NOR', 'SWE', 'NOR', 'SWE', '130', '13', 3, -4.4, 't'
     FROM d WHERE (x < 730 AND x % 5 = 0) OR x >= 730
    UNION ALL SELECT date('2022-01-03', '+' || x || ' days'), 'USA', 'BRA', 'USA', 'BRA', '040', '04', 1, 1, 't'
     FROM d
    UNION ALL SELECT date('2022-01-03', '+' || x || ' days'), 'BRA', 'ARG', 'BRA', 'ARG', '190', '19', 4, -10, 't'
     FROM d WHERE x % 3 = 0
    UNION ALL SELECT date('2022-01-03', '+' || x || ' days'), 'USA', 'BRA', 'USA', 'BRA', '072', '07', 2, 8.3, 't'
     FROM d WHERE x >= 731 AND x < 754
    UNION ALL SELECT date('2022-01-03', '+' || x || ' days'), 'CHE', 'BRA', 'CHE', 'BRA', '053', '05', 1, 3.8, 't'
     FROM d WHERE (x >= 650 AND x < 730 AND x % 7 < 2) OR x IN (735, 745)
    UNION ALL SELECT '2024-01-20', 'ESP', 'PRT', 'ESP', 'PRT', '190', '19', 4, -10, 't';"
  "$T" alerts --db "$sdb" --since 2024-01-03 --until 2024-02-01 --max 20 -f jsonl >"$tmp/sc" 2>"$tmp/err"
  check "escalation: fighting that triples in a fighting dyad" grep -q '"kind":"escalation","a":"AUT","b":"ITA"' "$tmp/sc"
  check "escalation: its numbers" grep -q '"a":"AUT","b":"ITA".*"why":"AUT-ITA, already at rung 9 (fighting), escalated' "$tmp/sc"
  rank() { grep "$1" "$tmp/sc" | head -1 | sed 's/^{"rank":\([0-9]*\).*/\1/'; }
  check "a single fighting event ranks below the escalation" [ "$(rank '"a":"ESP","b":"PRT"')" -gt "$(rank '"a":"AUT","b":"ITA"')" ]
  check "fighting: a war that goes on is listed" grep -q '"kind":"fighting","a":"ARG","b":"BRA".*"why":"ARG-BRA fights on' "$tmp/sc"
  check "a steady war outranks a single fighting event" [ "$(rank '"a":"ESP","b":"PRT"')" -gt "$(rank '"kind":"fighting","a":"ARG","b":"BRA"')" ]
  check "fighting outranks threats" [ "$(rank '"a":"NOR","b":"SWE"')" -gt "$(rank '"a":"AUT","b":"ITA"')" ]
  check "third party: true counts (no cap at 8)" grep -q '"why":"USA sends arms or aid to BRA in its war with ARG: 23 support events (072 military aid 23)' "$tmp/sc"
  check "third party: less support than before is no alert" [ -z "$(grep '"third":"CHE"' "$tmp/sc")" ]
  check "one alert per dyad" [ "$(cut -d, -f3,4 "$tmp/sc" | sort | uniq -d | wc -l)" = 0 ]
  # the alert's dates are those of every event it counts, not of the few shown (8 at most)
  check "alert dates: the first and last day of the events counted" [ "$(grep '"a":"AUT","b":"ITA"' "$tmp/sc" | head -1 | sed 's/.*"first":"\([0-9-]*\)","last":"\([0-9-]*\)".*/\1 \2/')" = "2024-01-03 2024-02-01" ]
  # severity = 10 (k / top) (S + 1 + A) log2(1 + e) e / (e + 2), as doc/alerts.md and --help give it
  # (top 10; A the doublings of the dyad's news over its usual rate, "attention")
  check "severity: magnitude times surprise, as documented" awk '
    function f(k) { v = $0; sub(".*\"" k "\":", "", v); sub(/[,}].*/, "", v); return v + 0 }
    /"third":""/ && !/"kind":"alliance"/ {
      S = -f("log10p"); if (S > 12) S = 12; e = f("independent"); n++
      want = 10 * f("scored_rung") / 10 * (S + 1 + f("attention")) * log(1 + e) / log(2) * e / (e + 2)
      if (want <= 0 || f("severity") / want < 0.97 || f("severity") / want > 1.03) bad = 1 }
    END { exit bad || n < 3 }' "$tmp/sc"
  # evidence bounds the surprise: all e independent events miscoded has chance 0.1^e, so one report
  # is at most S = 1; 23 days of military aid where under one was expected go beyond 0.1^sqrt(e)
  check "evidence: one report is at most S = 1" awk '
    function f(k) { v = $0; sub(".*\"" k "\":", "", v); sub(/[,}].*/, "", v); return v + 0 }
    f("independent") <= 1 { n++; if (-f("log10p") > 1.001) bad = 1 } END { exit bad || !n }' "$tmp/sc"
  check "evidence: many independent events are as surprising as their count says" awk '
    function f(k) { v = $0; sub(".*\"" k "\":", "", v); sub(/[,}].*/, "", v); return v + 0 }
    /"third":"USA"/ { n++; if (-f("log10p") <= sqrt(f("independent")) + 0.5) bad = 1 } END { exit bad || !n }' "$tmp/sc"
  # PER-ECU fight twice a week for a year, then six days a week; the only other news is one USA-CAN
  # meeting a week: the dyad is most of the news, and its own escalation must not raise what is expected
  odb=$tmp/own.db
  printf '' | "$T" ingest -q --db "$odb" - 2>/dev/null
  sqlite3 "$odb" "WITH RECURSIVE d(x) AS (SELECT 0 UNION ALL SELECT x + 1 FROM d WHERE x < 395)
    INSERT INTO events(date, source, target, src_country, tgt_country, code, root, quad, goldstein, origin)
    SELECT date('2023-01-02', '+' || x || ' days'), 'PER', 'ECU', 'PER', 'ECU', '190', '19', 4, -10, 't' FROM d
     WHERE (x < 365 AND x % 7 IN (1, 4)) OR (x >= 365 AND x % 7 <> 6)
    UNION ALL SELECT date('2023-01-02', '+' || x || ' days'), 'USA', 'CAN', 'USA', 'CAN', '040', '04', 1, 1, 't'
     FROM d WHERE x % 7 = 0;"
  "$T" alerts --db "$odb" --since 2024-01-02 --until 2024-01-31 -f jsonl >"$tmp/own" 2>"$tmp/err"
  check "volume: a dyad that is most of the news still escalates" grep -q '"kind":"escalation","a":"ECU","b":"PER"' "$tmp/own"
  "$T" alerts --db "$sdb" --since 2024-01-03 --until 2024-02-01 --history 60d -f jsonl >"$tmp/sc2" 2>"$tmp/err"
  check "--history changes what is expected" sh -c "! cmp -s '$tmp/sc' '$tmp/sc2'"
  # COL-VEN fight 8 times every four weeks, all in the first four days: the months are alike, the weeks
  # are not. Another such week is the war going on, not an escalation (the burst's dispersion is that
  # of the history's weeks; with that of its months the week was '5.0 times the expected')
  bdb=$tmp/burst.db
  printf '' | "$T" ingest -q --db "$bdb" - 2>/dev/null
  sqlite3 "$bdb" "WITH RECURSIVE d(x) AS (SELECT 0 UNION ALL SELECT x + 1 FROM d WHERE x < 391), two(y) AS (VALUES (0), (1))
    INSERT INTO events(date, source, target, src_country, tgt_country, code, root, quad, goldstein, origin)
    SELECT date('2023-01-02', '+' || x || ' days'), 'COL', 'VEN', 'COL', 'VEN', '190', '19', 4, -10, 't' FROM d, two
     WHERE x % 28 < 4
    UNION ALL SELECT date('2023-01-02', '+' || x || ' days'), 'USA', 'CAN', 'USA', 'CAN', '040', '04', 1, 1, 't' FROM d;"
  "$T" alerts --db "$bdb" --since 2024-01-01 --until 2024-01-28 -f jsonl >"$tmp/burst" 2>"$tmp/err"
  check "burst: another week like the others is a war that goes on" grep -q '"kind":"fighting","a":"COL","b":"VEN"' "$tmp/burst"
  # ARM-AZE fight twice a day, every day; USA-MEX meet every third day and clash once in two months,
  # then fight every day of one week (2024-01-01 to 07); four pairs meet daily and now and then
  # disapprove, and 20 times a day in the first week of every four (their news crowds into one week a
  # month, the onset's). The onset is the rarer event. With the burst expected in proportion to its
  # share of the other dyads' news, not to its days, the onset's week was 'expected' (most of the
  # month's news) and the steady war's quiet-news week was an 'escalation' that outranked it
  odb2=$tmp/onset.db
  printf '' | "$T" ingest -q --db "$odb2" - 2>/dev/null
  sqlite3 "$odb2" "WITH RECURSIVE d(x) AS (SELECT 0 UNION ALL SELECT x + 1 FROM d WHERE x < 393),
      k(y) AS (SELECT 0 UNION ALL SELECT y + 1 FROM k WHERE y < 19),
      p(a, b) AS (VALUES ('FRA', 'DEU'), ('NOR', 'SWE'), ('AUT', 'CHE'), ('BEL', 'NLD'))
    INSERT INTO events(date, source, target, src_country, tgt_country, code, root, quad, goldstein, origin)
    SELECT date('2023-01-02', '+' || x || ' days'), 'ARM', 'AZE', 'ARM', 'AZE', '190', '19', 4, -10, 't' FROM d, k
     WHERE y < 2
    UNION ALL SELECT date('2023-01-02', '+' || x || ' days'), 'USA', 'MEX', 'USA', 'MEX', '040', '04', 1, 1, 't' FROM d
     WHERE x % 3 = 0
    UNION ALL SELECT date('2023-01-02', '+' || x || ' days'), 'USA', 'MEX', 'USA', 'MEX', '190', '19', 4, -10, 't' FROM d
     WHERE (x < 364 AND x % 60 = 0) OR (x >= 364 AND x < 371)
    UNION ALL SELECT date('2023-01-02', '+' || x || ' days'), p.a, p.b, p.a, p.b, '040', '04', 1, 1, 't' FROM d, p, k
     WHERE y < 1 OR x % 28 < 7
    UNION ALL SELECT date('2023-01-02', '+' || x || ' days'), p.a, p.b, p.a, p.b, '111', '11', 3, -2, 't' FROM d, p
     WHERE x % 10 = 0;"
  "$T" alerts --db "$odb2" --since 2024-01-01 --until 2024-01-30 -f jsonl >"$tmp/onset" 2>"$tmp/err"
  orank() { grep "$1" "$tmp/onset" | head -1 | sed 's/^{"rank":\([0-9]*\).*/\1/'; }
  check "burst: a week's onset in a quiet dyad outranks a month of steady fighting" \
    [ "$(orank '"a":"MEX","b":"USA"')" -lt "$(orank '"a":"ARM","b":"AZE"')" ]
  check "burst: the onset is dated by its week" grep -q '"a":"MEX","b":"USA".*"first":"2024-01-01","last":"2024-01-07"' "$tmp/onset"
  check "burst: a steady war's quiet-news week is a war that goes on" grep -q '"kind":"fighting","a":"ARM","b":"AZE"' "$tmp/onset"
  # ARM-AZE fight 20 times a day, most of all events; five pairs meet and now and then disapprove;
  # USA-MEX meet 3 times a day for a year, then fight three times. Dyads like USA-MEX are the typical
  # dyad in conflict, not the typical event: the war's rungs are not lent to it (pooled event by
  # event, 9.6 fighting events were expected of USA-MEX in the window, and three were 'common')
  qdb=$tmp/quiet.db
  printf '' | "$T" ingest -q --db "$qdb" - 2>/dev/null
  sqlite3 "$qdb" "WITH RECURSIVE d(x) AS (SELECT 0 UNION ALL SELECT x + 1 FROM d WHERE x < 394),
      k(y) AS (SELECT 0 UNION ALL SELECT y + 1 FROM k WHERE y < 19),
      p(a, b) AS (VALUES ('FRA', 'DEU'), ('NOR', 'SWE'), ('ESP', 'PRT'), ('AUT', 'CHE'), ('BEL', 'NLD'))
    INSERT INTO events(date, source, target, src_country, tgt_country, code, root, quad, goldstein, origin)
    SELECT date('2023-01-02', '+' || x || ' days'), 'ARM', 'AZE', 'ARM', 'AZE', '190', '19', 4, -10, 't' FROM d, k
    UNION ALL SELECT date('2023-01-02', '+' || x || ' days'), p.a, p.b, p.a, p.b, '040', '04', 1, 1, 't' FROM d, p, k WHERE y < 3
    UNION ALL SELECT date('2023-01-02', '+' || x || ' days'), p.a, p.b, p.a, p.b, '111', '11', 3, -2, 't' FROM d, p WHERE x % 10 = 0
    UNION ALL SELECT date('2023-01-02', '+' || x || ' days'), 'USA', 'MEX', 'USA', 'MEX', '040', '04', 1, 1, 't' FROM d, k WHERE y < 3
    UNION ALL SELECT date('2023-01-02', '+' || x || ' days'), 'USA', 'MEX', 'USA', 'MEX', '190', '19', 4, -10, 't' FROM d
     WHERE x IN (370, 372, 374);"
  "$T" alerts --db "$qdb" --since 2024-01-01 --until 2024-01-30 -f jsonl >"$tmp/quiet" 2>"$tmp/err"
  check "prior: a quiet pair that fights is not expected to, for another dyad's war" awk '
    function f(k) { v = $0; sub(".*\"" k "\":", "", v); sub(/[,}].*/, "", v); return v + 0 }
    /"a":"MEX","b":"USA"/ { n++; if (f("scored_rung") != 9 || f("expected") >= 1) bad = 1 } END { exit bad || !n }' "$tmp/quiet"
  # the start of a database: ARM-AZE fight three times a day from its first day, 2023-01-02 (a war that
  # went on before the first report); four pairs meet and now and then disapprove; USA-MEX, in the news
  # all along, fight three times a day for two weeks from 2024-01-07 (the episode); ESP-PRT, never seen
  # before, fight four days in January 2024. The war's first month has no history yet, not a history
  # without events: it must not outrank the episode (it scored four times as high, 'rarer than once in
  # a thousand years', with the days before the first event counted as days without events); a dyad
  # that first appears a year into the series is news and keeps its surprise
  cdb=$tmp/cover.db
  printf '' | "$T" ingest -q --db "$cdb" - 2>/dev/null
  sqlite3 "$cdb" "WITH RECURSIVE d(x) AS (SELECT 0 UNION ALL SELECT x + 1 FROM d WHERE x < 394),
      k(y) AS (SELECT 0 UNION ALL SELECT y + 1 FROM k WHERE y < 2),
      p(a, b) AS (VALUES ('FRA', 'DEU'), ('NOR', 'SWE'), ('AUT', 'CHE'), ('USA', 'MEX'))
    INSERT INTO events(date, source, target, src_country, tgt_country, code, root, quad, goldstein, origin)
    SELECT date('2023-01-02', '+' || x || ' days'), 'ARM', 'AZE', 'ARM', 'AZE', '190', '19', 4, -10, 't' FROM d, k
    UNION ALL SELECT date('2023-01-02', '+' || x || ' days'), p.a, p.b, p.a, p.b, '040', '04', 1, 1, 't' FROM d, p, k
    UNION ALL SELECT date('2023-01-02', '+' || x || ' days'), p.a, p.b, p.a, p.b, '111', '11', 3, -2, 't' FROM d, p
     WHERE x % 10 = 0
    UNION ALL SELECT date('2023-01-02', '+' || x || ' days'), 'USA', 'MEX', 'USA', 'MEX', '190', '19', 4, -10, 't'
     FROM d, k WHERE x >= 370 AND x < 384
    UNION ALL SELECT date('2023-01-02', '+' || x || ' days'), 'ESP', 'PRT', 'ESP', 'PRT', '190', '19', 4, -10, 't'
     FROM d WHERE x IN (372, 375, 378, 381);"
  printf 'date\tside_a\tside_b\tepisode\n2024-01-07\tUSA\tMEX\tBorder war\n' >"$tmp/cover-ep.tsv"
  "$T" eval-alerts --db "$cdb" --episodes "$tmp/cover-ep.tsv" --global 3 --format json >"$tmp/cover.json" 2>"$tmp/err"
  check "start of a database: the global top alert is the episode, not the first month" python3 -c "
import json; g = json.load(open('$tmp/cover.json'))['systems'][0]['global_alerts']
exit(not g or g[0]['episode'] != 'Border war')"
  check "start of a database: no alert of its first month in the global top 3" python3 -c "
import json; g = json.load(open('$tmp/cover.json'))['systems'][0]['global_alerts']
exit(len(g) != 3 or any(a['first'] < '2023-02-01' for a in g))"
  "$T" alerts --db "$cdb" --since 2023-01-02 --until 2023-01-31 -f jsonl >"$tmp/cover1" 2>"$tmp/err"
  check "start of a database: the first window says it has no history yet" grep -q \
    '"a":"ARM","b":"AZE".*no history yet: the database covers 0 of the 180 days before the window' "$tmp/cover1"
  check "start of a database: no surprise and no attention without history" awk '
    function f(k) { v = $0; sub(".*\"" k "\":", "", v); sub(/[,}].*/, "", v); return v + 0 }
    /"a":"ARM","b":"AZE"/ { n++; if (f("log10p") != 0 || f("attention") != 0) bad = 1 } END { exit bad || !n }' "$tmp/cover1"
  "$T" alerts --db "$cdb" --since 2024-01-01 --until 2024-01-31 -f jsonl >"$tmp/cover2" 2>"$tmp/err"
  check "start of a database: a dyad first seen a year in keeps its surprise" awk '
    function f(k) { v = $0; sub(".*\"" k "\":", "", v); sub(/[,}].*/, "", v); return v + 0 }
    /"a":"ESP","b":"PRT"/ { n++; if (f("log10p") > -3 || /no history yet/) bad = 1 } END { exit bad || !n }' "$tmp/cover2"
  # a code above its root's rung counts once: FIN-EST meet every day for a year; in January 2024 three
  # days each bring one riot (145, rung 7, under root 14 at rung 2) and one demand (140), and one day
  # a single threat of force (138, rung 5, under 13 at rung 3). Rung 2 or above holds 7 events, rung 5
  # or above 4, rung 7 or above 3: not a phantom event at each rung between (which made 18, 10 and 3)
  rdb=$tmp/rungs.db
  printf '' | "$T" ingest -q --db "$rdb" - 2>/dev/null
  sqlite3 "$rdb" "WITH RECURSIVE d(x) AS (SELECT 0 UNION ALL SELECT x + 1 FROM d WHERE x < 394)
    INSERT INTO events(date, source, target, src_country, tgt_country, code, root, quad, goldstein, origin)
    SELECT date('2023-01-02', '+' || x || ' days'), 'FIN', 'EST', 'FIN', 'EST', '040', '04', 1, 1, 't' FROM d
    UNION ALL SELECT date('2023-01-02', '+' || x || ' days'), 'FIN', 'EST', 'FIN', 'EST', c.code, c.root, 3, -6,
     't' FROM d, (SELECT '145' AS code, '14' AS root UNION ALL SELECT '140', '14') c WHERE x IN (370, 375, 380)
    UNION ALL SELECT '2024-01-14', 'FIN', 'EST', 'FIN', 'EST', '138', '13', 3, -7, 't';"
  "$T" alerts --db "$rdb" --since 2024-01-01 --until 2024-01-31 --min-rung 2 -f jsonl >"$tmp/rungs" 2>"$tmp/err"
  check "a code above its root's rung moves one event up, no phantom events between" awk '
    function f(k) { v = $0; sub(".*\"" k "\":", "", v); sub(/[,}].*/, "", v); return v + 0 }
    /"a":"EST","b":"FIN"|"a":"FIN","b":"EST"/ { n++; r = f("scored_rung"); c = f("count")
      if (c != (r <= 2 ? 7 : r <= 5 ? 4 : 3)) bad = 1 }
    END { exit bad || !n }' "$tmp/rungs"
  # a third party that supports both sides of a war as much takes neither side: CHL gives aid to ARG and to
  # BRA, at war with each other, in the same month (relief, mediation); PER gives aid to BRA only; URY sends
  # troops to ARG and aid to BRA; ECU gives BRA aid four times, ARG once. PER and ECU back BRA, URY ARG; CHL
  # backs no one (it was 'sends arms or aid to ARG in its war with BRA' and the same the other way round)
  tdb=$tmp/sides.db
  printf '' | "$T" ingest -q --db "$tdb" - 2>/dev/null
  sqlite3 "$tdb" "WITH RECURSIVE d(x) AS (SELECT 0 UNION ALL SELECT x + 1 FROM d WHERE x < 394),
      g(giver, side, code) AS (VALUES ('CHL', 'ARG', '070'), ('CHL', 'BRA', '070'), ('PER', 'BRA', '070'),
                                      ('URY', 'ARG', '074'), ('URY', 'BRA', '070'))
    INSERT INTO events(date, source, target, src_country, tgt_country, code, root, quad, goldstein, origin)
    SELECT date('2023-01-02', '+' || x || ' days'), 'ARG', 'BRA', 'ARG', 'BRA', '190', '19', 4, -10, 't' FROM d
     WHERE x % 3 = 0
    UNION ALL SELECT date('2023-01-02', '+' || x || ' days'), 'USA', 'CAN', 'USA', 'CAN', '040', '04', 1, 1, 't' FROM d
    UNION ALL SELECT date('2023-01-02', '+' || x || ' days'), g.giver, g.side, g.giver, g.side, g.code,
       substr(g.code, 1, 2), 2, 7, 't' FROM d, g WHERE x IN (368, 373, 378, 383)
    UNION ALL SELECT date('2023-01-02', '+' || x || ' days'), 'ECU', CASE WHEN x = 370 THEN 'ARG' ELSE 'BRA' END,
       'ECU', CASE WHEN x = 370 THEN 'ARG' ELSE 'BRA' END, '070', '07', 2, 7, 't' FROM d
     WHERE x IN (368, 370, 373, 378, 383);"
  "$T" alerts --db "$tdb" --since 2024-01-01 --until 2024-01-30 -f jsonl >"$tmp/sides" 2>"$tmp/err"
  check "third party: one that aids one side backs it" grep -q '"kind":"third-party","a":"BRA","b":"ARG","third":"PER"' "$tmp/sides"
  check "third party: troops to one side, aid to the other, backs the first" grep -q '"kind":"third-party","a":"ARG","b":"BRA","third":"URY".*"involvement":"troops"' "$tmp/sides"
  check "third party: troops to one side, aid to the other, backs not the second" [ -z "$(grep '"a":"BRA","b":"ARG","third":"URY"' "$tmp/sides")" ]
  check "third party: aid to both sides of a war as much backs neither" [ -z "$(grep '"third":"CHL"' "$tmp/sides")" ]
  check "third party: four times the aid to one side backs it" grep -q '"a":"BRA","b":"ARG","third":"ECU"' "$tmp/sides"
  check "third party: four times the aid to one side backs not the other" [ -z "$(grep '"a":"ARG","b":"BRA","third":"ECU"' "$tmp/sides")" ]
  # onset or continuation: USA-CAN meet every day from 2023-01-02; COL-VEN fight three days in January
  # 2023 (the database's first month), twice a day from 2024-01-10 to 14 (10 events) and three times a
  # day from 2024-02-05 to 08. January's alert says the 30 days before it held none (an onset),
  # February's that the 29 days before held the 10 of January (a war already flagged goes on); the
  # alert of the first month cannot tell (the days before it are before the first event): null
  pdb=$tmp/prev.db
  printf '' | "$T" ingest -q --db "$pdb" - 2>/dev/null
  sqlite3 "$pdb" "WITH RECURSIVE d(x) AS (SELECT 0 UNION ALL SELECT x + 1 FROM d WHERE x < 424),
      k(y) AS (VALUES (0), (1), (2))
    INSERT INTO events(date, source, target, src_country, tgt_country, code, root, quad, goldstein, origin)
    SELECT date('2023-01-02', '+' || x || ' days'), 'USA', 'CAN', 'USA', 'CAN', '040', '04', 1, 1, 't' FROM d
    UNION ALL SELECT date('2023-01-02', '+' || x || ' days'), 'COL', 'VEN', 'COL', 'VEN', '190', '19', 4, -10, 't'
     FROM d, k WHERE (x IN (18, 19, 20) AND y = 0) OR (x BETWEEN 373 AND 377 AND y < 2) OR (x BETWEEN 399 AND 402);"
  prev() { "$T" alerts --db "$pdb" --since "$1" --until "$2" -f jsonl 2>"$tmp/err" | grep '"a":"COL","b":"VEN"'; }
  prev 2024-01-01 2024-01-30 >"$tmp/p1"
  check "previous: an onset had none in the days before" grep -q '"scored_rung":9,.*"previous":0,' "$tmp/p1"
  check "previous: said in plain words" grep -q '; none in the 30 days before the window' "$tmp/p1"
  prev 2024-02-01 2024-02-29 >"$tmp/p2"
  check "previous: a war that goes on counts the days before" grep -q '"scored_rung":9,.*"previous":10,' "$tmp/p2"
  check "previous: its count in plain words" grep -q '; 10 in the 29 days before the window' "$tmp/p2"
  prev 2023-01-10 2023-02-08 >"$tmp/p3"
  check "previous: unknown before the database's first event" grep -q '"previous":null,' "$tmp/p3"
fi

"$T" network --db "$db" --window 1y >"$tmp/n.json" 2>"$tmp/err"
check "network json" grep -q '"a":"DEU","b":"FRA","cooperation":0,"conflict":[0-9]*,.*"sign":-1' "$tmp/n.json"
check "network: cooperation positive" grep -q '"a":"CAN","b":"JPN","cooperation":[1-9][0-9]*,"conflict":0,.*"sign":1' "$tmp/n.json"
"$T" network --db "$db" --window 1y --format dot >"$tmp/n.dot" 2>"$tmp/err"
check "network dot: hostility dashed red" grep -q '"DEU" -- "FRA" \[color="#c8261e", style=dashed' "$tmp/n.dot"
"$T" network --db "$db" --window 1y --format graphml >"$tmp/n.graphml" 2>"$tmp/err"
check "network graphml is XML" xmllint --noout "$tmp/n.graphml"
"$T" network --db "$db" --format svg 2>"$tmp/err"; check "svg needs --out" [ $? -eq 2 ]

# acceptance on real data (skipped without ../shared)
if [ -d "$SHARED/corpus/seeds" ]; then
  "$T" ingest -q --date 2024-11-05 --db "$tmp/s.db" "$SHARED/corpus/seeds" 2>"$tmp/err"
  "$T" alerts --db "$tmp/s.db" -f jsonl >"$tmp/sa" 2>"$tmp/err"
  check "seeds: North Korea enters the Russia-Ukraine war" grep -q '"kind":"third-party","a":"RUS","b":"UKR","third":"PRK"' "$tmp/sa"
  # one alert per pair: North Korea's entry and the alliance are one PRK-RUS alert (changed with the
  # single score: the alliance used to be an alert of its own)
  check "seeds: the Russia-North Korea alliance" grep -q '"third":"PRK".*"reasons":\[[^]]*"alliance"' "$tmp/sa"
  check "seeds: North Korea's entry in the top 3" sh -c "head -3 '$tmp/sa' | grep -q '\"third\":\"PRK\"'"
  check "seeds: worded as what happened, codes named" grep -q '"why":"PRK sends troops to RUS in its war with UKR[^:]*: [0-9]* support events ([^)]*074 troops' "$tmp/sa"
  # no alert resting on one event above one resting on several
  check "seeds: single-event alerts rank below many-event ones" awk '
    { c = $0; sub(/.*"count":/, "", c); sub(/,.*/, "", c); c += 0
      if (c <= 1) single = 1; else if (single && c >= 3) bad = 1 }
    END { exit bad }' "$tmp/sa"
  "$T" ladder RUS UKR --by month --db "$tmp/s.db" -f jsonl >"$tmp/sl" 2>"$tmp/err"
  check "seeds: Russia-Ukraine at a fighting rung" grep -q '"max_rung":9,"rung_name":"fighting"' "$tmp/sl"
else
  echo "skip seeds acceptance: $SHARED/corpus/seeds not found"
fi
if [ -f "$SHARED/data/events/turkey.cameo.tsv" ]; then
  "$T" import --format keds --db "$tmp/k.db" "$SHARED/data/events/turkey.cameo.tsv" 2>"$tmp/err"
  "$T" alerts --db "$tmp/k.db" --since 1995-03-01 --until 1995-03-31 --max 5 -f jsonl >"$tmp/k1" 2>"$tmp/err"
  check "KEDS: March 1995 incursion among the top alerts" grep -q '"a":"IRQ","b":"TUR"\|"a":"TUR","b":"TUR"' "$tmp/k1"
  "$T" alerts --db "$tmp/k.db" --since 1998-10-01 --until 1998-10-31 --max 5 -f jsonl >"$tmp/k2" 2>"$tmp/err"
  check "KEDS: October 1998 Turkey-Syria crisis among the top alerts" grep -q '"a":"SYR","b":"TUR"' "$tmp/k2"
else
  echo "skip KEDS acceptance: $SHARED/data/events not found"
fi

# --- a large store: the first query says it is aggregating, the next does not ---
if command -v sqlite3 >/dev/null; then
  big=$tmp/big.db
  printf '' | "$T" ingest -q --db "$big" - 2>/dev/null
  sqlite3 "$big" "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 210000)
    INSERT INTO events(date, source, target, src_country, tgt_country, code, root, quad, goldstein, origin)
    SELECT date('2020-01-01', '+' || (x % 700) || ' days'), 'FRA', 'DEU', 'FRA', 'DEU', '111', '11', 3, -2, 'test' FROM n;"
  "$T" ladder FRA DEU --db "$big" --by month >"$tmp/out" 2>"$tmp/err"
  check "first query on a large store announces the aggregation" grep -q "aggregates up to date (210000 events" "$tmp/err"
  check "and answers" grep -q "^2021-11-01" "$tmp/out"
  "$T" ladder FRA DEU --db "$big" --by month >"$tmp/out" 2>"$tmp/err"
  check "later queries are silent" [ ! -s "$tmp/err" ]
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
