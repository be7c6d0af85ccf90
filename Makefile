# tocsin - build, test, benchmark. One build system: this Makefile.
#
#   make            library and CLI in build/
#   make demo       install dependencies, build, ingest the bundled example corpus,
#                   print its top alerts and write its brief
#   make check      the whole test suite (unit, CLI, sanitizers, fuzzers, accuracy)
#   make bench      speed and memory benchmark (not part of check)
#   make install    PREFIX=/usr/local

CC      ?= cc
PREFIX  ?= /usr/local
DATADIR ?= $(PREFIX)/share/tocsin
B       ?= build
OPT     ?= -O2
CFLAGS  ?= $(OPT) -g
WARN     = -std=c11 -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wno-unused-parameter
CPPFLAGS += -D_POSIX_C_SOURCE=200809L -Iinclude -DTOCSIN_DATADIR='"$(DATADIR)"' \
            $(shell pkg-config --cflags libxml-2.0 2>/dev/null || echo -I/usr/include/libxml2) \
            $(shell pkg-config --cflags libexttextcat 2>/dev/null || echo -I/usr/include/libexttextcat) \
            $(shell pkg-config --cflags geonames 2>/dev/null) \
            $(shell pkg-config --cflags libpq 2>/dev/null || echo -I/usr/include/postgresql)
LDLIBS   = -lutf8proc -lyajl -lsqlite3 $(shell pkg-config --libs libpq 2>/dev/null || echo -lpq) -lcurl -lxml2 -lexttextcat-2.0 \
           $(shell pkg-config --libs libmicrohttpd 2>/dev/null || echo -lmicrohttpd) -lpthread -lm
# libgeonames (and GLib) only for the gazetteer's generator, at build time
GEO_LIBS = $(shell pkg-config --libs geonames 2>/dev/null || echo -lgeonames -lgio-2.0 -lgobject-2.0 -lglib-2.0)

