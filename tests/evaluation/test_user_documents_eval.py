"""The evaluation for added documents runs, finds the added documents and answers from them."""

from __future__ import annotations

from pathlib import Path

import pytest

from erasbot.errors import ErasbotError
from erasbot.evaluation import user_documents
from erasbot.evaluation.questions import load_questions
from erasbot.evaluation.user_documents import (
    ALONE,
    ALONE_ROUNDS,
    BLIND,
    BLIND2,
    BLIND2_DOCUMENT,
    BLIND_DOCUMENT,
    DOCUMENTS,
    ISSUE14,
    ISSUE14_DOCUMENT,
    ROUND4,
    SCHOOLS,
    SCHOOLS_DOCUMENT,
    USER_DOCUMENTS,
    AddedDocument,
    report_lines,
    run_alone,
    run_user_documents,
)


def test_the_held_out_set_covers_four_languages_three_documents_and_questions_none_answers():
    items = load_questions(USER_DOCUMENTS / "questions_holdout.jsonl")
    assert len(items) >= 15
    assert {i.lang for i in items} == {"sv", "fi", "nl", "en"}
    assert sum(i.out_of_scope for i in items) >= 4
    assert {d for i in items for d in i.expected_docs} == {
        "alliances-implementation-guide",
        "samarbetspartnerskap-vuxenutbildning",
        "blended-intensive-programmes-call",
    }


def test_the_question_set_covers_four_languages_and_questions_the_documents_do_not_answer():
    items = load_questions(USER_DOCUMENTS / "questions.jsonl")
    assert len(items) >= 40
    assert {i.lang for i in items} == {"sv", "fi", "nl", "en"}
    assert sum(i.out_of_scope for i in items) >= 8
    assert {d for i in items for d in i.expected_docs} == {
        "alliances-implementation-guide",
        "samarbetspartnerskap-vuxenutbildning",
    }


@pytest.mark.slow
def test_the_added_documents_evaluation_runs_and_retrieves_the_added_documents(session_settings, engine):
    result = run_user_documents(session_settings, embedder=engine.embedder, bundled_questions=None)
    assert result["erasbot"]["metrics"]["n"] == result["naive"]["metrics"]["n"] >= 40
    metrics = result["erasbot"]["metrics"]
    # ranking is shared with the bundled texts: a third added document pushes some passages out of the top 3
    assert metrics["hit@3"] >= 0.45  # see evals/user_documents/report.md
    # the answers: the asked fact for most covered questions, never cited to another document
    assert metrics["fact_recall"] >= 0.75
    assert metrics["other_source_answers"] == 0
    assert [d["title"] for d in result["documents"]] == [
        "Alliances for Innovation, Lot 1 – Implementation guide for coordinators",
        "Samarbetspartnerskap inom vuxenutbildning – vägledning för sökande",
        "Blended Intensive Programmes – Guide for higher education institutions, call 2024",
    ]
    assert result["holdout"]["metrics"]["n"] >= 15
    # the blind document is added last, for the blind set only
    assert result["blind"]["metrics"]["n"] == 25
    assert result["blind_document"]["title"] == "Youth Exchanges – Guide for applicants, call 2025"
    # the round-5 set, in a directory of its own with the school-accreditation guide
    assert result["schools"]["metrics"]["n"] == len(load_questions(SCHOOLS))
    assert result["schools_document"]["title"].startswith("Erasmus accreditation in school education")
    assert any("naive baseline" in line for line in report_lines(result))
    assert any("held-out" in line for line in report_lines(result))


def test_the_blind_set_asks_over_the_blind_document_only_in_four_languages_with_near_misses():
    items = load_questions(BLIND)
    assert len(items) == 25
    assert {i.lang for i in items} == {"sv", "fi", "nl", "en"}
    assert sum(i.out_of_scope for i in items) >= 4
    assert {d for i in items for d in i.expected_docs} == {Path(BLIND_DOCUMENT.file).stem}
    assert BLIND_DOCUMENT not in DOCUMENTS  # added only for the blind set: the other sets' figures stay


def test_the_second_blind_set_asks_over_its_own_dutch_document_only_with_near_misses():
    items = load_questions(BLIND2)
    assert len(items) == 24
    assert {i.lang for i in items} == {"sv", "fi", "nl", "en"}
    assert sum(i.out_of_scope for i in items) >= 6
    assert {d for i in items for d in i.expected_docs} == {Path(BLIND2_DOCUMENT.file).stem}
    assert (USER_DOCUMENTS / BLIND2_DOCUMENT.file).exists()
    # added only for its own run: neither the other sets nor the first blind set see it
    assert BLIND2_DOCUMENT not in DOCUMENTS and BLIND2_DOCUMENT != BLIND_DOCUMENT


