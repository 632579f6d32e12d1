#!/usr/bin/env bash
# Builds the self-contained Linux app-image: target/app-image/Aimaq (start it with
# target/app-image/Aimaq/bin/Aimaq). Needs JDK 25 (jlink, jpackage) and Maven; no network once
# Maven's cache is filled. The same steps build the Windows MSI and macOS DMG in CI
# (.github/workflows/installers.yml, PACKAGE_TYPE=msi|dmg).
#
# What it does:
#  1. mvn package (skips tests: ./test runs them) -> target/aimaq.jar + target/lib/*.jar
#  2. jlink a Java runtime with the JavaFX modules in it (the platform javafx-*-<os>.jar files
#     from Maven Central are modular jars, so they go on jlink's --module-path)
#  3. copy the app jar and the other libraries as the class path, and the default boundary
#     files (../shared/data/boundaries/geokz) into the image's app/shared folder: bundled in the
#     build output, never committed to the repository
#  4. jpackage --type app-image (or msi/dmg), with -Daimaq.home=$APPDIR so the app finds them.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
type="${PACKAGE_TYPE:-app-image}"
shared="${AIMAQ_SHARED:-$here/../shared}"
version="${AIMAQ_VERSION:-0.1.0}"

has_jpackage() { [ -x "$1/bin/jpackage" ] || [ -x "$1/bin/jpackage.exe" ]; }
if [ -z "${JAVA_HOME:-}" ] || ! has_jpackage "$JAVA_HOME"; then
  for j in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/java-25-openjdk-amd64; do
    [ -x "$j/bin/jpackage" ] && { export JAVA_HOME="$j"; break; }
  done
fi
has_jpackage "${JAVA_HOME:-}" || { echo "build-app-image: JDK 25 with jpackage not found; set JAVA_HOME" >&2; exit 2; }
[ -d "$shared/data/boundaries/geokz" ] || { echo "build-app-image: no boundary files in $shared/data/boundaries/geokz; set AIMAQ_SHARED" >&2; exit 2; }

case "$(uname -s)" in
  Linux*) os=linux ;;
  Darwin*) os=mac ;;
  MINGW*|MSYS*|CYGWIN*) os=win ;;
  *) echo "build-app-image: unknown system $(uname -s)" >&2; exit 2 ;;
esac

echo "== 1/4 mvn package" >&2
mvn -B -ntp -q -DskipTests package

work="target/packaging"
rm -rf "$work" target/app-image target/installer
mkdir -p "$work/fx" "$work/input/lib" target/installer

# JavaFX: only the platform jars carry the modules and native code.
for j in target/lib/javafx-*.jar; do
  case "$j" in
    *-linux.jar|*-mac.jar|*-mac-aarch64.jar|*-win.jar) cp "$j" "$work/fx/" ;;
    *) ;; # the empty "automatic" javafx jars are not needed
  esac
done
cp target/aimaq.jar "$work/input/"
for j in target/lib/*.jar; do
  case "$(basename "$j")" in javafx-*) ;; *) cp "$j" "$work/input/lib/" ;; esac
done

echo "== 2/4 jlink runtime" >&2
"$JAVA_HOME/bin/jlink" --module-path "$work/fx" --add-modules "$(tr -d '\n' < packaging/modules.txt)" \
  --strip-debug --no-header-files --no-man-pages --compress zip-6 --output "$work/runtime"

echo "== 3/4 bundled map" >&2
mkdir -p "$work/input/shared/data/boundaries/geokz"
cp "$shared"/data/boundaries/geokz/* "$work/input/shared/data/boundaries/geokz/"
[ -f "$shared/data/boundaries/README.md" ] && cp "$shared/data/boundaries/README.md" "$work/input/shared/data/boundaries/"

echo "== 4/4 jpackage --type $type" >&2
args=(--name Aimaq --app-version "$version" --vendor "Aimaq"
      --description "Regional explorer of Kazakhstan"
      --runtime-image "$work/runtime" --input "$work/input" --main-jar aimaq.jar --main-class kz.aimaq.Launcher
      --java-options '--enable-native-access=javafx.graphics,ALL-UNNAMED'
      --java-options '-Dfile.encoding=UTF-8'
      --java-options '-Daimaq.home=$APPDIR'
      --java-options '-XX:MaxHeapFreeRatio=30' --java-options '-XX:MinHeapFreeRatio=10'
      --java-options '-XX:G1PeriodicGCInterval=10000')
# the last three, and the trim on Linux: the desktop app gives memory back after a big scenario, as
# ./aimaq's app line does (heap kept at most 30 % free, a collection when idle 10 s, freed malloc
# memory returned every 5 s; the JVM trims only glibc's heap and warns elsewhere)
[ "$os" = linux ] && args+=(--java-options '-XX:TrimNativeHeapInterval=5000')
case "$type" in
  app-image) args+=(--dest target/app-image) ;;
  msi) args+=(--dest target/installer --win-menu --win-shortcut --win-dir-chooser --win-upgrade-uuid 6f1c2b5e-4e1a-4b7e-9c55-8a1d2f0a9e31 --file-associations packaging/windows/aimaq-file.properties) ;;
  dmg) args+=(--dest target/installer --mac-package-identifier kz.aimaq.app --file-associations packaging/macos/aimaq-file.properties) ;;
  *) echo "build-app-image: PACKAGE_TYPE must be app-image, msi or dmg" >&2; exit 2 ;;
esac
for icon in packaging/$os/Aimaq.png packaging/windows/Aimaq.ico packaging/macos/Aimaq.icns; do
  case "$os:$icon" in linux:*.png|win:*.ico|mac:*.icns) [ -f "$icon" ] && args+=(--icon "$icon") ;; esac
done
"$JAVA_HOME/bin/jpackage" --type "$type" "${args[@]}"

if [ "$type" = app-image ]; then
  echo "built target/app-image/Aimaq ($(du -sh target/app-image/Aimaq | cut -f1)); start: target/app-image/Aimaq/bin/Aimaq" >&2
else
  ls -l target/installer >&2
fi
