from __future__ import annotations

import pytest

from classifiers import Classifier, ClassifierSettings, NerUnavailable, Sensitivity
from classifiers.ner import MAX_WINDOW, NerTagger, has_name_candidate, sentence_windows


def test_pipeline_keeps_only_what_ner_needs(classifier):
    nlp = classifier._ner._nlp  # the loaded pipeline of the shared session classifier
    assert "ner" in nlp.pipe_names
    assert not {"tagger", "parser", "lemmatizer", "attribute_ruler"} & set(nlp.pipe_names)


def test_entities_have_offsets_into_each_text(classifier):
    texts = ["Jane Smith moved to Leeds in 2019.", "Nothing at all."]
    tagged = classifier._ner.entities(texts)
    assert len(tagged) == 2
    for text, entities in zip(texts, tagged, strict=True):
        for entity in entities:
            assert text[entity.start : entity.end] == entity.text
    assert any(e.label == "PERSON" for e in tagged[0])


def test_missing_model_raises_our_error():
    tagger = NerTagger("no_such_spacy_pipeline_xyz")
    with pytest.raises(NerUnavailable, match="no_such_spacy_pipeline_xyz"):
        tagger.load()
    assert not tagger.loaded


def test_model_is_configurable_by_path(classifier):
    path = str(classifier._ner._nlp.path)  # the installed package's data directory
    other = Classifier(ClassifierSettings(spacy_model=path))
    other.warm_up()
    assert other.ready
    assert other.classify("Ngozi Okonkwo, my client, wrote again.").level is Sensitivity.PERSONAL


def test_ner_finds_a_name_rules_cannot(classifier):
    # "Ngozi Okonkwo" is in no gazetteer, does not follow "my client" and stands in no frame the rules read
    # (an apposition, "Ngozi Okonkwo, my client," is one: `name_frames.py`): only NER can find it.
    result = classifier.classify("My client is worried: Ngozi Okonkwo still has no housing benefit.")
    assert result.level is Sensitivity.PERSONAL
    assert [(f.kind, f.recogniser) for f in result.findings] == [("PERSON", "spacy_ner")]


def test_ner_is_skipped_when_rules_decided(classifier):
    text = "My client Ngozi Okonkwo, phone 07700 900123."
    result = classifier.classify(text)
    assert result.level is Sensitivity.PERSONAL
    assert "spacy_ner" not in {f.recogniser for f in result.findings}


def test_ner_always_reports_every_name():
    always = Classifier(ClassifierSettings(ner_always=True))
    result = always.classify("My client Ngozi Okonkwo, phone 07700 900123.")
    assert "spacy_ner" in {f.recogniser for f in result.findings}


def test_ner_disabled_never_loads_spacy(rules_classifier):
    assert rules_classifier.ready
    result = rules_classifier.classify("My client is worried: Ngozi Okonkwo still has no housing benefit.")
    assert result.level is Sensitivity.PUBLIC


def test_ner_windows_group_whole_sentences():
    text = "One two three. " * 100
    sentences = [(i * 15, i * 15 + 15) for i in range(100)]
    windows = sentence_windows(text, sentences)
    assert all(end - start <= MAX_WINDOW for start, end in windows)
    assert windows[0][0] == 0 and windows[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(windows, windows[1:], strict=False))  # contiguous, no gaps
    assert all(text[end - 2 : end] == ". " for _, end in windows)  # cut between sentences


def test_ner_windows_cut_a_long_sentence_at_whitespace():
    text = "word " * 300
    windows = sentence_windows(text, [(0, len(text))])
    assert len(windows) > 1 and all(end - start <= MAX_WINDOW for start, end in windows)
    assert "".join(text[s:e] for s, e in windows) == text


@pytest.mark.parametrize(
    ("sentence", "candidate"),
    [
        ("We met Ngozi yesterday.", True),
        ("Ngozi Okonkwo called.", True),
        ("Yesterday we met nobody.", False),  # a capital only at the start
        ("I think so.", False),
    ],
)
def test_has_name_candidate(sentence, candidate):
    assert has_name_candidate(sentence, 0, len(sentence)) is candidate
