"""A long guide (22 pages, about 50,000 characters, 24 numbered sections with subsections, running header
and footer, lists, tables: tests/fixtures/long-guide.pdf, made by LibreOffice from make_long_guide.py)
reads as a document and answers a question from a section deep inside it."""

from __future__ import annotations

import statistics
from pathlib import Path

import pytest

from erasbot.guidance.corpus import DocumentInfo, chunk_document, clean_text
from erasbot.guidance.engine import Engine
from erasbot.guidance.reading import read_document, render
from erasbot.settings import REPO_ROOT, load_settings
from tests.conftest import WordLengthEmbedder

LONG = Path(__file__).parents[1] / "fixtures" / "long-guide.pdf"
TOPICS = [
    "Purpose of the action",
    "Eligible organisations",
    "Composition of the network",
    "Duration of projects",
    "Budget and lump sums",
    "Work packages",
    "Mobility of teachers",
    "Digital platforms",
    "Quality assurance",
    "Reporting",
    "Payments",
    "Amendments",
    "Communication",
    "Open access",
    "Monitoring visits",
    "Evaluation of results",
    "Data protection",
    "Audits",
    "Closure of the project",
    "Complaints",
    "Inclusion and diversity",
    "Green practices",
    "Sustainability",
    "Contacts",
]


@pytest.fixture(scope="module")
def chunks():
    document = read_document(LONG)
    info = DocumentInfo("long", document.title, "en", "user document", (), "", "2021-2027")
    return document, chunk_document(info, clean_text(render(document)))


def test_the_long_guide_reads_with_its_title_every_section_and_no_page_furniture(chunks):
    document, passages = chunks
    assert document.title == "Teacher Training Networks – Implementation guide for beneficiaries"
    headings = {c.heading for c in passages}
    for n, topic in enumerate(TOPICS, 1):
        # each subsection's passages carry their section's heading ('18. Audits – 18.2 Practical arrangements')
        assert f"{n}. {topic} – {n}.2 Practical arrangements" in headings, f"section {n} ({topic}) lost"
    text = "\n".join(c.text for c in passages)
    assert "version 2.0" not in text and "page 3 of" not in text
    assert "Teacher Training Networks 2021-2027 · Implementation guide" not in text
    assert len(text) > 40_000


def test_the_long_guides_passages_are_of_the_measured_size(chunks):
    _, passages = chunks
    sizes = [len(c.text) for c in passages]
    assert len(passages) >= 60
    assert 300 <= statistics.median(sizes) <= 700
    assert max(sizes) <= 1_200


@pytest.fixture(scope="module")
def long_engine(tmp_path_factory):
    data = tmp_path_factory.mktemp("long-data")
    built = Engine(
        load_settings({"ERASBOT_DATA_DIR": str(data), "ERASBOT_CORPUS_DIR": str(REPO_ROOT / "corpus")}),
        embedder=WordLengthEmbedder(),
    )
    built.library.add_user_document(LONG, "en", (), "2021-2027")
    built.ingest()
    return built


@pytest.mark.parametrize(
    ("question", "fact", "section"),
    [
        ("How much money is set aside for audits in a Teacher Training Network?", "237 500", "18."),
        ("Within how many days must the network act on complaints?", "50 days", "20."),
        # the sentence repeats section after section; only its section's heading says which it is
        ("How many days does the network have to propose a corrective plan for complaints?", "55 days", "20."),
        ("How often does the steering group meet for sustainability?", "5 times a year", "23."),
    ],
)
def test_a_question_on_a_section_deep_in_the_long_guide_is_answered_from_it(long_engine, question, fact, section):
    answer = long_engine.ask(question, language="en")
    assert not answer.abstained
    assert {c.doc_id for c in answer.citations} == {"long-guide"}
    assert fact in answer.text
    assert f"– {section}" in answer.text.split("\n")[0]  # the lead names the section it quotes
    # never the same sentence of another section beside it, with that section's figure
    quotes = [set(line.split()) for line in answer.text.split("\n") if line.startswith("> ")]
    assert not any(len(a & b) >= 0.8 * max(len(a), len(b)) for i, a in enumerate(quotes) for b in quotes[i + 1 :])
