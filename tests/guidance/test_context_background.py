"""A thing of its own (KA1 learning mobility, a programme's budget) named only in the context before the asking
sentence is the asker's background, when that sentence asks of a topic the added guide speaks of in words of its
own: an added guide that never mentions the thing still answers ('we've only got an OID from our KA1 projects. is
that enough to submit an EYT proposal?'). Named in the asking sentence, or pointed back at with a pronoun, it is
what is asked, and a guide that never mentions it does not answer."""

from __future__ import annotations

import pytest

from erasbot.guidance.glossary import load_glossary
from erasbot.guidance.subjects import context_only

GLOSSARY = load_glossary()
MENTIONED = frozenset({"application", "duration", "registration"})


def _others(question: str) -> list[str]:
    return [c for c in GLOSSARY.find(question) if GLOSSARY.concepts[c].kind == "other"]


def test_a_thing_named_only_in_the_context_is_background():
    question = (
        "we've only got an OID (the one starting with E) from our KA1 projects with the NA. is that enough to submit "
        "an EYT proposal or do we need something else?"
    )
    assert "learning-mobility" in _others(question)
    assert "learning-mobility" in context_only(question, _others(question), MENTIONED, GLOSSARY)


@pytest.mark.parametrize(
    "question",
    [
        "We run KA1 mobility projects for our staff. How long can they last?",  # 'they': the mobility projects
        "How long can KA1 mobility projects last?",  # one sentence: what it names is asked
        "We have a question. How long can KA1 mobility projects last?",  # named where it is asked
    ],
)
def test_a_thing_asked_of_is_not_background(question):
    assert "learning-mobility" in _others(question)
    assert "learning-mobility" not in context_only(question, _others(question), MENTIONED, GLOSSARY)
