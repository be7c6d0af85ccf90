# tocsin - build, test, benchmark. One build system: this Makefile.
#
#   make            library and CLI in build/
#   make demo       install dependencies, build, code the bundled example corpus
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
            $(shell pkg-config --cflags libxml-2.0 2>/dev/null || echo -I/usr/include/libxml2)
LDLIBS   = -lutf8proc -lyajl -lsqlite3 -lcurl -lxml2 -lpthread -lm

LIB_SRC = $(wildcard src/*.c)
CLI_SRC = $(wildcard cli/*.c)
LIB_OBJ = $(LIB_SRC:src/%.c=$(B)/src/%.o)
CLI_OBJ = $(CLI_SRC:cli/%.c=$(B)/cli/%.o)

DEB_PKGS = gcc clang make pkg-config libutf8proc-dev libyajl-dev libcmocka-dev libsqlite3-dev sqlite3 libcurl4-openssl-dev libxml2-dev libxml2-utils curl wordnet-base \
           libclang-rt-dev python3

.PHONY: all deps demo check test unit cli-test sanitize fuzz accuracy bench install clean

all: $(B)/tocsin

$(B)/libtocsin.a: $(LIB_OBJ)
	ar rcs $@ $^

$(B)/tocsin: $(CLI_OBJ) $(B)/libtocsin.a
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(CLI_OBJ) $(B)/libtocsin.a $(LDLIBS)

$(B)/src/%.o: src/%.c $(wildcard src/*.h include/tocsin/*.h) | $(B)/src
	@echo '  CC $<'
	@$(CC) $(WARN) $(CFLAGS) $(CPPFLAGS) -c -o $@ $<

$(B)/cli/%.o: cli/%.c $(wildcard cli/*.h include/tocsin/*.h) | $(B)/cli
	@echo '  CC $<'
	@$(CC) $(WARN) $(CFLAGS) $(CPPFLAGS) -c -o $@ $<

$(B)/src $(B)/cli $(B)/tests:
	mkdir -p $@

# Installs the Debian packages tocsin needs (as root, or through sudo).
deps:
	@missing=""; for p in $(DEB_PKGS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

demo: deps all
	$(B)/tocsin code --format tsv --header examples/corpus

include tests/tests.mk
include bench/bench.mk

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(DATADIR) $(DESTDIR)$(PREFIX)/lib \
	  $(DESTDIR)$(PREFIX)/include/tocsin $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 755 $(B)/tocsin $(DESTDIR)$(PREFIX)/bin/tocsin
	install -m 644 $(B)/libtocsin.a $(DESTDIR)$(PREFIX)/lib/
	install -m 644 include/tocsin/*.h $(DESTDIR)$(PREFIX)/include/tocsin/
	cp -r dict $(DESTDIR)$(DATADIR)/
	install -m 644 doc/tocsin.1 $(DESTDIR)$(PREFIX)/share/man/man1/

clean:
	rm -rf $(B) build-*
