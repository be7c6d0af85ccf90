# harness.sh - sourced by the shell tests: the binary, a scratch folder
# removed at exit, and check NAME COMMAND... counting passes and failures.
# finish prints "N passed, N failed" and returns non-zero on a failure.
B=${B:-build}
T=$B/tocsin
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
ok() { pass=$((pass + 1)); }
no() { fail=$((fail + 1)); echo "FAIL $1"; }
check() { name=$1; shift; if "$@"; then ok; else no "$name"; fi; }
finish() {
  echo "$pass passed, $fail failed"
  [ "$fail" -eq 0 ]
}
