"""Strict mode: a full name in plain narrative is a private individual's unless something makes it public.

Earlier passes required private wording around a name ("my client", "arrears", a form
label); names in plain narrative ("Amelie Fontaine was late paying the last two
instalments.", "joseph mwangi came in again today") carry none, and one rule per
example did not converge. This module turns the default round in `strict` mode
(recall first): a full name (two words or more, from NER or the name rules) in a
statement is a private individual's, and what makes a name *public* is the exception:

* general-knowledge wording near it (`Cues.public_near`: "prime minister", "novel",
  "in the ratio", a year long ago...);
* it stands in a question ("Why did Boris Johnson resign?", "Does Elizabeth Bennet
  marry Mr Darcy?"): questions are where general-knowledge requests live, unless the
  question asks about someone's affairs ("Has Amelie Fontaine paid her rent?");
* its sentence describes a public position ("... is the Red Bull team principal") or
  public life (a title won, a show presented, an album released: `_PUBLIC_LIFE`);
* its sentence asks for knowledge without case wording ("Explain what Mary Beard says
  about power"), or names a work its maker made ("Sebastian Faulks wrote Birdsong");
* it is in an example or a template ("Example: 'Jane Citizen, 1 Example Street'");
* its paragraph asks a knowledge question about someone, one with no first or second
  person and no case wording ("Keir Starmer visited Washington. What was discussed?");
  a question asking for help ("What can we do?") is no such question;
* it is a well-known public, historical or fictional person (`public_figures.py`);
* it is a single word (invented first names of maths problems, "Aisha has 12 apples"),
  except a name signing off a message ("Thanks, speak soon - Priyanka"), a name in a
  script without spaces, and a name in a statement of case traffic ("Priya rang again
  about the arrears", `_CASE_TRAFFIC`) that is not a word problem (`invented`).

`balanced` mode keeps the old rule (private wording needed). The names returned here
are added to the personal names by `aggregate.py`; `classifier.py` asks
`narrative_sentences` where NER should look for them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from classifiers.cues import CASE_WORDING, Cues, Sentence
from classifiers.given_names import AMBIGUOUS_GIVEN_NAMES, GIVEN_NAMES
from classifiers.name_words import NOT_NAME_ENDS
from classifiers.ner import has_name_candidate
from classifiers.public_figures import is_public_figure
from classifiers.surnames import SURNAMES
from classifiers.term_regex import prose_words
from classifiers.types import Finding
from classifiers.vocabulary import is_english_word

__all__ = [
    "NARRATIVE_RECOGNISERS",
    "asks_for_knowledge",
    "famous_sentences",
    "invented",
    "names_famous",
    "narrative_names",
    "narrative_sentences",
]

NARRATIVE_RECOGNISERS = frozenset(
    {
        "spacy_ner",
        "person_given_name",
        "person_surname",
        "person_lower_pair",
        "person_pair",
        "person_age",
        "person_signoff",
        "person_script",
        "person_honour",
        "person_as_role",
        "person_subject",
    }
)
"""Name candidates that count in plain narrative (strict mode); the others have rules of their own."""

_PERSONAL_WORDING = re.compile(
    r"(?<![a-z])(?:i|i'm|i've|i'd|me|my|mine|we|we're|we've|us|our|you|your|yours|can|could|should|shall|"
    r"help|advice|advise)(?![a-z])"
)
"""A question with one of these asks for help or work, not for knowledge about someone."""
_CREATIVE_WORK = re.compile(
    r"(?<![a-z])(?:books?|novels?|poems?|poetry|songs?|albums?|films?|movies?|paintings?|plays|works|music|"
    r"quotes?|speeches|lyrics|recipes?)[ ]+(?:by|from|of)[ ]+$"
)
"""A creative work's author ("books by chimamanda ngozi adichie"): the author is public."""
_OFFICES = (
    r"team principal|ceo|chief executive|chairman|chairwoman|chair|founder|co-founder|president|head coach|"
    r"coach|captain|leader|minister|prime minister|first minister|mp|mayor|governor|senator|ambassador|"
    r"director-general|editor|presenter|chancellor|commissioner|secretary-general|general secretary|"
    r"chief economist|archbishop|bishop|pope|speaker|taoiseach|premier|congressman|congresswoman|"
    r"secretary of state|foreign secretary|home secretary|health secretary|attorney general|chief justice"
)
_PUBLIC_ROLE = re.compile(
    r"(?<![a-z])(?:is|was|became|becomes|serves as|served as|has been|appointed|elected|named|as)[ ]+"
    rf"(?:(?:the|a|an)[ ]+)?(?:[a-z0-9&'\-]+[ ]+){{0,4}}(?:{_OFFICES})(?![a-z])|"
    # in apposition: "Mark Carney, the former Governor of the Bank of England,"
    rf",[ ]+(?:the|a)[ ]+(?:former[ ]+|current[ ]+|then[ ]+|new[ ]+)?(?:[a-z\-]+[ ]+){{0,2}}(?:{_OFFICES})(?![a-z])"
)
_OFFICE_BEFORE = re.compile(
    r"(?<![a-z])(?:senator|governor|chancellor|president|prime minister|premier|minister|commissioner|general|"
    r"admiral|ambassador|pope|king|queen|prince|princess|archbishop|cardinal|sheikh|emir|congressman|"
    r"congresswoman|representative|mayor|speaker|chief justice|taoiseach|first minister|chairman|"
    r"secretary of state|foreign secretary|home secretary|health secretary|mp|msp|mep|member of parliament|"
    r"councillor|local councillor),?[ ]+$"
)
"""A title of office right before the name ("Senator Elizabeth Warren", "Governor Andrew Bailey", "my MP, Jess
Phillips"): a public figure in office."""
"""A public office or position described in the sentence ("Christian Horner is the Red Bull team principal.")."""
_PUBLIC_LIFE = re.compile(
    r"(?<![a-z])(?:won|wins|scored|released|starred|presented|presents|hosted|hosts|founded|composed|directed|"
    r"published|recorded(?! delivery)|performed|sang|sings|tweeted|tweets|campaigned|coached|knighted|chairs|"
    r"created|invented|"
    r"discovered|(?:played|plays|signed) for|transferred|retired from|elected|re-elected|"
    r"tour|touring|album|medals?|gold medal|champion|championship|trophy|league|"
    r"paralympics|masters|grand prix|bbc|itv|channel 4|netflix|youtube|twitter|tweet|instagram|tiktok|parliament|"
    r"election|party leader|television|radio show|podcast|film|guitar|interviewers?|views on|"
    r"quote from|congratulating|world record|record holder|marathon|books|novels|columns?|poems|memoirs|"
    r"(?:writes|wrote|written) (?:about|for|books|novels|columns?|poems|plays|songs)|"
    # public debate and office: ideas argued, offices run for, institutions of state and markets
    r"argues|argued|argument (?:about|that|for|against)|thesis|theories|lectures?|nomination|presidential|"
    r"campaigned|coalition|opposition|manifesto|summit|central bank|federal reserve|imf|world bank|"
    r"interest rates|public spending|wealth tax|(?:labor|labour|conservative|democratic|republican) party|"
    r"ran for (?:office|president|re-election|the)|bestselling|best-selling|keynote|widely (?:shared|read|cited)|"
    r"chaired|select committee|house of commons|house of lords|senate|congress|cabinet|whitehall|downing street|"
    r"white house|parliamentary|(?:led|leads|leading|lead)[ ]+(?:[a-z']+[ ]+){0,2}(?:government|country|nation|"
    r"party|team|army|church|company|club|band|coalition|movement|revolution|expedition))"
    r"(?![a-z])"
)
"""Public life in the name's sentence (a title won, a show presented, a record released, a seat in Parliament):
a public figure named in a statement ("Brian May played guitar in Queen"). Case wording in the same sentence
still makes a name personal by the older rule (`aggregate._contextual_names`)."""
_KNOWLEDGE_REQUEST = re.compile(
    r"[^a-z]*(?:(?:please|can you|could you)[ ,]+)?(?:explain|tell me|describe|outline|what (?:did|does|do|is|was)|"
    r"how (?:did|does|do)|why (?:did|does|do)|who (?:is|was))(?![a-z])"
)
"""A sentence that asks for knowledge ("Explain what Mary Beard says...", "Tell me how X trained"): read like a
question, so a name in it counts only with case wording (`CASE_WORDING`)."""
_AUTHORED = re.compile(
    r"(?:wrote|writes|directed|directs|painted|paints|composed|published|recorded|released)[ ]+"
    r"(?:[A-Z][a-z']+|[0-9]{2,})"
)
"""A work by its title after a verb of making ("Sebastian Faulks wrote Birdsong"): its maker is public."""
_EXAMPLE = prose_words(r"example|e\.g\.|sample|template|placeholder|dummy|fictitious|made-up")
"""A name in an example or a template ("Example: 'Jane Citizen, 1 Example Street'"), in its own sentence."""


