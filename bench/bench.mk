# bench.mk - speed and memory benchmarks (`make bench`); never part of `make check`.
BENCH_MB ?= 100

$(B)/gen-corpus: bench/gen-corpus.c | $(B)/src
	$(CC) -std=c11 -O2 -Wall -Wextra -Werror -o $@ $<

bench: all $(B)/gen-corpus
	B=$(B) BENCH_MB=$(BENCH_MB) sh bench/run.sh
