#!/usr/bin/env bash
# Release dry run: stages every published artifact into target/staging (the release profile's
# altDeploymentRepository) and checks the result against Maven Central's requirements
# (release/CheckStaging.java). Nothing is uploaded and nothing is installed into ~/.m2.
#
#   release/dry-run.sh [maven options] [--require-signatures]
#   e.g. release/dry-run.sh -DskipTests
#        MAVEN_GPG_PASSPHRASE=... release/dry-run.sh -Dgpg.keyname=KEYID --require-signatures
set -euo pipefail
cd "$(dirname "$0")/.."

maven_args=()
check_args=()
for arg in "$@"; do
  case "$arg" in
    --require-signatures) check_args+=("$arg") ;;
    -o | --offline)
      # maven-deploy-plugin refuses to run offline even when the repository is a local directory
      # (MDEPLOY-90); fail here with the reason rather than after compiling the first module
      echo "release/dry-run.sh: cannot stage with $arg: Maven's deploy plugin refuses offline mode," \
        "even for a file repository. Run without it: staging into target/staging uploads nothing." >&2
      exit 2 ;;
    *) maven_args+=("$arg") ;;
  esac
done

# clean first, on its own: in one `clean deploy` the parent's clean (second in the reactor) would
# delete what the BOM (first) had already staged under target/
mvn -B -q clean
mvn -B deploy -Prelease "${maven_args[@]}"
java release/CheckStaging.java target/staging "${check_args[@]}"
