#!/usr/bin/env bash
# Proves reproducible builds: two clean `-DskipTests` builds of this commit give byte-identical
# artifacts. The first build is deployed into a throwaway file repository (not ~/.m2), the second is
# compared with it by maven-artifact-plugin's artifact:compare, which fails on any difference.
#
#   release/check-reproducible.sh [maven options]
set -euo pipefail
cd "$(dirname "$0")/.."

reference="${TMPDIR:-/tmp}/dynamic-routes-reproducibility-reference"
rm -rf "$reference"

mvn -B -q clean
mvn -B deploy -DskipTests -DaltDeploymentRepository="reference::file:$reference" "$@"
mvn -B -q clean
mvn -B package -DskipTests "$@" \
  org.apache.maven.plugins:maven-artifact-plugin:compare -Dreference.repo="reference::file:$reference"
