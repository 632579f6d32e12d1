#!/usr/bin/env bash
# Makes the user guide's screenshots (src/main/resources/guide/img/<lang>/*.png) from the real window:
# every feature installed, 1366x768, one picture per task page, half size, reduced to 128 colours.
# Needs Xvfb (or DISPLAY set to a running X server); ImageMagick's convert is used when present.
#   packaging/make-guide-screenshots.sh            # kk, ru and en
#   packaging/make-guide-screenshots.sh kk ru      # some languages
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
OUT=src/main/resources/guide/img
mvn -B -ntp -o -q package -DskipTests
mvn -B -ntp -o -q test-compile
XPID=
if [ -z "${DISPLAY:-}" ] || [ -n "${GUIDE_DISPLAY:-}" ]; then
  export DISPLAY=${GUIDE_DISPLAY:-:97}
  Xvfb "$DISPLAY" -screen 0 1366x768x24 >/dev/null 2>&1 &
  XPID=$!
  trap '[ -n "$XPID" ] && kill "$XPID"' EXIT
  sleep 2
fi
# a fresh home: no recovery offer or recent files of the person running the script in the pictures
HOMEDIR=$(mktemp -d)
"$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -Djavafx.animation.fullspeed=true -Duser.home="$HOMEDIR" \
  -cp "target/classes:target/test-classes:target/lib/*" kz.aimaq.ui.guide.GuideScreenshots "$OUT" "$@"
if command -v convert >/dev/null; then
  for f in "$OUT"/*/*.png; do convert "$f" -strip -colors 128 "PNG8:$f"; done
fi
rm -rf "$HOMEDIR"
du -ch "$OUT"/*/*.png | tail -1
