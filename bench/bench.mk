# bench.mk - speed and memory benchmarks (`make bench`); never part of `make check`.
BENCH_MB ?= 100
BENCH_CORPUS ?= generated

.PHONY: bench-real

$(B)/gen-corpus: bench/gen-corpus.c | $(B)/tests
	$(CC) -std=c11 -O2 -Wall -Wextra -Werror -o $@ $<

bench: all $(B)/gen-corpus
	B=$(B) BENCH_MB=$(BENCH_MB) BENCH_CORPUS=$(BENCH_CORPUS) SHARED=$(SHARED) sh bench/run.sh

# the same on real news: the seed articles and dev gold sentences of $(SHARED),
# shuffled into articles at benchmark time (bench/real-corpus.py); skipped without them
bench-real: all
	B=$(B) BENCH_MB=$(BENCH_MB) BENCH_CORPUS=real SHARED=$(SHARED) sh bench/run.sh

$(B)/bench-dedup: bench/bench-dedup.c $(B)/libtocsin.a | $(B)/tests
	$(CC) $(WARN) $(CFLAGS) $(CPPFLAGS) -o $@ $< $(B)/libtocsin.a $(LDLIBS)

# deduplication scaling and ingest throughput (issue: store)
bench-store: all $(B)/bench-dedup $(B)/gen-corpus
	B=$(B) BENCH_MB=$(BENCH_MB) sh bench/store.sh

# ladder, alerts and network on a generated database (EVENTS=10000000 by default)
bench-analytics: all
	B=$(B) sh bench/analytics.sh

# the alert benchmark: the KEDS series of $(SHARED)/data/events imported, then
# eval-alerts against their episodes beside the naive baseline (issue 11)
bench-episodes: all
	B=$(B) SHARED=$(SHARED) sh bench/episodes.sh

# the same on PostgreSQL, on a throw-away cluster (or TOCSIN_TEST_PG=URI)
bench-analytics-pg: all
	B=$(B) sh bench/analytics-pg.sh

# tocsin serve under wrk on the 1M-event database of bench-analytics (EVENTS=1000000)
bench-serve: all
	B=$(B) EVENTS=$${EVENTS:-1000000} sh bench/serve.sh

# TABARI and PETRARCH2 actor files added with --dict-add: load time, RSS, coding speed (issue 15)
bench-legacy: all $(B)/gen-corpus
	B=$(B) BENCH_MB=$(BENCH_MB) SHARED=$(SHARED) sh bench/legacy.sh
