"""Redaction as a pure function: placement of every value and the safety check."""

from __future__ import annotations

import json

import pytest

from hosted.redaction import redact, values_present
from tests.unit.hosted.redaction_cases import NAME, NHS, POSTCODE, VALUES, chat, user

FULL_BODY = chat(
    {"role": "system", "content": f"You help {NAME}.", "name": "Jane"},
    user([{"type": "text", "text": f"My NHS number is {NHS}"}, {"type": "text", "text": f", I live at {POSTCODE}."}]),
    {
        "role": "assistant",
        "tool_calls": [
            {
                "id": "call_Jane",
                "type": "function",
                "function": {"name": "lookup_Jane", "arguments": json.dumps({"nhs": NHS, "who": NAME})},
            }
        ],
    },
    {"role": "tool", "tool_call_id": "call_Jane", "content": f"Doe, Jane: {NHS.replace(' ', '-')}"},
    tools=[
        {
            "type": "function",
            "function": {
                "name": "lookup_Jane",
                "description": f"Find {NAME}",
                "parameters": {"type": "object", "properties": {NAME: {"type": "string", "enum": [POSTCODE]}}},
            },
        }
    ],
    stop=[NAME],
)
FULL_VALUES = [*VALUES, ("PERSON", "Jane"), ("PERSON", "Doe")]


# --- placement ---------------------------------------------------------------------------------------


def test_every_text_string_is_redacted_and_schema_words_are_not() -> None:
    redaction = redact(FULL_BODY, FULL_VALUES)
    body = redaction.body
    assert redaction.complete and redaction.remaining_kinds() == ()
    everything = json.dumps(body)
    for _, value in FULL_VALUES:
        assert value not in everything
    assert "9434765919" not in everything and "943-476-5919" not in everything
    system, parts, assistant, tool = body["messages"]
    assert system == {"role": "system", "content": "You help <PERSON_1>.", "name": "PERSON_2"}
    assert parts["content"] == [
        {"type": "text", "text": "My NHS number is <UK_NHS_NUMBER_1>"},
        {"type": "text", "text": ", I live at <UK_POSTCODE_1>."},
    ]
    call = assistant["tool_calls"][0]
    assert call["id"] == "call_PERSON_2" and call["function"]["name"] == "lookup_PERSON_2"
    assert json.loads(call["function"]["arguments"]) == {"nhs": "<UK_NHS_NUMBER_1>", "who": "<PERSON_1>"}
    assert tool == {
        "role": "tool",
        "tool_call_id": "call_PERSON_2",
        "content": "<PERSON_3>, <PERSON_2>: <UK_NHS_NUMBER_1>",
    }
    function = body["tools"][0]["function"]
    assert function["description"] == "Find <PERSON_1>"
    assert function["parameters"] == {
        "type": "object",
        "properties": {"<PERSON_1>": {"type": "string", "enum": ["<UK_POSTCODE_1>"]}},
    }
    assert body["stop"] == ["<PERSON_1>"]
    assert body["model"] == "gpt-4.1-mini" and [m["role"] for m in body["messages"]] == [
        "system",
        "user",
        "assistant",
        "tool",
    ]
    assert redaction.kinds == {"PERSON": 3, "UK_NHS_NUMBER": 1, "UK_POSTCODE": 1}


def test_the_client_body_is_left_unchanged() -> None:
    before = json.dumps(FULL_BODY)
    redact(FULL_BODY, FULL_VALUES)
    assert json.dumps(FULL_BODY) == before


def test_one_placeholder_per_value_across_messages_and_numbered_per_kind() -> None:
    body = chat(user(f"{NAME} and Ann Lee"), {"role": "assistant", "content": f"Ann Lee? {NAME}?"}, user(NAME))
    redaction = redact(body, [("PERSON", NAME), ("PERSON", "Ann Lee"), ("PERSON", NAME)])
    assert [m["content"] for m in redaction.body["messages"]] == [
        "<PERSON_1> and <PERSON_2>",
        "<PERSON_2>? <PERSON_1>?",
        "<PERSON_1>",
    ]
    assert redaction.replaced == 5 and redaction.kinds == {"PERSON": 2}


