"""Turns left over from round 22 and written for round 23: 'which of those applies to us?' after a list is answered by
the list asked for before, whatever the asker's description of themselves names ('a tourism college' asks no
sectors); 'and the companies?' after a question about the universities asks that question of the companies; the last
question asked of another action reads as a question ('How long does a sector skills alliance last?'), and a period
named after a preposition qualifies the action, it is not what is asked."""

from __future__ import annotations

import pytest

from tests.chat.chatting import chat


@pytest.mark.parametrize(
    ("messages", "lang", "listed"),
    [
        (
            (
                "Mitkä ovat alakohtaisten osaamisallianssien päätavoitteet? Luettele ne.",
                (
                    "Mitkä niistä koskevat meitä? Olemme matkailualan ammattiopisto Rovaniemellä ja haluamme kehittää"
                    " työssäoppimista ja opiskelijoiden kielitaitoa."
                ),
            ),
            "fi",
            "kieltenopetusta",
        ),
        (
            (
                "Vilka teman har varit populära i strategiska partnerskap inom vuxenutbildning?",
                "Vilka av dem passar oss? Vi är ett studieförbund som jobbar med nyanlända och svenskundervisning.",
            ),
            "sv",
            "utbildning av invandrare",
        ),
        (
            (
                "What activities can a knowledge alliance carry out?",
                "Which of those would fit us? We're a design school in Porto working with furniture companies.",
            ),
            "en",
            "joint degree",
        ),
    ],
)
def test_which_of_those_applies_to_us_is_answered_by_the_list_again(engine, messages, lang, listed) -> None:
    *_, choice = chat(engine, *messages, lang=lang)
    assert not choice.abstained
    assert listed in choice.text.split("\n")[0]


@pytest.mark.parametrize(
    ("messages", "lang", "read_as", "said"),
    [
        (
            ("Millaisia tuloksia osaamisallianssilta odotetaan korkeakoulujen näkökulmasta?", "entä yritykset?"),
            "fi",
            "odotetaan yritykset näkökulmasta",
            "henkilöstökoulutus",
        ),
        (
            ("Vilka fördelar får högskolorna av en kunskapsallians?", "och företagen?"),
            "sv",
            "Vilka fördelar får företagen av en kunskapsallians?",
            "personalutbildning i företag",
        ),
        (
            ("Can a university coordinate a sector skills alliance?", "and companies?"),
            "en",
            "Can companies coordinate a sector skills alliance?",
            "led by one applicant organisation",
        ),
    ],
)
def test_and_the_companies_asks_the_last_question_of_the_companies(engine, messages, lang, read_as, said) -> None:
    *_, swapped = chat(engine, *messages, lang=lang)
    assert read_as in swapped.resolved
    assert said in swapped.text


@pytest.mark.parametrize(
    ("messages", "lang", "read_as", "said"),
    [
        (
            ("How long does a knowledge alliance last?", "and a sector skills alliance?"),
            "en",
            "How long does a sector skills alliance last?",
            "does not state a project duration",
        ),
        (
            (
                "How many organisations and countries do you need for a Knowledge Alliance?",
                "same question for the adult education partnerships",
            ),
            "en",
            "How many organisations and countries do you need for the adult education partnerships?",
            "at least 3 (three) organisations",
        ),
        (
            ("Wie kan een kennisalliantie coördineren?", "en voor een sectorale vaardighedenalliantie?"),
            "nl",
            "Wie kan een sectorale vaardighedenalliantie coördineren?",
            "uit een programmaland",
        ),
        (
            (
                "Wie kan een sectorale vaardighedenalliantie coördineren?",
                "en bij een kennisalliantie uit de vorige programmaperiode?",
            ),
            "nl",
            "Wie kan een kennisalliantie uit de vorige programmaperiode coördineren?",
            "aanvrager/coördinator",
        ),
    ],
)
def test_the_last_question_asked_of_another_action_reads_as_a_question(engine, messages, lang, read_as, said) -> None:
    *_, swapped = chat(engine, *messages, lang=lang)
    assert swapped.resolved.startswith(read_as)
    assert said in swapped.text


