#!/bin/sh
# eval.sh - tocsin eval-alerts through the real binary, on a series written
# for this test (tests/data/eval/series.keds.tsv: France and Germany consult
# all year, Norway and Sweden talk and complain, Armenia and Azerbaijan trade
# criticism until threats in the week of 2020-09-20 and three weeks of
# fighting from 2020-09-27): the episode is named when its date is right
# (also written in KEDS-era codes) and not when it is wrong, by tocsin and
# by the naive baseline; errors in the episodes file are named. Then the
# acceptance runs on the KEDS Balkans, Turkey and Central Asia series
# (skipped without ../shared; Turkey and Central Asia with the project's own
# episode lists, bench/episodes/): the import share is checked, the figures
# printed. Prints "N passed, N failed".
B=${B:-build}
T=$B/tocsin
SHARED=${SHARED:-../shared}
D=tests/data/eval
tmp=$(mktemp -d)
trap '[ -n "$KEEP" ] || rm -rf "$tmp"' EXIT
pass=0
fail=0
ok() { pass=$((pass + 1)); echo "ok   $1"; }
no() { fail=$((fail + 1)); echo "FAIL $1"; [ -f "$tmp/err" ] && sed 's/^/     /' "$tmp/err" | head -8; }
check() { name=$1; shift; if "$@"; then ok "$name"; else no "$name"; fi; }
# field of system S (0 tocsin, 1 baseline) of the JSON report in $tmp/j
jf() { python3 -c "import json,sys; d=json.load(open('$tmp/j')); print($1)"; }

db=$tmp/e.db
"$T" import --format keds --db "$db" $D/series.keds.tsv 2>"$tmp/err"
ev() { "$T" eval-alerts --db "$db" --baseline --format json "$@" >"$tmp/j" 2>"$tmp/err"; }

ev --episodes $D/episodes-right.tsv
check "right date: tocsin names the episode (1/1)" [ "$(jf "d['systems'][0]['named']")" = 1 ]
check "right date: the baseline names it (1/1)" [ "$(jf "d['systems'][1]['named']")" = 1 ]
check "right date: ranked first in its window" [ "$(jf "[s['per_episode'][0]['rank'] for s in d['systems']]")" = "[1, 1]" ]
check "right date: flagged within the window" jf "exit(not all(-7 <= s['per_episode'][0]['days_to_flag'] <= 21 for s in d['systems']))"
check "right date: the global top alert falls on it" [ "$(jf "[s['global_alerts'][0]['episode'] for s in d['systems']]")" = "['Fighting on the border', 'Fighting on the border']" ]
check "right date: the top alert is the dyad" [ "$(jf "sorted([d['systems'][0]['global_alerts'][0]['a'], d['systems'][0]['global_alerts'][0]['b']])")" = "['ARM', 'AZE']" ]
check "right date: precision of the global top = hits / listed" jf "exit(not all(abs(s['precision'] - s['global_hits'] / s['global_n']) < 1e-3 for s in d['systems']))"
# three weeks of fighting fall in two months: the episode may be hit twice, it is found once
check "right date: the global top finds the one episode once" [ "$(jf "[s['global_episodes'] for s in d['systems']]")" = "[1, 1]" ]

# three weeks of fighting from 2020-09-27 fill the global list in two months; October's item of the dyad
# is shown as the continuation of September's (its rank), September's continues nothing
cont() { python3 - "$tmp/j" <<'PY'
import json, sys
bad = 0
for s in json.load(open(sys.argv[1]))['systems']:
    g = {a['first'][:7]: a for a in s['global_alerts'] if (a['a'], a['b']) == ('ARM', 'AZE')}
    sep, oct_ = g.get('2020-09'), g.get('2020-10')
    bad |= not sep or not oct_ or sep['continues'] is not None or oct_['continues'] != sep['rank']
sys.exit(bad)
PY
}
check "global list: October's item continues September's (its rank)" cont
check "global list: the onset month continues nothing" jf "exit(not all(g['continues'] is None for s in d['systems'] for g in s['global_alerts'] if g['first'][:7] == '2020-09'))"

ev --episodes $D/episodes-wrong.tsv
check "wrong date: recall 0 for tocsin" [ "$(jf "d['systems'][0]['recall']")" = 0.0 ]
check "wrong date: recall 0 for the baseline" [ "$(jf "d['systems'][1]['recall']")" = 0.0 ]
check "wrong date: never flagged" [ "$(jf "[s['per_episode'][0]['days_to_flag'] for s in d['systems']]")" = "[None, None]" ]
check "wrong date: no global alert on it" [ "$(jf "[s['global_hits'] for s in d['systems']]")" = "[0, 0]" ]
check "wrong date: no episode found by the global top" [ "$(jf "[s['global_episodes'] for s in d['systems']]")" = "[0, 0]" ]

