"""Restoration as a pure function: whole answers, streamed chunks split anywhere, and no shared state."""

from __future__ import annotations

import itertools
import json
import threading
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hosted.redaction import Redaction, redact, values_present
from tests.unit.hosted.redaction_cases import HYPOTHESIS, NAME, NHS, POSTCODE, VALUES, chat, restore_body, strings, user


@pytest.fixture(scope="module")
def redaction() -> Redaction:
    body = chat(user(f"{NAME}, {NHS}, {POSTCODE}; and Ann Lee"))
    return redact(body, [*VALUES, ("PERSON", "Ann Lee")])


@pytest.mark.parametrize(
    ("answer", "restored"),
    [
        ("Dear <PERSON_1>.", f"Dear {NAME}."),
        ("<PERSON_1 >, < PERSON_1>, < PERSON_1 >", f"{NAME}, {NAME}, {NAME}"),
        ("PERSON_1 and (PERSON_2)", f"{NAME} and (Ann Lee)"),
        ("call get_PERSON_1", f"call get_{NAME}"),
        ("[UK_NHS_NUMBER_1]", f"[{NHS}]"),
        ("<<PERSON_1>>", f"<{NAME}>"),
        # not this request's placeholders, or not placeholders at all: left as they are
        ("<PERSON_3> PERSON_12 XPERSON_1 PERSON_1X person_1 <Person_1>", None),
        ("<PERSON_1", f"<{NAME}"),  # cut short: the bare token is still ours
        ("<  PERSON_1>", f"<  {NAME}>"),  # two spaces: not an echo; the bare token inside still is
        ("<EMAIL_ADDRESS_1>", None),
    ],
)
def test_restore_accepts_echoes_of_our_placeholders_only(redaction: Redaction, answer: str, restored: str) -> None:
    assert redaction.restore(answer) == (answer if restored is None else restored)


def test_json_arguments_are_restored_escaped() -> None:
    address = '1 "High" Street\nLondon'
    redaction = redact(chat(user(f"Send to {address}")), [("UK_STREET_ADDRESS", address)])
    assert redaction.body["messages"][0]["content"] == "Send to <UK_STREET_ADDRESS_1>"
    arguments = json.dumps({"to": "<UK_STREET_ADDRESS_1>"})
    assert json.loads(redaction.restore(arguments, json_string=True)) == {"to": address}


def test_restore_response_restores_choices_and_leaves_the_api_fields(redaction: Redaction) -> None:
    response = {
        "id": "chatcmpl-PERSON_1",
        "object": "chat.completion",
        "model": "gpt-4.1-mini",
        "service_tier": "priority",
        "choices": [
            {
                "index": 0,
                "finish_reason": "tool_calls",
                "message": {
                    "role": "assistant",
                    "content": "For <PERSON_1>:",
                    "refusal": None,
                    "tool_calls": [
                        {
                            "id": "call_PERSON_1",
                            "type": "function",
                            "function": {"name": "find_PERSON_1", "arguments": '{"nhs": "<UK_NHS_NUMBER_1>"}'},
                        }
                    ],
                },
            }
        ],
        "usage": {"prompt_tokens": 3},
    }
    restored = redaction.restore_response(response)
    message = restored["choices"][0]["message"]
    assert message["content"] == f"For {NAME}:"
    assert message["tool_calls"][0]["function"] == {"name": f"find_{NAME}", "arguments": f'{{"nhs": "{NHS}"}}'}
    assert message["tool_calls"][0]["id"] == "call_PERSON_1"  # the API's id, left as the stream leaves it
    assert {k: v for k, v in restored.items() if k != "choices"} == {
        k: v for k, v in response.items() if k != "choices"
    }
    assert response["choices"][0]["message"]["content"] == "For <PERSON_1>:"  # the input is left as it was
    completion = {"object": "text_completion", "choices": [{"index": 0, "text": "<UK_POSTCODE_1>", "logprobs": None}]}
    assert redaction.restore_response(completion)["choices"][0]["text"] == POSTCODE


def test_without_placeholders_restoration_is_the_identity() -> None:
    redaction = redact(chat(user("hello")), [])
    assert redaction.restore("<PERSON_1>") == "<PERSON_1>" and redaction.hold_limit == 0
    stream = redaction.stream_restorer()
    assert stream.feed("<PERS") == "<PERS" and stream.flush() == ""


# --- streaming ---------------------------------------------------------------------------------------


def stream_all(redaction: Redaction, pieces: list[str], *, json_string: bool = False) -> str:
    stream = redaction.stream_restorer(json_string=json_string)
    return "".join(stream.feed(piece) for piece in pieces) + stream.flush()


