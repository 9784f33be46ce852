"""Near misses over an added guide: a question on a thing of the same kind as one the guide covers (another
action's grant, a fee where the guide gives a scholarship, a doctoral programme where it covers masters, insurance
it never mentions) is refused, in any language; the guide's own thing is still answered. What a guide names only
to place it outside its scope ('Nor does this guide cover ...') is no subject of it."""

from __future__ import annotations

import pytest

from erasbot.guidance.corpus import DocumentInfo
from erasbot.guidance.scope import says_out_of_scope
from tests.guidance.guides_in_memory import GuideInMemory

GUIDE = DocumentInfo(
    "masters-guide",
    "Erasmus Mundus Joint Masters – Guide for applicants, call 2026",
    "en",
    "user document",
    (),
    "",
    "2021-2027",
)
PASSAGES = [
    (
        "1.2 What this guide does not cover",
        "This guide covers only the Erasmus Mundus Joint Masters. Nor does this guide cover the individual mobility "
        "of higher education students and staff (KA131-HED), Jean Monnet Actions or doctoral programmes.",
    ),
    ("9.3 Maximum grant", "The maximum EU grant for an EMJM project is EUR 5,000,000 over the six years."),
    (
        "9.2 Scholarships",
        "The scholarships are part of the grant and are calculated at EUR 1,400 per month per scholarship holder.",
    ),
    (
        "6.4 Participation costs",
        "The consortium sets the participation costs of self-funded students and publishes them on its website.",
    ),
    ("7.1 Selection", "Each programme admits students holding a first higher education degree of 180 ECTS."),
]
MASTERS = GuideInMemory(GUIDE, PASSAGES)
PROFILES = MASTERS.profiles
ask = MASTERS.ask


def test_a_guide_listing_what_else_it_does_not_cover_places_it_outside_its_scope():
    assert says_out_of_scope(PASSAGES[0][1].split(". ", 1)[1])
    assert says_out_of_scope("Zij gaat niet over de Erasmus-accreditatie en geaccrediteerde projecten (KA121-VET).")
    assert not says_out_of_scope("The grant does not cover the purchase of land.")  # a rule the guide states


def test_what_a_guide_names_only_outside_its_scope_is_no_subject_of_it():
    profile = PROFILES[GUIDE.id]
    assert "jean-monnet" not in profile.mentions and "doctoral-studies" not in profile.mentions
    assert "ka131" not in profile.marks
    assert "erasmus-mundus" in profile.mentions


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        # another action's grant: the guide's own maximum grant is no answer
        ("What is the grant for a Jean Monnet module?", "en"),
        ("Kuinka paljon Jean Monnet -moduuli saa avustusta?", "fi"),
        # another action by its code, named by the guide only to exclude it
        ("How much is the monthly Erasmus+ grant for a KA131 student exchange semester in Spain?", "en"),
        # another level: a doctoral programme where the guide covers masters
        ("Paljonko EU-rahoitusta Erasmus Mundus -tohtoriohjelma voi saada?", "fi"),
        ("Hoeveel subsidie krijgt een doctoraatsprogramma binnen Erasmus Mundus?", "nl"),
        # another thing than the guide speaks of: a contact, insurance, holidays
        ("Mikä on Erasmus Mundus -neuvontapalvelun puhelinnumero?", "fi"),
        ("Hur stor försäkring måste studenterna i ett Erasmus Mundus-program ha?", "sv"),
        ("Kuinka monta lomapäivää Erasmus Mundus -opiskelijalla on?", "fi"),
    ],
)
def test_a_thing_of_the_same_kind_the_guide_does_not_speak_of_is_refused(question, lang):
    assert ask(question, lang).abstained


@pytest.mark.parametrize(
    ("question", "lang", "fact"),
    [
        ("What is the maximum EU grant for an Erasmus Mundus Joint Masters project?", "en", "5,000,000"),
        ("Hur stort är stipendiet per månad i ett Erasmus Mundus joint master?", "sv", "1,400"),
        ("What participation costs do self-funded students pay in an Erasmus Mundus master?", "en", "participation"),
        (
            "Vilka deltagaravgifter betalar självfinansierade studenter i ett Erasmus Mundus-program?",
            "sv",
            "participation",
        ),
    ],
)
def test_the_guides_own_grant_scholarship_and_costs_are_still_answered(question, lang, fact):
    answer = ask(question, lang)
    assert not answer.abstained and fact in answer.text


