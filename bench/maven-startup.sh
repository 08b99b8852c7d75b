#!/usr/bin/env bash
# The fixed cost of chartgen:validate and chartgen:generate for one module, over Maven's own start.
# A one-module synthetic platform whose pom binds validate at the validate phase; each round runs,
# in a rotating order:
#   skipped   mvn validate -Dchartgen.skip=true: Maven's start, the project and the plugin's class
#             realm (the goal returns at once)
#   validate  mvn validate, state folder removed (target/ deleted): nothing trusted from a build
#             before, the descriptors are loaded and checked against the schemas
#   generate  mvn chartgen:generate -Dchartgen.incremental=false into an empty output folder
#             (target/ and charts-out/ deleted): a true first run
# and prints the medians and each goal's cost over "skipped". Several builds of the plugin (each a
# local repository holding it) are measured interleaved, round by round, so that "before" and
# "after" see the same machine. Needs `mvn -B -ntp -o -P bench -pl bench -am package -DskipTests`
# (the synthetic platform) and a local repository holding the plugin, such as the ITs' one filled
# by `mvn -B -ntp -o verify -pl generator-core,maven-plugin -Dtest=none
# -Dsurefire.failIfNoSpecifiedTests=false -Dinvoker.test=help,skip,generate-ok`.
#
#   bench/maven-startup.sh [rounds] [label=local-repository ...]
#
# Default: 5 rounds of one build, now=maven-plugin/target/local-repo. Before and after:
#   cp -a maven-plugin/target/local-repo /tmp/before-repo    # on the baseline commit
#   bench/maven-startup.sh 7 before=/tmp/before-repo after=maven-plugin/target/local-repo
# Times of every run (label, run, wall ms, CPU ms): bench/target/maven-startup/times.txt; each
# build's last log of each run: <label>-<run>.log there.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
MODULES=1
ROUNDS=${1:-5}
shift || true
BUILDS=("$@")
[ ${#BUILDS[@]} -gt 0 ] || BUILDS=("now=$ROOT/maven-plugin/target/local-repo")
WORK=$ROOT/bench/target/maven-startup
. bench/platform.sh
synthetic_platform '        <executions>
          <execution>
            <id>charts</id>
            <goals><goal>validate</goal></goals>
          </execution>
        </executions>'
# the samples' environments override modules by name: with one module they would name unknown ones
rm -rf "$WORK/environments"
VERSION=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$ROOT/pom.xml" | head -n 1)
PLUGIN=dev.chartgen:chartgen-maven-plugin:$VERSION
TIMES=$WORK/times.txt
: > "$TIMES"
exec 3>&2 # a failed build's log, from inside the timing below

run() { # label repository run
  local label=$1 repo=$2 what=$3 args
  case $what in
    skipped) args=(validate -Dchartgen.skip=true) ;;
    validate) rm -rf "$WORK/target"; args=(validate) ;;
    generate) rm -rf "$WORK/target" "$WORK/charts-out"; args=("$PLUGIN:generate" -Dchartgen.incremental=false) ;;
  esac
  local log=$WORK/$label-$what.log times wall cpu
  # wall, and the CPU time (user + system, every thread) of Maven's JVM
  times=$( { TIMEFORMAT='%R %U %S'; time mvn -B -ntp -o -s "$SETTINGS" -Dmaven.repo.local="$repo" \
    -f "$WORK/pom.xml" "${args[@]}" > "$log" 2>&1 || { tail -n 30 "$log" >&3; exit 1; }; } 2>&1 )
  wall=$(awk '{ printf "%d", $1 * 1000 }' <<< "$times")
  cpu=$(awk '{ printf "%d", ($2 + $3) * 1000 }' <<< "$times")
  grep -q "chartgen[: ]" "$log" || { echo "no chartgen line in $log" >&2; exit 1; }
  echo "$label $what $wall $cpu" >> "$TIMES"
  printf '  %-8s %-8s wall %6d ms  cpu %6d ms  %s\n' "$label" "$what" "$wall" "$cpu" \
    "$(grep -m1 -o 'chartgen[: ].*' "$log" | cut -c1-80)" >&2
}

median() { # label run column (3: wall, 4: CPU): the median, in ms
  awk -v l="$1" -v w="$2" -v c="$3" '$1 == l && $2 == w { print $c }' "$TIMES" | sort -n \
    | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}

echo "== one module, $ROUNDS rounds, load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
# one warm-up run per build (the file system cache, Maven's own first resolution)
for build in "${BUILDS[@]}"; do run "${build%%=*}" "${build#*=}" skipped; done
: > "$TIMES"
ORDERS=("skipped validate generate" "validate generate skipped" "generate skipped validate")
for round in $(seq 1 "$ROUNDS"); do
  order=${ORDERS[$(( (round - 1) % 3 ))]}
  builds=("${BUILDS[@]}")
  if [ $((round % 2)) -eq 0 ]; then # every other round the builds in reverse order
    builds=(); for ((i = ${#BUILDS[@]} - 1; i >= 0; i--)); do builds+=("${BUILDS[$i]}"); done
  fi
  for what in $order; do
    for build in "${builds[@]}"; do run "${build%%=*}" "${build#*=}" "$what"; done
  done
done
echo "== load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
echo "medians of $ROUNDS rounds, ms (Maven's whole run; cpu: user + system of every thread):"
printf '%-8s %-5s %8s %8s %8s %15s %15s\n' build "" skipped validate generate \
  "validate-skip" "generate-skip"
for build in "${BUILDS[@]}"; do
  label=${build%%=*}
  for column in 3 4; do
    s=$(median "$label" skipped $column); v=$(median "$label" validate $column)
    g=$(median "$label" generate $column)
    printf '%-8s %-5s %8d %8d %8d %15d %15d\n' "$label" "$([ $column = 3 ] && echo wall || echo cpu)" \
      "$s" "$v" "$g" $((v - s)) $((g - s))
  done
done