_CASE_TRAFFIC = re.compile(
    r"(?<![a-z])(?:rang|rung|phoned|called (?:in|back|again|about|to say|twice)|emailed|texted|messaged|came in|"
    r"came into|popped in|dropped (?:in|off|by)|turned up|left (?:a|another) (?:voicemail|message)|wrote in|chased|"
    r"chasing|complained|asked (?:about|for|again|us|me|if|whether)|wants to know|(?:is|still|been) waiting|"
    r"hasn't (?:paid|sent|replied|heard|been)|missed (?:his|her|their) appointment|call(?:ed)? (?:him|her|them) back|"
    r"we'?d call|we'?ll call|get back to|booked in|signed (?:in|for)|collected|handed in|sent in|brought in)(?![a-z])"
)
"""Case traffic: what callers and clients do at a front desk ("Priya rang again", "told Kwame we'd call back"). In a
statement it makes a one-word name a private individual's in strict mode (maths problems and fiction excepted)."""


def asks_for_knowledge(lower: str, sentence: Sentence) -> bool:
    """The sentence is a question or a request for knowledge with no case wording (`CASE_WORDING`)."""
    asks = sentence.question or _KNOWLEDGE_REQUEST.match(lower, sentence.start, sentence.end) is not None
    return asks and CASE_WORDING.search(lower, sentence.start, sentence.end) is None


