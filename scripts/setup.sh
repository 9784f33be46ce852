#!/usr/bin/env bash
# Sets everything up on a fresh machine: virtual environment, torch (CPU), the project with its
# model packages, and the search index. Safe to run again: it skips what is already done.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  echo "Creating the virtual environment in .venv"
  "$PYTHON" -m venv .venv
fi
# shellcheck disable=SC1091
. .venv/bin/activate

# pip warns once per package about this machine's optional local indexes; keep the real messages
quiet_pip() { python -m pip "$@" 2> >(grep -v "is ignored: it is neither a file nor a directory" >&2); }

stamp=".venv/.erasbot-installed"
wanted="$(sha256sum pyproject.toml | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$wanted" ]; then
  echo "Installing dependencies (torch CPU build first, so no CUDA build is pulled in)"
  quiet_pip install --quiet --upgrade pip
  quiet_pip install --quiet "torch==2.13.0"
  quiet_pip install --quiet -e '.[dev]'
  echo "$wanted" > "$stamp"
fi

export ANONYMIZED_TELEMETRY=False HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1
echo "Building the search index (only what changed is embedded)"
erasbot ingest