def test_longer_values_win_and_partial_overlaps_merge() -> None:
    body = chat(user("Jane Doe met Doe; Ann Lee Smith wrote to Lee Smith."))
    redaction = redact(body, [("PERSON", "Doe"), ("PERSON", NAME), ("PERSON", "Ann Lee"), ("PERSON", "Lee Smith")])
    content = redaction.body["messages"][0]["content"]
    assert content == "<PERSON_1> met <PERSON_2>; <PERSON_3> wrote to <PERSON_4>."
    assert redaction.restore(content) == "Jane Doe met Doe; Ann Lee Smith wrote to Lee Smith."
    assert redaction.complete


@pytest.mark.parametrize(
    ("listed", "written"),
    [
        (NHS, "9434765919"),
        (NHS, "943-476-5919"),
        (NHS, "943.476.5919"),
        ("9434765919", NHS),
        (POSTCODE, "sw1a 1aa"),
        (POSTCODE, "SW1A1AA"),
        (NAME, "JANE DOE"),
        (NAME, "Jane\u00a0Doe"),
        ("jane doe", "Jane Doe"),
        ("jane.doe@example.org", "Jane.Doe@Example.org"),
    ],
)
def test_spacing_separator_and_case_variants_share_the_placeholder(listed: str, written: str) -> None:
    body = chat(user(f"first {listed}, then {written}."))
    redaction = redact(body, [("VALUE", listed)])
    assert redaction.body["messages"][0]["content"] == "first <VALUE_1>, then <VALUE_1>."
    assert redaction.complete


def test_listed_forms_of_one_value_share_a_placeholder_and_restore_as_the_first() -> None:
    body = chat(user(f"{NHS} or 9434765919"))
    redaction = redact(body, [("UK_NHS_NUMBER", "9434765919"), ("UK_NHS_NUMBER", NHS)])
    assert redaction.body["messages"][0]["content"] == "<UK_NHS_NUMBER_1> or <UK_NHS_NUMBER_1>"
    assert redaction.restore("<UK_NHS_NUMBER_1>") == "9434765919"


def test_a_name_that_is_a_word_does_not_swallow_the_word() -> None:
    redaction = redact(chat(user("May asked if she may go. MAY agreed.")), [("PERSON", "May")])
    assert redaction.body["messages"][0]["content"] == "<PERSON_1> asked if she may go. <PERSON_1> agreed."
    assert redaction.complete


def test_matches_stop_at_word_and_digit_edges() -> None:
    redaction = redact(chat(user("Janet and Jane, ref NHS9434765919.")), [("PERSON", "Jane"), ("N", "9434765919")])
    assert redaction.body["messages"][0]["content"] == "Janet and <PERSON_1>, ref NHS<N_1>."
    embedded = redact(chat(user("ids 9434765919 and 19434765919")), [("N", "9434765919")])
    assert embedded.body["messages"][0]["content"] == "ids <N_1> and 19434765919"
    assert embedded.remaining_kinds() == ("N",)  # the digits are still there, inside a longer number


def test_a_value_split_across_text_parts_is_placed_where_it_starts() -> None:
    body = chat(user([{"type": "text", "text": "NHS 943 476"}, {"type": "text", "text": " 5919, thanks"}]))
    redaction = redact(body, [("UK_NHS_NUMBER", NHS)])
    assert [p["text"] for p in redaction.body["messages"][0]["content"]] == ["NHS <UK_NHS_NUMBER_1>", ", thanks"]
    assert redaction.complete


def test_a_value_run_across_strings_leaves_a_change_with_no_placeholder() -> None:
    split = chat(user([{"type": "text", "text": "NHS 943 476"}, {"type": "text", "text": " 5919, thanks"}]))
    assert redact(split, [("UK_NHS_NUMBER", NHS)]).anchored is False
    whole = chat(user([{"type": "text", "text": f"NHS {NHS}"}, {"type": "text", "text": ", thanks"}]), user(NAME))
    redaction = redact(whole, VALUES[:2])
    assert redaction.complete and redaction.anchored


def test_loose_spacing_and_other_groupings_are_found_by_the_second_pass() -> None:
    body = chat(user("Jane   Doe, 94 34 76 59 19"), user(f"{NAME}, {NHS}"))
    redaction = redact(body, VALUES[:2])
    assert redaction.body["messages"][0]["content"] == "<PERSON_1>, <UK_NHS_NUMBER_1>"
    assert redaction.complete


