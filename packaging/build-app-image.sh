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
#  4. jpackage --type app-image, with -Daimaq.home=$APPDIR so the app finds them
#  5. a training run of the image (the app starts, paints its first map and exits) records what
#     it loads, and the image's own runtime makes an ahead-of-time cache of it (JDK 25, JEP 483/515)
#     into app/aimaq.aot, which the launcher's options then name. Without it every start of an
#     installed app took 3.0-3.4 s to the first map on this machine, with it 1.3-1.8 s (the cache
#     works when the image is copied elsewhere, as an installer does). It needs a display (xvfb-run
#     on a Linux machine without one); when it cannot run, the image is built without the cache.
#     The boundary layers that run prepares also go into app/cache (-Daimaq.preparedCacheOut),
#     which the app reads when the user's own cache folder has no entry yet (a first start:
#     2.4-2.55 s to the map without).
#  6. for PACKAGE_TYPE=msi|dmg: jpackage makes the installer from that image.
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

case "$type" in app-image|msi|dmg) ;; *) echo "build-app-image: PACKAGE_TYPE must be app-image, msi or dmg" >&2; exit 2 ;; esac

case "$(uname -s)" in
  Linux*) os=linux ;;
  Darwin*) os=mac ;;
  MINGW*|MSYS*|CYGWIN*) os=win ;;
  *) echo "build-app-image: unknown system $(uname -s)" >&2; exit 2 ;;
esac

echo "== 1/6 mvn package" >&2
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

echo "== 2/6 jlink runtime" >&2
"$JAVA_HOME/bin/jlink" --module-path "$work/fx" --add-modules "$(tr -d '\n' < packaging/modules.txt)" \
  --strip-debug --no-header-files --no-man-pages --compress zip-6 --output "$work/runtime"
