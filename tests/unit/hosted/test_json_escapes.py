"""`\\uXXXX` escapes in JSON text written out (found by QA: an escaped name left whole)."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hosted.egress import build_outgoing
from hosted.json_escapes import unescaped


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ({"name": "Renée Dubois"}, '{"name": "Renée Dubois"}'),
        ("Zoë", '"Zoë"'),  # "u00eb" read raw looked like a postcode
        ({"e": "😀"}, '{"e": "😀"}'),  # a surrogate pair is one letter
        ({"q": 'a"b\\c\n\x01'}, '{"q": "a\\"b\\\\c\\n\\u0001"}'),  # quotes, backslashes, controls stay escaped
        ({"s": "\ud83d"}, '{"s": "\\ud83d"}'),  # an unpaired surrogate stays escaped
    ],
)
def test_escapes_are_written_out_where_json_allows(value: object, written: str) -> None:
    assert unescaped(json.dumps(value)) == written


def test_an_escaped_backslash_before_u_is_not_an_escape() -> None:
    text = '{"path": "C:\\\\u00e9"}'  # the string C:\u00e9, six characters after the colon
    assert unescaped(text) == text


def test_text_that_is_not_json_is_left_as_it_is() -> None:
    text = "print('Ren\\u00e9e')"
    assert unescaped(text) == text


@given(st.recursive(st.text() | st.integers() | st.booleans() | st.none(),
                    lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner), max_leaves=8))
def test_the_json_means_the_same_after(value: object) -> None:
    for text in (json.dumps(value), json.dumps(value, separators=(",", ":"))):
        assert json.loads(unescaped(text)) == value


def test_tool_arguments_and_results_reach_every_reader_written_out() -> None:
    arguments = json.dumps({"name": "Renée Dubois"})
    body = {"model": "m", "messages": [
        {"role": "assistant", "content": None, "tool_calls": [
            {"id": "c", "type": "function", "function": {"name": "f", "arguments": arguments}}]},
        {"role": "tool", "tool_call_id": "c", "content": json.dumps(["Siân"])},
        {"role": "tool", "tool_call_id": "c", "content": [{"type": "text", "text": json.dumps("José")}]},
        {"role": "user", "content": json.dumps("Zoë")},  # a user's own text is theirs: left as written
    ]}
    built = build_outgoing("chat.completions", body).body["messages"]
    assert built[0]["tool_calls"][0]["function"]["arguments"] == '{"name": "Renée Dubois"}'
    assert built[1]["content"] == '["Siân"]'
    assert built[2]["content"][0]["text"] == '"José"'
    assert built[3]["content"] == '"Zo\\u00eb"'
