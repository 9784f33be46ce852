#!/usr/bin/env bash
# Sets everything up, then starts the Streamlit app on http://127.0.0.1:8501
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
# shellcheck disable=SC1091
. .venv/bin/activate
export ANONYMIZED_TELEMETRY=False HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1
exec streamlit run app.py --server.address "${ERASBOT_HOST:-127.0.0.1}" --server.port "${ERASBOT_PORT:-8501}"
