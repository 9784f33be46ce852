"""Turns of round 26: a consortium told by its totals ('6 orgs from 4 countries, 2 of them businesses') checked rule by
rule, one told partly by name and partly by kind, a lead-in naming a language before the question ('Min kollega frågar
på svenska: ...'), 'does the same hold in Finland and Denmark?' after a question naming one country, 'would that one
need it too?', the longest time asked where the text gives only a lower bound, and words the glossary lacked (a
federation, publications, stretching a project, problems in society, how often a call comes)."""

from __future__ import annotations

import pytest

from tests.chat.chatting import chat


@pytest.mark.parametrize(
    ("question", "lang", "verdict", "said"),
    [
        (
            "Our knowledge alliance: 2 universities (Sweden, Estonia), a consultancy in Latvia, one SME in Sweden and a "
            "Finnish research institute. So 6 organisations from 3 countries, 2 of them businesses. Are we eligible?",
            "en",
            "Yes",
            "at least 2 enterprises",
        ),
        (
            "Ons consortium voor een kennisalliantie: twee hogescholen, drie Duitse bedrijven. Vijf organisaties uit "
            "drie landen. Voldoet dat?",
            "nl",
            "Nee",
            "5 is te weinig",
        ),
    ],
)
def test_a_consortium_told_by_its_totals_is_checked_on_each_rule_it_counts(engine, question, lang, verdict, said):
    (reply,) = chat(engine, question, lang=lang)
    first = reply.text.split("\n")[0]
    assert first.startswith(verdict)
    assert said in first
    # every total told is checked: the organisations and the countries
    told = {"en": ("at least 6 organisations", "at least 3 programme countries"), "nl": ("minstens 6", "minstens 3")}
    assert all(rule in first for rule in told[lang])


def test_a_consortium_told_partly_by_name_and_partly_by_kind_is_counted_whole(engine) -> None:
    (reply,) = chat(
        engine,
        "For a knowledge alliance: Lund University (Sweden) coordinates, plus Aalto University (Finland), Ghent "
        "University (Belgium), a Belgian SME, a Finnish software company and a Swedish consultancy. Does that meet "
        "the rules?",
    )
    first = reply.text.split("\n")[0]
    assert "Found 6" in first
    assert first.startswith("Yes")
    assert "one country" not in first  # 'All full partners'-like words name no single country


@pytest.mark.parametrize(
    ("lead", "lang"),
    [
        ("Tack! Min kollega frågar på svenska:", "sv"),
        ("Kiitos! Jatkan suomeksi:", "fi"),
        ("sorry, in English now for my manager:", "en"),
    ],
)
def test_a_lead_in_naming_a_language_is_no_part_of_the_question(engine, lead, lang) -> None:
    asked = {
        "sv": "hur mycket pengar kan en kunskapsallians få om projektet är tvåårigt?",
        "fi": "paljonko rahaa osaamisallianssi voi saada kaksivuotiseen hankkeeseen?",
        "en": "how much money can a two-year knowledge alliance get?",
    }
    (reply,) = chat(engine, f"{lead} {asked[lang]}", lang=lang)
    assert not reply.abstained
    assert "700 000" in reply.text


def test_the_same_asked_of_other_countries_is_the_last_question_for_them(engine) -> None:
    _, reply = chat(
        engine,
        "Vilka typer av organisationer måste vi ha med från Sverige i en branschspecifik kunskapsallians?",
        "och i Finland och Danmark, gäller samma sak där?",
        lang="sv",
    )
    assert not reply.abstained
    assert "varje land" in reply.text


def test_would_that_one_need_it_too_asks_the_last_thing_of_the_one_named(engine) -> None:
    _, reply = chat(
        engine,
        "Do the universities in a knowledge alliance need some kind of charter?",
        "And if we add a university from Chile, would that one need it too?",
    )
    assert not reply.abstained
    assert "partnerländerna" in reply.text  # 'Det krävs däremot inte för lärosäten från partnerländerna.'


def test_the_longest_time_is_answered_where_the_text_gives_a_range(engine) -> None:
    (reply,) = chat(
        engine, "Hur länge får ett strategiskt partnerskap inom vuxenutbildning pågå som längst?", lang="sv"
    )
    assert not reply.abstained
    assert "1-3 år" in reply.text


@pytest.mark.parametrize(
    ("question", "lang", "said"),
    [
        (
            "if the only Danish participant in our sector skills alliance is a national federation representing all "
            "Danish health colleges, is that acceptable?",
            "en",
            "paraplyorganisation",
        ),
        (
            "What kind of publications should a knowledge alliance produce, and how should they be made available?",
            "en",
            "öppna lärresurser",
        ),
        ("Can our knowledge alliance stretch the project past the planned end date?", "en", "sex månader"),
        (
            "Welke grote problemen in de samenleving moeten de allianties tussen onderwijs en bedrijfsleven aanpakken?",
            "nl",
            "klimaatverandering",
        ),
        (
            "Hur söker man till en kunskapsallians, finns det deadlines varje månad eller en gång om året?",
            "sv",
            "årliga",
        ),
        (
            "Wij zijn een hogeschool in Leiden. Op welke vakgebieden mag een kennisalliantie zich richten?",
            "nl",
            "alla områden",
        ),
    ],
)
def test_words_people_use_meet_the_text_that_answers(engine, question, lang, said) -> None:
    (reply,) = chat(engine, question, lang=lang)
    assert not reply.abstained
    assert said in reply.text


@pytest.mark.parametrize(
    "question",
    [
        "Mikä on suurin tukisumma, jonka aikuiskoulutuksen KA2-kumppanuushanke voi saada?",
        # the longest time, where the text gives only a lower bound ('long-term staff mobility (more than 2 months)')
        "How long can long-term staff mobility last at most in a KA2 adult education project?",
        "Kuinka pitkä pitkäkestoinen henkilöstöliikkuvuus saa enimmillään olla aikuiskoulutuksen KA2-hankkeessa?",
        "Hur många deltagare brukar ett spridningsevenemang ha i genomsnitt?",
        # a date asked of every year is no question how often a call comes; the application's language told before a
        # colon is asked, no request to the chat
        "What is the deadline each year for a knowledge alliance?",
        "Vi skriver ansökan på engelska: går det bra för en kunskapsallians?",
    ],
)
def test_a_figure_the_texts_do_not_give_is_refused(engine, question) -> None:
    (reply,) = chat(engine, question)
    assert reply.abstained
