"""The unit a "how many ...?" question asks in decides what it asks: years a duration, euros an amount."""

import json

import pytest

from erasbot.errors import ErasbotError
from erasbot.guidance.asked_unit import load_unit_cues, unit_kind


@pytest.mark.parametrize(
    "question, lang, kind",
    [
        ("how many yrs does a knowlege alliance run for", "en", "duration"),
        ("For how many months can a Knowledge Alliance be extended?", "en", "duration"),
        ("Hur många månader pågår ett strategiskt partnerskap?", "sv", "duration"),
        ("Montako vuotta osaamisallianssi kestää?", "fi", "duration"),
        ("Kuinka monta kuukautta hanke voi kestää?", "fi", "duration"),
        ("Hoeveel jaar loopt een kennisalliantie?", "nl", "duration"),
        ("How many euros can a three-year Knowledge Alliance get?", "en", "amount"),
        ("Hoeveel euro subsidie krijgt een kennisalliantie?", "nl", "amount"),
        ("How many partners does a 3-year Knowledge Alliance need?", "en", None),  # the year is not what is counted
        ("Hur många länder måste vara med?", "sv", None),
        ("Kuinka monta organisaatiota tarvitaan?", "fi", None),
        # folded, 'man' (one) is 'mån' (months) and 'är' (is) 'år' (years): read as written
        ("Hur många partner behöver man ha i en kunskapsallians?", "sv", None),
        ("Hur många företag är det krav på?", "sv", None),
        ("hur manga ar pagar en kunskapsallians", "sv", None),
        ("hur manga år pagar en kunskapsallians", "sv", "duration"),
    ],
)
def test_the_unit_after_how_many_decides_the_figure(question, lang, kind):
    assert unit_kind(question, lang) == kind


def test_an_unknown_unit_kind_fails_at_load_with_its_name(tmp_path):
    path = tmp_path / "units.json"
    path.write_text(json.dumps({"count_words": {"en": ["how many"]}, "units": {"weight": {"en": ["kg"]}}}))
    load_unit_cues.cache_clear()
    try:
        with pytest.raises(ErasbotError, match="weight"):
            load_unit_cues(path)
    finally:
        load_unit_cues.cache_clear()


@pytest.mark.parametrize(
    "question, expected",
    [
        ("how many yrs does a knowlege aliance run for", ["2 to 3 years", "2 or 3 years"]),
        ("Hoeveel maanden is de projectduur van een strategisch partnerschap voor volwasseneneducatie?", ["12 tot 36 maanden"]),
    ],
)
def test_a_duration_asked_in_its_unit_is_answered_with_the_duration_not_the_composition(engine, question, expected):
    answer = engine.ask(question)
    assert not answer.abstained and any(e in answer.text for e in expected)


@pytest.mark.parametrize(
    "question, says",
    [
        ("Finns det ett maxbelopp för strategiska partnerskap inom vuxenutbildning?", "anger inte"),
        ("Is there a maximum grant for an adult-education strategic partnership?", "does not"),
    ],
)
def test_a_grant_the_texts_of_an_action_do_not_give_is_said_not_to_be_stated(engine, question, says):
    answer = engine.ask(question)
    assert answer.abstained and says in answer.text and answer.citations == []
