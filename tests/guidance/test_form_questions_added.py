"""An added form states its rules in its numbered questions ('A.3 Has the organisation been legally registered for at
least 12 months on the date of the submission deadline? *') and explains them in the notes under them: a figure asked
('how long must we have been registered?') is given by the note's question, which the answer's first line names, and
not by a table's figures of another kind of duration; the thing of its own asked (the registration, the PIC or OID)
must be what the quoted passage speaks of."""

from __future__ import annotations

from guides_in_memory import KNOWLEDGE_ALLIANCES, CorpusInMemory

from erasbot.guidance.corpus import DocumentInfo
from erasbot.guidance.units import asked_units

FORM = DocumentInfo(
    "youth-together-self-check",
    "European Youth Together – eligibility self-check (Form EYT-SC)",
    "en",
    "user document",
    (),
    "",
    "2021-2027",
)
TITLE = FORM.title
PASSAGES = [
    (KNOWLEDGE_ALLIANCES, "Kunskapsallianser", "Projekten pågår i två till tre år."),
    (
        FORM,
        f"{TITLE} – D. Budget – Table 1 – Lump-sum options",
        "Option: A; EU lump sum: EUR 150 000; Minimum duration: 18 months. Option: B; EU lump sum: EUR 300 000; "
        "Minimum duration: 24 months.",
    ),
    (
        FORM,
        f"{TITLE} – A. Applicant – A.3 Has the organisation been legally registered for at least 12 months on the date "
        "of the submission deadline? *",
        "Note: In practice, the registration date shown in the Participant Register must be 26 February 2025 or "
        "earlier. A change of name or legal form does not reset this date.",
    ),
    (
        FORM,
        f"{TITLE} – E. Submission – E.1 Will the proposal be submitted through the Funding & Tenders Portal? *",
        "Note: Proposals are submitted electronically only, through the Funding & Tenders Portal.",
    ),
    (
        FORM,
        f"{TITLE} – A. Applicant – A.4 Does the organisation have a Participant Identification Code (PIC)? *",
        "Note: Because the action is managed by EACEA, you need a 9-digit PIC. The organisation ID (OID, starting "
        "with “E”) that you use for projects managed by national agencies is not accepted in the submission system.",
    ),
]
KA, TABLE, REGISTERED, SUBMITTED, PIC = PASSAGES
# (ranked in the order written: the passage that does not answer first)
CORPUS = CorpusInMemory([KA, TABLE, REGISTERED, SUBMITTED], languages=("sv", "en", "nl"))
PIC_CORPUS = CorpusInMemory([KA, SUBMITTED, PIC], languages=("sv", "en", "nl"))


def test_a_duration_asked_is_given_by_the_forms_question_over_the_note():
    answer = CORPUS.ask(
        "Onze stichting is pas in december 2025 ingeschreven. Hoe lang moeten we geregistreerd zijn voor European "
        "Youth Together?",
        "nl",
    )
    assert not answer.abstained
    first = answer.text.split("\n")[0]
    assert "at least 12 months" in first  # the question the note stands under
    assert "Minimum duration" not in answer.text


def test_a_question_on_the_oid_is_answered_where_the_form_speaks_of_it():
    answer = PIC_CORPUS.ask(
        "We only have an OID from our other projects. Is that enough to submit a European Youth Together proposal?",
        "en",
    )
    assert not answer.abstained
    assert "OID, starting with “E”" in answer.text
    assert "submitted electronically only" not in answer.text


def test_european_in_a_name_asks_no_sum_in_euro():
    assert "euro" not in asked_units("How long must we be registered for European Youth Together?")
    assert "euro" not in asked_units("Hoe lang duurt een Europese Universiteit?")
    assert "euro" in asked_units("Paljonko euroa saa Eurooppa-hankkeeseen?")
