"""Evaluation data for the classifier benchmark.

`classify_eval.jsonl` is committed and is the only file the benchmark reads at run
time. `build_eval_set` regenerates it at development time from faker's `en_GB`
provider, python-stdnum checksums and published test vectors (see PROVENANCE.md);
faker and python-stdnum are therefore development tools, never runtime dependencies.
"""
