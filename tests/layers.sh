#!/bin/sh
# layers.sh - tools/check-layers.sh passes on the tree and fails on an include
# that points up or sideways (a copy of the tree with one include added).
set -u
pass=0; fail=0
ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL: $1"; }
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
sh tools/check-layers.sh >/dev/null && ok || ko "the tree itself"
try() { # try FILE INCLUDE WHAT
  rm -rf "$t/tree"; mkdir -p "$t/tree/tools"
  cp -r src include common draw server cli "$t/tree/"
  cp tools/check-layers.sh "$t/tree/tools/"
  sed -i "1a #include \"$2\"" "$t/tree/$1"
  if sh "$t/tree/tools/check-layers.sh" >"$t/out" 2>&1; then ko "$3 accepted"
  elif grep -q "$1:2" "$t/out"; then ok; else ko "$3: the message does not name $1:2"; fi
}
try src/read/lang.c code/sentence.h "a reader including the coder"
try src/text/token.c tocsin/store.h "the tokenizer including a later public header"
try src/store/store.c analyze/nothere.h "a header that does not exist"
try server/api.c cli/cli.h "the server including the CLI"
try common/jsonw.c base/internal.h "a front end including the library's internals"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