SCHOOL = DocumentInfo(
    "school-guide",
    "Erasmus accreditation in school education – Guide for accredited schools, call 2025",
    "en",
    "user document",
    (),
    "",
    "2021-2027",
)
SCHOOL_PASSAGES = [
    ("3.2 Credits", "Each pupil taking part in a course abroad is awarded a certificate of 3 credits."),
    ("4.1 Organisational support", "The school receives organisational support of EUR 100 per participant."),
    ("4.3 Teachers", "Teachers may follow a job-shadowing period of 2 to 60 days."),
]
ask_school = GuideInMemory(SCHOOL, SCHOOL_PASSAGES).ask


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        # the figure is given for pupils; the question asks it of teachers, in any language
        ("How many credits does a teacher get for a course abroad in school education accreditation?", "en"),
        ("Kuinka monta opintopistettä opettaja saa kurssista koulujen akkreditoinnissa?", "fi"),
        # the guide gives organisational support; the question asks inclusion support
        ("How much inclusion support does a school with an Erasmus accreditation get per pupil?", "en"),
        ("Hoeveel inclusieondersteuning krijgt een school met een Erasmus-accreditatie per leerling?", "nl"),
    ],
)
def test_a_figure_for_other_people_or_another_kind_of_money_is_no_answer(question, lang):
    assert ask_school(question, lang).abstained


@pytest.mark.parametrize(
    ("question", "lang", "fact"),
    [
        ("How many credits does a pupil get for a course abroad in school education accreditation?", "en", "3 credits"),
        ("Hoeveel organisatorische ondersteuning krijgt een school met een Erasmus-accreditatie?", "nl", "EUR 100"),
        ("How long may teachers job-shadow in school education accreditation?", "en", "2 to 60 days"),
    ],
)
def test_the_figure_for_the_people_and_the_money_asked_is_answered(question, lang, fact):
    answer = ask_school(question, lang)
    assert not answer.abstained and fact in answer.text


@pytest.mark.parametrize(
    ("question", "people"),
    [
        ("Hur många poäng får lärarna?", {"staff"}),
        ("Kuinka paljon opiskelija saa päivässä?", {"learners"}),
        ("Hoeveel krijgen leerlingen en hun docenten?", {"learners", "staff"}),
        ("How much do participants get per day?", set()),  # either
    ],
)
def test_learners_and_staff_are_told_apart_in_every_language(question, people):
    from erasbot.guidance.said_of import people_named

    assert people_named(question) == people


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Hur mycket inkluderingsstöd får skolan per deltagare?", {"inclusion"}),
        ("Paljonko kielitukea saa osallistujaa kohden?", {"linguistic"}),
        ("Kostenpost: Organisatorische ondersteuning; Bijdrage: € 350 per deelnemer", {"organisational"}),
        ("Möjliga engångsbelopp: 30 000 eller 60 000 euro", {"lump sum"}),
        ("Hoeveel bedraagt de maandelijkse beurs voor een student?", set()),  # a student's grant: any kind
    ],
)
def test_the_kind_of_money_is_read_in_every_language(text, kinds):
    from erasbot.guidance.amount_of import grant_kinds

    assert grant_kinds(text) == kinds


BY_COUNTRY = (
    "Students on a long-term mobility receive a monthly grant instead, between EUR 250 and EUR 600 per month "
    "depending on the country of destination."
)


@pytest.mark.parametrize(
    "question",
    [
        "What is the monthly grant for a student doing a traineeship in Spain?",
        "Paljonko yksilötukea korkeakouluopiskelija saa kuukaudessa Erasmus-vaihdossa Saksassa?",
        "Hoeveel krijgt een student per maand in Duitsland?",
    ],
)
def test_a_figure_asked_for_a_country_is_not_given_by_a_range_varying_by_country(question):
    from erasbot.guidance.said_of import country_figure_missing

    assert country_figure_missing(question, BY_COUNTRY, BY_COUNTRY)


def test_the_range_answers_where_no_country_is_asked_or_its_passage_names_the_country():
    from erasbot.guidance.said_of import country_figure_missing

    assert not country_figure_missing(
        "Hoeveel bedraagt de maandelijkse beurs voor een student?", BY_COUNTRY, BY_COUNTRY
    )
    passage = BY_COUNTRY + " Country group 2 comprises Austria, Belgium, Germany and Spain: EUR 540."
    assert not country_figure_missing("What is the monthly grant in Spain?", BY_COUNTRY, passage)
    assert not country_figure_missing(  # a figure not said to vary by country
        "What is the monthly grant in Spain?", "Students receive EUR 79 per day.", "Students receive EUR 79 per day."
    )
