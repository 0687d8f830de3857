#!/usr/bin/env bash
# Installs what the browser tests and `synapse verify` need on a Debian machine: Debian's Chromium.
# Playwright's own browser download is not used; the tests launch /usr/bin/chromium.
# Safe to run again: does nothing when /usr/bin/chromium is already there. Run as root.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  echo "chromium already installed: $(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium)"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "error: run as root (apt-get install needs it), e.g. sudo $0" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends chromium fonts-dejavu-core ca-certificates
/usr/bin/chromium --version