_CAPITALISED_RUN = re.compile(r"[A-Z][a-z]+(?:'s)?(?:[ ]+[A-Z][a-z]+(?:'s)?){0,3}")


def names_famous(text: str, start: int, end: int) -> bool:
    """True when `text[start:end]` names a well-known public or fictional person (`public_figures.py`), in one or
    two capitalised words anywhere in it ("In Sherlock Holmes, how does...")."""
    for run in _CAPITALISED_RUN.finditer(text, start, end):
        words = run.group().split()
        if any(is_public_figure(" ".join(words[i : i + 2])) for i in range(len(words))):
            return True
    return False


def famous_sentences(text: str, lower: str, cues: Cues, names: Iterable[Finding]) -> frozenset[int]:
    """Sentences with a title-and-name candidate that ask about a well-known person (`aggregate.Evidence.famous`)."""
    asking = {cues.sentence_index(n.start) for n in names if n.recogniser in ("person_title", "person_addressee")}
    return frozenset(
        i
        for i in asking
        if asks_for_knowledge(lower, cues.sentences[i])
        and names_famous(text, cues.sentences[i].start, cues.sentences[i].end)
    )


def invented(text: str, cues: Cues, name: Finding) -> bool:
    """A one-word name in a paragraph posing a word problem (`Cues.word_problems`), with no strong cue: an invented
    person ("Siobhan earns £11.44 an hour... What is her weekly pay?"), whatever case wording the exercise uses."""
    return (
        bool(cues.word_problems)
        and not cues.strong
        and cues.paragraph_index(name.start) in cues.word_problems
        and len(text[name.start : name.end].split()) < 2
    )


def _knowledge_paragraphs(lower: str, cues: Cues) -> set[int]:
    """Paragraphs with a question asking for knowledge about someone (no first/second person, no case wording).

    A question that asks the reader to respond ("Thoughts?", "Anything else to add?", `_READER_PROMPT`)
    asks for nothing about a person in the paragraph.
    """
    found = set()
    for sentence in cues.sentences:
        if not sentence.question:
            continue
        piece = lower[sentence.start : sentence.end]
        if _PERSONAL_WORDING.search(piece) is not None or CASE_WORDING.search(piece) is not None:
            continue
        if _READER_PROMPT.fullmatch(lower, sentence.start, sentence.end) is None:
            found.add(cues.paragraph_index(sentence.start))
    return found


_READER_PROMPT = re.compile(
    r"[ \t\-*•]*(?:any[ ]+)?(?:thoughts|ideas|comments|views|feedback|suggestions|anything[ ]+(?:else|missing)"
    r"(?:[ ]+to[ ]+add)?|anything[ ]+to[ ]+add|next[ ]+steps|agreed?|right|correct|fair|true|sound[ ]+ok(?:ay)?|"
    r"ok(?:ay)?|make[ ]+sense|does[ ]+that[ ]+make[ ]+sense)[ ]*[?!.]*[ ]*"
)
"""A question that asks the reader to respond ("Thoughts?", "Anything else to add?"), not for knowledge."""


@dataclass(frozen=True)
class _SentenceReading:
    case_traffic: bool
    rules_out_names: bool
    authored: tuple[int, ...]  # where a work by its title starts ("wrote Birdsong")


