# tests.mk - the test suite, included by the Makefile. `make check` runs all.

TEST_LIBS = -lcmocka $(LDLIBS)
SHARED   ?= ../shared
BIG_MB   ?= 100

$(B)/tests/test_sentences: tests/test_sentences.c $(B)/libtocsin.a | $(B)/tests
	@echo '  CC $<'
	@$(CC) $(WARN) $(CFLAGS) $(CPPFLAGS) -o $@ $< $(B)/libtocsin.a $(TEST_LIBS)

$(B)/tests/test_behaviour: tests/test_behaviour.c $(B)/libtocsin.a | $(B)/tests
	@echo '  CC $<'
	@$(CC) $(WARN) $(CFLAGS) $(CPPFLAGS) -Isrc -o $@ $< $(B)/libtocsin.a $(TEST_LIBS)

$(B)/tests/test_units: $(wildcard tests/unit/*.c) $(B)/libtocsin.a | $(B)/tests
	@echo '  CC tests/unit'
	@$(CC) $(WARN) $(CFLAGS) $(CPPFLAGS) -Isrc -o $@ $(wildcard tests/unit/*.c) $(B)/libtocsin.a $(TEST_LIBS)

$(B)/tests/test_pages: tests/test_pages.c $(B)/libtocsin.a | $(B)/tests
	@echo '  CC $<'
	@$(CC) $(WARN) $(CFLAGS) $(CPPFLAGS) -Isrc -o $@ $< $(B)/libtocsin.a $(TEST_LIBS)

$(B)/tests/test_names: tests/test_names.c $(B)/libtocsin.a | $(B)/tests
	@echo '  CC $<'
	@$(CC) $(WARN) $(CFLAGS) $(CPPFLAGS) -o $@ $< $(B)/libtocsin.a $(TEST_LIBS)

$(B)/tests/test_syntax: tests/test_syntax.c $(B)/libtocsin.a | $(B)/tests
	@echo '  CC $<'
	@$(CC) $(WARN) $(CFLAGS) $(CPPFLAGS) -o $@ $< $(B)/libtocsin.a $(TEST_LIBS)

$(B)/tests/test_syntax_unit: tests/test_syntax_unit.c $(B)/libtocsin.a | $(B)/tests
	@echo '  CC $<'
	@$(CC) $(WARN) $(CFLAGS) $(CPPFLAGS) -o $@ $< $(B)/libtocsin.a $(TEST_LIBS)

$(B)/tests/test_interchange: tests/test_interchange.c $(B)/libtocsin.a | $(B)/tests
	@echo '  CC $<'
	@$(CC) $(WARN) $(CFLAGS) $(CPPFLAGS) -o $@ $< $(B)/libtocsin.a $(TEST_LIBS)

# the gazetteer's generated table against the one built from the packages (tools/gazetteer-build.c)
$(B)/tests/test_gazetteer: tests/test_gazetteer.c tools/gazetteer-build.c tools/gazetteer-build.h $(B)/libtocsin.a | $(B)/tests
	@echo '  CC $<'
	@$(CC) $(WARN) $(CFLAGS) $(CPPFLAGS) -Isrc -o $@ $< tools/gazetteer-build.c $(B)/libtocsin.a $(TEST_LIBS) $(GEO_LIBS)

unit: unit-nosent
	$(B)/tests/test_sentences dict tests/sentences
	@# behavioural tests (CheckList): a table of pass rates; fails under tests/behaviour/thresholds.txt
	$(B)/tests/test_behaviour dict tests/behaviour/templates.txt tests/behaviour/thresholds.txt

unit-nosent: $(B)/tests/test_units $(B)/tests/test_sentences $(B)/tests/test_behaviour $(B)/tests/test_pages $(B)/tests/test_interchange $(B)/tests/test_names $(B)/tests/test_syntax $(B)/tests/test_syntax_unit $(B)/tests/test_gazetteer
	$(B)/tests/test_units dict
	$(B)/tests/test_gazetteer examples/corpus/articles.jsonl
	$(B)/tests/test_names dict
	$(B)/tests/test_interchange dict $(SHARED)
	$(B)/tests/test_syntax_unit dict
	@# the syntactic layer on the treebank's test set: fails under 95% coarse tags or 75% on a pair score (skips without it)
	$(B)/tests/test_syntax dict $(SHARED)/reference/ud-english-ewt/en_ewt-ud-test.conllu 0.95 0.75
	$(B)/tests/test_pages tests/data
	@# the grammar cases also run here for memory errors (exit 99 = a sanitizer report)
	@ASAN_OPTIONS=exitcode=99 UBSAN_OPTIONS=halt_on_error=1:exitcode=99 \
	  $(B)/tests/test_sentences dict tests/sentences >$(B)/tests/sentences.log 2>&1; \
	  rc=$$?; if [ $$rc -eq 99 ]; then tail -40 $(B)/tests/sentences.log; exit 1; fi

cli-test: all $(B)/gen-corpus
	B=$(B) BIG_MB=$(BIG_MB) sh tests/cli.sh
	B=$(B) sh tests/store.sh
	B=$(B) sh tests/web.sh
	B=$(B) sh tests/serve.sh
	B=$(B) SHARED=$(SHARED) sh tests/analytics.sh
	B=$(B) SHARED=$(SHARED) sh tests/pg.sh
	B=$(B) SHARED=$(SHARED) sh tests/when.sh
	B=$(B) SHARED=$(SHARED) sh tests/import.sh
	B=$(B) SHARED=$(SHARED) sh tests/eval.sh
	B=$(B) sh tests/charts.sh
	B=$(B) sh tests/man.sh
	B=$(B) sh tests/options.sh
	B=$(B) sh tests/json.sh
	B=$(B) SHARED=$(SHARED) sh tests/legacy.sh

accuracy: all
	@if [ -f $(SHARED)/dev/seeds_gold.jsonl ]; then \
	  $(B)/tocsin validate -q --min-f1 0.85 --min-precision 0.95 $(SHARED)/dev/seeds_gold.jsonl && \
	  $(B)/tocsin validate -q --min-precision 0.85 $(SHARED)/dev/web_dev_gold.jsonl && \
	  $(B)/tocsin validate -q --min-precision 0.80 $(SHARED)/dev/web_dev_gold2.jsonl; \
	else echo "accuracy: $(SHARED)/dev not found, skipped"; fi

test: unit cli-test accuracy

# The same tests under AddressSanitizer and UndefinedBehaviorSanitizer.
sanitize:
	$(MAKE) B=build-asan OPT=-O1 CC=clang \
	  CFLAGS='-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all' \
	  LDFLAGS='-fsanitize=address,undefined' BIG_MB=16 unit-nosent cli-test

FUZZ_SECONDS ?= 10
fuzz: $(B)/libtocsin.a
	B=$(B) FUZZ_SECONDS=$(FUZZ_SECONDS) sh fuzz/run.sh

# The dashboard in headless Chromium against `tocsin serve` (tests/e2e).
e2e: all web
	B=$(B) sh tests/e2e/run.sh

check: deps check-layers test sanitize fuzz e2e
	@echo "check: all test stages passed"
