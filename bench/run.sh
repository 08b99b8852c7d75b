#!/usr/bin/env bash
# The scale benchmark, before and after: builds chartgen-core at a baseline commit and at the
# working tree, then runs ScaleBench for each platform size against both, interleaved (before,
# after, then after, before in the next round...), one fresh JVM per run, and prints the medians
# and ratios as Markdown (bench/target/runs/*.txt keep every run's raw output).
#
#   bench/run.sh [-b <baseline commit>] [-s <sizes>] [-l <sizes to lint>] [-g <sizes measured
#                generate-only>] [-r <rounds>] [-j <java options>]
#
# Defaults: -b main -s 20,200,1000,5000 -l 20,200 -g 5000 -r 1 -j "".
# Needs only what the build needs (offline: the local Maven repository has everything).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

BASELINE=main; SIZES=20,200,1000,5000; LINT_SIZES=20,200; GENERATE_ONLY=5000; ROUNDS=1
JAVA_OPTS_BENCH=""
while getopts "b:s:l:g:r:j:" opt; do
  case $opt in
    b) BASELINE=$OPTARG ;; s) SIZES=$OPTARG ;; l) LINT_SIZES=$OPTARG ;; g) GENERATE_ONLY=$OPTARG ;;
    r) ROUNDS=$OPTARG ;; j) JAVA_OPTS_BENCH=$OPTARG ;;
    *) sed -n '2,10p' "$0"; exit 2 ;;
  esac
done

OUT=$ROOT/bench/target
log() { printf 'bench/run.sh: %s\n' "$*" >&2; }

log "building the working tree (chartgen-core and the bench)"
mvn -B -ntp -o -q -P bench -pl bench -am package -DskipTests -Dspotless.check.skip=true
DEPS=$(cat "$OUT/classpath.txt")
AFTER_CP="$ROOT/bench/target/classes:$DEPS"

log "building chartgen-core at $BASELINE ($(git rev-parse --short "$BASELINE"))"
BASE_SRC=$OUT/baseline-src
rm -rf "$BASE_SRC"; mkdir -p "$BASE_SRC"
git archive "$BASELINE" | tar -x -C "$BASE_SRC"
(cd "$BASE_SRC" && mvn -B -ntp -o -q -pl generator-core package -DskipTests -Dspotless.check.skip=true)
BASE_JAR=$(ls "$BASE_SRC"/generator-core/target/chartgen-core-*.jar | grep -v -e sources -e javadoc | head -n 1)
# the same class path with the baseline's core jar instead of the working tree's
BEFORE_CP="$ROOT/bench/target/classes:$(printf '%s' "$DEPS" | tr ':' '\n' \
  | sed -e "s#^.*generator-core/target/\(classes\|chartgen-core-[^/]*\.jar\)\$#$BASE_JAR#" | paste -sd: -)"

RUNS=$OUT/runs
rm -rf "$RUNS"; mkdir -p "$RUNS"
run() { # label classpath size round
  local lint=false mode=all
  case ",$LINT_SIZES," in *",$3,"*) lint=true ;; esac
  case ",$GENERATE_ONLY," in *",$3,"*) mode=generate-only ;; esac
  log "round $4: $3 modules, $1 (lint: $lint, stages: $mode)"
  # shellcheck disable=SC2086
  java $JAVA_OPTS_BENCH -cp "$2" dev.chartgen.bench.ScaleBench "$ROOT/samples" \
    "$OUT/work/$1-$3" "$3" "$1" "$lint" "$mode" > "$RUNS/$3-$4-$1.txt"
}
for round in $(seq 1 "$ROUNDS"); do
  for size in ${SIZES//,/ }; do
    if [ $((round % 2)) -eq 1 ]; then
      run before "$BEFORE_CP" "$size" "$round"; run after "$AFTER_CP" "$size" "$round"
    else
      run after "$AFTER_CP" "$size" "$round"; run before "$BEFORE_CP" "$size" "$round"
    fi
  done
done
rm -rf "$OUT/work"
echo "Baseline: $(git log -1 --format='%h %s' "$BASELINE" | cut -c1-100)"
echo "After: $(git log -1 --format='%h %s' | cut -c1-100)$(git diff --quiet || echo ' (+ uncommitted changes)')"
echo "Machine: $(nproc) cores, $(java -version 2>&1 | head -n 1), JVM options: ${JAVA_OPTS_BENCH:-none}"
java -cp "$AFTER_CP" dev.chartgen.bench.Summary "$RUNS" before after
