#!/bin/sh
# gen-man.sh BIN OUTDIR - one man page per subcommand, tocsin-CMD(1), made by
# help2man from the command's own --help, so that the page and --help never
# drift apart. The commands and their one-line descriptions are read from
# `tocsin --help`; doc/man/CMD.h2m, where present, adds sections (EXAMPLES,
# SEE ALSO) in help2man's include format.
set -eu
bin=$1
out=$2
command -v help2man >/dev/null 2>&1 || { echo "gen-man: help2man is not installed (Debian package help2man)" >&2; exit 1; }
mkdir -p "$out/wrap"
abs=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
version=$("$abs" --version | sed 's/^tocsin //')
here=$(cd "$(dirname "$0")/.." && pwd)
"$abs" --help | sed -n '/^commands:/,/^$/p' | sed '1d;/^$/d' | while read -r cmd desc; do
  w="$out/wrap/tocsin-$cmd"
  printf '#!/bin/sh\nexec "%s" %s "$@"\n' "$abs" "$cmd" >"$w"
  chmod +x "$w"
  inc=""
  [ -f "$here/doc/man/$cmd.h2m" ] && inc="--include=$here/doc/man/$cmd.h2m"
  # shellcheck disable=SC2086
  help2man --no-info --no-discard-stderr --version-string="$version" --section=1 \
    --manual="tocsin manual" --source="tocsin $version" --name="$desc" \
    --include="$here/doc/man/common.h2m" $inc "$w" >"$out/tocsin-$cmd.1"
done
rm -rf "$out/wrap"
