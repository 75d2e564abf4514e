#!/usr/bin/env bash
# Takes a new version of the API spec and shows every consequence in ONE report,
# target/spec-update-report.md (CONTRIBUTING.md, "When the spec changes"):
#   api-spec/spec-update.sh path/to/new-dynamic-routes.yaml
# 1. builds api-spec, generated-client and the client from the BASELINE spec (api-spec/baseline/…) and
#    keeps their jars and generated sources under target/spec-update/;
# 2. installs the new spec as api-spec/src/main/resources/openapi/dynamic-routes.yaml and runs the whole
#    build fail-at-end; failed tests and compile errors are recorded instead of stopping a module, and
#    a breaking change is let through, so every module runs and one run shows every consequence;
# 3. compares the new jars with the baseline ones (japicmp, the parent pom's shared configuration);
# 4. writes the report: verdict for this client, version bump, draft CHANGELOG entry, build outcome,
#    generated-sources diff, japicmp results.
# Exit status: that of the build in step 2 (0 = everything passed with the new spec); 2 when the
# baseline does not build or the report cannot be written.
# Nothing is installed into ~/.m2. The new spec stays in place; `git checkout` the file to undo.
set -uo pipefail

if [ $# -ne 1 ] || [ ! -f "$1" ]; then
  echo "usage: api-spec/spec-update.sh <new spec yaml>" >&2
  exit 2
fi
root=$(cd "$(dirname "$0")/.." && pwd)
new_spec=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
cd "$root"

spec=api-spec/src/main/resources/openapi/dynamic-routes.yaml
baseline=api-spec/$(sed -n 's|.*<spec.baseline>${project.basedir}/\(.*\)</spec.baseline>.*|\1|p' api-spec/pom.xml)
work=target/spec-update
rm -rf "$work"
mkdir -p "$work/baseline-jars"
cp "$new_spec" "$work/new-spec.yaml" # new_spec may be the spec file itself, which step 1 overwrites

echo "spec-update: 1/4 building from the baseline $baseline"
cp "$baseline" "$spec"
if ! mvn -B -pl client-extensions -am package -Dmaven.test.skip=true -Dspotless.check.skip=true -Dnode-tools.skip=true \
    > "$work/baseline-build.log" 2>&1; then
  cp "$work/new-spec.yaml" "$spec"
  echo "spec-update: the baseline does not build; see $work/baseline-build.log" >&2
  exit 2
fi
cp -r generated-client/target/generated-sources/openapi/src/main/java "$work/baseline-generated"
for module in api-spec:dynamic-routes-api-spec generated-client:dynamic-routes-generated-client \
    client-extensions:dynamic-routes-client; do
  dir=${module%%:*}
  id=${module##*:}
  jar=$(ls "$dir"/target/"$id"-*.jar | grep -v -E -- '-(sources|javadoc|tests)\.jar$' | head -1)
  cp "$jar" "$work/baseline-jars/$id-0.0.0.jar" # japicmp.baseline.file naming: <artifactId>-<version>.jar
done

echo "spec-update: 2/4 the whole build with the new spec, fail-at-end (log: $work/build.log)"
cp "$work/new-spec.yaml" "$spec"
# japicmp.breakBuild=false: once api-baseline/ exists the release gate runs in verify, and a failed gate would
# skip every module that depends on the client; step 3 reports the Java API change instead
mvn -B -fae verify -Dmaven.test.failure.ignore=true -Dmaven.compiler.failOnError=false \
  -Dspec.breaking-change.allowed=true -Djapicmp.breakBuild=false > "$work/build.log" 2>&1
build_status=$?
# the two settings above keep going past failed tests and compile errors; still say that there were some
if grep -q -E '^\[(ERROR|WARNING)\] Tests run:.*(Failures: [1-9]|Errors: [1-9])|^\[ERROR\] /.*\.java:\[' "$work/build.log"; then
  [ "$build_status" -eq 0 ] && build_status=1
fi

echo "spec-update: 3/4 Java API of the new jars against the baseline ones (japicmp)"
rm -rf generated-client/target/japicmp client-extensions/target/japicmp # no stale result for a module that fails
# strict here: a module whose main code does not compile gets no jar, so no comparison
mvn -B -o -fae -pl client-extensions -am package japicmp:cmp -Dmaven.test.skip=true -Dspotless.check.skip=true \
  -Dnode-tools.skip=true -Djapicmp.baseline.dir="$root/$work/baseline-jars" -Djapicmp.baseline.version=0.0.0 -Djapicmp.breakBuild=false \
  > "$work/japicmp.log" 2>&1

echo "spec-update: 4/4 report"
# Maven's output goes to a log: Maven 3.8 writes ANSI colour resets around it even with -B and -q;
# the summary below is read from the report itself
report=target/spec-update-report.md
rm -f "$report"
if ! mvn -B -o -q -pl api-spec exec:java -Dexec.classpathScope=test \
    -Dexec.mainClass=dev.dynamicroutes.spec.SpecUpdateCommand \
    -Dexec.args="$root/$baseline $root/$spec $root $root/$work $build_status" > "$work/report.log" 2>&1; then
  echo "spec-update: the report step failed; see $work/report.log" >&2
  exit 2
fi
sed -n 's/^\*\*Verdict: \(.*\)\*\*$/spec-update: verdict: \1/p; s/^\*\*Version:\*\* /spec-update: version: /p' "$report"
echo "spec-update: build with the new spec: $([ "$build_status" -eq 0 ] && echo passed || echo "FAILED (see the report's build section)")"
echo "spec-update: report written to $root/$report"
exit "$build_status"
