#!/usr/bin/env bash
# Every check CI makes: formatting, lints, and all tests (unit, integration, sample corpus).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo fmt --all --check
cargo clippy --release --locked --workspace --all-targets -- -D warnings
cargo test --release --locked --workspace
