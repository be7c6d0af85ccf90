#!/bin/sh
# run.sh - the coder's end-to-end benchmark: read, segment, code and write
# JSON Lines to /dev/null for a generated news-like corpus of BENCH_MB MiB
# (BENCH_CORPUS=generated, the default), or for real news sentences
# (BENCH_CORPUS=real: the seed articles and dev gold sentences of $SHARED
# shuffled into articles at benchmark time by bench/real-corpus.py, into the
# build directory; skipped without $SHARED). Prints MB/s, sentences/s, the
# ratio to `wc -w` on the same file, the dictionary load time and peak RSS,
# for 1 and 2 threads (and more if the machine has them), and the CPU time,
# which a machine shared with other work inflates less than the wall clock.
set -eu
B=${B:-build}
MB=${BENCH_MB:-100}
KIND=${BENCH_CORPUS:-generated}
SHARED=${SHARED:-../shared}
dir=$B/bench
mkdir -p "$dir"
case $KIND in
generated)
  corpus=$dir/corpus-$MB.jsonl
  [ -s "$corpus" ] || "$B/gen-corpus" --mb "$MB" --seed 7 >"$corpus" ;;
real)
  if [ ! -d "$SHARED/corpus/seeds" ] || [ ! -d "$SHARED/dev" ]; then
    echo "bench-real: $SHARED/corpus/seeds or $SHARED/dev not found, skipped"
    exit 0
  fi
  corpus=$dir/real-$MB.jsonl
  [ -s "$corpus" ] || python3 bench/real-corpus.py --shared "$SHARED" --mb "$MB" --seed 7 >"$corpus.tmp"
  [ -s "$corpus" ] || mv "$corpus.tmp" "$corpus" ;;
*)
  echo "BENCH_CORPUS is generated or real, not $KIND" >&2
  exit 2 ;;
esac
bytes=$(wc -c <"$corpus")
now() { date +%s.%N; }

echo "corpus: $corpus ($(echo "$bytes / 1048576" | bc) MiB, $(wc -l <"$corpus") articles)"
cat "$corpus" >/dev/null # warm the page cache

t0=$(now); wc -w "$corpus" >/dev/null; t1=$(now)
wc_s=$(echo "$t1 - $t0" | bc -l)
printf 'wc -w:            %6.2f s  %7.1f MB/s\n' "$wc_s" "$(echo "$bytes / 1000000 / $wc_s" | bc -l)"

# dictionary load time: best of 5
best=999999
for i in 1 2 3 4 5; do
  ms=$("$B/tocsin" dict check 2>/dev/null | sed -n 's/.*loaded in \([0-9.]*\) ms.*/\1/p')
  best=$(echo "if ($ms < $best) $ms else $best" | bc -l)
done
printf 'dictionary load:  %6.1f ms (best of 5)\n' "$best"

# seconds of CPU (user + system) of "$@"'s children, from the shell's times
cpu_of() {
  ( "$@"; times ) | tail -1 | awk '{ for (i = 1; i <= 2; i++) { split($i, a, "m"); s += a[1] * 60 + a[2] } print s }'
}

cores=$(nproc)
for j in 1 2 4 8 16; do
  [ "$j" -gt "$cores" ] && break
  t0=$(now)
  cpu=$(cpu_of sh -c '"$1" code --jobs "$2" "$3" >/dev/null 2>"$4"' sh "$B/tocsin" "$j" "$corpus" "$dir/stats-$j.txt")
  t1=$(now)
  s=$(echo "$t1 - $t0" | bc -l)
  sent=$(sed -n 's/.* documents*, \([0-9]*\) sentences.*/\1/p' "$dir/stats-$j.txt")
  rss=$(sed -n 's/.*peak RSS \([0-9.]*\) MiB.*/\1/p' "$dir/stats-$j.txt")
  printf 'tocsin code -j%-2s %6.2f s  %7.1f MB/s  %9.0f sentences/s  %5.2fx wc -w time  peak RSS %s MiB  (CPU %.2f s: %.0f sentences per CPU-second)\n' \
    "$j" "$s" "$(echo "$bytes / 1000000 / $s" | bc -l)" "$(echo "$sent / $s" | bc -l)" \
    "$(echo "$s / $wc_s" | bc -l)" "$rss" "$cpu" "$(echo "$sent / $cpu" | bc -l)"
done
