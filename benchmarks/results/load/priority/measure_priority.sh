#!/usr/bin/env bash
# Priority classes under a flood: `bench load` from department Care (class `sensitive`, which a
# local model reserves half its slots for) alone, then beside a flood from department Bulk
# (class `standard`), and, as the control, the same flood beside department Other (class
# `standard`, no reservation). The local model is an in-boundary server: the project's upstream
# simulator paced at 50 tokens/s, so the router's admission is what is measured, not an
# engine's shared compute. Usage: benchmarks/results/load/priority/measure_priority.sh
set -euo pipefail
cd "$(dirname "$0")/../../../.."
OUT=benchmarks/results/load/priority
WORK=$(mktemp -d)
SIM_PORT=18521 ROUTER_PORT=18522
SR=.venv/bin/sovereign-router
cat > "$WORK/router.yaml" <<YAML
data_dir: $WORK/data
server: {port: $ROUTER_PORT, haproxy_stats_port: 18523, haproxy_metrics_port: 18524}
access: {enabled: true, dev_key: false}
policy:
  departments:
    "*": {}
    Care: {priority_class: sensitive}
local:
  model_id: local-demo-tiny
  max_context: 512
  models:
    - {engine: openai, model_id: dept-sim, served_model_name: gpt-4.1-mini, url: "http://127.0.0.1:$SIM_PORT/v1",
       in_boundary: true, max_ongoing_requests: 4, max_queued_requests: 512, reserved_shares: {sensitive: 0.5}}
YAML
key() { $SR keys create --department "$1" --role bench --config "$WORK/router.yaml" --json | .venv/bin/python -c "import json,sys; print(json.load(sys.stdin)['key'])"; }
export CARE_KEY=$(key Care) BULK_KEY=$(key Bulk) OTHER_KEY=$(key Other)
$SR upstream-sim --port $SIM_PORT --tokens-per-s 50 > "$WORK/sim.log" 2>&1 &
SIM_PID=$!
$SR serve --config "$WORK/router.yaml" > "$WORK/router.log" 2>&1 &
ROUTER_PID=$!
trap 'kill -TERM $ROUTER_PID $SIM_PID 2>/dev/null; wait' EXIT
until curl -sf "http://127.0.0.1:$SIM_PORT/v1/models" > /dev/null; do sleep 1; done
until curl -sf "http://127.0.0.1:$ROUTER_PORT/readyz" > /dev/null; do sleep 2; done
common=(--base-url "http://127.0.0.1:$ROUTER_PORT/v1" --model dept-sim --prompt-words 32 --output-tokens 16 --seed 1
        --no-progress --out "$OUT")
measured() {  # $1: report name, $2: env var holding the key, $3: target text
  $SR bench load "${common[@]}" --concurrency 2 --num-requests 40 --api-key-env "$2" --name "$1" --target "$3"
}
flood() {  # Bulk: 32 requests in flight, far more than the model's 4 slots, until killed
  $SR bench load "${common[@]}" --concurrency 32 --num-requests 0 --duration 600 --api-key-env BULK_KEY \
    --name "flood-$1" --target "Bulk flood (standard class), 32 in flight" > "$WORK/flood-$1.log" 2>&1 &
  FLOOD_PID=$!
  sleep 5  # the flood fills the shared slots and the queue
}
uptime
measured care-alone CARE_KEY "Care (class sensitive) alone"
flood care
measured care-flooded CARE_KEY "Care (class sensitive) beside a Bulk flood"
kill -TERM $FLOOD_PID; wait $FLOOD_PID || true  # TERM: a background job in a script ignores SIGINT
flood other
measured other-flooded OTHER_KEY "Other (class standard, no reservation) beside a Bulk flood"
kill -TERM $FLOOD_PID; wait $FLOOD_PID || true  # TERM: a background job in a script ignores SIGINT
uptime