def test_a_swedish_message_opening_with_the_article_en_is_no_dutch_and(engine) -> None:
    """'En sak till: ...' (one more thing) is a question of its own, not the last question with 'and' joined on."""
    *_, turn = chat(
        engine,
        "Vi bygger en branschspecifik kunskapsallians. Hur många organisationer behövs från varje land?",
        "En sak till: den estniska tillsynsmyndigheten är redan fullvärdig partner i en annan branschspecifik"
        " kunskapsallians. Gör det något?",
        lang="sv",
    )
    assert "åt gången" in turn.text.split("\n")[0]


def test_the_other_one_inside_a_question_is_the_other_action_compared(engine) -> None:
    *_, sectors, exchanges = chat(
        engine,
        "What's the difference between a knowledge alliance and a sector skills alliance when it comes to who has to"
        " be in the consortium?",
        "ok so the knowledge alliance is the one with universities and companies. and the other one, which sectors"
        " does it cover?",
        "can they also run student exchanges?",
        lang="en",
    )
    assert "tourism" in sectors.text.split("\n")[0]
    # a question of its own about a thing the last one did not name ('student exchanges'), not the last one again
    assert exchanges.resolved.startswith("can they also run student exchanges?")
    assert "exchanges for students and staff" in exchanges.text


@pytest.mark.parametrize(("more", "lang"), [("lisää?", "fi"), ("more?", "en"), ("och?", "sv"), ("meer?", "nl")])
def test_a_bare_more_asks_the_last_list_again(engine, more, lang) -> None:
    first = {
        "fi": "millaista toimintaa aikuiskoulutuksen strategisissa kumppanuuksissa voi olla?",
        "en": "what activities can an adult education strategic partnership have?",
        "sv": "vilka aktiviteter kan ett strategiskt partnerskap inom vuxenutbildning ha?",
        "nl": "welke activiteiten kan een strategisch partnerschap volwasseneneducatie hebben?",
    }[lang]
    listed, again = chat(engine, first, more, lang=lang)
    assert not again.abstained
    assert again.text.split("\n")[0] == listed.text.split("\n")[0]


def test_a_case_told_after_a_question_typed_without_its_mark_is_what_is_asked(engine) -> None:
    """'och om en av dem är en paraplyorganisation?' tells a case (no 'is it one of them?') of the question before,
    which the user typed without a question mark: the umbrella organisation's exception answers."""
    *_, case = chat(
        engine,
        "vi funderar pa en branschspecifik kunskapsallians",
        "vilka typer av organisationer ska vara med fran varje land da",
        "och om en av dem ar en paraplyorganisation?",
        lang="sv",
    )
    assert "paraplyorganisation" in case.text.split("\n")[0] and "inga fler organisationer" in case.text


@pytest.mark.parametrize(
    ("messages", "lang", "said"),
    [
        (
            (
                "How long does a knowledge alliance last?",
                "and a sector skills alliance?",
                "so what's the difference between them?",
            ),
            "en",
            ("last 2 to 3 years", "does not state a project duration"),
        ),
        (
            (
                "Vad är syftet med Allianser för innovation i Erasmus+ 2021–2027?",
                "Och kunskapsallianserna förr, vad var deras mål?",
                "Jämfört med det du sa innan, vad är den största skillnaden?",
            ),
            "sv",
            ("yrkesutbildning", "modernisera den högre utbildningen"),
        ),
    ],
)
def test_the_difference_from_what_was_said_before_compares_the_two_last_actions_on_the_last_aspect(
    engine, messages, lang, said
) -> None:
    *_, compared = chat(engine, *messages, lang=lang)
    assert all(words in compared.text for words in said)
