"""The analysis half of `measure_share.py`: each routed request joined with its trace, the
per-concurrency summary and the Markdown report.

Pure functions of what a run recorded (`raw` in its `share-<tag>.json.gz`), so a report can be
rebuilt from a committed result without re-running vLLM.
"""

from __future__ import annotations

import statistics
from typing import Any

__all__ = ["joined_requests", "markdown", "summarise"]


def _first_content(entries: list[list[Any]] | None) -> float | None:
    return next((t for t, content in entries or () if content), None)


def joined_requests(requests: list[dict[str, Any]], traces: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each request with its derived times (ms), from the client's row and both servers' records."""
    router = {t["id"]: t for t in traces if t.get("role") == "router" and "id" in t}
    vllm = {t["id"]: t for t in traces if t.get("role") == "vllm" and "id" in t}
    out = []
    for row in requests:
        if not row["ok"] or row["ttft_s"] is None:
            out.append({"id": row["id"], "target": row["target"], "concurrency": row["concurrency"], "ok": False})
            continue
        ttft = row["ttft_s"] * 1000.0
        first = row["sent"] + row["ttft_s"]
        item: dict[str, Any] = {"id": row["id"], "target": row["target"], "concurrency": row["concurrency"],
                                "ok": True, "ttft_ms": ttft}
        v = vllm.get(row["id"])
        v_content = _first_content(v["writes"]) if v else None
        if v is not None and v_content is not None:
            # From the request's body complete in vLLM's server (its head, where not noted).
            item["engine_vllm_ms"] = (v_content - v.get("body_in", v["in"])) * 1000.0
            item["beyond_vllm_ms"] = ttft - item["engine_vllm_ms"]
            writes = v["writes"]
            # vLLM's role chunk and first content chunk: the gap between their writes.
            if len(writes) >= 2 and not writes[0][1]:
                item["vllm_role_to_content_ms"] = (v_content - writes[0][0]) * 1000.0
        r = router.get(row["id"])
        if r is not None:
            content_in = _first_content(r.get("chunks"))
            written = r.get("body_write", r.get("body_written"))
            item["new_connection"] = "new_connection" in r
            steps = ("in", "gateway_in", "classify_in", "classified", "gate_in", "gate_out", "body_write")
            previous = row["sent"]
            for step in steps:  # the router's path before the engine, step by step
                if step in r:
                    item[f"to_{step}_ms"] = (r[step] - previous) * 1000.0
                    previous = r[step]
            if "body_write" in r and "body_written" in r:
                item["write_return_lag_ms"] = (r["body_written"] - r["body_write"]) * 1000.0
            if "gate_in" in r and "gate_out" in r:
                item["gate_wait_ms"] = (r["gate_out"] - r["gate_in"]) * 1000.0
            if content_in is not None and written is not None:
                item["engine_router_ms"] = (content_in - written) * 1000.0
                item["share_ms"] = ttft - item["engine_router_ms"]
                item["share_in_ms"] = (written - row["sent"]) * 1000.0
                item["share_out_ms"] = (first - content_in) * 1000.0
                item["router_in_ms"] = (r["in"] - row["sent"]) * 1000.0
                chunks = r["chunks"]
                if chunks and not chunks[0][1]:
                    item["router_role_to_content_ms"] = (content_in - chunks[0][0]) * 1000.0
            if v is not None and written is not None:
                item["written_to_vllm_in_ms"] = (v.get("body_in", v["in"]) - written) * 1000.0
            if v_content is not None and content_in is not None:
                item["vllm_write_to_router_ms"] = (content_in - v_content) * 1000.0
        out.append(item)
    # How many other routed requests were between arriving at the router and being written to
    # vLLM when this one arrived: requests queued on the router's own path (its event loop).
    spans = [(t["in"], t["body_write"]) for t in router.values() if "body_write" in t]
    for item in out:
        r = router.get(item["id"])
        if r is not None and "body_write" in r:
            item["router_queue_at_arrival"] = sum(1 for a, b in spans if a < r["in"] <= b)
    return out


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def _stats(values: list[float]) -> dict[str, Any]:
    if not values:
        return {"n": 0}
    return {"n": len(values), "p50": statistics.median(values), "p95": _pct(values, 0.95),
            "mean": statistics.fmean(values), "min": min(values), "max": max(values)}


def summarise(requests: list[dict[str, Any]], traces: list[dict[str, Any]], blocks: list[dict[str, Any]],
               concurrencies: list[int]) -> dict[str, Any]:
    joined = joined_requests(requests, traces)
    out: dict[str, Any] = {}
    fields = ("ttft_ms", "engine_router_ms", "share_ms", "share_in_ms", "share_out_ms", "router_in_ms",
              "gate_wait_ms", "engine_vllm_ms", "beyond_vllm_ms", "written_to_vllm_in_ms",
              "vllm_write_to_router_ms", "router_role_to_content_ms", "vllm_role_to_content_ms",
              "to_in_ms", "to_gateway_in_ms", "to_classify_in_ms", "to_classified_ms", "to_gate_in_ms",
              "to_gate_out_ms", "to_body_write_ms", "write_return_lag_ms", "router_queue_at_arrival")
    for c in concurrencies:
        entry: dict[str, Any] = {}
        for target in ("routed", "direct"):
            mine = [j for j in joined if j["concurrency"] == c and j["target"] == target]
            entry[target] = {"requests": len(mine), "failed": sum(not j["ok"] for j in mine),
                             "new_connections": sum(bool(j.get("new_connection")) for j in mine)}
            for name in fields:
                values = [j[name] for j in mine if name in j]
                if values:
                    entry[target][name] = _stats(values)
        mine_blocks = [b for b in blocks if b["concurrency"] == c]
        p50 = {t: [b["ttft_p50_ms"] for b in mine_blocks if b["target"] == t] for t in ("routed", "direct")}
        entry["side_by_side"] = {
            "routed_ttft_p50_ms_blocks": p50["routed"], "direct_ttft_p50_ms_blocks": p50["direct"],
            "added_ms": statistics.fmean(p50["routed"]) - statistics.fmean(p50["direct"]),
            "load_1min": [b["load_1min"] for b in mine_blocks],
            "routed_tok_per_s": [b["output_tok_per_s"] for b in mine_blocks if b["target"] == "routed"],
            "direct_tok_per_s": [b["output_tok_per_s"] for b in mine_blocks if b["target"] == "direct"],
            "replica_cpu_ms_per_request": [b["replica_cpu_ms_per_request"] for b in mine_blocks
                                           if b["target"] == "routed"],
            "haproxy_cpu_ms_per_request": [b["haproxy_cpu_ms_per_request"] for b in mine_blocks
                                           if b["target"] == "routed"],
        }
        routed, direct = entry["routed"], entry["direct"]
        if "beyond_vllm_ms" in routed and "beyond_vllm_ms" in direct:
            entry["net_added_p50_ms"] = routed["beyond_vllm_ms"]["p50"] - direct["beyond_vllm_ms"]["p50"]
        out[str(c)] = entry
    return out


def _f(stats: dict[str, Any] | None, key: str = "p50") -> str:
    return "-" if not stats or key not in stats else f"{stats[key]:.1f}"


def markdown(result: dict[str, Any]) -> str:
    s = result["summary"]
    ls, le = result["load_start"], result["load_end"]
    lines = [
        f"# The router's own share of TTFT per request, `{result['tag']}` (checkout {result['commit']}, "
        f"{result['started']})",
        "",
        f"vLLM CPU (SmolLM2-135M bf16) on CPU {result['engine_cpu']}, Ray, HAProxy and the router on CPU "
        f"{result['router_cpu']}, the load generator on CPU {result['client_cpu']}; "
        f"chat, 32-word prompts, 32 tokens, streaming; load average (1/5/15 min) {ls[0]:.2f}/{ls[1]:.2f}/{ls[2]:.2f} "
        f"at the start, {le[0]:.2f}/{le[1]:.2f}/{le[2]:.2f} at the end. Admission gate(s): {result['gates']}.",
        "",
        "Per routed request: router share = client TTFT - engine time as the router saw it (request written "
        "to vLLM -> vLLM's first content chunk parsed by the router's engine). Beyond vLLM = client TTFT - "
        "vLLM's own time (its uvicorn had the request's body -> wrote the first content chunk); for direct "
        "requests that is the client's own cost, and routed minus direct (p50s) is the router's net addition.",
        "",
        "| c | routed requests | client TTFT p50 ms | engine time (router) p50 ms | router share p50 / p95 ms "
        "| of which: in / out p50 ms | gate wait p95 ms | beyond vLLM routed p50 / p95 ms "
        "| beyond vLLM direct p50 / p95 ms | net added p50 ms | side by side added ms (routed / direct block p50s) |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for c, e in s.items():
        r, d, sbs = e["routed"], e["direct"], e["side_by_side"]
        lines.append(
            f"| {c} | {_f(r.get('share_ms'), 'n').split('.')[0]} | {_f(r.get('ttft_ms'))} | "
            f"{_f(r.get('engine_router_ms'))} | {_f(r.get('share_ms'))} / {_f(r.get('share_ms'), 'p95')} | "
            f"{_f(r.get('share_in_ms'))} / {_f(r.get('share_out_ms'))} | {_f(r.get('gate_wait_ms'), 'p95')} | "
            f"{_f(r.get('beyond_vllm_ms'))} / {_f(r.get('beyond_vllm_ms'), 'p95')} | "
            f"{_f(d.get('beyond_vllm_ms'))} / {_f(d.get('beyond_vllm_ms'), 'p95')} | "
            f"{e.get('net_added_p50_ms', float('nan')):+.1f} | {sbs['added_ms']:+.1f} "
            f"({', '.join(f'{v:.1f}' for v in sbs['routed_ttft_p50_ms_blocks'])} / "
            f"{', '.join(f'{v:.1f}' for v in sbs['direct_ttft_p50_ms_blocks'])}) |"
        )
    lines += ["", "Checks per concurrency (p50 / max ms unless said; routed requests):", ""]
    for c, e in s.items():
        r, d = e["routed"], e["direct"]
        lines.append(
            f"- c={c}: failed {r['failed']} routed / {d['failed']} direct; new connections to vLLM during "
            f"measured requests {r['new_connections']}; vLLM role chunk -> first content chunk written "
            f"{_f(r.get('vllm_role_to_content_ms'))} / {_f(r.get('vllm_role_to_content_ms'), 'max')}, parsed by "
            f"the router {_f(r.get('router_role_to_content_ms'))} / {_f(r.get('router_role_to_content_ms'), 'max')}; "
            f"request written -> vLLM parsed it {_f(r.get('written_to_vllm_in_ms'))} / "
            f"{_f(r.get('written_to_vllm_in_ms'), 'max')}; vLLM wrote the first content chunk -> router parsed it "
            f"{_f(r.get('vllm_write_to_router_ms'))} / {_f(r.get('vllm_write_to_router_ms'), 'p95')} (p95); "
            f"client sent -> router replica parsed the request {_f(r.get('router_in_ms'))}; gate wait "
            f"{_f(r.get('gate_wait_ms'))} / {_f(r.get('gate_wait_ms'), 'max')}; engine time vLLM's view "
            f"{_f(r.get('engine_vllm_ms'))}; tok/s routed "
            f"{', '.join(f'{v:.1f}' for v in e['side_by_side']['routed_tok_per_s'])}, direct "
            f"{', '.join(f'{v:.1f}' for v in e['side_by_side']['direct_tok_per_s'])}; load (1 min) per block "
            f"{', '.join(f'{v:.2f}' for v in e['side_by_side']['load_1min'])}"
        )
        lines.append(
            f"  - the router's way in, p50 ms per step: client sent -> replica parsed the head {_f(r.get('to_in_ms'))}"
            f" -> Gateway.handle {_f(r.get('to_gateway_in_ms'))} -> classification began "
            f"{_f(r.get('to_classify_in_ms'))} -> classified {_f(r.get('to_classified_ms'))} -> admission gate "
            f"{_f(r.get('to_gate_in_ms'))} -> slot {_f(r.get('to_gate_out_ms'))} -> request written to vLLM "
            f"{_f(r.get('to_body_write_ms'))}; other routed requests on that way when one arrived: p50 "
            f"{_f(r.get('router_queue_at_arrival'))}, p95 {_f(r.get('router_queue_at_arrival'), 'p95')}, max "
            f"{_f(r.get('router_queue_at_arrival'), 'max')}; httpcore's write returned after "
            f"{_f(r.get('write_return_lag_ms'))} / {_f(r.get('write_return_lag_ms'), 'p95')} (p95); "
            f"ingress replica CPU ms/request (routed blocks) "
            f"{', '.join(f'{v:.1f}' for v in e['side_by_side']['replica_cpu_ms_per_request'])}, HAProxy "
            f"{', '.join(f'{v:.1f}' for v in e['side_by_side']['haproxy_cpu_ms_per_request'])}; engine time "
            f"(vLLM's view) direct p50 {_f(d.get('engine_vllm_ms'))}"
        )
    if "profile_top" in result:
        prof = result["profile_top"]
        lines += ["", f"py-spy of the ingress replica during the first routed block at the highest concurrency "
                  f"({prof['samples']} samples; inclusive share per function, threads that wait for a core count "
                  f"as active; raw stacks in profile-share-{result['tag']}.txt.gz):", ""]
        lines += [f"- {share * 100:.1f}% {name}" for name, share in prof["inclusive"]]
    lines.append("")
    return "\n".join(lines)
