"""`vocabulary.is_english_word`: the spaCy model's lemmatizer tables tell surnames from English words."""

from __future__ import annotations

import pytest

from classifiers.vocabulary import is_english_word


@pytest.mark.parametrize("word", ["invoice", "tenancy", "handles", "children", "went", "payroll", "tomorrow"])
def test_english_words_and_inflections(word):
    assert is_english_word(word)


@pytest.mark.parametrize("word", ["gonzalez", "asante", "okoro", "kraus", "moreno", "wojcik"])
def test_surnames_are_not_english_words(word):
    assert not is_english_word(word)