def test_digit_only_and_normalised_forms_left_in_place_are_reported() -> None:
    fullwidth = "\uff19\uff14\uff13\uff14\uff17\uff16\uff15\uff19\uff11\uff19"  # 9434765919 in full width
    assert redact(chat(user(f"{NHS} and {fullwidth}")), VALUES[1:2]).remaining_kinds() == ("UK_NHS_NUMBER",)
    zero_width = "Ja\u200bne Doe"
    assert redact(chat(user(f"{NAME} and {zero_width}")), VALUES[:1]).remaining_kinds() == ("PERSON",)
    listed_as_written = redact(chat(user(f"{NAME} and {zero_width}")), [("PERSON", zero_width)])
    assert listed_as_written.body["messages"][0]["content"] == "<PERSON_1> and <PERSON_1>"  # its read form too


def test_values_that_cannot_be_placed_are_reported() -> None:
    split = chat(user("my number is 943 476"), {"role": "assistant", "content": "5919"})
    assert redact(split, VALUES[1:2]).unplaced == ("UK_NHS_NUMBER",)  # across two strings
    assert redact(chat(user("nothing here")), VALUES[:1]).remaining_kinds() == ("PERSON",)
    assert redact(chat(user("a\x00b")), [("X", "a\x00b")]).remaining_kinds() == ("X",)
    assert redact(chat(user("Hello")), [("PERSON", " "), ("PERSON", "")]).complete  # blank values are ignored


def test_values_present_checks_any_body() -> None:
    assert values_present(FULL_BODY, VALUES) == ("PERSON", "UK_NHS_NUMBER", "UK_POSTCODE")
    assert values_present(redact(FULL_BODY, FULL_VALUES).body, FULL_VALUES) == ()


def test_payloads_the_classifier_cannot_read_and_token_ids_are_untouched() -> None:
    image = {"type": "image_url", "image_url": {"url": "data:image/png;base64,Jane+Doe/9434765919"}}
    body = chat(user([{"type": "text", "text": NAME}, image]), logit_bias={"9434765919": 1})
    redaction = redact(body, VALUES)
    assert redaction.body["messages"][0]["content"][1] == image
    assert redaction.body["logit_bias"] == {"9434765919": 1}
    assert redaction.body["messages"][0]["content"][0]["text"] == "<PERSON_1>"


@pytest.mark.parametrize("blank", ["\u200b", "\u200b\u200d", " \ufeff ", "\u200bJane\u200b"])
def test_a_value_of_only_zero_width_characters_is_ignored_not_a_crash(blank: str) -> None:
    # Normalised, such a value is empty: it names nothing and matches everywhere.
    redaction = redact(chat(user(f"Hello {NAME}, a\u200bb")), [("PERSON", blank), *VALUES[:1]])
    assert redaction.complete
    assert redaction.body["messages"][0]["content"].startswith("Hello <PERSON_1>")


def test_numbers_already_in_the_text_are_skipped() -> None:
    redaction = redact(chat(user(f"Rename PERSON_1 to {NAME}")), VALUES[:1])
    assert redaction.body["messages"][0]["content"] == "Rename PERSON_1 to <PERSON_2>"
    assert redaction.restore("PERSON_1 is <PERSON_2>") == f"PERSON_1 is {NAME}"


def test_repr_shows_kinds_and_counts_never_values() -> None:
    redaction = redact(FULL_BODY, FULL_VALUES)
    stream = redaction.stream_restorer()
    stream.feed("Dear <PERS")
    for text in (repr(redaction), str(redaction), repr(stream), repr(redaction.chunk_restorer())):
        assert all(value not in text for _, value in FULL_VALUES) and "943" not in text


# --- restoration -------------------------------------------------------------------------------------


def test_keys_that_would_collide_are_left_and_reported() -> None:
    parameters = {"type": "object", "properties": {NAME: {"type": "string"}, "JANE DOE": {"type": "string"}}}
    body = chat(user(NAME), tools=[{"type": "function", "function": {"name": "f", "parameters": parameters}}])
    redaction = redact(body, VALUES[:1])
    assert redaction.body["tools"][0]["function"]["parameters"] == parameters
    assert redaction.remaining_kinds() == ("PERSON",)


