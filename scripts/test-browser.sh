#!/usr/bin/env bash
# The web UI in a real browser: installs Debian's chromium when it is missing (apt-get) and
# playwright-core from npm (pinned in tests/browser/package-lock.json), then runs
# tests/browser/ui.test.mjs against target/release/concord. CONCORD_SCREENSHOTS=1 also
# refreshes docs/screenshots/.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromium >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ]; then
        apt-get install -y --no-install-recommends chromium >/dev/null
    else
        sudo apt-get install -y --no-install-recommends chromium >/dev/null
    fi
fi
(cd tests/browser && npm ci --no-audit --no-fund --silent)
(cd tests/browser && node ui.test.mjs "$PWD/../../target/release/concord")