def test_a_placeholder_split_across_chunks_is_restored(redaction: Redaction) -> None:
    assert stream_all(redaction, ["Dear <PER", "SON_", "1>, ", "your number is UK_NHS", "_NUMBER_1."]) == (
        f"Dear {NAME}, your number is {NHS}."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a<PERSON_1 >", f"a{NAME}"),
        ("PERSON_2x_P2", "PERSON_2x_P2"),
        ("<PERSON_12>", "<PERSON_12>"),
        ("_PERSON_2<", "_Ann Lee<"),
    ],
)
def test_every_chunking_of_a_short_text_restores_as_the_whole(redaction: Redaction, text: str, expected: str) -> None:
    assert redaction.restore(text) == expected
    for cuts in itertools.product((False, True), repeat=len(text) - 1):  # every one of the 2^(n-1) chunkings
        bounds = [0, *(i + 1 for i, cut in enumerate(cuts) if cut), len(text)]
        assert stream_all(redaction, [text[a:b] for a, b in itertools.pairwise(bounds)]) == expected


def test_the_stream_holds_back_no_more_than_a_placeholder(redaction: Redaction) -> None:
    stream = redaction.stream_restorer()
    for char in "Plain text streams through; <PERSON_1> and < UK_POSTCODE_1 > too. UK_NHS_NUMBER_1" * 20:
        stream.feed(char)
        assert stream.held <= redaction.hold_limit
    assert redaction.hold_limit == len("UK_NHS_NUMBER_1") + 3
    stream = redaction.stream_restorer()
    assert stream.feed("No placeholder here.") == "No placeholder here."  # nothing held back
    assert stream.feed(" P") == " " and stream.feed("ERSON") == "" and stream.feed("AL") == "PERSONAL"


def test_a_piece_that_ends_on_a_tokens_first_letter_is_held_and_nothing_else(redaction: Redaction) -> None:
    # The held tail must begin with "<" or a token's first letter (P, U); any other character is passed at once.
    stream = redaction.stream_restorer()
    assert stream.feed("ref U") == "ref " and stream.held == 1
    assert stream.feed("K_NHS_NUMBER_1 and P") == f"ref {NHS} and "[4:] and stream.held == 1
    assert stream.feed("ERSON_2 x <") == "Ann Lee x " and stream.held == 1
    assert stream.feed(" PERSON_1 >!") == f"{NAME}!" and stream.held == 0
    assert stream.feed("Q") == "Q" and stream.feed("K_") == "K_" and stream.flush() == ""


def test_streamed_json_arguments_are_escaped() -> None:
    address = 'Flat "A"\n1 High Street'
    redaction = redact(chat(user(address)), [("UK_STREET_ADDRESS", address)])
    arguments = '{"to": "<UK_STREET_ADDRESS_1>"}'
    pieces = [arguments[i : i + 3] for i in range(0, len(arguments), 3)]
    assert json.loads(stream_all(redaction, pieces, json_string=True)) == {"to": address}


def chunk(index: int, finish: str | None = None, **delta: Any) -> dict[str, Any]:
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion.chunk",
        "model": "gpt-4.1-mini",
        "choices": [{"index": index, "delta": delta, "finish_reason": finish}],
    }


def test_chunk_restorer_holds_per_choice_and_tool_call_and_flushes_at_finish(redaction: Redaction) -> None:
    restorer = redaction.chunk_restorer()
    stream = [
        chunk(0, role="assistant", content=""),
        chunk(1, content="Ann: <PERSON_"),
        chunk(0, content="Hello <PER"),
        chunk(1, content="2> ok <UK"),
        chunk(0, content="SON_1> <UK_POSTCODE_1"),
        chunk(0, tool_calls=[{"index": 0, "id": "c", "type": "function", "function": {"name": "f", "arguments": ""}}]),
        chunk(0, tool_calls=[{"index": 0, "function": {"arguments": '{"n": "<UK_NHS_'}}]),
        chunk(0, tool_calls=[{"index": 0, "function": {"arguments": 'NUMBER_1>"}'}}]),
        chunk(1, finish="stop"),
        chunk(0, finish="tool_calls"),
        {"id": "chatcmpl-1", "object": "chat.completion.chunk", "choices": [], "usage": {"total_tokens": 9}},
    ]
    out = [restorer.restore_chunk(c) for c in stream]
    content = {0: "", 1: ""}
    arguments = ""
    for c in out:
        for choice in c["choices"]:
            content[choice["index"]] += choice["delta"].get("content") or ""
            for call in choice["delta"].get("tool_calls") or []:
                arguments += call["function"].get("arguments") or ""
    assert content == {0: f"Hello {NAME} <{POSTCODE}", 1: "Ann: Ann Lee ok <UK"}
    assert json.loads(arguments) == {"n": NHS}
    assert out[8]["choices"][0]["delta"] == {"content": "<UK"}  # the held tail goes out with the finish
    assert out[-1] == stream[-1] and restorer.close() == []
    assert stream[2]["choices"][0]["delta"]["content"] == "Hello <PER"  # chunks are copied, not changed


