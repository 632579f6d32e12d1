@echo off
rem Aimaq launcher for Windows: builds with Maven on the first run and whenever a source is newer
rem than the jar (as ./aimaq does), then starts the app (no arguments) or a headless command
rem (aimaq help).
setlocal
set "HERE=%~dp0"
set "JAR=%HERE%target\aimaq.jar"
if "%JAVA_HOME%"=="" (
  echo aimaq: set JAVA_HOME to a JDK 25 1>&2
  exit /b 2
)
if not exist "%JAR%" goto build

rem Is any file under src\main, datasets or maps, or pom.xml, newer than the jar? PowerShell
rem compares the modification times (cmd cannot); exit code 1 means "yes, rebuild".
powershell -NoProfile -ExecutionPolicy Bypass -Command ^
  "$jar = (Get-Item -LiteralPath $env:JAR).LastWriteTimeUtc;" ^
  "$here = $env:HERE;" ^
  "$newer = Get-ChildItem -LiteralPath (Join-Path $here 'src\main'), (Join-Path $here 'datasets'), (Join-Path $here 'maps'), (Join-Path $here 'pom.xml') -Recurse -File -ErrorAction SilentlyContinue |" ^
  "  Where-Object { $_.LastWriteTimeUtc -gt $jar } | Select-Object -First 1;" ^
  "if ($newer) { exit 1 } else { exit 0 }"
if errorlevel 1 goto build
goto run

:build
echo aimaq: building (first run or sources changed)... 1>&2
rem the build's own output is shown only when it fails, as ./aimaq does
set "LOG=%TEMP%\aimaq-build-%RANDOM%.log"
pushd "%HERE%"
call mvn -B -ntp -q -DskipTests package > "%LOG%" 2>&1
set "RC=%ERRORLEVEL%"
popd
if not "%RC%"=="0" (
  type "%LOG%" 1>&2
  del "%LOG%" 2>nul
  echo aimaq: build failed 1>&2
  exit /b 2
)
del "%LOG%" 2>nul

:run
if not defined SIS_DATA set "SIS_DATA=%HERE%target"
"%JAVA_HOME%\bin\java" --enable-native-access=ALL-UNNAMED -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Daimaq.home="%HERE%." %AIMAQ_JAVA_OPTS% -cp "%JAR%;%HERE%target\lib\*" kz.aimaq.Launcher %*
