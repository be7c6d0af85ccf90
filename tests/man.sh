#!/bin/sh
# man.sh - a man page per subcommand, generated from its --help: every
# command listed by `tocsin --help` has one, it renders without warnings, it
# names every option the command's --help names, and `make install` puts the
# pages where `man` finds them. Prints "N passed, N failed".
. tests/harness.sh

if ! command -v help2man >/dev/null 2>&1 || ! command -v man >/dev/null 2>&1; then
  echo "man: help2man or man not installed (make deps), skipped"
  echo "0 passed, 0 failed"
  exit 0
fi
sh tools/gen-man.sh "$T" "$tmp/man" 2>"$tmp/err"
check "gen-man runs" [ $? -eq 0 ]
cmds=$("$T" --help | sed -n '/^commands:/,/^$/p' | sed '1d;/^$/d' | awk '{print $1}')
check "the command list is read" [ "$(echo "$cmds" | wc -l)" -ge 10 ]
for c in $cmds; do
  p="$tmp/man/tocsin-$c.1"
  check "tocsin-$c.1 exists" [ -s "$p" ]
  MANWIDTH=300 man --warnings -l "$p" >"$tmp/page" 2>"$tmp/warn"
  check "tocsin-$c.1 renders" [ -s "$tmp/page" ]
  check "tocsin-$c.1 renders without warnings" [ ! -s "$tmp/warn" ]
  check "tocsin-$c.1 is named" grep -q "tocsin-$c - " "$tmp/page"
  # every long option of --help is on the page
  missing=""
  for o in $("$T" "$c" --help 2>&1 | grep -o -- '--[a-z][a-z-]*' | sort -u); do
    grep -q -- "$o" "$tmp/page" || missing="$missing $o"
  done
  check "tocsin-$c.1 names every option of --help${missing:+ (missing:$missing)}" [ -z "$missing" ]
done
# the overview page renders and names every command
MANWIDTH=300 man --warnings -l doc/tocsin.1 >"$tmp/page" 2>"$tmp/warn"
check "tocsin.1 renders without warnings" [ -s "$tmp/page" ] && [ ! -s "$tmp/warn" ]
for c in $cmds; do
  check "tocsin.1 refers to tocsin-$c(1)" grep -q "tocsin-$c(1)" "$tmp/page"
done
# make install puts them where man looks
make -s install DESTDIR="$tmp/inst" PREFIX=/usr/local B="$B" >/dev/null 2>"$tmp/err"
check "make install" [ $? -eq 0 ]
mp="$tmp/inst/usr/local/share/man"
check "installed: tocsin.1" [ -f "$mp/man1/tocsin.1" ]
check "installed: tocsin-alerts.1" [ -f "$mp/man1/tocsin-alerts.1" ]
check "installed: the API and dictionary documents" [ -f "$tmp/inst/usr/local/share/doc/tocsin/api.md" ] && [ -f "$tmp/inst/usr/local/share/doc/tocsin/dictionaries.md" ]
check "man finds tocsin" sh -c "MANPATH='$mp' man -w tocsin | grep -q '$mp/man1/tocsin.1'"
check "man finds tocsin-ingest" sh -c "MANPATH='$mp' man -w tocsin-ingest | grep -q 'tocsin-ingest.1'"
finish
