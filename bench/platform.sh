# Sourced by bench/maven-1000.sh and bench/maven-noop.sh: writes a synthetic platform of $MODULES
# modules into $WORK with a pom that uses this build's plugin (the <executions> given as the first
# argument, if any), and sets REPO (the local repository holding the plugin; M2_REPO=<folder> for
# another) and SETTINGS (as the ITs do: everything else comes from the user's local repository,
# served as a remote one). Expects ROOT, WORK and MODULES to be set.
synthetic_platform() {
  local executions=${1:-}
  local bench_cp=${BENCH_CP:-"bench/target/classes:$(cat bench/target/classpath.txt)"}
  java -cp "$bench_cp" \
    dev.chartgen.bench.SyntheticPlatform "$ROOT/samples" "$WORK" "$MODULES"
  local version
  version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$ROOT/pom.xml" | head -n 1)
  cat > "$WORK/pom.xml" <<POM
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>dev.chartgen.bench</groupId>
  <artifactId>platform-$MODULES</artifactId>
  <version>1.0</version>
  <packaging>pom</packaging>
  <properties>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
    <project.build.outputTimestamp>2026-01-01T00:00:00Z</project.build.outputTimestamp>
  </properties>
  <build>
    <plugins>
      <plugin>
        <groupId>dev.chartgen</groupId>
        <artifactId>chartgen-maven-plugin</artifactId>
        <version>$version</version>
        <configuration>
          <failOn>none</failOn>
        </configuration>
$executions
      </plugin>
    </plugins>
  </build>
</project>
POM
  REPO=${M2_REPO:-$ROOT/maven-plugin/target/local-repo}
  SETTINGS=$WORK/settings.xml
  sed -e "s#@localRepositoryUrl@#file://$HOME/.m2/repository#g" \
    "$ROOT/maven-plugin/src/it/settings.xml" > "$SETTINGS"
}
