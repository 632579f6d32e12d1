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
set "CP=%JAR%;%HERE%target\lib\*"
rem Ahead-of-time cache (JDK 25), as ./aimaq makes it: one for the desktop app and one for the
rem commands, named after the jar's size and time so a cache made for another jar is never used;
rem the JVM also checks it and runs without it when it does not fit. The first run records what it
rem loads; the cache is then assembled (a few seconds, once) under a temporary name and moved into
rem place. The commands run on the C1 compiler alone (short runs). AIMAQ_AOT=off skips the cache.
set "KIND=app"
rem the desktop app: a heap that starts small and gives memory back after a large scenario, as ./aimaq
rem sets it (no native-heap trim: glibc only)
set "JIT=-Xms32m -XX:GCTimeRatio=4 -XX:MaxHeapFreeRatio=15 -XX:MinHeapFreeRatio=10 -XX:G1PeriodicGCInterval=10000"
if not "%~1"=="" if /i not "%~x1"==".aimaq" (
  set "KIND=cli"
  set "JIT="
  rem C1 alone; with the cache's training profiles it compiles at a method's first call, and the call adapters
  rem and stubs come from the cache, as ./aimaq says
  if /i not "%AIMAQ_JIT%"=="full" set "JIT=-XX:TieredStopAtLevel=1 -XX:+UnlockExperimentalVMOptions -XX:+AOTCompileEagerly -XX:+UnlockDiagnosticVMOptions -XX:+AOTAdapterCaching -XX:+AOTStubCaching"
)
for %%F in ("%JAR%") do set "STAMP=%%~zF-%%~tF"
rem and this launcher's time: a cache made with other JVM options is used without what they add
for %%F in ("%~f0") do set "STAMP=%STAMP%-%%~tF"
set "STAMP=%STAMP::=-%"
set "STAMP=%STAMP:/=-%"
set "STAMP=%STAMP:.=-%"
set "STAMP=%STAMP: =-%"
rem Native access only for runs that load native libraries (the app, a command given a GeoPackage),
rem and the same for the cache's assembly: JDK 25 refuses a cache made with other native access (see ./aimaq)
set "NATIVE="
if "%KIND%"=="app" set "NATIVE=--enable-native-access=ALL-UNNAMED"
for %%A in (%*) do if /i "%%~xA"==".gpkg" (
  set "NATIVE=--enable-native-access=ALL-UNNAMED"
  set "KIND=%KIND%-native"
)
set "AOT=%HERE%target\aimaq-%KIND%-%STAMP%.aot"
for %%C in ("%HERE%target\aimaq-%KIND%-*.aot") do if /i not "%%~fC"=="%AOT%" del /q "%%~fC" 2>nul
set "JOPTS=%JIT% %NATIVE% -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Daimaq.home="%HERE%." %AIMAQ_JAVA_OPTS%"
if /i "%AIMAQ_AOT%"=="off" (
  "%JAVA_HOME%\bin\java" %JOPTS% -cp "%CP%" kz.aimaq.Launcher %*
  exit /b %ERRORLEVEL%
)
if exist "%AOT%" (
  "%JAVA_HOME%\bin\java" -XX:AOTCache="%AOT%" -Xlog:aot=off -Xlog:cds=off %JOPTS% -cp "%CP%" kz.aimaq.Launcher %*
  exit /b %ERRORLEVEL%
)
set "CONF=%AOT%.%RANDOM%.aotconf"
rem -DisplayVMOutput: the record run would print "AOTConfiguration recorded" on standard output
"%JAVA_HOME%\bin\java" -XX:AOTMode=record -XX:AOTConfiguration="%CONF%" -Xlog:aot=off -Xlog:cds=off -XX:+UnlockDiagnosticVMOptions -XX:-DisplayVMOutput %JOPTS% -cp "%CP%" kz.aimaq.Launcher %*
set "RC=%ERRORLEVEL%"
if "%RC%"=="0" if exist "%CONF%" (
  "%JAVA_HOME%\bin\java" %JIT% %NATIVE% -XX:AOTMode=create -XX:AOTConfiguration="%CONF%" -XX:AOTCache="%AOT%.tmp" -Xlog:aot=off -Xlog:cds=off -cp "%CP%" >nul 2>&1 && move /y "%AOT%.tmp" "%AOT%" >nul
)
del /q "%CONF%" "%AOT%.tmp" 2>nul
exit /b %RC%
