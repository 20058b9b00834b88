#!/usr/bin/env bash
# Sets concord up on a fresh machine (Rust toolchain and Python's pip assumed, as on every
# machine here): builds it, fetches and installs its models, then runs the main job on the
# bundled sample corpus: extract and analyse every article and print a summary.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-models.sh
./target/release/concord analyze corpus/sample --format text "$@"
