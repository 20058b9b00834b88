#!/usr/bin/env python3
"""Python trafilatura baseline for concord's extraction benchmark.

Reads a gold JSON-lines file (optionally .gz) in the AEB format (id, url, html, optional
html_base64 = the page's original bytes when they were not UTF-8, expected_text), extracts each
page's main text with trafilatura, and prints one summary line with the benchmark's shingle
metric (the same as `concord eval extract`) and the throughput (the same accounting as
`concord bench extract`: MB = sum of the UTF-8 byte length of `html` / 1e6, wall time of the
extraction passes only, not of loading).

    python bench/trafilatura_baseline.py GOLD [--config precision] [--processes N] [--rounds N]
"""

import argparse
import base64
import gzip
import json
import multiprocessing as mp
import re
import sys
import time
from collections import Counter

import trafilatura

CONFIGS = {
    "default": {},
    "precision": {"favor_precision": True},
    "recall": {"favor_recall": True},
}

SHINGLE = 4
WORD = re.compile(r"\w+")


# ---------------------------------------------------------------- loading


def read_gold(path):
    opener = gzip.open if path.endswith(".gz") else open
    pages = []
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                pages.append(json.loads(line))
    return pages


def page_input(rec):
    """What trafilatura gets: the original bytes when the gold file has them (trafilatura decodes
    them itself, as concord decodes html_base64 inside its timed loop), else the html string."""
    b64 = rec.get("html_base64")
    if b64:
        try:
            return base64.b64decode(b64)
        except ValueError:
            pass
    return rec["html"]


# ---------------------------------------------------------------- extraction

_PAGES = None
_OPTS = None


def _extract(html, url, opts):
    return trafilatura.extract(
        html, url=url, include_comments=False, include_tables=True, **opts
    ) or ""


def _init_worker(pages, opts, warmup):
    global _PAGES, _OPTS
    _PAGES, _OPTS = pages, opts
    for html, url in pages[:warmup]:
        _extract(html, url, opts)


def _work(i):
    html, url = _PAGES[i]
    return i, _extract(html, url, _OPTS)


def run(pages, opts, processes, rounds, warmup=4):
    """Returns (predictions of the first round, wall seconds of all rounds)."""
    n = len(pages)
    preds = [None] * n
    if processes <= 1:
        _init_worker(pages, opts, warmup)
        start = time.perf_counter()
        for r in range(rounds):
            for i in range(n):
                _, text = _work(i)
                if r == 0:
                    preds[i] = text
        return preds, time.perf_counter() - start
    # Pages reach the workers before the clock starts (fork start method: inherited; else via the
    # initializer), so only the page index and the extracted text cross process boundaries in
    # the timed part, as a pool of persistent workers would do in a pipeline.
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    with ctx.Pool(processes, initializer=_init_worker, initargs=(pages, opts, warmup)) as pool:
        # Make sure every worker is up and warmed before timing.
        pool.map(_noop, range(processes * 4), chunksize=1)
        start = time.perf_counter()
        for r in range(rounds):
            for i, text in pool.imap_unordered(_work, range(n), chunksize=1):
                if r == 0:
                    preds[i] = text
        secs = time.perf_counter() - start
    return preds, secs


def _noop(_):
    time.sleep(0.05)
    return 0


# ---------------------------------------------------------------- metric


def shingles(text):
    tokens = WORD.findall(text or "")
    if not tokens:
        return Counter()
    if len(tokens) < SHINGLE:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1))


def score_document(predicted, expected):
    p, e = shingles(predicted), shingles(expected)
    tp = sum(min(c, e[k]) for k, c in p.items())
    fp = sum(max(c - e[k], 0) for k, c in p.items())
    fn = sum(max(c - p[k], 0) for k, c in e.items())
    return tp, fp, fn


def summarize(scores):
    """Same as concord_eval::extraction::summarize: per-document precision is 1.0 when there is
    no error at all (fp == fn == 0), else tp/(tp+fp) when the prediction is non-empty; recall is
    tp/(tp+fn) when the expectation is non-empty; each is averaged over the documents that have
    it, and F1 is the harmonic mean of the two averages."""
    precs, recs = [], []
    for tp, fp, fn in scores:
        if fp == 0 and fn == 0:
            precs.append(1.0)
        elif tp + fp > 0:
            precs.append(tp / (tp + fp))
        if tp + fn > 0:
            recs.append(tp / (tp + fn))
    p = sum(precs) / len(precs) if precs else 0.0
    r = sum(recs) / len(recs) if recs else 0.0
    f1 = 2 * p * r / (p + r) if p + r > 0 else 0.0
    return p, r, f1


# ---------------------------------------------------------------- main


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", help="AEB-format JSON lines, optionally .gz")
    ap.add_argument("--config", choices=sorted(CONFIGS), default="precision",
                    help="trafilatura setting: favor_precision (default), favor_recall or neither")
    ap.add_argument("--processes", type=int, default=1, help="worker processes (default 1)")
    ap.add_argument("--rounds", type=int, default=3, help="passes over the pages (default 3)")
    ap.add_argument("--predictions", help="write each page's text and score to this JSON-lines file")
    ap.add_argument("--json", action="store_true", help="also print the figures as one JSON line")
    args = ap.parse_args(argv)
    if args.processes < 1 or args.rounds < 1:
        ap.error("--processes and --rounds must be >= 1")

    records = read_gold(args.gold)
    pages = [(page_input(r), r.get("url")) for r in records]
    mb = sum(len(r["html"].encode("utf-8")) for r in records) / 1e6
    opts = CONFIGS[args.config]

    preds, secs = run(pages, opts, args.processes, args.rounds)

    scores = [score_document(p, r["expected_text"]) for p, r in zip(preds, records)]
    p, r, f1 = summarize(scores)
    n = len(records)
    total = n * args.rounds
    pps = total / secs
    mbps = mb * args.rounds / secs
    empty = sum(1 for t in preds if not t.strip())
    procs = f"{args.processes} process" + ("es" if args.processes != 1 else "")
    print(
        f"trafilatura {trafilatura.__version__} ({args.config}, {procs}): "
        f"P {p:.3f} R {r:.3f} F1 {f1:.3f} | {n} pages x {args.rounds} rounds, "
        f"{1000 * secs / total:.1f} ms/page, {pps:.1f} pages/s, {mbps:.2f} MB/s"
        + (f" ({empty} empty)" if empty else "")
    )
    if args.json:
        print(json.dumps({
            "tool": "trafilatura", "version": trafilatura.__version__, "config": args.config,
            "processes": args.processes, "rounds": args.rounds, "pages": n, "empty": empty,
            "mb": mb, "seconds": secs, "pages_per_s": pps, "mb_per_s": mbps,
            "precision": p, "recall": r, "f1": f1,
        }))
    if args.predictions:
        with open(args.predictions, "w", encoding="utf-8") as f:
            for rec, text, (tp, fp, fn) in zip(records, preds, scores):
                f.write(json.dumps({"id": rec.get("id"), "url": rec.get("url"), "predicted": text,
                                    "tp": tp, "fp": fp, "fn": fn}, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
