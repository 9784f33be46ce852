"""Round 26's printed web page added (a Swedish agency's page on Capacity Building in Higher Education) and asked in
four languages: an overhead rate and VAT are things a guide must name to answer (the page names neither, though it
gives other percentages and costs); pages asked in Dutch meet the Swedish 'högst 70 sidor'; the share of the costs the
grant covers is answered by the sentence giving it ('täcka högst 80 % av projektets ... totala kostnader'), though it
names no co-financing; a numbered table row is quoted with its cells."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import engine_with_document

REPO_ROOT = Path(__file__).resolve().parents[2]
PAGE = REPO_ROOT / "evals" / "user_documents" / "blind26-kapacitetsuppbyggnad-hogre-utbildning.pdf"


@pytest.fixture(scope="module")
def page_engine(tmp_path_factory):
    return engine_with_document(tmp_path_factory, PAGE, "sv")


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("Which overhead rate may partners charge in a CBHE budget, 7 % as in other EU grants?", "en"),
        ("Is btw subsidiabel in een CBHE-project?", "nl"),
        ("Saako CBHE-hankkeen budjettiin laskea välillisiä kustannuksia?", "fi"),
    ],
)
def test_a_cost_the_page_does_not_name_is_refused(page_engine, question, lang) -> None:
    answer = page_engine.ask(question, language=lang)
    assert answer.abstained


@pytest.mark.parametrize(
    ("question", "lang", "said"),
    [
        ("Hoeveel pagina's mag deel B van een CBHE-aanvraag hebben?", "nl", "70 sidor"),
        (
            "Hur stor del av de totala kostnaderna täcker EU-bidraget i CBHE, måste vi medfinansiera själva?",
            "sv",
            "80 %",
        ),
        ("Which regions can take part in CBHE strand 1, is the Western Balkans open?", "en", "Västra Balkan"),
    ],
)
def test_the_page_answers_what_it_gives(page_engine, question, lang, said) -> None:
    answer = page_engine.ask(question, language=lang)
    assert not answer.abstained
    assert said in answer.text