def _read_sentence(text: str, lower: str, sentence: Sentence) -> _SentenceReading:
    start, end = sentence.start, sentence.end
    return _SentenceReading(
        case_traffic=_CASE_TRAFFIC.search(lower, start, end) is not None,
        rules_out_names=(
            _EXAMPLE.search(lower, start, end) is not None
            or _PUBLIC_ROLE.search(lower, start, end) is not None
            or _PUBLIC_LIFE.search(lower, start, end) is not None
            # a question about a name is general knowledge unless it asks about someone's affairs
            or asks_for_knowledge(lower, sentence)
        ),
        authored=tuple(m.start() for m in _AUTHORED.finditer(text, start, end)),
    )


def narrative_names(text: str, lower: str, cues: Cues, names: Iterable[Finding]) -> tuple[Finding, ...]:
    """The names that strict mode reads as private individuals' from plain narrative (module docstring).

    Args:
        text: The normalised text.
        lower: The same text lower-cased.
        cues: Its context cues.
        names: Name candidates (rules or NER), normalised offsets.
    """
    candidates = [n for n in names if n.recogniser in NARRATIVE_RECOGNISERS]
    if not candidates:
        return ()
    knowledge: set[int] | None = None
    # What a sentence says holds for every name in it: read once per sentence, not once per name
    # (a sentence of thousands of names read thousands of times was quadratic).
    by_sentence: dict[int, _SentenceReading] = {}
    kept = []
    for name in candidates:
        written = text[name.start : name.end]
        sentence = cues.sentence_at(name.start)
        reading = by_sentence.get(sentence.start)
        if reading is None:
            reading = by_sentence[sentence.start] = _read_sentence(text, lower, sentence)
        # a signature is one word too, and so is a name in a script without spaces ("王小明")
        single = len(written.split()) < 2 and name.recogniser not in ("person_signoff", "person_script")
        if single and (sentence.question or not reading.case_traffic):
            continue  # an invented first name ("Aisha has 12 apples") unless the statement is case traffic
        if single and invented(text, cues, name):
            continue
        if reading.rules_out_names:
            continue  # an example, a public role or life, a question for knowledge (`_read_sentence`)
        if _OFFICE_BEFORE.search(lower, max(sentence.start, name.start - 40), name.start) is not None:
            continue
        if reading.authored and reading.authored[-1] >= name.end:
            continue
        if cues.public_near(name.start, name.end) or is_public_figure(written):
            continue
        if _CREATIVE_WORK.search(lower, max(0, name.start - 24), name.start) is not None:
            continue
        if knowledge is None:
            knowledge = _knowledge_paragraphs(lower, cues)
        if cues.paragraph_index(name.start) in knowledge:
            continue
        kept.append(name)
    return tuple(kept)


_CAPITAL_PAIR = re.compile(r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?(?=[ ]+([A-Z][a-z]+(?:-[A-Za-z][a-z]+)?))")


def _unexplained_pair(text: str, start: int, end: int) -> bool:
    """True when `text[start:end]` has two capitalised words that may be a person's name (see `narrative_sentences`)."""
    for match in _CAPITAL_PAIR.finditer(text, start, end):
        words = (match.group().lower(), match.group(1).lower())
        if any(w in NOT_NAME_ENDS for w in words) or is_public_figure(" ".join(words)):
            continue
        if any(w in GIVEN_NAMES or w in SURNAMES or w in AMBIGUOUS_GIVEN_NAMES or _foreign(w) for w in words):
            return True
    return False


def _foreign(word: str) -> bool:
    return any(not is_english_word(part) for part in word.split("-") if part)


def narrative_sentences(text: str, lower: str, cues: Cues) -> list[int]:
    """Indexes of the statements where NER may find a name `narrative_names` would keep.

    Statements with two capitalised words that could be a name the rules left unexplained
    (`_unexplained_pair`: a word that is no English word or a known name, not a well-known
    person), no public wording near and not in a paragraph asking a knowledge question: the
    only places where a name NER finds could count without a cue. Public prose is full of
    capitalised pairs of English words ("Universal Credit", "Prime Minister"); tagging every
    one cost ~2.7x CPU on public 1 KB prompts.
    """
    knowledge: set[int] | None = None
    chosen = []
    for index, sentence in enumerate(cues.sentences):
        if not has_name_candidate(text, sentence.start, sentence.end) or not _unexplained_pair(
            text, sentence.start, sentence.end
        ):
            continue
        if sentence.question and CASE_WORDING.search(lower, sentence.start, sentence.end) is None:
            continue
        if cues.public_near(sentence.start, sentence.end):
            continue
        if knowledge is None:
            knowledge = _knowledge_paragraphs(lower, cues)
        if cues.paragraph_index(sentence.start) in knowledge:
            continue
        chosen.append(index)
    return chosen
