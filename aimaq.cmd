@echo off
rem Aimaq launcher for Windows: builds with Maven on first run, then starts the app
rem (no arguments) or a headless command (aimaq help).
setlocal
set "HERE=%~dp0"
if "%JAVA_HOME%"=="" (
  echo aimaq: set JAVA_HOME to a JDK 25 1>&2
  exit /b 2
)
if not exist "%HERE%target\aimaq.jar" (
  echo aimaq: building... 1>&2
  pushd "%HERE%" && call mvn -B -ntp -q -DskipTests package && popd
  if errorlevel 1 exit /b 2
)
"%JAVA_HOME%\bin\java" --enable-native-access=ALL-UNNAMED -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Daimaq.home="%HERE%." -cp "%HERE%target\aimaq.jar;%HERE%target\lib\*" kz.aimaq.Launcher %*
