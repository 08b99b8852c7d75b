#!/usr/bin/env bash
# Generate + lint of a synthetic platform (default 1,000 modules) through Maven with
# MAVEN_OPTS=-Xmx256m, twice (the second run with nothing changed), timed. Needs a prior
# `mvn -B -ntp verify` (the plugin in maven-plugin/target/local-repo) and
# `mvn -B -ntp -o -P bench -pl bench -am package -DskipTests`.
#
#   bench/maven-1000.sh [modules] [heap]
#
# M2_REPO=<folder> uses another local repository holding the plugin (default: the ITs').
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
MODULES=${1:-1000}; HEAP=${2:-256m}
WORK=$ROOT/bench/target/maven-$MODULES
. bench/platform.sh
synthetic_platform
for run in first "nothing changed"; do
  echo "== $MODULES modules, MAVEN_OPTS=-Xmx$HEAP, $run run"
  start=$(date +%s%N)
  MAVEN_OPTS="-Xmx$HEAP" mvn -B -ntp -s "$SETTINGS" \
    -Dmaven.repo.local="$REPO" -f "$WORK/pom.xml" \
    chartgen:generate chartgen:lint | grep -E "chartgen|BUILD|ERROR|Total time" | cut -c1-200
  echo "wall: $(( ($(date +%s%N) - start) / 1000000 )) ms"
done
