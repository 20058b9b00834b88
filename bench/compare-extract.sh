#!/usr/bin/env bash
# Concord's HTML extraction against Python trafilatura on the same pages in the same run:
# F1 (the AEB shingle metric) and throughput (pages/s, MB/s) of both, and concord's speed ratio.
#
#   bench/compare-extract.sh [--no-build] [--rounds N] [GOLD]
#
# GOLD defaults to ../shared/data/extraction-aeb/data.jsonl.gz (relative to the repo root).
# The Python side runs in target/bench-venv, created on first use with the pinned versions of
# bench/requirements-trafilatura.txt. Concord uses all cores (rayon; RAYON_NUM_THREADS to
# change); trafilatura runs with 1 process and with $(nproc) processes. An extra concord row
# with RAYON_NUM_THREADS=1 gives the single-core comparison.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

BUILD=1
ROUNDS=3
GOLD=""
while [[ $# -gt 0 ]]; do
    case "$1" in
        --no-build) BUILD=0; shift ;;
        --rounds) ROUNDS="$2"; shift 2 ;;
        -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        -*) echo "unknown option: $1" >&2; exit 2 ;;
        *) GOLD="$1"; shift ;;
    esac
done
GOLD="${GOLD:-../shared/data/extraction-aeb/data.jsonl.gz}"
[[ -f "$GOLD" ]] || { echo "gold file not found: $GOLD" >&2; exit 2; }

TRAFILATURA_VERSION="2.3.1"
REQS="bench/requirements-trafilatura.txt"
VENV="target/bench-venv"
PY="$VENV/bin/python"
BIN="target/release/concord"
NPROC="$(nproc)"

# --- Python environment (pinned) -------------------------------------------------------------
# shellcheck source=bench/common.sh
source bench/common.sh
ensure_venv
if ! "$PY" -c "import trafilatura, sys; sys.exit(trafilatura.__version__ != '$TRAFILATURA_VERSION')" 2>/dev/null; then
    echo "== installing trafilatura==$TRAFILATURA_VERSION into $VENV"
    "$PY" -m pip install --quiet --upgrade pip
    "$PY" -m pip install --quiet -r "$REQS"
fi

# --- concord ---------------------------------------------------------------------------------
build_concord

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT


echo "== gold: $GOLD ($(nproc) cores, $("$BIN" --version), python $("$PY" -c 'import platform; print(platform.python_version())'))"

echo "== concord eval extract"
check_idle "before this step"
"$BIN" eval extract --gold "$GOLD" | tee "$TMP/eval.txt"

echo "== concord bench extract (all cores)"
check_idle "before this step"
"$BIN" bench extract --gold "$GOLD" --rounds "$ROUNDS" --generated 0 | tee "$TMP/bench.txt"

echo "== concord bench extract (RAYON_NUM_THREADS=1)"
check_idle "before this step"
RAYON_NUM_THREADS=1 "$BIN" bench extract --gold "$GOLD" --rounds "$ROUNDS" --generated 0 | tee "$TMP/bench1.txt"

echo "== trafilatura, 1 process"
check_idle "before this step"
"$PY" bench/trafilatura_baseline.py "$GOLD" --config precision --processes 1 --rounds "$ROUNDS" --json \
    | tee "$TMP/py1.txt"

if [[ "$NPROC" -gt 1 ]]; then
    echo "== trafilatura, $NPROC processes"
    check_idle "before this step"
    "$PY" bench/trafilatura_baseline.py "$GOLD" --config precision --processes "$NPROC" --rounds "$ROUNDS" --json \
        | tee "$TMP/pyN.txt"
else
    cp "$TMP/py1.txt" "$TMP/pyN.txt"
fi

check_idle "at the end"
[[ "$BUSY" == 0 ]] || echo "WARNING: the machine was not idle during this run (see above); rerun for clean figures" >&2

# --- summary ---------------------------------------------------------------------------------
"$PY" - "$TMP" "$NPROC" <<'EOF'
import json, re, sys
tmp, nproc = sys.argv[1], int(sys.argv[2])

def text(name):
    return open(f"{tmp}/{name}", encoding="utf-8").read()

def concord_bench(name):
    m = re.search(r"threads: (\d+).*?gold pages: .*?: ([\d.]+) pages/s, ([\d.]+) MB/s", text(name), re.S)
    return int(m.group(1)), float(m.group(2)), float(m.group(3))

def py(name):
    return json.loads([l for l in text(name).splitlines() if l.startswith("{")][-1])

f1 = float(re.search(r"F1 ([\d.]+)", text("eval.txt")).group(1))
threads, c_pps, c_mbps = concord_bench("bench.txt")
_, c1_pps, c1_mbps = concord_bench("bench1.txt")
p1, pn = py("py1.txt"), py("pyN.txt")

rows = [
    (f"concord ({threads} threads)", f1, c_pps, c_mbps),
    ("concord (1 thread)", f1, c1_pps, c1_mbps),
    (f"trafilatura {p1['version']} (1 process)", p1["f1"], p1["pages_per_s"], p1["mb_per_s"]),
]
if nproc > 1:
    rows.append((f"trafilatura {pn['version']} ({pn['processes']} processes)", pn["f1"], pn["pages_per_s"], pn["mb_per_s"]))
w = max(len(r[0]) for r in rows)
print()
print(f"{'tool':<{w}}  {'F1':>5}  {'pages/s':>8}  {'MB/s':>7}")
for name, f, pps, mbps in rows:
    print(f"{name:<{w}}  {f:5.3f}  {pps:8.1f}  {mbps:7.2f}")
print()
print(f"concord ({threads} threads) vs trafilatura 1 process:           {c_pps / p1['pages_per_s']:5.1f}x pages/s")
if nproc > 1:
    print(f"concord ({threads} threads) vs trafilatura {pn['processes']} processes:         {c_pps / pn['pages_per_s']:5.1f}x pages/s")
print(f"concord (1 thread) vs trafilatura 1 process (single core): {c1_pps / p1['pages_per_s']:5.1f}x pages/s")
print(f"F1: concord {f1:.3f} vs trafilatura {p1['f1']:.3f} ({'equal or better' if f1 >= round(p1['f1'], 3) else 'WORSE'})")
EOF