def test_completion_chunks_and_a_stream_cut_short(redaction: Redaction) -> None:
    restorer = redaction.chunk_restorer()
    first = {
        "id": "cmpl-1",
        "object": "text_completion",
        "choices": [{"index": 0, "text": "to <UK_POST", "finish_reason": None}],
    }
    assert restorer.restore_chunk(first)["choices"][0]["text"] == "to "
    last = {
        "id": "cmpl-1",
        "object": "text_completion",
        "choices": [{"index": 0, "text": "CODE_1>", "finish_reason": "stop"}],
    }
    assert restorer.restore_chunk(last)["choices"][0]["text"] == POSTCODE
    cut = redaction.chunk_restorer()
    cut.restore_chunk(chunk(0, content="Dear PERSON"))
    assert cut.close() == [
        {
            "id": "chatcmpl-1",
            "object": "chat.completion.chunk",
            "model": "gpt-4.1-mini",
            "choices": [{"index": 0, "finish_reason": None, "delta": {"content": "PERSON"}}],
        }
    ]


# --- properties --------------------------------------------------------------------------------------

POOL = [
    ("PERSON", "Jane Doe"),
    ("PERSON", "Ann Lee"),
    ("PERSON", "Zoë O'Brien"),
    ("UK_NHS_NUMBER", "943 476 5919"),
    ("UK_NHS_NUMBER", "401 023 2137"),
    ("UK_POSTCODE", "SW1A 1AA"),
    ("EMAIL_ADDRESS", "jane.doe@example.org"),
    ("PHONE_NUMBER", "+44 20 7946 0958"),
]
FILLER = st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\x00"), max_size=40)


@st.composite
def texts_with_values(draw: st.DrawFn) -> tuple[str, list[tuple[str, str]]]:
    chosen = draw(st.lists(st.sampled_from(POOL), max_size=4))
    pieces = [draw(FILLER)]
    for _, value in chosen:
        pieces += [" ", value, " ", draw(FILLER)]
    return "".join(pieces), chosen


@HYPOTHESIS
@given(items=st.lists(texts_with_values(), min_size=1, max_size=4), as_parts=st.booleans())
def test_restore_after_redact_gives_the_body_back(
    items: list[tuple[str, list[tuple[str, str]]]], as_parts: bool
) -> None:
    texts = [text for text, _ in items]
    values = [value for _, chosen in items for value in chosen]
    messages = [user(text) for text in texts[1:]]
    first = [{"type": "text", "text": texts[0]}, {"type": "text", "text": "."}] if as_parts else texts[0]
    body = chat(user(first), *messages, stop=texts[0][:8] or None)
    redaction = redact(body, values)
    assert restore_body(redaction, redaction.body) == body
    if redaction.complete:
        assert values_present(redaction.body, values) == ()
        for _, value in values:
            assert all(value not in s for s in strings(redaction.body))


PLACEHOLDER_BITS = ["<", ">", " ", "PERSON_1", "PERSON_2", "UK_NHS_NUMBER_1", "_", "1", "x", "P", "<PERSON_1>", "é"]


@HYPOTHESIS
@given(
    text=st.lists(st.sampled_from(PLACEHOLDER_BITS), max_size=12).map("".join),
    cuts=st.sets(st.integers(min_value=1, max_value=80)),
    json_string=st.booleans(),
)
def test_streaming_any_chunking_equals_whole_text_restoration(text: str, cuts: set[int], json_string: bool) -> None:
    redaction = redact(chat(user(f"{NAME}, Ann Lee, {NHS}")), [*VALUES, ("PERSON", "Ann Lee")])
    bounds = [0, *sorted(c for c in cuts if c < len(text)), len(text)]
    pieces = [text[a:b] for a, b in itertools.pairwise(bounds)]
    assert stream_all(redaction, pieces, json_string=json_string) == redaction.restore(text, json_string=json_string)


@HYPOTHESIS
@given(first=st.sampled_from(POOL), second=st.sampled_from(POOL))
def test_two_redactions_never_share_state(first: tuple[str, str], second: tuple[str, str]) -> None:
    body = chat(user(f"{first[1]} / {second[1]}"))
    one, two = redact(body, [first]), redact(body, [second])
    answer = f"<{first[0]}_1> and <{second[0]}_1>"  # the same text means a different value to each
    assert one.restore(answer) == answer.replace(f"<{first[0]}_1>", first[1])
    assert two.restore(answer) == answer.replace(f"<{second[0]}_1>", second[1])


def test_concurrent_redactions_never_see_each_others_values() -> None:
    errors: list[str] = []

    def work(worker: int) -> None:
        for n in range(40):
            name = f"Person{worker}x{n} Example"
            redaction = redact(chat(user(f"Write to {name} today.")), [("PERSON", name)])
            answer = redaction.body["messages"][0]["content"]
            stream = redaction.chunk_restorer()
            streamed = stream.restore_chunk(chunk(0, "stop", content=answer))["choices"][0]["delta"]["content"]
            if redaction.restore(answer) != f"Write to {name} today." or streamed != f"Write to {name} today.":
                errors.append(f"worker {worker} request {n}")

    threads = [threading.Thread(target=work, args=(worker,)) for worker in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
