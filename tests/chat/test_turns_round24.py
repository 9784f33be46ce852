"""Turns of round 24: the document asked for ('Missä dokumentissa noin sanotaan?', 'which document says that?', 'i
vilket dokument står det?', 'in welk document staat dat?') is the last answer led by the documents it quotes."""

from __future__ import annotations

import pytest

from tests.chat.chatting import chat


@pytest.mark.parametrize(
    ("question", "asked", "lang", "lead"),
    [
        ("Kuinka kauan tietoallianssi kestää?", "Missä dokumentissa noin sanotaan?", "fi", "Lähde: Kunskapsallianser"),
        ("How long does a knowledge alliance last?", "which document says that?", "en", "Source: Kunskapsallianser"),
        ("Hur länge pågår en kunskapsallians?", "I vilket dokument står det?", "sv", "Källa: Kunskapsallianser"),
        ("Hoe lang duurt een kennisalliantie?", "In welk document staat dat?", "nl", "Bron: Kunskapsallianser"),
    ],
)
def test_the_document_asked_for_leads_the_last_answer(engine, question, asked, lang, lead) -> None:
    first, source = chat(engine, question, asked, lang=lang)
    assert not source.abstained
    assert source.text.startswith(lead)
    assert first.text.split("\n")[0] in source.text


@pytest.mark.parametrize(
    ("first", "then", "lang", "said"),
    [
        (
            "Vad säger EU-sidan om vilka som kan delta i kunskapsallianser?",
            "och i Finland? vad säger finska sidan?",
            "sv",
            "föreningar",
        ),
        (
            "What does the EU page say about who can take part in a knowledge alliance?",
            "and the Finnish page?",
            "en",
            "associations",
        ),
    ],
)
def test_a_source_named_in_a_follow_up_replaces_the_one_asked_before(engine, first, then, lang, said) -> None:
    *_, reply = chat(engine, first, then, lang=lang)
    assert said in reply.text.split("\n")[0]
    assert any("finland" in c.doc_id for c in reply.citations)


@pytest.mark.parametrize(
    ("first", "then", "lang", "said"),
    [
        ("How long does a knowledge alliance last?", "and the same for the other alliance?", "en", "Sector Skills"),
        ("Hur länge pågår en branschspecifik kunskapsallians?", "och den andra alliansen?", "sv", "Kunskapsallians"),
        ("Kuinka monta kumppania tietoallianssissa tarvitaan?", "entä toisessa allianssissa?", "fi", "Alakohtai"),
    ],
)
def test_the_other_alliance_is_the_sibling_of_the_one_spoken_of(engine, first, then, lang, said) -> None:
    *_, reply = chat(engine, first, then, lang=lang)
    assert said in reply.resolved


@pytest.mark.parametrize(
    ("then", "lang", "said"),
    [
        ("Mogen die partners ook van buiten Europa komen?", "nl", "meerwaarde"),
        ("Can those partners also come from outside Europe?", "en", "add value"),
    ],
)
def test_a_new_thing_asked_of_the_partners_spoken_of_is_asked_on_its_own(engine, then, lang, said) -> None:
    """'die partners' are the partners asked about before; where they may come from is asked anew, not how many."""
    first = {
        "nl": "Hoeveel partners hebben we minimaal nodig voor een strategisch partnerschap voor volwasseneneducatie?",
        "en": "How many partners do we need at least for a strategic partnership in adult education?",
    }[lang]
    *_, reply = chat(engine, first, then, lang=lang)
    assert said in reply.text.split("\n")[0]


def test_a_question_on_two_actions_ranks_the_passages_of_each_near_the_top(engine) -> None:
    """'Which sectors are eligible?' after comparing two actions is answered for each; the passages each part of the
    answer stands on come first in turn, not all of the first action's before any of the second's."""
    *_, reply = chat(
        engine,
        "Which fits a vocational college better, a knowledge alliance or a sector skills alliance?",
        "Which sectors are eligible?",
        lang="en",
    )
    top = {chunk_id.split("#", 1)[0] for chunk_id in reply.retrieved[:2]}
    assert "sector-skills-alliances" in top
    assert top & {"knowledge-alliances", "knowledge-alliances-finland"}


def test_where_the_rules_do_not_decide_no_yes_leads_and_a_later_country_status_is_answered(engine) -> None:
    """'Can a university in Ukraine be a full partner ...? Is Ukraine treated as a programme country now?': the texts
    on the Alliances for Innovation set no consortium rules, so no 'Yes:' leads the text below the rules' answer, and
    the country table answers the second question."""
    (reply,) = chat(
        engine,
        "Can a university in Ukraine be a full partner in one of the new Alliances for Innovation? Is Ukraine "
        "treated as a programme country now?",
        lang="en",
    )
    assert reply.text.startswith("The texts do not say")
    assert "\nYes:" not in reply.text
    assert "Ukraine is not a programme country in 2021–2027" in reply.text


def test_the_same_asked_of_another_thing_still_joins_the_last_question(engine) -> None:
    """'Gäller samma sak för lärosäten i partnerländer?' asks the last question of the partner countries' institutions:
    'samma sak' stands for it, as 'det' does, though the message names a thing of its own."""
    *_, reply = chat(
        engine,
        "Måste högskolorna i en kunskapsallians ha Erasmusstadgan?",
        "Gäller samma sak för lärosäten i partnerländer?",
        lang="sv",
    )
    assert "Erasmusstadgan" in reply.resolved
