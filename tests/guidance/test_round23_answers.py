"""Questions left over from round 22 and written for round 23 on the bundled texts: a degree programme is asked in the
words of its own field ('joint degree', 'yhteistutkinto', 'gemensamma examina') and answered by the activities that
name it."""

from __future__ import annotations

import pytest

from tests.chat.chatting import chat


def ask(engine, question: str, lang: str | None = None):
    """The reply a question gets asked on its own, as the chat, `erasbot ask` and the evaluation ask it."""
    return chat(engine, question, lang=lang)[0]


@pytest.mark.parametrize(
    ("question", "words"),
    [
        (
            "Can a knowledge alliance be used to set up a joint degree programme together with companies?",
            "joint degree",
        ),
        ("Voiko tietoallianssissa kehittää yhteistutkintoja yritysten kanssa?", "tutkinto-ohjelm"),
        ("Kan man ta fram gemensamma examina i en kunskapsallians?", "gemensamma examina"),
    ],
)
def test_a_degree_programme_is_answered_by_the_activities_that_name_it(engine, question, words) -> None:
    answer = ask(engine, question)
    assert not answer.abstained
    assert words in answer.text.split("\n")[0]


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Wie kan een kennisalliantie uit de vorige programmaperiode coördineren?", "aanvrager/coördinator"),
        ("Vilka fördelar får högskolorna av en kunskapsallians?", "nya undervisningsmetoder"),
    ],
)
def test_what_is_asked_of_the_organisations_named_is_answered_not_a_claim_on_them(engine, question, said) -> None:
    """A period after a preposition names which action is meant; what the universities gain is not how many are
    needed."""
    answer = ask(engine, question)
    assert said in answer.text.split("\n")[0]


@pytest.mark.parametrize(
    "question",
    [
        (
            "We are a vocational college in Tampere and want to apply for a Sector Skills Alliance. One of our partners, a"
            " training centre, is already a full partner in another SSA. Can it be a full partner in ours too?"
        ),
        (
            "Me ollaan paakumppani yhdessa alakohtaisessa osaamisallianssissa (sector skills alliance). Voidaanko samaan"
            " aikaan olla taysivaltainen kumppani toisessa SSA-hankkeessa"
        ),
        "Vi är redan fullvärdig partner i en annan SSA. Kan vi samtidigt vara sökande i en ny?",
    ],
)
def test_being_in_another_alliance_at_once_is_answered_by_the_one_at_a_time_rule(engine, question) -> None:
    """The role named ('full partner') is not what is asked: whether one may be in two alliances at a time is."""
    lead = ask(engine, question).text.split("\n")[0]
    assert any(words in lead for words in ("at a time", "kerrallaan", "åt gången"))


@pytest.mark.parametrize(
    ("question", "status"),
    [
        ("Onko Sveitsi ohjelmamaa osaamisallianssissa vai partnerimaa?", "Sveitsi ei ole ohjelmamaa"),
        ("Is Switzerland a programme country or a partner country for knowledge alliances?", "Switzerland is not"),
        ("Räknas Norge som programland eller partnerland?", "Norge är ett programland"),
    ],
)
def test_programme_or_partner_country_is_answered_by_the_status_with_no_yes_or_no(engine, question, status) -> None:
    lead = ask(engine, question).text.split("\n")[0]
    assert lead.startswith(status)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        (
            (
                "Vi är en kommun som driver komvux och SFI. Får vi vara med i ett strategiskt partnerskap inom"
                " vuxenutbildning, eller är det bara för folkhögskolor och studieförbund?"
            ),
            "Alla organisationer med verksamhet inom vuxenutbildning",
        ),
        (
            (
                "Kan een strategisch partnerschap volwasseneneducatie (KA2) ook samenwerken met het jeugdwerk of andere"
                " onderwijsniveaus?"
            ),
            "jeugdsector",
        ),
        ("Voiko aikuiskoulutuksen kumppanuushanke tehdä yhteistyötä nuorisotyön kanssa?", "nuorisoalaa"),
    ],
)
def test_who_may_be_in_a_partnership_and_with_whom_it_may_work_are_answered(engine, question, said) -> None:
    """'vara med' asks whether one may take part; youth work ('jeugdwerk', 'nuorisotyö') is the youth sector a
    partnership may work with, not the mobility of youth workers the texts do not cover."""
    answer = ask(engine, question)
    assert not answer.abstained
    assert said in answer.text.split("\n")[0]


@pytest.mark.parametrize(
    "question",
    [
        "How many applications can one organisation submit as coordinator for a knowledge alliance?",
        "Hoeveel aanvragen mag een organisatie indienen als coördinator van een kennisalliantie?",
        "Hur många ansökningar får en organisation lämna in som koordinator för en kunskapsallians?",
        # how many were received is still what the texts never give
        "How many applications were received for knowledge alliances in 2019?",
        "Hoeveel aanvragen werden er vorig jaar ingediend voor kennisallianties?",
    ],
)
def test_a_number_of_applications_is_a_figure_no_text_gives(engine, question) -> None:
    """How many applications one may submit is a rule the texts do not give, not the consortium's composition; how
    many were received is a statistic they do not give either."""
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    ("question", "said"),
    [
        (
            (
                "Vi är en yrkeshögskola i Malmö och vill vara med i kunskapsalliansen för yrkesutbildning. Vilka typer av"
                " organisationer måste finnas med från varje land?"
            ),
            "utbildningsanordnare",
        ),
        ("What does a knowledge alliance for vocational training need from each country?", "training provider"),
    ],
)
def test_the_knowledge_alliance_for_vocational_training_is_the_sector_skills_alliance(engine, question, said) -> None:
    """The alliance of the 2014-2020 period for vocational education is the Sector Skills Alliance, whatever name
    the asker gives it."""
    assert said in ask(engine, question).text.split("\n")[0]


@pytest.mark.parametrize(
    "question",
    [
        "Kuinka monta hakemusta osaamisallianssihakuun jätettiin vuonna 2019?",
        "Hur många ansökningar lämnades in till kunskapsallianserna 2019?",
    ],
)
def test_how_many_applications_were_submitted_is_a_statistic_no_text_gives(engine, question) -> None:
    assert ask(engine, question).abstained
