#!/usr/bin/env bash
# Makes the published jars of the current tree the Java API baseline: builds them and copies them to
# api-baseline/<artifactId>-<japicmp.baseline.version>.jar, the files the api-compatibility profile
# compares every later build with (CONTRIBUTING.md "Java API compatibility"). Commit api-baseline/
# afterwards. Run it once the public API is final before a release, and at each release.
#
#   release/update-api-baseline.sh [maven options]     e.g. release/update-api-baseline.sh -o
set -euo pipefail
cd "$(dirname "$0")/.."

# module directory -> artifactId of every published jar with a Java API (api-spec's jar holds only
# the document; its gate is the spec-change guard). The generated client's report is informational.
modules=(generated-client:dynamic-routes-generated-client
         client-extensions:dynamic-routes-client
         testing:dynamic-routes-testing)

# read from the parent POM (the project's own <version> is its first one indented by two spaces)
project_version=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' pom.xml | head -n 1)
baseline_version=$(sed -n 's:.*<japicmp.baseline.version>\(.*\)</japicmp.baseline.version>.*:\1:p' pom.xml)
[ -n "$project_version" ] && [ -n "$baseline_version" ] || { echo "versions not found in pom.xml" >&2; exit 1; }

# Only the jars: no tests, no javadoc or sources jars, and no comparison with the old baseline,
# which is about to be replaced.
mvn -B package -pl "$(IFS=,; echo "${modules[*]%%:*}")" -am \
  -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true -Djapicmp.skip=true \
  -Djacoco.skip=true -Dspotless.check.skip=true "$@"

rm -rf api-baseline
mkdir api-baseline
for module in "${modules[@]}"; do
  dir=${module%%:*}
  artifact=${module#*:}
  jar="$dir/target/$artifact-$project_version.jar"
  [ -s "$jar" ] || { echo "missing $jar" >&2; exit 1; }
  cp "$jar" "api-baseline/$artifact-$baseline_version.jar"
done
echo "api-baseline/ now holds the API of $project_version as $baseline_version:"
ls -l api-baseline
