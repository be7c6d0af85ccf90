#!/bin/sh
# run.sh - builds the libFuzzer targets with clang (ASan + UBSan) and runs each
# for FUZZ_SECONDS (default 10) from a seed corpus. Longer by hand:
#   FUZZ_SECONDS=3600 make fuzz
set -e
B=${B:-build}
S=${FUZZ_SECONDS:-10}
out=build-fuzz
mkdir -p $out/corpus-text $out/corpus-dict $out/corpus-html $out/corpus-syntax
FLAGS="-std=c11 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all -D_POSIX_C_SOURCE=200809L -Iinclude -Isrc"
FLAGS="$FLAGS $(pkg-config --cflags libxml-2.0 2>/dev/null || echo -I/usr/include/libxml2) -I/usr/include/libexttextcat"
FLAGS="$FLAGS $(pkg-config --cflags geonames 2>/dev/null)"
FLAGS="$FLAGS $(pkg-config --cflags libpq 2>/dev/null || echo -I/usr/include/postgresql)"
# the library is compiled once, instrumented, into an archive that every
# target links (LIBSRC names it from here on)
mkdir -p $out/obj
LIBFLAGS=$(echo "$FLAGS" | sed 's/-fsanitize=fuzzer,/-fsanitize=fuzzer-no-link,/')
rm -f $out/obj/*.o $out/libfuzz.a
# with the gazetteer's table that the Makefile generated in $B (make fuzz builds it first)
for c in src/*/*.c $B/gen/gazetteer_data.c; do echo "$c $out/obj/$(echo "$c" | tr / _ | sed 's/\.c$/.o/')"; done |
  xargs -n 2 -P 2 sh -c 'clang '"$LIBFLAGS"' -c -o "$1" "$0"'
ar rcs $out/libfuzz.a $out/obj/*.o
LIBSRC=$out/libfuzz.a
LIBS="-lutf8proc -lyajl -lsqlite3 $(pkg-config --libs libpq 2>/dev/null || echo -lpq) -lcurl -lxml2 -lexttextcat-2.0 -lpthread -lm"
# build NAME [SOURCES...]: fuzz/fuzz_NAME.c with the sources given, the library
build() {
  t=$1; shift
  # shellcheck disable=SC2086
  clang $FLAGS -I. -o $out/fuzz_$t fuzz/fuzz_$t.c "$@" $LIBSRC $LIBS
}
# run NAME [MAX_LEN]: the target for S seconds from its corpus; a crash stops all
run() {
  echo "fuzzing $1 for ${S}s"
  $out/fuzz_$1 -max_total_time=$S -max_len=${2:-8192} -timeout=10 -print_final_stats=0 -artifact_prefix=$out/ \
    $out/corpus-$1 >$out/fuzz_$1.log 2>&1 || { tail -40 $out/fuzz_$1.log; exit 1; }
  tail -2 $out/fuzz_$1.log
}
for t in text dict html syntax; do
  build $t
done
# seeds: the example corpus and the dictionaries
i=0
for f in examples/corpus/text/*.txt tests/sentences/*.txt; do
  [ -f "$f" ] && head -c 4096 "$f" >$out/corpus-text/seed$i && i=$((i + 1))
done
# inputs that once crashed a target (fuzz/regress/TARGET/), run first every time
for d in fuzz/regress/*/; do
  [ -d "$d" ] && mkdir -p $out/corpus-$(basename "$d") && cp "$d"* $out/corpus-$(basename "$d")/
