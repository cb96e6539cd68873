#!/usr/bin/env bash
# Installs what the real-client tests need on a fresh machine: the Agents Playground from npm (pinned by
# package-lock.json) and Debian's Chromium for the few browser tests. Safe to run again: it skips what is there.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

if [ ! -x "$here/playground/node_modules/.bin/m365agentsplayground" ] && [ ! -f "$here/playground/node_modules/@microsoft/m365agentsplayground/cli.js" ]; then
  command -v npm >/dev/null || { echo "error: the real-client tests need Node.js and npm (apt-get install nodejs npm)." >&2; exit 1; }
  (cd "$here/playground" && npm ci --no-audit --no-fund --loglevel=error)
fi

if ! command -v chromium >/dev/null; then
  if [ "$(id -u)" = 0 ]; then apt_get="apt-get"; elif sudo -n true 2>/dev/null; then apt_get="sudo -n apt-get"; else
    echo "error: the browser tests need Debian's chromium: run 'sudo apt-get install -y chromium' once." >&2; exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  $apt_get update -qq
  $apt_get install -y -qq chromium >/dev/null
fi
