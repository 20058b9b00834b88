#!/usr/bin/env bash
# How much the stories depend on arrival order: the sample corpus clustered in N random
# orders (default 10), each scored against the stories of the corpus read in its own
# order (all right, as tests/sample_corpus.rs checks). Prints BCubed F1 per order.
set -euo pipefail
cd "$(dirname "$0")/.."
concord=./target/release/concord
n=${1:-10}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$concord" ingest --db "$work/s.db" corpus/sample 2>/dev/null
python3 - "$work" "$n" <<'PY'
import json, random, sqlite3, sys
work, n = sys.argv[1], int(sys.argv[2])
rows = []
for (r,) in sqlite3.connect(f"{work}/s.db").execute("select record from articles order by seq"):
    a = json.loads(r)
    rows.append({"id": a["id"], "lang": a.get("lang"), "title": a.get("title"),
                 "published": a.get("published"), "text": a["text"], "story_id": a["story"]["id"]})
for seed in range(n):
    random.Random(seed).shuffle(rows)
    with open(f"{work}/order{seed}.jsonl", "w") as f:
        f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
PY
for k in $(seq 0 $((n - 1))); do
    "$concord" eval cluster --gold "$work/order$k.jsonl" 2>/dev/null | awk '/BCubed/ {print $7}'
done | python3 -c "
import sys
v = [float(x) for x in sys.stdin]
print(f'{sum(x >= 0.9999 for x in v)} of {len(v)} orders all right; mean BCubed F1 {sum(v)/len(v):.3f}; worst {min(v):.3f}')"
