#!/usr/bin/env bash
# Sets everything up (including Debian's Chromium for the browser test), then runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
if [ -x scripts/install-browser.sh ]; then
  scripts/install-browser.sh
fi
# shellcheck disable=SC1091
. .venv/bin/activate
export ANONYMIZED_TELEMETRY=False HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1
exec python -m pytest -q "$@"
