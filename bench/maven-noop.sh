#!/usr/bin/env bash
# A second `mvn package` with nothing changed, and one with one changed descriptor, on a synthetic
# platform (default 200 modules) whose pom binds validate, generate, lint and package as the
# samples do. chartgen's own share is the difference between `mvn package` and the same build with
# -Dchartgen.skip=true (Maven, the project and the plugin's class realm are the same; every goal
# returns at once), medians of interleaved runs. Each build prints its wall time and its CPU time
# (user + system, all threads: less disturbed by other work on the machine), in ms. Needs a prior `mvn -B -ntp verify` (the plugin in
# maven-plugin/target/local-repo) and `mvn -B -ntp -o -P bench -pl bench -am package -DskipTests`.
#
#   bench/maven-noop.sh [modules] [rounds]
#
# M2_REPO=<folder> uses another local repository holding the plugin (default: the ITs').
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
MODULES=${1:-200}; ROUNDS=${2:-3}
WORK=$ROOT/bench/target/maven-noop-$MODULES
. bench/platform.sh
# validate and generate bound as the samples bind them, lint and package at package
synthetic_platform '        <executions>
          <execution>
            <id>charts</id>
            <goals><goal>validate</goal><goal>generate</goal></goals>
          </execution>
          <execution>
            <id>charts-lint</id>
            <phase>package</phase>
            <goals><goal>lint</goal><goal>package</goal></goals>
          </execution>
        </executions>'
build() { # label, extra Maven arguments...
  local label=$1; shift
  local start; start=$(date +%s%N)
  /usr/bin/time -o "$WORK/last.time" -f '%U %S' mvn -B -ntp -o -s "$SETTINGS" -Dmaven.repo.local="$REPO" -f "$WORK/pom.xml" package "$@" \
    -Dorg.slf4j.simpleLogger.showDateTime=true \
    -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS \
    > "$WORK/last.log" 2>&1 || { tail -n 30 "$WORK/last.log"; exit 1; }
  local ms=$(( ($(date +%s%N) - start) / 1000000 ))
  local cpu; cpu=$(awk '{ printf "%d", ($1 + $2) * 1000 }' "$WORK/last.time")
  echo "$label $ms cpu $cpu"
  # each goal's start and the lines it logged, with times: a goal's time is up to the next line
  grep -E "chartgen|BUILD|Total time" "$WORK/last.log" | sed -e 's/^/    /' | cut -c1-160 >&2
}
echo "== $MODULES modules, load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
build first
for round in $(seq 1 "$ROUNDS"); do
  if [ $((round % 2)) -eq 1 ]; then
    build noop; build skipped -Dchartgen.skip=true
  else
    build skipped -Dchartgen.skip=true; build noop
  fi
done
# one changed descriptor (an environment variable added to the first one)
FIRST=$(find "$WORK/descriptors" -name '*.yaml' | sort | sed -n 1p) # not head: with pipefail, sort's SIGPIPE (1,000 names) ends the script
sed -i -e 's/^  env:$/  env:\n    BENCH_NOOP_EDIT: "1"/' "$FIRST"
grep -q BENCH_NOOP_EDIT "$FIRST" || printf '  env:\n    BENCH_NOOP_EDIT: "1"\n' >> "$FIRST"
build one-changed
build noop-after-change
echo "== load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
