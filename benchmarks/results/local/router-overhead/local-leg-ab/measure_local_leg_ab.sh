#!/usr/bin/env bash
# The local leg before and after (2026-12-06): an in-boundary model (engine openai) reached
# (before) through a LocalBackend replica with the SDK parsing every chunk, or (after) from the
# ingress itself reading the raw SSE lines. Both trees are built from this checkout's HEAD; the
# "before" tree has the two changes reverted (router/app.py deploys a replica for engine openai,
# router/local_leg.py calls it through its handle, local_models/openai_engine.py from a6e102b~1).
# The engine is the upstream simulator streaming as fast as it can, so the router's own cost is
# what shows: `bench load` at concurrency 1, 40 requests, direct then through the router, and the
# router process tree's CPU seconds read from /proc. Variants alternate: before, after, before, after.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../../../../.." && pwd)
PY=$ROOT/.venv/bin/python
OUT=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d)
for variant in before after; do
  mkdir -p "$WORK/$variant" && git -C "$ROOT" archive HEAD | tar -x -C "$WORK/$variant"
done
git -C "$ROOT" show a6e102b~1:local_models/openai_engine.py > "$WORK/before/local_models/openai_engine.py"
$PY - "$WORK/before" <<'PY'
import sys
root = sys.argv[1]
for path, old, new in [
    ("router/app.py", '        if model.engine == "openai":  # called from the ingress itself (router/local_leg.py)\n            continue\n', ""),
    ("router/local_leg.py", '    if settings.engine == "openai":\n', '    if settings.engine == "openai" and False:\n'),
]:
    text = open(f"{root}/{path}").read()
    assert text.count(old) == 1, path
    open(f"{root}/{path}", "w").write(text.replace(old, new))
PY
printf 'from router.cli import main\nmain()\n' > "$WORK/sr.py"
cpu() {  # CPU seconds used so far by process $1 and its descendants
  $PY - "$1" <<'PY'
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
run() {  # $1 variant, $2 port base
  local src=$WORK/$1 sim=$(($2 + 1)) port=$(($2 + 2)) run=$WORK/run-$1-$2
  mkdir -p "$run"
  cat > "$run/router.yaml" <<YAML
data_dir: $run/data
server: {port: $port, haproxy_stats_port: $(($2 + 3)), haproxy_metrics_port: $(($2 + 4))}
access: {enabled: true, dev_key: false}
local:
  model_id: local-demo-tiny
  max_context: 512
  models:
    - {engine: openai, model_id: sim-local, served_model_name: gpt-4.1-mini, url: "http://127.0.0.1:$sim/v1",
       in_boundary: true, max_context: 2048, num_cpus: 0.1}
YAML
  export PYTHONPATH=$src
  (cd "$src" && $PY "$WORK/sr.py" upstream-sim --port $sim > "$run/sim.log" 2>&1) & local sim_pid=$!
  export ROUTER_KEY=$(cd "$src" && $PY "$WORK/sr.py" keys create --department bench --role bench --config "$run/router.yaml" --json \
    | $PY -c "import json,sys; print(json.load(sys.stdin)['key'])")
  (cd "$src" && exec $PY "$WORK/sr.py" serve --config "$run/router.yaml" > "$run/router.log" 2>&1) & local router_pid=$!
  until curl -sf "http://127.0.0.1:$sim/v1/models" > /dev/null; do sleep 1; done
  until curl -sf "http://127.0.0.1:$port/readyz" > /dev/null; do sleep 1; done
  local common=(--concurrency 1 --num-requests 40 --prompt-words 32 --output-tokens 32 --seed 1 --no-progress --out "$run")
  echo "== $1, load $(cut -d' ' -f1-3 /proc/loadavg)"
  (cd "$src" && OPENAI_API_KEY=unused $PY "$WORK/sr.py" bench load --base-url "http://127.0.0.1:$sim/v1" --model gpt-4.1-mini \
    --name direct "${common[@]}") | grep -E "TTFT|output token"
  local before=$(cpu $router_pid)
  (cd "$src" && $PY "$WORK/sr.py" bench load --base-url "http://127.0.0.1:$port/v1" --model sim-local \
    --api-key-env ROUTER_KEY --header X-Sensitivity:personal --name router "${common[@]}") | grep -E "TTFT|output token"
  echo "router CPU ms per request: $($PY -c "print(round(($(cpu $router_pid) - $before) * 1000 / 40, 1))")"
  kill -TERM $router_pid $sim_pid; wait $router_pid $sim_pid || true
  unset PYTHONPATH
}
run before 18600; run after 18610; run before 18620; run after 18630
