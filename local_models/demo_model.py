"""The random-weight demo model that lets the router start with no downloads.

`ensure_demo_model` builds a tiny Llama-architecture model and a byte-level BPE
tokenizer trained locally, and saves both with `save_pretrained`, so the real
transformers loading and generation path runs in tests, demos and benchmarks
without reaching a model hub. The weights are random: the text is meaningless.

The build is idempotent and atomic: it writes into a temporary directory next to
the target and renames it into place, so two processes starting at once both end
up with one complete model and never see a half-written one.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from local_models._atomic import build_once
from local_models._demo_corpus import demo_corpus
from local_models._hf import quiet_progress_bars
from local_models.settings import DEMO_MODEL_ID

if TYPE_CHECKING:
    from transformers import PreTrainedTokenizerFast

__all__ = ["DEMO_CHAT_TEMPLATE", "DEMO_SEED", "demo_model_dir", "ensure_demo_model"]

DEMO_SEED = 20240601
_VOCAB_SIZE = 1024
# Only a finished build is ever renamed into place, so these files mean it is whole.
_REQUIRED = ("config.json", "model.safetensors", "tokenizer.json", "README.md")
_MAX_POSITIONS = 4096

_BOS, _EOS, _PAD = "<|begin_of_text|>", "<|end_of_text|>", "<|pad|>"
_END_OF_TURN = "<|end|>"
_ROLE_TOKENS = ("<|system|>", "<|user|>", "<|assistant|>", "<|tool|>")

# Each role has its own branch rather than '<|' + role + '|>': the control tokens come
# only from the template, so `sanitize_control_tokens` can keep user text from forging a turn.
DEMO_CHAT_TEMPLATE = (
    "{{ bos_token }}"
    "{% for message in messages %}"
    "{% if message['role'] == 'system' %}<|system|>\n"
    "{% elif message['role'] == 'user' %}<|user|>\n"
    "{% elif message['role'] == 'assistant' %}<|assistant|>\n"
    "{% elif message['role'] == 'tool' %}<|tool|>\n"
    "{% else %}{{ raise_exception('Unknown role: ' + message['role']) }}{% endif %}"
    "{{ message['content'] }}<|end|>\n"
    "{% endfor %}"
    "{% if add_generation_prompt %}<|assistant|>\n{% endif %}"
)

_README = f"""# {DEMO_MODEL_ID}

DEMO WEIGHTS: this model's weights are random. It produces meaningless text and
must not be used to answer anyone.

It exists so that sovereign-router can start, and its tests and benchmarks can run,
without downloading a model: a tiny Llama-architecture network (hidden size 64,
2 layers, 4 attention heads, 2 key/value heads) with a byte-level BPE tokenizer
trained locally on a few hundred lines of public-service phrases. It was built by
`local_models.demo_model.ensure_demo_model` with seed {DEMO_SEED}.

Point `local.model_path` at a real open-weight model to answer requests.
"""


def demo_model_dir(data_dir: Path) -> Path:
    """Return where the demo model lives under a data directory (built or not)."""
    return data_dir / "models" / DEMO_MODEL_ID


def ensure_demo_model(data_dir: Path) -> Path:
    """Build the demo model under `data_dir` unless it is already there.

    Args:
        data_dir: The router's data directory; the model goes to
            `data_dir/models/local-demo-tiny/`.

    Returns:
        The model directory, complete and loadable with `from_pretrained`.

    Raises:
        BackendUnavailable: The model could not be built or moved into place.
    """
    return build_once(demo_model_dir(data_dir), _build, _REQUIRED, what="demo model")


def _build(directory: Path) -> None:
    import torch
    from transformers import GenerationConfig, LlamaConfig, LlamaForCausalLM

    tokenizer = _train_tokenizer()
    config = LlamaConfig(
        vocab_size=len(tokenizer),
        hidden_size=64,
        intermediate_size=128,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=2,
        max_position_embeddings=_MAX_POSITIONS,
        bos_token_id=tokenizer.bos_token_id,
        eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id,
        tie_word_embeddings=False,
    )
    stop_ids = [tokenizer.eos_token_id, tokenizer.convert_tokens_to_ids(_END_OF_TURN)]
    # fork_rng keeps the caller's global RNG untouched while the seed fixes the weights.
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(DEMO_SEED)
        model = LlamaForCausalLM(config)
        with torch.no_grad():
            # Zero logits for the end tokens: random logits elsewhere beat them almost
            # always, so demo answers run to max_tokens and lengths stay predictable.
            model.lm_head.weight[stop_ids] = 0.0
    model.generation_config = GenerationConfig(  # type: ignore[no-untyped-call]
        bos_token_id=tokenizer.bos_token_id,
        eos_token_id=stop_ids,
        pad_token_id=tokenizer.pad_token_id,
        do_sample=False,
    )
    with quiet_progress_bars():
        model.save_pretrained(directory)
        tokenizer.save_pretrained(directory)
    (directory / "README.md").write_text(_README, encoding="utf-8")


def _train_tokenizer() -> PreTrainedTokenizerFast:
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, processors, trainers
    from transformers import PreTrainedTokenizerFast

    special = [_BOS, _EOS, _PAD, _END_OF_TURN, *_ROLE_TOKENS]
    bpe = Tokenizer(models.BPE())
    bpe.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    bpe.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=_VOCAB_SIZE,
        special_tokens=special,
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    bpe.train_from_iterator(demo_corpus(), trainer=trainer)
    # Completions encode with add_special_tokens=True and so start with BOS, as Llama's do;
    # the chat template writes its own BOS and encodes without.
    bpe.post_processor = processors.TemplateProcessing(
        single=f"{_BOS} $A", pair=f"{_BOS} $A {_BOS} $B", special_tokens=[(_BOS, special.index(_BOS))]
    )
    return PreTrainedTokenizerFast(  # type: ignore[no-untyped-call]
        tokenizer_object=bpe,
        bos_token=_BOS,
        eos_token=_EOS,
        pad_token=_PAD,
        additional_special_tokens=[_END_OF_TURN, *_ROLE_TOKENS],
        chat_template=DEMO_CHAT_TEMPLATE,
        clean_up_tokenization_spaces=False,
        model_max_length=_MAX_POSITIONS,
    )
