#!/usr/bin/env bash
# Runs every test: generator unit and whole-site tests, lunr.js oracle tests, and browser tests in Chromium.
# Installs what the tests need when it is missing: Debian's chromium, lunr@2.3.9 for the Node oracle,
# and the W3C Nu Html Checker (vnu.jar, with a Java runtime).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Chromium (Debian package) for the browser tests…"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi
command -v node >/dev/null || { echo "Node.js 20+ is required for the lunr.js oracle tests." >&2; exit 1; }
if [ -f tests/oracle/package.json ] && [ ! -d tests/oracle/node_modules/lunr ]; then
  (cd tests/oracle && npm ci --no-audit --no-fund --silent)
fi
if [ ! -f tests/html-validator/node_modules/vnu-jar/build/dist/vnu.jar ]; then
  (cd tests/html-validator && npm install --no-audit --no-fund --silent)
fi
if [ ! -f tests/sarif/node_modules/@microsoft/sarif-multitool-linux/sarif-2.1.0.json ]; then
  (cd tests/sarif && npm install --no-audit --no-fund --ignore-scripts --silent)
fi
command -v java >/dev/null || { echo "Installing a Java runtime for the Nu Html Checker…"; SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"; $SUDO apt-get update -qq; DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq default-jre-headless >/dev/null; }

dotnet test Synapse.sln --nologo -v q "$@"
