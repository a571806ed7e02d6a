"""Catalogue look-ups, suggestions for unknown names, and config.json loading."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.sizing import (
    GPUS,
    MODELS,
    InvalidConfigError,
    UnknownGpuError,
    UnknownModelError,
    find_gpu,
    find_model,
    load_model_config,
)


@pytest.mark.parametrize("spec", MODELS, ids=lambda spec: spec.name)
def test_architecture_accounts_for_the_published_parameter_count(spec):
    # catches a mistyped layer count, width or vocabulary in the catalogue (MLA, shared experts and
    # DeepSeek's dense first layers included)
    assert spec.estimated_params == pytest.approx(spec.params, rel=0.015)


def test_mixtral_active_parameters_match_the_announced_12_9b():
    mixtral = find_model("mixtral-8x7b")
    assert mixtral.is_moe
    assert mixtral.active_params / 1e9 == pytest.approx(12.9, rel=0.01)
    assert find_model("llama-3.1-8b").active_params == find_model("llama-3.1-8b").params


def test_gpu_datasheet_figures():
    h100 = find_gpu("h100-sxm")
    assert (h100.memory_gb, h100.bandwidth_tb_s, h100.bf16_tflops, h100.fp8_tflops) == (80, 3.35, 989, 1979)
    assert find_gpu("a100-40gb").fp8_tflops is None
    assert {gpu.name for gpu in GPUS} >= {
        "H100-SXM",
        "H100-PCIe",
        "H200",
        "B200",
        "A100-80GB",
        "A100-40GB",
        "L40S",
        "L4",
    }
    assert all(gpu.source.startswith("https://") for gpu in GPUS)


@pytest.mark.parametrize(
    "name",
    [
        "llama-3.1-8b",
        "LLAMA-3.1-8B",
        "meta-llama/Llama-3.1-8B-Instruct",
        "Llama-3.1-8B-Instruct",
        " llama 3.1 8b",
    ],
)
def test_model_names_match_case_and_repository_forms(name):
    assert find_model(name).name == "Llama-3.1-8B"


def test_instruct_suffix_before_a_version_is_optional():
    assert find_model("mistral-7b-instruct-v0.3").name == "Mistral-7B-v0.3"
    assert find_model("gemma-2-9b-it").name == "Gemma-2-9B"


@pytest.mark.parametrize("name", ["h100-sxm", "H100 SXM", "h100sxm", "nvidia-h100-sxm"])
def test_gpu_names_match_loosely(name):
    assert find_gpu(name).name == "H100-SXM"


def test_unknown_model_suggests_close_names():
    with pytest.raises(UnknownModelError) as caught:
        find_model("llama-3.1-80b")
    message = str(caught.value)
    assert "did you mean" in message
    assert "Llama-3.1-8B" in message.split("Known models")[0]
    assert "config.json" in message


def test_unknown_gpu_suggests_close_names():
    with pytest.raises(UnknownGpuError) as caught:
        find_gpu("h100-pci")
    hint = str(caught.value).split("Known GPUs")[0]
    assert "H100-SXM" in hint and "H100-PCIe" in hint


def write_config(directory: Path, **fields: object) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "config.json"
    path.write_text(json.dumps(fields), encoding="utf-8")
    return path


TINY = {
    "num_hidden_layers": 2,
    "hidden_size": 64,
    "num_attention_heads": 4,
    "intermediate_size": 128,
    "vocab_size": 100,
    "max_position_embeddings": 2048,
}


def test_config_without_head_dim_or_kv_heads_falls_back_like_transformers(tmp_path):
    spec = load_model_config(write_config(tmp_path / "tiny", **TINY))
    assert spec.name == "tiny"
    assert spec.head_dim == 16  # 64 / 4
    assert spec.kv_heads == 4  # multi-head attention
    assert spec.max_context == 2048
    # embeddings 100 x 64 x 2 = 12,800; per layer: attention 64 x (64 + 2 x 64) + 64 x 64 = 16,384,
    # MLP 3 x 64 x 128 = 24,576; total 12,800 + 2 x 40,960
    assert spec.params == 94_720


def test_config_read_from_a_directory_with_gqa_and_experts(tmp_path):
    write_config(
        tmp_path / "moe",
        **TINY,
        num_key_value_heads=2,
        head_dim=32,
        num_local_experts=4,
        num_experts_per_tok=2,
        tie_word_embeddings=True,
    )
    spec = load_model_config(tmp_path / "moe")
    assert (spec.kv_heads, spec.head_dim, spec.experts, spec.experts_per_token) == (2, 32, 4, 2)
    # tied embeddings 6,400; attention 64 x (128 + 2 x 64) + 128 x 64 = 24,576; 4 experts x 24,576;
    # router 64 x 4 = 256; two layers
    assert spec.params == 6_400 + 2 * (24_576 + 4 * 24_576 + 256)


def test_multimodal_config_is_read_from_its_text_config(tmp_path):
    path = write_config(tmp_path / "vlm", architectures=["SomeVLM"], text_config=TINY)
    assert load_model_config(path, name="vlm").layers == 2


def test_config_missing_a_field_says_which(tmp_path):
    fields = {key: value for key, value in TINY.items() if key != "num_attention_heads"}
    with pytest.raises(InvalidConfigError, match="num_attention_heads"):
        load_model_config(write_config(tmp_path / "broken", **fields))


def test_config_that_is_not_json_or_missing(tmp_path):
    bad = tmp_path / "config.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(InvalidConfigError, match="not valid JSON"):
        load_model_config(bad)
    with pytest.raises(InvalidConfigError, match="cannot read"):
        load_model_config(tmp_path / "absent" / "config.json")


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("num_attention_heads", True),  # read as 1 head before
        ("hidden_size", 4096.5),  # truncated before
        ("hidden_size", 1e30),  # sized as -6.5e25 GB before
        ("num_hidden_layers", "2"),
        ("num_key_value_heads", 3),  # 4 heads are not shared by 3 KV heads
    ],
)
def test_a_config_size_that_is_not_a_whole_number_or_does_not_divide_is_refused(tmp_path, field, value):
    with pytest.raises(InvalidConfigError, match=field.split("_")[-1]):
        load_model_config(write_config(tmp_path / "odd", **{**TINY, field: value}))


def test_whole_floats_are_read_and_a_named_file_keeps_its_own_name(tmp_path):
    path = tmp_path / "models" / "fp8.json"
    path.parent.mkdir()
    path.write_text(json.dumps({**TINY, "hidden_size": 64.0}), encoding="utf-8")
    spec = load_model_config(path)
    assert (spec.hidden_size, spec.name) == (64, "fp8")  # not "models", shared with every file beside it


@pytest.mark.parametrize("name", ["rtx-6000", "a10g"])
def test_a_name_shared_with_another_card_is_not_guessed(name):
    # the Quadro RTX 6000 (Turing, 24 GB) is not the RTX 6000 Ada; AWS's A10G is not the A10
    with pytest.raises(UnknownGpuError):
        find_gpu(name)


def test_vendor_spellings_of_gpus_and_meta_repositories_resolve():
    assert find_gpu("MI300X OAM").name == "MI300X"
    assert find_model("meta-llama/Meta-Llama-3.1-70B-Instruct").name == "Llama-3.1-70B"
    assert find_model("Meta-Llama-3.1-8B-Instruct").name == "Llama-3.1-8B"


def test_a_config_stored_in_fp8_is_planned_in_fp8_by_default(tmp_path):
    fp8 = load_model_config(write_config(tmp_path / "fp8", **TINY, quantization_config={"quant_method": "fp8"}))
    assert (fp8.checkpoint_dtype, load_model_config(write_config(tmp_path / "bf16", **TINY)).checkpoint_dtype) == (
        "fp8", "bf16")