def test_the_report_shows_the_blind_set_on_its_own_row_and_names_its_document():
    _assert_own_row(25, "blind", BLIND_DOCUMENT, "| erasbot, blind set")


def test_the_round4_set_asks_over_the_youth_guide_in_four_languages_with_near_misses_on_its_own_row():
    items = load_questions(ROUND4)
    assert {i.lang for i in items} == {"sv", "fi", "nl", "en"}
    assert sum(i.out_of_scope for i in items) >= 4
    assert {d for i in items for d in i.expected_docs} == {Path(BLIND_DOCUMENT.file).stem}
    run = {"metrics": {"n": len(items)}, "by_language": {}}
    result = {"embedding_model": "fake", "documents": [], "erasbot": run, "naive": run, "round4": run}
    assert any(line.startswith("| erasbot, round-4 set") for line in report_lines(result))


def test_the_round5_set_asks_over_the_school_guide_in_four_languages_with_near_misses_on_its_own_row():
    items = load_questions(SCHOOLS)
    assert len(items) >= 20
    assert {i.lang for i in items} == {"sv", "fi", "nl", "en"}
    assert sum(i.out_of_scope for i in items) >= 5
    assert {d for i in items for d in i.expected_docs} == {Path(SCHOOLS_DOCUMENT.file).stem}
    assert (USER_DOCUMENTS / SCHOOLS_DOCUMENT.file).exists()
    _assert_own_row(len(items), "schools", SCHOOLS_DOCUMENT, "| erasbot, round-5 set")


def test_the_issue14_set_asks_over_its_own_dutch_guide_in_four_languages_on_its_own_row():
    items = load_questions(ISSUE14)
    assert len(items) >= 20
    assert {i.lang for i in items} == {"sv", "fi", "nl", "en"}
    assert {d for i in items for d in i.expected_docs} == {Path(ISSUE14_DOCUMENT.file).stem}
    assert (USER_DOCUMENTS / ISSUE14_DOCUMENT.file).exists()
    # added only for its own run: no other set's figures change
    assert ISSUE14_DOCUMENT not in DOCUMENTS and ISSUE14_DOCUMENT not in (BLIND_DOCUMENT, BLIND2_DOCUMENT)
    _assert_own_row(len(items), "issue14", ISSUE14_DOCUMENT, "| erasbot, issue-14 set")


