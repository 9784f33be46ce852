"""Turns of round 9 on the bundled texts: 'and the other kind?' after one part of an action asks the same of the
other part; 'may a municipality also take part there?' is a question of its own, not the last one asked again; a
yes/no on a step of the procedure ('must Swedish partners register ...?') is no question whether they may take part;
an action named twice ('X (Y)') in 'what are X?'; a yes/no on a country put to an added guide of the action."""

from __future__ import annotations

from erasbot.chat.eligibility import answer_eligibility
from erasbot.rules.country_mentions import find_country
from tests.chat.chatting import chat


def test_the_other_kind_asks_the_last_question_of_the_other_part(engine) -> None:
    _first, other = chat(engine, "Waar gaan Allianties voor onderwijs en bedrijven over?", "En de andere soort?")
    assert "sectorale samenwerking" in other.resolved
    assert "tekorten in vaardigheden" in other.text


def test_may_someone_also_take_part_there_is_a_question_of_its_own(engine) -> None:
    replies = chat(
        engine,
        "En hoeveel partners moest een kennisalliantie hebben, en hoeveel daarvan hogescholen?",
        "Mag een gemeente daar ook aan meedoen?",
    )
    assert "hoeveel partners" not in replies[1].resolved
    assert "overheden" in replies[1].text


def test_a_step_of_the_procedure_is_no_eligibility_question() -> None:
    question = "Måste svenska partner i en kunskapsallians registrera sig hos UHR innan konsortiet lämnar in ansökan?"
    assert answer_eligibility(question, "knowledge-alliance", "sv") is None
    may = answer_eligibility("Får svenska organisationer delta i en kunskapsallians?", "knowledge-alliance", "sv")
    assert may is not None and may.answer == "yes"


def test_the_finnish_name_of_the_united_states_is_a_country() -> None:
    assert find_country("Voiko yhdysvaltalainen yliopisto olla mukana?") == "US"
    assert find_country("Entä Yhdysvalloista?") == "US"


def test_what_are_x_with_its_name_twice_asks_what_it_is(engine) -> None:
    (reply,) = chat(engine, "Mitä alakohtaiset osaamisallianssit (Sector Skills Alliances) ovat?")
    assert "osaamisvaje" in reply.text
    assert "vähintään 3" not in reply.text.split("\n")[0]


KA220_PAGE = """# Samarbetspartnerskap inom vuxenutbildning (KA220-ADU) – ansökningsomgång 2026

## Vem kan söka och vem kan delta?

Ett samarbetspartnerskap ska bestå av minst tre organisationer från tre olika länder som är EU-medlemsländer eller
tredjeländer som är associerade till programmet.

De tredjeländer som är associerade till programmet är Island, Liechtenstein, Norge, Nordmakedonien, Serbien och
Turkiet. En organisation i Serbien räknas alltså in i minst tre organisationer från tre länder.

## Bidrag

Ni väljer ett av tre belopp: 120 000 euro, 250 000 euro eller 400 000 euro.
"""


def test_a_yes_no_on_a_country_put_to_an_added_guide_of_the_action_is_answered_by_it_not_the_older_rules(
    tmp_path, monkeypatch
) -> None:
    # the rule tables are the 2014-2020 strategic partnerships': a KA220-ADU page the user added says it for 2026
    from conftest import WordLengthEmbedder

    from erasbot.guidance.engine import Engine
    from erasbot.settings import load_settings

    page = tmp_path / "uhr-ka220-adu.md"
    page.write_text(KA220_PAGE, encoding="utf-8")
    engine = Engine(load_settings(), embedder=WordLengthEmbedder())
    engine.library.add_user_document(page, "sv", (), "2021-2027")
    engine.ingest()
    question = "Räknas en organisation i Serbien in i ett samarbetspartnerskap inom vuxenutbildning (KA220-ADU)?"
    (reply,) = chat(engine, question)
    assert {c.doc_id for c in reply.citations} == {"uhr-ka220-adu"}
    assert "2014–2020" not in reply.text