def test_unnumbered_drops_the_numbers_of_this_requests_placeholders_only() -> None:
    body = chat(user("Jane Doe and John Roe, NHS number 943 476 5919"))
    redaction = redact(body, [("PERSON", NAME), ("PERSON", "John Roe"), ("UK_NHS_NUMBER", NHS)])
    text = redaction.body["messages"][0]["content"]
    assert text == "<PERSON_1> and <PERSON_2>, NHS number <UK_NHS_NUMBER_1>"
    assert redaction.unnumbered(text) == "<PERSON> and <PERSON>, NHS number <UK_NHS_NUMBER>"
    # A number this request did not issue, and plain digits, stay as written.
    assert redaction.unnumbered("<PERSON_7> room 12") == "<PERSON_7> room 12"
    assert redact(chat(user("nothing here")), []).unnumbered("<PERSON_1>") == "<PERSON_1>"


# --- free-form fields: nothing there is the schema's ---------------------------------------------------

FREE_FORM = {
    "a property named model": {"type": "object", "properties": {"model": {"type": "string", "description": NHS}}},
    "a format value": {"type": "object", "properties": {"x": {"type": "string", "format": NHS}}},
    "a type value": {"type": "object", "properties": {"x": {"type": NHS}}},
    "a role value": {"type": "object", "properties": {"x": {"role": NHS}}},
    "a schema key holding the value": {"type": "object", "properties": {"messages": {"detail": NHS, NHS: {}}}},
    "an unreadable-part shape": {"type": "file", "file": NHS, "logit_bias": {NHS: 1}, "modalities": [NHS]},
}
NHS_ONLY = [("UK_NHS_NUMBER", NHS)]


@pytest.mark.parametrize("parameters", FREE_FORM.values(), ids=FREE_FORM.keys())
def test_every_string_under_a_tools_parameters_is_text(parameters: dict[str, object]) -> None:
    body = chat(user("hi"), tools=[{"type": "function", "function": {"name": "f", "parameters": parameters}}])
    redaction = redact(body, NHS_ONLY)
    assert redaction.complete
    assert NHS not in json.dumps(redaction.body) and "<UK_NHS_NUMBER_1>" in json.dumps(redaction.body)
    assert redaction.body["tools"][0]["type"] == "function"


@pytest.mark.parametrize("schema", FREE_FORM.values(), ids=FREE_FORM.keys())
def test_every_string_under_a_response_formats_schema_is_text(schema: dict[str, object]) -> None:
    response_format = {"type": "json_schema", "json_schema": {"name": "out", "schema": schema}}
    redaction = redact(chat(user("hi"), response_format=response_format), NHS_ONLY)
    assert redaction.complete
    assert NHS not in json.dumps(redaction.body)
    assert redaction.body["response_format"]["type"] == "json_schema"


def test_the_schemas_own_enum_and_opaque_fields_stay_where_the_schema_puts_them() -> None:
    body = chat(
        user([{"type": "text", "text": NAME}, {"type": "image_url", "image_url": {"url": "u", "detail": "high"}}]),
        tool_choice={"type": "function", "function": {"name": "f"}},
        tools=[{"type": "function", "function": {"name": "f", "parameters": {"type": "object"}}}],
        reasoning_effort="low",
    )
    redaction = redact(body, [*VALUES, ("PERSON", "high"), ("PERSON", "low"), ("PERSON", "function")])
    assert redaction.body["messages"][0]["content"][1]["image_url"]["detail"] == "high"
    assert redaction.body["reasoning_effort"] == "low" and redaction.body["tool_choice"]["type"] == "function"
    assert redaction.body["model"] == "gpt-4.1-mini"


def test_leftover_kinds_reads_every_string_of_the_serialised_body_in_any_case() -> None:
    redaction = redact(chat(user(f"{NAME} {NHS} {POSTCODE}")), VALUES)
    assert redaction.complete and redaction.leftover_kinds(VALUES) == ()
    redaction.body["model"] = "jane  doe"  # the one subtree the redaction copies as it is
    redaction.body["logit_bias"] = {"943-476-5919\n": 1}
    assert redaction.leftover_kinds(VALUES) == ("PERSON", "UK_NHS_NUMBER")
    iban = ("IBAN", "GB82 WEST 1234 5698 7654 32")  # an identifier by its capital block: in any case too
    redaction.body["model"] = "gb82-west-1234-5698-7654-32"
    assert redaction.leftover_kinds([iban]) == ("IBAN",)
    ours = redact(chat(user(NAME)), [("PERSON", NAME)])
    assert ours.leftover_kinds([("PERSON", NAME), ("PERSON", "person")]) == ()  # not inside <PERSON_1>
