#!/bin/sh
# options.sh - one option grammar: the same names for the same things in
# every command, the old spellings kept as aliases. Table-driven: each row
# is COMMAND|NEW ARGS|OLD ARGS, and both must give the same output; then the
# names every command must take, and what they must refuse.
# Prints "N passed, N failed".
. tests/harness.sh

db=$tmp/o.db
"$T" ingest -q --db "$db" examples/corpus 2>/dev/null
S="--since 2023-01-01"

# aliases: the new spelling gives what the old one gives
while IFS='|' read -r cmd new old; do
  [ -z "$cmd" ] && continue
  # shellcheck disable=SC2086
  "$T" $cmd --db "$db" $new >"$tmp/new" 2>&1; rn=$?
  # shellcheck disable=SC2086
  "$T" $cmd --db "$db" $old >"$tmp/old" 2>&1; ro=$?
  check "$cmd $new = $cmd $old" sh -c "[ $rn -eq 0 ] && [ $ro -eq 0 ] && [ -s '$tmp/new' ] && cmp -s '$tmp/new' '$tmp/old'"
done <<ROWS
alerts|$S --limit 3|$S --max 3
alerts|$S --format json|$S --format jsonl
alerts|$S --format table|$S --format text
network|--window 5y --limit 4|--window 5y --max-edges 4
network|--window 5y --format jsonl|--window 5y --format json
ladder|RUS UKR --format text|RUS UKR --format table
ladder|RUS UKR --format json|RUS UKR --format jsonl
stories|--format text|--format table
stories|--format json|--format jsonl
show|1 --format table|1 --format text
show|1 --format jsonl|1 --format json
events|--format text|--format table
events|--format json|--format jsonl
ROWS

# report writes a file: the same brief under either name (the footer's time
# fixed, or two runs on either side of a minute differ)
SOURCE_DATE_EPOCH=1700000000 "$T" report --db "$db" $S --limit 2 --out "$tmp/a.html" >/dev/null 2>&1
SOURCE_DATE_EPOCH=1700000000 "$T" report --db "$db" $S --top 2 --out "$tmp/b.html" >/dev/null 2>&1
check "report stamps SOURCE_DATE_EPOCH's time" grep -q "on 2023-11-14 22:13 UTC" "$tmp/a.html"
check "report --limit 2 = report --top 2" sh -c "[ -s '$tmp/a.html' ] && cmp -s '$tmp/a.html' '$tmp/b.html'"

# the same names wherever the thing exists
while IFS='|' read -r cmd args; do
  [ -z "$cmd" ] && continue
  # shellcheck disable=SC2086
  "$T" $cmd --db "$db" $args >"$tmp/out" 2>"$tmp/err"
  check "$cmd takes $args" [ $? -eq 0 ]
done <<ROWS
events|--since 2023-01-01 --until 2025-12-31 --limit 5 --format jsonl
stories|--limit 5 --format jsonl
alerts|--since 2023-01-01 --until 2025-12-31 --limit 5 --actor PRK --format jsonl
network|--since 2023-01-01 --until 2025-12-31 --limit 5 --format json
ladder|RUS UKR --since 2023-01-01 --until 2025-12-31 --format jsonl
export|--since 2023-01-01 --until 2025-12-31 --format cameo
ROWS

# what the new names mean
"$T" alerts --db "$db" $S --actor prk --format jsonl >"$tmp/act" 2>/dev/null
check "alerts --actor: some alerts" [ -s "$tmp/act" ]
check "alerts --actor: each names the actor" sh -c "! grep -v 'PRK' '$tmp/act' | grep -q ."
"$T" alerts --db "$db" $S --format jsonl >"$tmp/all" 2>/dev/null
check "alerts --actor: fewer than all" [ "$(wc -l <"$tmp/act")" -lt "$(wc -l <"$tmp/all")" ]
"$T" network --db "$db" --since 2024-01-01 --until 2024-12-31 --format json >"$tmp/net" 2>/dev/null
check "network --since starts the window" grep -q '"from":"2024-01-01","until":"2024-12-31"' "$tmp/net"

# and what they refuse, with exit 2
while IFS='|' read -r cmd args; do
  [ -z "$cmd" ] && continue
  # shellcheck disable=SC2086
  "$T" $cmd --db "$db" $args >"$tmp/out" 2>"$tmp/err"
  check "$cmd refuses $args" [ $? -eq 2 ]
done <<ROWS
alerts|--format xml
ladder|RUS UKR --format xml
network|--since 2024-12-01 --until 2024-01-01
events|--since 2024-12-01 --until 2024-01-01
events|-q
ROWS

finish
