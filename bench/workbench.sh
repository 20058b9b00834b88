#!/usr/bin/env bash
# Workbench benchmarks: ingest throughput into a fresh store, store size per 1,000 articles,
# and API latency under 50 concurrent clients with wrk (Debian's `wrk`, installed when
# missing). Input: JSON lines of articles (default: the ECB+ dev set five times over, ids
# made unique, from ../shared/data).
set -euo pipefail
cd "$(dirname "$0")/.."
concord=./target/release/concord
work=$(mktemp -d)
input=${1:-}
if [ -z "$input" ]; then
    input=$work/articles.jsonl
    python3 - "$input" <<'PY'
import json, sys
rows = [json.loads(l) for l in open("../shared/data/clustering-ecbplus-dev/data.jsonl")]
with open(sys.argv[1], "w") as f:
    for k in range(5):
        for r in rows:
            f.write(json.dumps({"id": f"{r['id']}-{k}", "lang": r["lang"], "text": r["text"]}) + "\n")
PY
fi
command -v wrk >/dev/null || apt-get install -y wrk >/dev/null
db=$work/concord.db
start=$(date +%s.%N)
"$concord" ingest --db "$db" "$input"
end=$(date +%s.%N)
n=$(wc -l < "$input")
python3 -c "import os,sys; n=$n; s=$end-$start; size=sum(os.path.getsize(p) for p in ['$db','$db-wal'] if os.path.exists(p)); print(f'ingest: {n} articles in {s:.1f} s = {n/s:.0f} articles/s; store {size/1e6:.1f} MB = {size/1e6/n*1000:.1f} MB per 1,000 articles')"
"$concord" serve --db "$db" --addr 127.0.0.1:8097 > "$work/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$work"' EXIT
sleep 2
story=$(curl -s "http://127.0.0.1:8097/api/stories?lang=en" | python3 -c "import json,sys; print(json.load(sys.stdin)[0]['id'])")
# Cold: the first answer after an ingest (read from the store, computed, serialised).
for path in /api/stories "/api/stories/$story" "/story/$story" "/api/search?q=earthquake"; do
    printf '== cold GET %s: ' "$path"
    curl -s -o /dev/null -w '%{time_total} s\n' "http://127.0.0.1:8097$path"
done
# Warm: answers are kept until the store changes, so repeated reads are served from memory.
for path in /api/stories "/api/stories/$story" "/story/$story" "/api/search?q=earthquake"; do
    echo "== GET $path (50 connections, 10 s)"
    wrk -t2 -c50 -d10s --latency "http://127.0.0.1:8097$path" | grep -E "^ +(50|99)%|Requests/sec"
done
# Searches that are never the same (a counter in the query): every one reads the index.
cat > "$work/search.lua" <<'LUA'
words = {"earthquake", "police", "fire", "court", "election", "storm", "president", "bank",
         "rescue", "missile", "hospital", "killed"}
counter = 0
request = function()
    counter = counter + 1
    local q = words[(counter % #words) + 1]
    return wrk.format(nil, "/api/search?q=" .. q .. "&nocache=" .. counter)
end
LUA
echo "== GET /api/search, a different query each time (50 connections, 10 s)"
wrk -t2 -c50 -d10s --latency -s "$work/search.lua" "http://127.0.0.1:8097" | grep -E "^ +(50|99)%|Requests/sec"
