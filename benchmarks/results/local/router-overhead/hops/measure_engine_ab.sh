#!/usr/bin/env bash
# The router's TTFT at c=1 against the upstream simulator, with the in-boundary engine as it was
# before 7be03ac (streams through the SDK's `post`) and as it is now, side by side: both trees are
# this checkout's HEAD, the "before" one with local_models/openai_engine.py from 7be03ac~1. Ray's
# workers import the tree named by PYTHONPATH (measure_hops.py --src), so each run measures its own
# tree. Runs alternate before, after, before, after; each writes hops-ab-<variant>-<n>.{json,md}.
# Usage: benchmarks/results/local/router-overhead/hops/measure_engine_ab.sh   (~6 minutes)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../../../../.." && pwd)
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d)
for variant in before after; do
  mkdir -p "$WORK/$variant" && git -C "$ROOT" archive HEAD | tar -x -C "$WORK/$variant"
done
git -C "$ROOT" show 7be03ac~1:local_models/openai_engine.py > "$WORK/before/local_models/openai_engine.py"
n=0
for variant in before after before after; do
  n=$((n + 1))
  "$ROOT/.venv/bin/python" "$HERE/measure_hops.py" --src "$WORK/$variant" --tag "ab-$variant-$n" --trace \
    --rounds ${ROUNDS:-4} --tokens-per-s 1000 | grep -E "^\| |Added"
done
rm -rf "$WORK"
