"""A question about a country put to an added guide: the guide's passage on that country answers it, named by
the guide's own name for it ('the UK' asked, 'United Kingdom' written; 'marokkolainen' asked, 'Morocco' written),
even when retrieval ranks the general rule on who may take part far above it."""

from __future__ import annotations

import pytest

from erasbot.guidance.added_places import asked_country, country_tokens, naming_asked, on_country
from erasbot.guidance.corpus import DocumentInfo
from erasbot.guidance.glossary import load_glossary
from erasbot.guidance.retrieval import Hit, analyse
from erasbot.guidance.selection import ADDED_PASSAGES
from tests.guidance.guides_in_memory import GuideInMemory

GUIDE = DocumentInfo(
    "cooperation-guide",
    "Capacity building in higher education – Guide for applicants, call 2025",
    "en",
    "user document",
    (),
    "",
    "2021-2027",
)
GENERAL = (
    "Any public or private organisation legally established in an EU Member State or an eligible third country may "
    "take part in a project as a full partner, provided it is active in higher education."
)
FILLER = [
    (f"4.{n} Roles in the partnership", f"Full partners of kind {n} take part in the project and sign the mandate.")
    for n in range(ADDED_PASSAGES + 2)
]
PASSAGES = [
    ("4.1 Eligible organisations", GENERAL),
    *FILLER,
    (
        "3.3 Countries that are not eligible",
        "The United Kingdom and Switzerland may take part only as associated partners, without funding.",
    ),
    (
        "12.1 Can a university from Morocco take part?",
        "Morocco belongs to Region 3 (South-Mediterranean countries) and is an eligible third country.",
    ),
]
CBHE = GuideInMemory(GUIDE, PASSAGES, step=0.01)  # the general rule first, the countries' passages last


def test_a_country_is_read_by_the_names_the_documents_use_in_their_languages() -> None:
    assert {"unit", "kingdom", "storbritanni"} <= set(country_tokens("Can a UK university take part?", ("en", "sv")))
    assert country_tokens("Can a university take part?", ("en",)) == []


@pytest.mark.parametrize(
    ("question", "code"),
    [
        ("Får ett universitet från Vietnam vara koordinator i projektet?", "VN"),
        ("Voiko turkkilainen yliopisto olla hankkeen koordinaattori?", "TR"),
        ("Can a university in Morocco take part?", "MA"),
        ("Mag een Russische universiteit als geassocieerde partner meedoen?", "RU"),
        # a country as the context of another question is no country asked about
        ("For a 5-day staff training, is the daily amount higher in Spain or in Poland?", None),
        ("Mogen we een bijeenkomst in Brussel houden als geen van de partners uit België komt?", None),
    ],
)
def test_the_country_asked_about_is_the_one_whose_organisations_may_take_part(question, code) -> None:
    assert asked_country(question) == code


def test_only_a_sentence_on_taking_part_answers_for_the_country() -> None:
    assert on_country("Morocco belongs to Region 3; it is an eligible third country.", {"morocco"}, "morocco")
    assert not on_country("Group 2: Austria, Belgium, Morocco.", {"morocco"}, "morocco")  # a row of a table


@pytest.mark.parametrize(
    ("question", "lang", "said"),
    [
        ("Can a UK university be a full partner in a capacity building project?", "en", "United Kingdom"),
        ("Voiko marokkolainen yliopisto osallistua kapasiteetin vahvistamishankkeeseen?", "fi", "Morocco belongs"),
        ("Kan ett universitet från Marocko delta i ett kapacitetsuppbyggnadsprojekt?", "sv", "Morocco belongs"),
    ],
)
def test_the_passage_on_the_country_asked_answers_not_the_general_rule(question, lang, said) -> None:
    answer = CBHE.ask(question, lang)
    assert not answer.abstained
    assert said in answer.text
    assert GENERAL not in answer.text


def test_a_thing_of_its_own_without_a_country_brings_in_no_passage_naming_it_in_passing() -> None:
    """'How much insurance must participants have?': a passage on the Mutual Insurance Mechanism names insurance,
    but another one; only a country asked about brings low-ranked passages in."""
    glossary = load_glossary()
    insurance = GuideInMemory(
        GUIDE,
        [
            *FILLER,
            ("11.2 Payments", "EACEA retains 5% of the grant as a contribution to the Mutual Insurance Mechanism."),
        ],
    )
    hits = [(rank, Hit(c, 1.0, 0.5, 0.5)) for rank, c in enumerate(insurance.chunks)]
    query = analyse("How much insurance must participants have?", "en", glossary, ("en",))
    assert "insurance" in query.concepts and glossary.concepts["insurance"].distinct
    assert naming_asked(query, hits[3:], hits[:3], glossary) == []
    uk = analyse("Can a UK university be a full partner?", "en", glossary, ("en",))
    named = naming_asked(uk, [(0, Hit(CBHE.chunks[-2], 1.0, 0.5, 0.5))], hits[:3], glossary)
    assert [h.chunk.heading for _, h in named] == ["3.3 Countries that are not eligible"]
