#!/bin/sh
# legacy.sh - what TABARI's and PETRARCH2's actor files cost (issue 15): the
# dictionary load time and peak RSS with every legacy actor, agent and
# discard file added, and the coding speed of one thread on a generated
# corpus of BENCH_MB MiB with and without them (best of RUNS, alternating, so
# that a busy machine hurts both alike). Skips without ../shared.
set -eu
B=${B:-build}
MB=${BENCH_MB:-20}
RUNS=${RUNS:-3}
L=${SHARED:-../shared}/reference/legacy-dictionaries
[ -d "$L" ] || { echo "bench legacy: $L not found, skipped"; exit 0; }
dir=$B/bench
mkdir -p "$dir"
corpus=$dir/corpus-$MB.jsonl
[ -s "$corpus" ] || "$B/gen-corpus" --mb "$MB" --seed 7 >"$corpus"
set --
for f in "$L"/tabari/*.actors "$L"/tabari/*.agents "$L"/petrarch2/Phoenix.*; do
  set -- "$@" --dict-add "$f"
done
echo "legacy files: $(($# / 2)) (TABARI and PETRARCH2 actors, agents, discards)"
# load: best of 5 (wall ms as the loader measures it, CPU s and peak RSS by time)
for what in own legacy; do
  best=999999; cpu=999; rss=0
  for i in 1 2 3 4 5; do
    if [ $what = own ]; then
      /usr/bin/time -f "%U %S %M" -o "$dir/time.txt" "$B/tocsin" dict check >"$dir/out.txt" 2>/dev/null || true
    else
      /usr/bin/time -f "%U %S %M" -o "$dir/time.txt" "$B/tocsin" dict check "$@" >"$dir/out.txt" 2>/dev/null || true
    fi
    ms=$(sed -n 's/.*loaded in \([0-9.]*\) ms.*/\1/p' "$dir/out.txt" | head -1)
    c=$(tail -1 "$dir/time.txt" | awk '{print $1 + $2}')
    best=$(echo "if ($ms < $best) $ms else $best" | bc -l)
    cpu=$(echo "if ($c < $cpu) $c else $cpu" | bc -l)
    rss=$(tail -1 "$dir/time.txt" | awk '{print $3}')
  done
  eval "cpu_$what=$cpu"
  printf 'load %-7s %7.1f ms wall (best of 5), %5.3f s CPU, peak RSS %6.1f MiB\n' "$what" "$best" "$cpu" "$(echo "$rss / 1024" | bc -l)"
done
# coding: one thread, best of RUNS each, alternating
bo=999999; bl=999999
for i in $(seq "$RUNS"); do
  /usr/bin/time -f "%e %U %M" -o "$dir/t-own.txt" "$B/tocsin" code -q --jobs 1 "$corpus" >"$dir/ev-own.jsonl"
  /usr/bin/time -f "%e %U %M" -o "$dir/t-leg.txt" "$B/tocsin" code -q --jobs 1 "$@" "$corpus" >"$dir/ev-leg.jsonl" 2>/dev/null
  o=$(awk '{print $2}' "$dir/t-own.txt"); l=$(awk '{print $2}' "$dir/t-leg.txt")
  bo=$(echo "if ($o < $bo) $o else $bo" | bc -l)
  bl=$(echo "if ($l < $bl) $l else $bl" | bc -l)
done
eo=$(wc -l <"$dir/ev-own.jsonl"); el=$(wc -l <"$dir/ev-leg.jsonl")
printf 'code %s MiB, 1 thread, CPU s (best of %s): own %.2f s, with legacy %.2f s (%+.1f%%); events %s -> %s; peak RSS %s -> %s KiB\n' \
  "$MB" "$RUNS" "$bo" "$bl" "$(echo "($bl - $bo) * 100 / $bo" | bc -l)" "$eo" "$el" \
  "$(tail -1 "$dir/t-own.txt" | awk '{print $3}')" "$(tail -1 "$dir/t-leg.txt" | awk '{print $3}')"
# the same without the one-off load: coding alone
co=$(echo "$bo - $cpu_own" | bc -l); cl=$(echo "$bl - $cpu_legacy" | bc -l)
printf 'coding alone (CPU minus the load): own %.2f s, with legacy %.2f s (%+.1f%%)\n' "$co" "$cl" \
  "$(echo "($cl - $co) * 100 / $co" | bc -l)"