# the blind rounds with a guide of their own, added alone (user_documents.ALONE_ROUNDS): name, the guide's title as
# cited, and a question to run it with
GUIDE_ROUNDS = [
    (
        "blind3",
        "Erasmus Mundus Joint Masters – Guide for applicants, call 2026",
        "How many organisations must a consortium have?",
    ),
    (
        "blind4",
        "Higher Education Mobility Projects (KA131) – Guide for beneficiaries, call 2025",
        "How long may a staff mobility last?",
    ),
    (
        "blind5",
        "Small-scale Partnerships (KA210) – Guide for applicants, call 2026",
        "How long may a small-scale partnership last?",
    ),
    (
        "blind6",
        "Erasmus+ Teacher Academies – Call document and guide for applicants, call 2026",
        "How long may a Teacher Academy last?",
    ),
    (
        "blind7",
        "Capacity Building in Higher Education – Call document and guide for applicants, call 2025",
        "How long may a strand 2 project last?",
    ),
    (
        "blind8",
        "Samenwerkingspartnerschappen in het mbo (KA220-VET) – Handleiding voor aanvragers, oproep 2026",
        "How long may a cooperation partnership last?",
    ),
    (
        "blind9",
        "Samarbetspartnerskap inom vuxenutbildning (KA220-ADU) – ansökningsomgång 2026",
        "How long may a cooperation partnership in adult education last?",
    ),
    (
        "blind10",
        "Partnerships for Innovation – Forward-Looking Projects – Call document and guide for applicants, call 2026",
        "How long may a Forward-Looking Project last?",
    ),
    (
        "blind11",
        (
            "Erasmus+ -hakuopas 2026: Ammatillisen koulutuksen liikkuvuushankkeet (KA122-VET) ja akkreditoidut "
            "hankkeet (KA121-VET)"
        ),
        "How long may a short-term VET mobility project last?",
    ),
    (
        "blind12",
        # the title as cited: whole words up to 120 characters
        "Ansökningsguide 2026: Erasmusackreditering för vuxenutbildning (KA120-ADU) och ackrediterade mobilitetsprojekt …",
        "How long may an accredited adult-education mobility project last?",
    ),
    ("blind13", "Nuorten osallistumishankkeet (KA154-YOU)", "How long may a youth participation project last?"),
    (
        "blind14",
        "Partnerschappen in de sport (KA210-SPO en KA220-SPO) – oproep 2026",
        "How long may a small-scale partnership in sport last?",
    ),
    # the front matter's quoted title says what the page's heading says: the heading, without quotes
    ("blind15", "Handbok: Jean Monnet-åtgärderna i Erasmus+ (call 2026)", "How long may a Jean Monnet Module last?"),
    # a plain text's title is its first line, as the word processor saved it
    ("blind16", "ERASMUS+ TEACHER ACADEMIES", "How long may a Teacher Academy last?"),
    # a mail's title is its subject line
    (
        "blind17",
        "Erasmus+ Europese Universiteiten, oproep 2026 (memo + procedure)",
        "How long may a European University alliance last?",
    ),
    # a slide deck's title is the PDF's metadata title
    (
        "blind18",
        "Erasmus+ KA171 – informationswebbinarium om ansökningsomgång 2026",
        "How long may a KA171 student mobility for studies last?",
    ),
    # a Word document's title is its core properties' title
    (
        "blind19",
        "Handleiding voor aanvragers – Mobiliteit van jongerenwerkers (KA153-YOU) – oproep 2026",
        "How long may a KA153 mobility activity last?",
    ),
    # a two-column factsheet's title is its PDF's metadata title
    (
        "blind21",
        "Erasmus+ Virtuella utbyten inom högre utbildning och ungdom – utlysning 2026",
        "How long may a Virtual Exchange project last?",
    ),
    # a Word draft's title is its core properties' title, whatever its tracked changes and comments say
    (
        "blind22",
        "Ohje hakijoille: Erasmus+ yhteistyökumppanuudet kouluopetuksessa (KA220-SCH), hakukierros 2026",
        "How long may a KA220-SCH project last?",
    ),
    # a call guide's title is its PDF's metadata title, not its title page's letter-spaced 'O P R O E P G I D S'
    (
        "blind23",
        "Oproepgids Capaciteitsopbouw in het beroepsonderwijs en de beroepsopleiding (CB VET) – oproep 2026",
        "How long may a CB VET project last?",
    ),
    # a saved web page's title is its first-level heading, not its <title> with the site's name after a bar (whole
    # words up to 120 characters, as citations show it)
    (
        "blind24",
        "Erasmus+ school education mobility (KA121-SCH and KA122-SCH), call 2026: travel, green travel and inclusion "
        "support - …",
        "How long may a KA122-SCH job shadowing activity last?",
    ),
    # a brochure's title is its cover's large type, not its metadata title, which is the file's working name
    # ('esite_KA122_v4_FINAL')
    (
        "blind25",
        "Aikuiskoulutuksen liikkuvuushankkeet (KA122-ADU)",
        "How long may a KA122-ADU project last?",
    ),
    # a web page printed to PDF: its metadata title is the page's <title>, the site's name after a bar left out
    (
        "blind26",
        "Kapacitetsuppbyggnad inom högre utbildning (CBHE) – utlysning 2026",
        "How long may a CBHE strand 2 project last?",
    ),
    # a Word document made in LibreOffice: its title is the core properties' title
    (
        "blind27",
        "Projektplan och ansökningsunderlag – EuroRoll Östersund 2027",
        "How long may a European sport event last?",
    ),
    # a mail thread saved as Markdown: its title is the newest mail's subject, the reply prefix left out
    (
        "blind28",
        "Correctie reisduur DiscoverEU Inclusion Action",
        "How long may a DiscoverEU Inclusion trip last?",
    ),
    # a printable form made with LibreOffice: its title from the PDF's metadata, not its agency's name printed first
    (
        "blind29",
        "European Youth Together (EYT) – Call 2026: eligibility self-check and application checklist (Form EYT-SC-2026)",
        "How long may a European Youth Together project last?",
    ),
    # a web page saved from the browser: its title is the article's h1, not the <title> with the site's name after it
    (
        "blind30",
        "Erasmus-peruskirja korkeakouluille (ECHE) – haku 2027",
        "How long is the Erasmus Charter for Higher Education valid?",
    ),
    # a handbook with footnotes and a contents page: its title from the PDF's metadata, not the agency's name printed
    # first on its title page
    (
        "blind31",
        "Handleiding Capaciteitsopbouw in het jeugdveld – oproep 2027",
        "How long does a Capacity Building project in the field of youth last?",
    ),
    # minutes with tracked changes and comments: the title as the document's first line states it, cut at a word
    (
        "blind32",
        "Minnesanteckningar och arbetsutkast – informationsmöte om Partnerskap för samarbete inom vuxenutbildning "
        "(KA220-ADU), …",
        "How long can a KA220 adult education partnership last?",
    ),
    # an e-mail newsletter saved as HTML, laid out in tables: its title is the article's h1, not the <title> with the
    # newsletter's name and issue
    (
        "blind33",
        "Cooperation Partnerships in Youth: the 2027 call is open",
        "How long can a KA220 youth partnership last?",
    ),
    # a brochure laid out in two columns: its title is the full-width title block's, not the running header's
    (
        "blind34",
        "Korkeakoulutuksen yhteistyökumppanuudet (KA220-HED) – Erasmus+ 2027",
        "How long can a KA220 higher education partnership last?",
    ),
]
# questions per language (en, sv, fi, nl): mostly English, as users ask about an English guide; mostly Dutch over the
# Dutch guide of round 8; as many in Swedish as in English over the Swedish web page of round 9; twelve in English and
# six in each other language over the English call document of round 10; nine in Finnish and seven in each other
# language over the Finnish guide of round 11; nine in Swedish and seven in each other over the Swedish guide of round
# 12; nine in Finnish and seven in each other over the Finnish web page of round 13; nine in Dutch and seven in each
# other over the Dutch web page of round 14; nine in Swedish and seven in each other over the Swedish wiki page of
# round 15; nine in English and seven in each other over the English plain-text briefing of round 16; nine in Dutch
# and seven in each other over the Dutch plain-text e-mail of round 17; nine in Swedish and seven in each other over the
# Swedish slide deck of round 18; nine in Dutch and seven in each other over the Flemish Word document of round 19;
# nine in Swedish and seven in each other over the Swedish two-column factsheet of round 21; nine in Finnish and seven
# in each other over the Finnish Word draft of round 22; eight in Dutch and English and seven in Swedish and Finnish
# over the Flemish call guide of round 23; eight in Finnish and English and seven in Swedish and Dutch over the Finnish
# brochure of round 25; eight in Swedish and Finnish and seven in English and Dutch over the Swedish web page printed to
# PDF of round 26; eight in English and Finnish and seven in Swedish and Dutch over the Swedish project plan of round
# 27; eight in Finnish and Dutch and seven in English and Swedish over the Dutch mail thread of round 28; eight in
# English and Finnish and seven in Swedish and Dutch over the English form of round 29; eight in English and Finnish and
# seven in Swedish and Dutch over the Finnish web page of round 30; eight in Dutch and English and seven in Swedish and
# Finnish over the Flemish handbook of round 31; eight in English and Swedish and seven in Finnish and Dutch over the
# Swedish minutes of round 32 and over the English newsletter of round 33; eight in English and Finnish and seven in
# Swedish and Dutch over the Finnish two-column brochure of round 34
LANGUAGES = {
    "blind3": [18, 4, 4, 4],
    "blind4": [18, 4, 4, 4],
    "blind5": [15, 5, 5, 5],
    "blind6": [15, 5, 5, 5],
    "blind7": [15, 5, 5, 5],
    "blind8": [8, 6, 6, 10],
    "blind9": [8, 8, 7, 7],
    "blind10": [12, 6, 6, 6],
    "blind11": [7, 7, 9, 7],
    "blind12": [7, 9, 7, 7],
    "blind13": [7, 7, 9, 7],
    "blind14": [7, 7, 7, 9],
    "blind15": [7, 9, 7, 7],
    "blind16": [9, 7, 7, 7],
    "blind17": [7, 7, 7, 9],
    "blind18": [7, 9, 7, 7],
    "blind19": [7, 7, 7, 9],
    "blind21": [7, 9, 7, 7],
    "blind22": [7, 7, 9, 7],
    "blind23": [8, 7, 7, 8],
    "blind24": [8, 8, 7, 7],
    "blind25": [8, 7, 8, 7],
    "blind26": [7, 8, 8, 7],
    "blind27": [8, 7, 8, 7],
    "blind28": [7, 7, 8, 8],
    "blind29": [8, 7, 8, 7],
    "blind30": [8, 7, 8, 7],
    "blind31": [8, 7, 7, 8],
    "blind32": [8, 8, 7, 7],
    "blind33": [8, 8, 7, 7],
    "blind34": [8, 7, 8, 7],
}