done
printf 'Russia\377 condemned \342\200\234Ukraine\342\200\235.\n' >$out/corpus-text/seed-utf8
head -c 2000 dict/actors/places.txt >$out/corpus-dict/seed-actors
# seeds for pages and feeds: the test pages and feeds (y_ and n_ alike)
for f in tests/data/*; do
  [ -f "$f" ] && head -c 8192 "$f" >$out/corpus-html/$(basename "$f")
done
{ head -c 1500 dict/actors/agents.txt; printf '\000'; head -c 1500 dict/verbs/11-disapprove.txt 2>/dev/null || true; } >$out/corpus-dict/seed-both
# seeds for the syntactic layer: sentences, one per file
i=0
for f in examples/corpus/text/*.txt; do
  [ -f "$f" ] && head -c 600 "$f" | tr '\n' ' ' >$out/corpus-syntax/seed$i && i=$((i + 1))
done
for t in text dict html syntax; do
  run $t
done
# the legacy dictionary reader (TABARI, PETRARCH2); seeds: the test files
mkdir -p $out/corpus-legacy
build legacy
for f in tests/data/legacy/*; do
  [ -f "$f" ] && head -c 8192 "$f" >$out/corpus-legacy/$(basename "$f")
done
run legacy
# the import line parsers (KEDS, WEIS, ICEWS, GDELT: the first byte picks);
# seeds: the test series, each behind its format byte
mkdir -p $out/corpus-import
build import
{ printf '\000'; head -c 4000 tests/data/eval/series.keds.tsv; } >$out/corpus-import/keds
{ printf '\001'; head -c 4000 tests/data/eval/weis-lines.tsv; } >$out/corpus-import/weis
printf '\002Event ID\tEvent Date\n1\t2018-06-01\tJapan\tNA\tJapan\tConsult\t040\t1\tVietnam\tNA\tVietnam\t2\t2\tWire\tNA\tNA\tNA\tJapan\t35\t139\n' >$out/corpus-import/icews
awk 'BEGIN { printf "\003"; for (i = 1; i <= 57; i++) printf "%s%s", (i == 1 ? "" : "\t"),
  (i == 1 ? "7" : i == 2 ? "20240105" : i == 6 ? "RUS" : i == 8 ? "RUS" : i == 16 ? "UKRMIL" : i == 18 ? "UKR" : i == 19 ? "" : i == 23 ? "MIL" : i == 27 ? "190" : "") }' >$out/corpus-import/gdelt
run import
# the one date parser and event time; seeds: dates in every written form
# and sentences with times (tests/data/when)
mkdir -p $out/corpus-date
build date
i=0
for d in '2024-07-01T10:00:00.5+02:00' 'Mon, 01 Jul 2024 10:00:00 +0000' 'Monday, July 1st, 2024' '1st of July 2024' \
         '20240701T101500Z' '2024-02-30' 'November\302\24016, 2024 \342\200\224 2:14 PM ET' '2022-05-01/2024-11-06'; do
  printf '%b' "$d" >$out/corpus-date/seed$i; i=$((i + 1))
done
for f in tests/data/when/*.txt; do
  [ -f "$f" ] && head -c 1024 "$f" >$out/corpus-date/$(basename "$f")
done
run date 1024
# the JSON Lines reader, the gold reader of validate (common/gold.c), what
# serve checks in a request before any database is read (server/api.c), and
# the ladder table; seeds: records, gold lines and requests of our own, the
# ladder as bundled
mkdir -p $out/corpus-jsonl $out/corpus-gold $out/corpus-query $out/corpus-ladder
build jsonl
build gold common/gold.c
build ladder
build query server/*.c common/jsonw.c common/names.c common/dictload.c common/places.c -lmicrohttpd
{ printf '\000'; head -c 4000 examples/corpus/articles.jsonl; } >$out/corpus-jsonl/corpus
{ printf '\003\357\273\277'; head -c 2000 examples/corpus/articles.jsonl; } >$out/corpus-jsonl/bom
printf '\000{"id":7,"date":"2024-11-05","title":"T","text":"Russia condemned Ukraine.","x":[[{"y":1}]]}\n{"id":"b"\n' >$out/corpus-jsonl/nested
printf '{"id":"g1","text":"Russia condemned Ukraine.","date":null,"events":[{"src":"RUS","tgt":"UKR","code":"111","root":"11","quad":3,"uncertain":false}]}\n' >$out/corpus-gold/g1
printf '{"id":"g2","text":"Japan praised Brazil.","source":"s","events":[{"src":"JPN","tgt":"BRA","code":"051","uncertain":true},[]]}' >$out/corpus-gold/g2
printf '127.0.0.1:8080\n/api/v1/events?a=RUS&b=PRK&since=2024-01-01&until=2024-12-31&limit=5&directed=1' >$out/corpus-query/events
printf '[::1]:8080\n/api/v1/alerts?since=2024-01-01&min_rung=2&max=3&sort=newest&actor=PRK%%20' >$out/corpus-query/alerts
printf 'dash.example.\n/assets/%%2e%%2e/x?q=prk&limit=1&limit=2' >$out/corpus-query/hostile
head -c 8192 dict/ladder.txt >$out/corpus-ladder/ladder
for t in jsonl gold query ladder; do
  run $t
done
echo "fuzz: every target ran ${S}s without a crash"
