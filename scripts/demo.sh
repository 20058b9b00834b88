#!/usr/bin/env bash
# Sets concord up on a fresh machine (Rust toolchain and Python's pip assumed, as on every
# machine here): builds it, fetches and installs its models, then runs the main job on the
# bundled sample corpus: ingest every article into the default store (analysis and stories
# across languages), list the stories, and print the dossier of the largest one.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-models.sh
concord=./target/release/concord
"$concord" ingest corpus/sample
"$concord" stories
largest=$("$concord" stories --json | python3 -c 'import json,sys; print(max((json.loads(l) for l in sys.stdin), key=lambda s: s["size"])["id"])')
"$concord" story "$largest" --format md