def test_every_round_added_alone_is_checked_here_with_its_own_guide():
    assert [r[0] for r in GUIDE_ROUNDS] == [r.name for r in ALONE_ROUNDS] == list(LANGUAGES)
    assert len({r.document.file for r in ALONE_ROUNDS}) == len(ALONE_ROUNDS)


@pytest.mark.parametrize("name", [r[0] for r in GUIDE_ROUNDS])
def test_a_blind_set_asks_mostly_in_its_guides_language_over_its_own_guide_with_near_misses_on_its_own_row(name):
    document = ALONE[name].document
    items = load_questions(ALONE[name].questions)
    assert len(items) == 30
    assert [sum(i.lang == lang for i in items) for lang in ("en", "sv", "fi", "nl")] == LANGUAGES[name]
    assert sum(i.out_of_scope for i in items) == 6
    assert {d for i in items for d in i.expected_docs} == {Path(document.file).stem}
    assert (USER_DOCUMENTS / document.file).exists()
    others = (*DOCUMENTS, BLIND_DOCUMENT, BLIND2_DOCUMENT, *(r.document for r in ALONE_ROUNDS), SCHOOLS_DOCUMENT)
    assert [d for d in (*others, ISSUE14_DOCUMENT) if d == document] == [document]  # no other set adds it
    _assert_own_row(len(items), name, document, f"| erasbot, blind set {name.removeprefix('blind')} (")


