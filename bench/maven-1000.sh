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
BENCH_CP=${BENCH_CP:-"bench/target/classes:$(cat bench/target/classpath.txt)"}
java -cp "$BENCH_CP" \
  dev.chartgen.bench.SyntheticPlatform "$ROOT/samples" "$WORK" "$MODULES"
VERSION=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -n 1)
cat > "$WORK/pom.xml" <<POM
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>dev.chartgen.bench</groupId>
  <artifactId>platform-$MODULES</artifactId>
  <version>1.0</version>
  <packaging>pom</packaging>
  <properties><project.build.sourceEncoding>UTF-8</project.build.sourceEncoding></properties>
  <build>
    <plugins>
      <plugin>
        <groupId>dev.chartgen</groupId>
        <artifactId>chartgen-maven-plugin</artifactId>
        <version>$VERSION</version>
        <configuration>
          <failOn>none</failOn>
        </configuration>
      </plugin>
    </plugins>
  </build>
</project>
POM
REPO=${M2_REPO:-$ROOT/maven-plugin/target/local-repo}
# as the ITs do: everything else comes from the user's local repository, served as a remote one
SETTINGS=$WORK/settings.xml
sed -e "s#@localRepositoryUrl@#file://$HOME/.m2/repository#g" maven-plugin/src/it/settings.xml > "$SETTINGS"
for run in first "nothing changed"; do
  echo "== $MODULES modules, MAVEN_OPTS=-Xmx$HEAP, $run run"
  start=$(date +%s%N)
  MAVEN_OPTS="-Xmx$HEAP" mvn -B -ntp -s "$SETTINGS" \
    -Dmaven.repo.local="$REPO" -f "$WORK/pom.xml" \
    chartgen:generate chartgen:lint | grep -E "chartgen|BUILD|ERROR|Total time" | cut -c1-200
  echo "wall: $(( ($(date +%s%N) - start) / 1000000 )) ms"
done
