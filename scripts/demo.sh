#!/usr/bin/env bash
# Sets concord up on a fresh machine (Rust toolchain and Python's pip assumed, as on every
# machine here): builds it, fetches and installs its models, then runs the main job on the
# bundled sample corpus: ingest every article into the default store (analysis and stories
# across languages), list the stories, and serve the web UI and API on localhost (the
# address is printed; stop with Ctrl-C). CONCORD_ADDR changes the address.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-models.sh
concord=./target/release/concord
"$concord" ingest corpus/sample
"$concord" stories
exec "$concord" serve --addr "${CONCORD_ADDR:-127.0.0.1:8080}"
