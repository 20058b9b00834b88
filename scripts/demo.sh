#!/usr/bin/env bash
# Sets concord up on a fresh machine (Rust toolchain assumed, as on every machine here) and
# runs the main job on the bundled sample corpus: extract every article and print a summary.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --locked -p concord
./target/release/concord extract corpus/sample --format text "$@"
