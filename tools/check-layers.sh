#!/bin/sh
# check-layers.sh - every include points down (src/README.md).
#
# The library's stages, in pipeline order, each in src/<stage>/: a file may
# include headers of its own folder (bare name), of an earlier stage
# ("base/internal.h") and public headers of its own or an earlier stage
# (include/tocsin/, each assigned to a stage below). The front ends (common <
# draw < server < cli) include public headers and front ends before them,
# never src/. Exits 1 and names each include that points up or sideways.
set -u
cd "$(dirname "$0")/.."
stages="base read text dict syntax code store analyze"
fronts="common draw server cli"

# the stage a public header belongs to
pub_stage() {
  case $1 in
    status.h|date.h|json.h) echo base ;;
    doc.h|reader.h|html.h|feed.h|fetch.h|lang.h) echo read ;;
    dict.h) echo dict ;;
    syntax.h|tagger.h) echo syntax ;;
    event.h|coder.h|pipeline.h|format.h|when.h) echo code ;;
    store.h|ingest.h|fingerprint.h|interchange.h) echo store ;;
    analytics.h) echo analyze ;;
    *) echo unknown ;;
  esac
}
rank() { # rank WORD LIST...
  w=$1; shift; i=0
  for s in "$@"; do [ "$s" = "$w" ] && { echo $i; return; }; i=$((i + 1)); done
  echo -1
}

bad=0
complain() { echo "check-layers: $1"; bad=1; }

for dir in src/*/; do
  st=$(basename "$dir")
  r=$(rank "$st" $stages)
  [ "$r" -ge 0 ] || { complain "src/$st/ is not a known stage (add it to tools/check-layers.sh and the Makefile)"; continue; }
  for f in "$dir"*.[ch]; do
    [ -f "$f" ] || continue
    grep -n '^[[:space:]]*#[[:space:]]*include[[:space:]]*"' "$f" | while IFS= read -r line; do
      n=${line%%:*}
      inc=$(printf '%s\n' "$line" | sed 's/.*#[[:space:]]*include[[:space:]]*"\([^"]*\)".*/\1/')
      case $inc in
        tocsin/*)
          h=${inc#tocsin/}; ps=$(pub_stage "$h")
          if [ "$ps" = unknown ]; then
            echo "check-layers: $f:$n: public header $inc has no stage in tools/check-layers.sh"
            exit 1
          fi
          [ "$(rank "$ps" $stages)" -le "$r" ] ||
            { echo "check-layers: $f:$n: stage $st includes $inc of the later stage $ps"; exit 1; } ;;
        */*)
          d=${inc%%/*}; dr=$(rank "$d" $stages)
          if [ "$dr" -lt 0 ]; then echo "check-layers: $f:$n: $inc is outside the library"; exit 1; fi
          [ "$dr" -lt "$r" ] ||
            { echo "check-layers: $f:$n: stage $st includes $inc (stage $d is not earlier)"; exit 1; }
          [ -f "src/$inc" ] || { echo "check-layers: $f:$n: $inc does not exist"; exit 1; } ;;
        *)
          [ -f "$dir$inc" ] || { echo "check-layers: $f:$n: $inc is not in src/$st/ (write its folder)"; exit 1; } ;;
      esac
    done || bad=1
  done
done

for fr in $fronts; do
  r=$(rank "$fr" $fronts)
  for f in "$fr"/*.[ch]; do
    [ -f "$f" ] || continue
    grep -n '^[[:space:]]*#[[:space:]]*include[[:space:]]*"' "$f" | while IFS= read -r line; do
      n=${line%%:*}
      inc=$(printf '%s\n' "$line" | sed 's/.*#[[:space:]]*include[[:space:]]*"\([^"]*\)".*/\1/')
      case $inc in
        tocsin/*) [ -f "include/$inc" ] || { echo "check-layers: $f:$n: $inc does not exist"; exit 1; } ;;
        */*)
          d=${inc%%/*}; dr=$(rank "$d" $fronts)
          if [ "$dr" -lt 0 ]; then echo "check-layers: $f:$n: front end $fr includes $inc (only include/tocsin/ and front ends)"; exit 1; fi
          [ "$dr" -lt "$r" ] || { echo "check-layers: $f:$n: $fr includes $inc (front end $d is not earlier)"; exit 1; } ;;
        *) [ -f "$fr/$inc" ] || { echo "check-layers: $f:$n: $inc is not in $fr/ (write its folder)"; exit 1; } ;;
      esac
    done || bad=1
  done
done

# public headers include only public headers of their own or earlier stages
for f in include/tocsin/*.h; do
  h=$(basename "$f"); r=$(rank "$(pub_stage "$h")" $stages)
  [ "$r" -ge 0 ] || { complain "$f has no stage in tools/check-layers.sh"; continue; }
  grep -n '^[[:space:]]*#[[:space:]]*include[[:space:]]*"' "$f" | while IFS= read -r line; do
    n=${line%%:*}
    inc=$(printf '%s\n' "$line" | sed 's/.*#[[:space:]]*include[[:space:]]*"\([^"]*\)".*/\1/')
    case $inc in
      tocsin/*) ps=$(pub_stage "${inc#tocsin/}")
        [ "$(rank "$ps" $stages)" -le "$r" ] || { echo "check-layers: $f:$n: includes $inc of the later stage $ps"; exit 1; } ;;
      *) echo "check-layers: $f:$n: a public header includes $inc, which is not public"; exit 1 ;;
    esac
  done || bad=1
done

if [ $bad -ne 0 ]; then
  echo "check-layers: includes point up or sideways (see src/README.md)"
  exit 1
fi
echo "check-layers: every include points down"
