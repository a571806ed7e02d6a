#!/usr/bin/env bash
# Profile the ingress replica with py-spy while it streams local requests (engine openai -> the upstream
# simulator, as fast as it streams), c=1, authentication on, HAProxy mode. Raw collapsed stacks in
# $TMPDIR/profile-ingress-TAG/prof.txt. Usage: profile_ingress.sh [TAG] [REQUESTS] (profile.md: `base 1500`)
set -euo pipefail
cd "$(dirname "$0")/../../../../.."
TAG=${1:-base} N=${2:-600}
WORK=${TMPDIR:-/tmp}/profile-ingress-$TAG; rm -rf "$WORK"; mkdir -p "$WORK"
SIM=18741 PORT=18742
cat > $WORK/router.yaml <<YAML
data_dir: $WORK/data
server: {port: $PORT, haproxy_stats_port: 18743, haproxy_metrics_port: 18744}
access: {enabled: true, dev_key: false}
local:
  model_id: local-demo-tiny
  max_context: 512
  models:
    - {engine: openai, model_id: sim-local, served_model_name: gpt-4.1-mini, url: "http://127.0.0.1:$SIM/v1",
       in_boundary: true, max_context: 2048, num_cpus: 0.1}
YAML
.venv/bin/sovereign-router upstream-sim --port $SIM > $WORK/sim.log 2>&1 & SIM_PID=$!
export ROUTER_KEY=$(.venv/bin/sovereign-router keys create --department bench --role bench --config $WORK/router.yaml --json | .venv/bin/python -c "import json,sys; print(json.load(sys.stdin)['key'])")
.venv/bin/sovereign-router serve --config $WORK/router.yaml > $WORK/router.log 2>&1 & ROUTER_PID=$!
trap 'kill -TERM $ROUTER_PID $SIM_PID 2>/dev/null; wait' EXIT
until curl -sf http://127.0.0.1:$SIM/v1/models > /dev/null; do sleep 1; done
until curl -sf http://127.0.0.1:$PORT/readyz > /dev/null; do sleep 1; done
common=(--concurrency 1 --prompt-words 32 --output-tokens 32 --seed 1 --no-progress --out $WORK)
.venv/bin/sovereign-router bench load --base-url http://127.0.0.1:$PORT/v1 --model sim-local --api-key-env ROUTER_KEY --header X-Sensitivity:personal --name warm --num-requests 40 "${common[@]}" > /dev/null
ps -eo pid,args | grep -E "ServeReplica|HAProxy|haproxy" | grep -v grep > $WORK/ps.txt || true
REPLICA=$(ps -eo pid,args | grep "ServeReplica" | grep -iv "grep" | grep -i ingress | head -1 | awk '{print $1}')
echo "replica pid $REPLICA"; cat $WORK/ps.txt
.venv/bin/py-spy record --pid $REPLICA --format raw -o $WORK/prof.txt --duration ${DUR:-20} --rate 250 --nonblocking > $WORK/pyspy.log 2>&1 &
SPY=$!
.venv/bin/sovereign-router bench load --base-url http://127.0.0.1:$PORT/v1 --model sim-local --api-key-env ROUTER_KEY --header X-Sensitivity:personal --name run --num-requests $N "${common[@]}" | grep -E "TTFT|output token|duration|request"
wait $SPY || true
echo "load $(cat /proc/loadavg)"
