#!/usr/bin/env bash
# Regenerates maps/embedded/*.geojson, the project's simplified copy of the geokz boundaries
# (CC BY 4.0) that a fresh clone without ../shared draws. Needs ../shared (or SHARED=FOLDER).
# Method and tolerances: kz.aimaq.core.geo.EmbeddedBoundaries. Run after changing either.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
mvn -B -ntp -o -q compile dependency:copy-dependencies -DoutputDirectory=target/lib -DincludeScope=runtime
"$JAVA_HOME/bin/java" -cp "target/classes:target/lib/*" kz.aimaq.core.geo.EmbeddedBoundaries "${SHARED:-../shared}" maps/embedded