# a missed episode says what the window holds between its sides: nothing (not in the data), or its events
# counted once per pair of countries (AZE-ARM and ARM-AZE, ARM and ARMGOV are one dyad) against the lines
# of the series, and no 'missed' entry for an episode that was found
ev --episodes $D/episodes-missed.tsv
check "missed: a pair without events reads as not in the data" [ "$(jf "[(e['missed']['events'], e['missed']['best_rank']) for e in d['systems'][0]['per_episode']][0]")" = "(0, None)" ]
lines=$(awk -F'\t' '$1 >= "2020-02-23" && $1 <= "2020-03-22" && (($2 ~ /^ARM/ && $3 ~ /^AZE/) || ($2 ~ /^AZE/ && $3 ~ /^ARM/))' $D/series.keds.tsv | wc -l)
check "missed: the sides' events in the window are the series' lines ($lines)" [ "$(jf "d['systems'][0]['per_episode'][1]['missed']['events']")" = "$lines" ]
check "missed: their conflict and its usual level are read" jf "exit(not [m for m in [d['systems'][0]['per_episode'][1]['missed']] if 0 < m['conflict'] <= m['events'] and m['usual_conflict'] > 0 and m['max_rung'] >= 1])"
check "missed: the baseline has no diagnosis" jf "exit(any('missed' in e for e in d['systems'][1]['per_episode']))"
ev --episodes $D/episodes-right.tsv
check "found: no 'missed' entry" jf "exit('missed' in d['systems'][0]['per_episode'][0])"
"$T" eval-alerts --db "$db" --episodes $D/episodes-missed.tsv >"$tmp/t" 2>"$tmp/err"
check "text report: a miss not in the data is said so" grep -q "^  2020-09-27  Not in the series .*no events between the sides: not in the database" "$tmp/t"
check "text report: a miss with events gives their count" grep -q "^  2020-03-01  Criticism only .* $lines events, " "$tmp/t"

ev --episodes $D/episodes-mixed.tsv
check "mixed: 1 of 2, the right one (KEDS-era codes AZR, AZRMIL read as AZE)" [ "$(jf "[(s['named'], s['per_episode'][0]['rank'] is not None, s['per_episode'][1]['rank']) for s in d['systems']]")" = "[(1, True, None), (1, True, None)]" ]
ev --episodes $D/episodes-right.tsv --window 30,60
check "a window after the episode: not named" [ "$(jf "d['systems'][0]['named']")" = 0 ]
ev --episodes $D/episodes-right.tsv --global 1 --top 1
check "--global 1 lists one alert" [ "$(jf "[len(s['global_alerts']) for s in d['systems']]")" = "[1, 1]" ]

"$T" eval-alerts --db "$db" --episodes $D/episodes-right.tsv --baseline >"$tmp/t" 2>"$tmp/err"
check "text report: the figures" grep -q "^episodes named in the top k of their window *1/1 *1/1" "$tmp/t"
check "text report: episodes found by the global top" grep -q "^known episodes among the global top 30 *1/1 *1/1" "$tmp/t"
check "text report: the episode line" grep -q "2020-09-27  Fighting on the border .*tocsin #1" "$tmp/t"
check "text report: a continuation is marked" grep -q "^ *[0-9]*\. 2020-10-.*ARM-AZE .*(continues #[0-9]*)" "$tmp/t"
"$T" eval-alerts --db "$db" --episodes $D/n_episodes-bad-date.tsv >"$tmp/t" 2>"$tmp/err"
check "a bad episode date: exit 1, file:line" sh -c "[ $? = 1 ] && grep -q 'n_episodes-bad-date.tsv:1: not a date' '$tmp/err'"
"$T" eval-alerts --db "$db" --episodes $D/n_episodes-one-side.tsv >"$tmp/t" 2>"$tmp/err"
check "an episode with one side: exit 1, file:line" sh -c "[ $? = 1 ] && grep -q 'n_episodes-one-side.tsv:1: expected date' '$tmp/err'"
"$T" eval-alerts --db "$db" >"$tmp/t" 2>"$tmp/err"
check "no --episodes: exit 2" [ $? = 2 ]
"$T" eval-alerts --db "$db" --episodes $D/episodes-right.tsv --window 21,-7 >"$tmp/t" 2>"$tmp/err"
check "a window backwards: exit 2" [ $? = 2 ]