@pytest.mark.slow
@pytest.mark.parametrize(("name", "title", "question"), GUIDE_ROUNDS)
def test_a_blind_run_adds_its_guide_alone_to_the_bundled_corpus(name, title, question, session_settings, tmp_path):
    from conftest import WordLengthEmbedder

    questions = tmp_path / "one.jsonl"
    questions.write_text(
        f'{{"id": "x1", "lang": "en", "question": "{question}", '
        '"expected_docs": [], "facts_any": [], "out_of_scope": true}\n',
        encoding="utf-8",
    )
    result = run_alone(name, session_settings, embedder=WordLengthEmbedder(), questions=questions)
    assert result[f"{name}_document"]["title"] == title
    bundled = {p.stem for p in (Path(session_settings.corpus_dir) / "documents").glob("*.txt")}
    retrieved = {d for r in result[name]["records"] for d in r["retrieved_docs"]}
    assert len(bundled) == 5 and retrieved
    # the bundled texts and the guide only: none of the documents other sets add
    assert retrieved <= bundled | {result[f"{name}_document"]["id"]}


def _assert_own_row(n: int, key: str, document: AddedDocument, row: str) -> None:
    """The report gives the set a row of its own and names the document added for it."""
    run = {"metrics": {"n": n}, "by_language": {}}
    named = {"file": document.file, "id": f"{key}-id", "title": f"Title of {key}"}
    result = {"embedding_model": "fake", "documents": [], "erasbot": run, "naive": run, key: run}
    result[f"{key}_document"] = named
    lines = report_lines(result)
    assert any(line.startswith(row) for line in lines)
    assert any(f"{key}-id" in line and f"Title of {key}" in line for line in lines)


def test_the_round7_set_asks_over_the_mundus_and_ka131_guides_each_named_by_its_line():
    items = load_questions(user_documents.ADDED7)
    guides = list(user_documents.guides_of(user_documents.ADDED7).values())
    stems = [Path(d.file).stem for d in user_documents.ADDED7_DOCUMENTS]
    assert len(items) == 24 and sorted(set(guides)) == sorted(stems)
    assert [guides.count(s) for s in stems] == [12, 12]
    assert {i.lang for i in items} == {"sv", "fi", "nl", "en"} and sum(i.lang == "en" for i in items) == 12
    assert sum(i.out_of_scope for i in items) == 5
    # a covered question expects the guide its line names, and that guide alone
    assert all(list(i.expected_docs) == [g] for i, g in zip(items, guides, strict=True) if not i.out_of_scope)
    run = {"metrics": {"n": len(items)}, "by_language": {}}
    result = {"embedding_model": "fake", "documents": [], "erasbot": run, "naive": run, "added7": run}
    assert any(line.startswith("| erasbot, round-7 set") for line in report_lines(result))


def test_a_round7_line_naming_no_guide_is_refused_with_its_place(tmp_path):
    questions = tmp_path / "set.jsonl"
    questions.write_text('{"id": "x1", "question": "How long?"}\n', encoding="utf-8")
    with pytest.raises(ErasbotError, match=r"set\.jsonl:1: 'guide'"):
        user_documents.guides_of(questions)