# JavaFX's native libraries beside the JDK's, where System.loadLibrary finds them: jlink keeps them
# only as resources of the javafx.graphics module, and JavaFX then copies them into
# ~/.openjfx/cache on a first start and checks them by MD5 on every later one (about 100 ms of a
# first start here, and a virus scan of new DLLs on Windows)
native_dir="$work/runtime/lib"; native_glob='*.so'
case "$os" in win) native_dir="$work/runtime/bin"; native_glob='*.dll' ;; mac) native_glob='*.dylib' ;; esac
if command -v unzip >/dev/null; then
  for j in "$work"/fx/*.jar; do unzip -q -j -o "$j" "$native_glob" -d "$native_dir" 2>/dev/null || true; done
else
  echo "build-app-image: no unzip: JavaFX will copy its native libraries into ~/.openjfx on each account's first start" >&2
fi

echo "== 3/6 bundled map" >&2
mkdir -p "$work/input/shared/data/boundaries/geokz"
cp "$shared"/data/boundaries/geokz/* "$work/input/shared/data/boundaries/geokz/"
[ -f "$shared/data/boundaries/README.md" ] && cp "$shared/data/boundaries/README.md" "$work/input/shared/data/boundaries/"

echo "== 4/6 jpackage --type app-image" >&2
args=(--name Aimaq --app-version "$version" --vendor "Aimaq"
      --description "Regional explorer of Kazakhstan"
      --runtime-image "$work/runtime" --input "$work/input" --main-jar aimaq.jar --main-class kz.aimaq.Launcher
      --java-options '--enable-native-access=javafx.graphics,ALL-UNNAMED'
      --java-options '-Dfile.encoding=UTF-8'
      --java-options '-Daimaq.home=$APPDIR'
      --java-options '-Xms96m' --java-options '-XX:GCTimeRatio=4'
      --java-options '-XX:MaxHeapFreeRatio=15' --java-options '-XX:MinHeapFreeRatio=10'
      --java-options '-XX:G1PeriodicGCInterval=10000'
      --java-options '-XX:TieredStopAtLevel=1')
# the five before the last, and the trim on Linux: the desktop app's heap as ./aimaq's app line sets
# it (starts small, grows only while collections take a fifth of the time, kept at most 15 % free, a
# collection when idle 10 s, freed malloc memory returned every second; the JVM trims only glibc's
# heap and warns elsewhere). The last: the C1 compiler alone, as ./aimaq runs the app (its comment
# has the measurements: a session of minutes starts and runs sooner without C2's compiling)
[ "$os" = linux ] && args+=(--java-options '-XX:TrimNativeHeapInterval=1000')
[ "$os" = mac ] && args+=(--mac-package-identifier kz.aimaq.app)
for icon in packaging/$os/Aimaq.png packaging/windows/Aimaq.ico packaging/macos/Aimaq.icns; do
  case "$os:$icon" in linux:*.png|win:*.ico|mac:*.icns) [ -f "$icon" ] && args+=(--icon "$icon") ;; esac
done
"$JAVA_HOME/bin/jpackage" --type app-image --dest target/app-image "${args[@]}"
image=target/app-image/Aimaq
[ "$os" = mac ] && image=target/app-image/Aimaq.app

echo "== 5/6 ahead-of-time cache (training run)" >&2
# The training run is the app as the launcher starts it: the same runtime, class path (in the same
# order) and JVM options, read from the launcher's .cfg file, so the cache matches the installed
# app's runs. -Daimaq.probe.startOnly ends the app once its first map is painted.
native_path() { if [ "$os" = win ]; then cygpath -w "$1"; else printf '%s' "$1"; fi; }
train_aot_cache() {
  local cfg appdir java sep=":" cp="" line opts=() conf="$work/aimaq.aotconf" run=()
  cfg=$(find "$image" -name Aimaq.cfg | head -1)
  java=$(find "$image" -path '*/bin/java' -o -path '*/bin/java.exe' | head -1)
  [ -n "$cfg" ] && [ -n "$java" ] || { echo "no launcher configuration or runtime found in $image" >&2; return 1; }
  appdir=$(native_path "$(cd "$(dirname "$cfg")" && pwd)")
  [ "$os" = win ] && sep=";"
  while IFS= read -r line; do
    line=${line%$'\r'}
    case "$line" in
      app.classpath=*) line=${line#app.classpath=}; line=${line//\$APPDIR/"$appdir"}; cp="${cp:+$cp$sep}$line" ;;
      java-options=*) line=${line#java-options=}; line=${line//\$APPDIR/"$appdir"}; opts+=("$line") ;;
    esac
  done < "$cfg"
  if [ "$os" = linux ] && [ -z "${DISPLAY:-}" ]; then
    command -v xvfb-run >/dev/null || { echo "no display and no xvfb-run" >&2; return 1; }
    run=(xvfb-run -a -s "-screen 0 1366x768x24")
  fi
  command -v timeout >/dev/null && run=(timeout 300 ${run[@]+"${run[@]}"})
  rm -rf "$work/train-cache"
  # first a run that prepares the boundary layers and the indicator snapshot (into app/cache for
  # the installed app's first start, and into its own cache folder), then the recorded run, which
  # reads them as every planner's start does (a cache recorded while the layer was being built left the reading path
  # out: about 20 ms more on each start)
  # one start of the app as its launcher makes it, these JVM options first; it stops at its first map
  start_app() {
    MSYS_NO_PATHCONV=1 ${run[@]+"${run[@]}"} "$java" "$@" "${opts[@]}" -Daimaq.cache="$(native_path "$work/train-cache")" \
      -Daimaq.probe=true -Daimaq.probe.startOnly=true -cp "$cp" kz.aimaq.Launcher >>"$work/training.log" 2>&1
  }
  : > "$work/training.log"
  start_app -Daimaq.preparedCacheOut="$appdir/cache" || { cat "$work/training.log" >&2; return 1; }
  start_app -XX:AOTMode=record -XX:AOTConfiguration="$(native_path "$conf")" -Xlog:aot=off -Xlog:cds=off \
    || { cat "$work/training.log" >&2; return 1; }
  MSYS_NO_PATHCONV=1 "$java" -XX:AOTMode=create -XX:AOTConfiguration="$(native_path "$conf")" -XX:AOTCache="$appdir/aimaq.aot" \
    -Xlog:aot=off -Xlog:cds=off "${opts[@]}" -cp "$cp" >>"$work/training.log" 2>&1 || { cat "$work/training.log" >&2; return 1; }
  # the launcher's options name the cache, after the last option jpackage wrote ([JavaOptions])
  awk -v add='java-options=-XX:AOTCache=$APPDIR/aimaq.aot\njava-options=-Xlog:aot=off\njava-options=-Xlog:cds=off' '
    { lines[NR] = $0; if ($0 ~ /^java-options=/) last = NR }
    END { for (i = 1; i <= NR; i++) { print lines[i]; if (i == last) print add } }' "$cfg" > "$cfg.new" && mv "$cfg.new" "$cfg"
  echo "ahead-of-time cache: $(du -h "$(dirname "$cfg")/aimaq.aot" | cut -f1); prepared cache entries (layers, indicator snapshot): $(ls "$(dirname "$cfg")/cache" 2>/dev/null | wc -l)" >&2
}
train_aot_cache || echo "build-app-image: the image has no ahead-of-time cache (it starts about twice as slowly); see above" >&2

if [ "$type" != app-image ]; then
  echo "== 6/6 jpackage --type $type" >&2
  pkg=(--type "$type" --app-image "$image" --name Aimaq --app-version "$version" --vendor "Aimaq"
       --description "Regional explorer of Kazakhstan" --dest target/installer)
  case "$type" in
    msi) pkg+=(--win-menu --win-shortcut --win-dir-chooser --win-upgrade-uuid 6f1c2b5e-4e1a-4b7e-9c55-8a1d2f0a9e31 --file-associations packaging/windows/aimaq-file.properties) ;;
    dmg) pkg+=(--file-associations packaging/macos/aimaq-file.properties) ;;
  esac
  "$JAVA_HOME/bin/jpackage" "${pkg[@]}"
fi

if [ "$type" = app-image ]; then
  echo "built target/app-image/Aimaq ($(du -sh target/app-image/Aimaq | cut -f1)); start: target/app-image/Aimaq/bin/Aimaq" >&2
else
  ls -l target/installer >&2
fi