# acceptance: the KEDS Balkans series and its 19 episodes
if [ -f "$SHARED/data/events/balkans.weis.tsv" ] && [ -f "$SHARED/data/events/balkans_episodes.tsv" ]; then
  "$T" import --format weis --db "$tmp/b.db" "$SHARED/data/events/balkans.weis.tsv" 2>"$tmp/err"
  share=$(sed -n 's/.*(\([0-9.]*\)% imported).*/\1/p' "$tmp/err" | head -1)
  check "balkans: at least 99% of the lines imported ($share%)" awk -v s="$share" 'BEGIN { exit !(s >= 99) }'
  "$T" eval-alerts --db "$tmp/b.db" --episodes "$SHARED/data/events/balkans_episodes.tsv" --baseline >"$tmp/t" 2>"$tmp/err"
  check "balkans: eval-alerts runs" [ $? = 0 ]
  sed -n '3,7p' "$tmp/t" | sed 's/^/     /'
  # issue 11's acceptance asks for 17 of the 19 episodes in the top 5 of their window. tocsin had 17
  # while a day with a code above its root's rung (a 138 under 13, a 145 under 14) counted one phantom
  # event at each rung between; counted right (one event moves up), the UN sanctions of May 1992 fall
  # out of their window's top 5: 16. This guards that figure; the target is not met
  check "balkans: at least 16/19 episodes named in their window" awk '
    /^episodes named in the top k/ { split($(NF - 1), f, "/"); exit !(f[1] >= 16 && f[2] == 19) }' "$tmp/t"
  # the start of a database: the series cut to begin in 1993, in the middle of the war. Before its first
  # event there is no history yet: its first two months put 5 alerts in tocsin's global top 30 when the
  # days before them counted as days without events; none now
  awk -F'\t' 'NR == 1 || $1 >= "1993-01-01"' "$SHARED/data/events/balkans.weis.tsv" >"$tmp/b93.tsv"
  "$T" import --format weis --db "$tmp/b93.db" "$tmp/b93.tsv" 2>"$tmp/err"
  "$T" eval-alerts --db "$tmp/b93.db" --episodes "$SHARED/data/events/balkans_episodes.tsv" --format json >"$tmp/j" 2>"$tmp/err"
  check "balkans from 1993: no global top-30 alert in its first two months" \
    jf "exit(len(d['systems'][0]['global_alerts']) != 30 or any(a['first'] < '1993-03-01' for a in d['systems'][0]['global_alerts']))"
else
  echo "skip Balkans acceptance: $SHARED/data/events not found"
fi
# the KEDS Turkey series and our own list of its episodes (bench/episodes/turkey.tsv)
if [ -f "$SHARED/data/events/turkey.cameo.tsv" ]; then
  "$T" import --format keds --db "$tmp/t.db" "$SHARED/data/events/turkey.cameo.tsv" 2>"$tmp/err"
  "$T" eval-alerts --db "$tmp/t.db" --episodes bench/episodes/turkey.tsv --baseline >"$tmp/t" 2>"$tmp/err"
  check "turkey: eval-alerts runs" [ $? = 0 ]
  sed -n '3,7p' "$tmp/t" | sed 's/^/     /'
  # issue 11: the March 1995 incursion and the October 1998 crisis stay in the top 5 of their windows
  check "turkey: the 1995 incursion in the top 5 of its window" grep -q "^  1995-03-20  .* tocsin #[1-5] " "$tmp/t"
  check "turkey: the 1998 Turkey-Syria crisis in the top 5 of its window" grep -q "^  1998-10-01  .* tocsin #[1-5] " "$tmp/t"
fi
# the KEDS Central Asia series and our own list of its episodes (bench/episodes/casia.tsv)
if [ -f "$SHARED/data/events/casia.weis.tsv" ]; then
  "$T" import --format weis --db "$tmp/c.db" "$SHARED/data/events/casia.weis.tsv" 2>"$tmp/err"
  "$T" eval-alerts --db "$tmp/c.db" --episodes bench/episodes/casia.tsv --baseline >"$tmp/t" 2>"$tmp/err"
  check "central asia: eval-alerts runs" [ $? = 0 ]
  sed -n '3,7p' "$tmp/t" | sed 's/^/     /'
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