# The library, stage by stage (src/README.md): base < read < text < dict <
# syntax < code < store < analyze. The front ends are clients of its public
# API: common/ (what the CLI and the server share), draw/ (gnuplot,
# graphviz), server/ (the HTTP API and dashboard) and cli/ (one file per
# subcommand).
STAGES  = base read text dict syntax code store analyze
FRONTS  = common draw server cli
LIB_SRC = $(foreach d,$(STAGES),$(wildcard src/$(d)/*.c))
CLI_SRC = $(foreach d,$(FRONTS),$(wildcard $(d)/*.c))
LIB_OBJ = $(LIB_SRC:%.c=$(B)/%.o) $(B)/gen/gazetteer_data.o
CLI_OBJ = $(CLI_SRC:%.c=$(B)/%.o)
LIB_HDR = $(wildcard src/*/*.h include/tocsin/*.h)
CLI_HDR = $(foreach d,$(FRONTS),$(wildcard $(d)/*.h)) $(wildcard include/tocsin/*.h)

DEB_PKGS = gcc clang make pkg-config help2man man-db libexttextcat-dev libutf8proc-dev libyajl-dev libcmocka-dev libsqlite3-dev sqlite3 libpq-dev postgresql libcurl4-openssl-dev libxml2-dev libxml2-utils curl wordnet-base libgeonames-dev iso-codes \
           libclang-rt-dev python3 gnuplot-nox graphviz libmicrohttpd-dev wrk nodejs npm chromium

.PHONY: all deps demo web man check check-layers tagger-model test unit cli-test e2e sanitize fuzz accuracy bench install clean

all: $(B)/tocsin

# made afresh, so that the object of a removed source file does not linger
$(B)/libtocsin.a: $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(B)/tocsin: $(CLI_OBJ) $(B)/libtocsin.a
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(CLI_OBJ) $(B)/libtocsin.a $(LDLIBS)

$(B)/src/%.o: src/%.c $(LIB_HDR)
	@mkdir -p $(@D)
	@echo '  CC $<'
	@$(CC) $(WARN) $(CFLAGS) $(CPPFLAGS) -Isrc -c -o $@ $<

$(B)/%.o: %.c $(CLI_HDR)
	@mkdir -p $(@D)
	@echo '  CC $<'
	@$(CC) $(WARN) $(CFLAGS) $(CPPFLAGS) -I. -c -o $@ $<

$(B)/tests:
	mkdir -p $@

# The gazetteer's table (src/dict/gazetteer_impl.h), generated from the
# installed iso-codes and libgeonames by tools/gen-gazetteer.c into the build
# directory (not committed) and compiled into the library as constant arrays.
GAZ_SRC  = /usr/share/iso-codes/json/iso_3166-1.json /usr/share/iso-codes/json/iso_3166-2.json
GAZ_TOOL = $(filter $(B)/src/base/% $(B)/src/text/%,$(LIB_OBJ)) $(B)/src/dict/place_table.o $(B)/src/dict/gazetteer_key.o
$(B)/gen-gazetteer: tools/gen-gazetteer.c tools/gazetteer-build.c tools/gazetteer-build.h $(GAZ_TOOL)
	@echo '  LD $@'
	@$(CC) $(WARN) $(CFLAGS) $(CPPFLAGS) -Isrc -o $@ tools/gen-gazetteer.c tools/gazetteer-build.c $(GAZ_TOOL) \
	  $(LDFLAGS) $(LDLIBS) $(GEO_LIBS)

$(B)/gen/gazetteer_data.c: $(B)/gen-gazetteer $(wildcard $(GAZ_SRC) /usr/lib/*/libgeonames.so.0*)
	@mkdir -p $(@D)
	@echo '  GEN $@'
	@ASAN_OPTIONS=detect_leaks=0 $(B)/gen-gazetteer $@.tmp && mv $@.tmp $@

$(B)/gen/gazetteer_data.o: $(B)/gen/gazetteer_data.c src/dict/gazetteer_impl.h src/dict/gazetteer.h
	@echo '  CC $<'
	@$(CC) $(WARN) $(CFLAGS) -g0 $(CPPFLAGS) -Isrc -c -o $@ $<

# Every include points down: a stage includes its own folder, earlier stages
# and include/tocsin/; front ends include only the public API and each other
# in the order common < draw < server < cli.
check-layers:
	@sh tools/check-layers.sh
	@sh tests/layers.sh

# Installs the Debian packages tocsin needs (as root, or through sudo). A tool
# already on the PATH counts: NodeSource's nodejs carries npm and conflicts with Debian's.
deps:
	@missing=""; for p in $(DEB_PKGS); do dpkg -s $$p >/dev/null 2>&1 || command -v $$p >/dev/null || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

# The main job on the bundled example corpus: code and store it, print the
# top alerts of its whole span, write the brief (HTML with charts).
DEMO_DB = $(B)/demo.db
demo: deps all web
	@rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(B)/tocsin ingest --db $(DEMO_DB) examples/corpus
	$(B)/tocsin alerts --db $(DEMO_DB) --since 2023-01-01 --max 5 --evidence 1
	$(B)/tocsin report --db $(DEMO_DB) --since 2023-01-01 --out $(B)/demo-brief.html >/dev/null
	@echo; echo "brief written to $(B)/demo-brief.html"
	@echo "dashboard: $(B)/tocsin serve --db $(DEMO_DB)   (then open http://127.0.0.1:8080/)"

# The web dashboard (web/src) bundled into $(B)/web for `tocsin serve`;
# `npm ci` runs only when node_modules is missing or older than the lock file.
WEB_SRC = $(wildcard web/src/*) web/build.mjs web/package.json

web: $(B)/web/index.html $(B)/map/countries.dat

# the brief's map outlines (Natural Earth borders from the world-atlas npm
# package, as gnuplot data; tocsin report looks next to the executable)
$(B)/map/countries.dat: web/mapdata.mjs web/node_modules/.installed
	cd web && node mapdata.mjs --out $(abspath $@)

$(B)/web/index.html: $(WEB_SRC) web/node_modules/.installed
	cd web && npm run -s build -- --out $(abspath $(B))/web

web/node_modules/.installed: web/package-lock.json
	cd web && npm ci --no-audit --no-fund
	@touch $@

include tests/tests.mk

# The tagger's model, dict/model/tagger.model, trained on the English Web
# Treebank (../shared) by tools/train-tagger.c; not part of the normal build.
EWT = $(SHARED)/reference/ud-english-ewt
tagger-model: $(B)/train-tagger
	$(B)/train-tagger --runs 5 --seed 2 --prune 1 --dict 10 0.95 --dropout 0.1 5 $(EWT)/en_ewt-ud-train.conllu $(EWT)/en_ewt-ud-dev.conllu dict/model/tagger.model

$(B)/train-tagger: tools/train-tagger.c src/syntax/feat.h
	@mkdir -p $(@D)
	$(CC) $(WARN) $(CFLAGS) -Isrc -o $@ $< -lm

include bench/bench.mk

# One man page per subcommand, tocsin-CMD(1), generated by help2man from the
# command's own --help (tools/gen-man.sh); tocsin(1) is doc/tocsin.1.
man: $(B)/man/.stamp

$(B)/man/.stamp: $(B)/tocsin tools/gen-man.sh $(wildcard doc/man/*.h2m)
	sh tools/gen-man.sh $(B)/tocsin $(B)/man
	@touch $@

install: all man
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(DATADIR) $(DESTDIR)$(PREFIX)/lib \
	  $(DESTDIR)$(PREFIX)/include/tocsin $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 755 $(B)/tocsin $(DESTDIR)$(PREFIX)/bin/tocsin
	install -m 644 $(B)/libtocsin.a $(DESTDIR)$(PREFIX)/lib/
	install -m 644 include/tocsin/*.h $(DESTDIR)$(PREFIX)/include/tocsin/
	cp -r dict $(DESTDIR)$(DATADIR)/
	@if [ -f $(B)/map/countries.dat ]; then cp -r $(B)/map $(DESTDIR)$(DATADIR)/; fi
	@if [ -f $(B)/web/index.html ]; then cp -r $(B)/web $(DESTDIR)$(DATADIR)/; \
	 else echo "note: no dashboard bundle ($(B)/web); run 'make web' first for tocsin serve's page"; fi
	install -m 644 doc/tocsin.1 $(B)/man/tocsin-*.1 $(DESTDIR)$(PREFIX)/share/man/man1/
	install -d $(DESTDIR)$(PREFIX)/share/doc/tocsin
	install -m 644 README.md NOTICE doc/*.md $(DESTDIR)$(PREFIX)/share/doc/tocsin/

clean:
	rm -rf $(B) build-*
