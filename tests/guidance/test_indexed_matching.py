"""The indexes that make a warm question fast find exactly what a scan of everything finds.

A claim "says" a question's word when one of its statement's words is the same word with another ending
(selection._same_word); an action is "named with a slip" when a window of the question is close to one of its
terms (glossary.close_to). Both used to be found by trying every pair; now they are looked up by the first
letters. These tests try every pair on the questions of the evaluation sets and compare.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from erasbot.guidance.facts import load_facts
from erasbot.guidance.glossary import FUZZY_MIN_CHARS, WORD, close_to, load_glossary
from erasbot.guidance.lexical import tokens
from erasbot.guidance.selection import _claims_saying, _same_word, _statement_stems
from erasbot.text import fold

EVALS = Path(__file__).resolve().parents[2] / "evals"


def _questions() -> list[tuple[str, str]]:
    found = []
    for path in sorted(EVALS.glob("questions*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                found.append((item["lang"], item["question"]))
    return found


QUESTIONS = _questions()


@pytest.mark.parametrize("lang", ["sv", "fi", "nl", "en"])
@pytest.mark.parametrize("sourced", [False, True])
def test_claims_saying_a_word_are_those_a_scan_of_every_claim_finds(lang, sourced):
    facts = load_facts()
    stems = _statement_stems(facts, lang, sourced)
    words = {w for q_lang, q in QUESTIONS if q_lang == lang for w in tokens(q, lang)}
    words |= {w[:-1] for w in list(words) if len(w) > 6}  # other endings than those written
    assert len(words) > 200
    said_somewhere = 0
    for word in sorted(words):
        scanned = {fid for fid, said in stems.items() if any(_same_word(word, s) for s in said)}
        assert _claims_saying(word, facts, lang, sourced) == scanned, word
        said_somewhere += bool(scanned)
    assert said_somewhere > 50  # the comparison is not between empty sets


def _scanned_windows(glossary, folded: str, every: bool) -> list[tuple[str, tuple[int, int]]]:
    """Every window of the text against every term, as before the index."""
    words = [m.span() for m in WORD.finditer(folded)]
    found = []
    for cid, term, n, pairs in glossary._fuzzy_terms:
        for i in range(len(words) - n + 1):
            a, b = words[i][0], words[i + n - 1][1]
            window = folded[a:b]
            if len(window) >= FUZZY_MIN_CHARS and close_to(window, term, pairs):
                found.append((cid, (a, b)))
                if not every:
                    break
    return found


def test_names_typed_with_a_slip_are_those_a_scan_of_every_window_finds():
    glossary = load_glossary()
    slips = [
        "Kan vi söka en sektor skils alliance med tre länder?",
        "hur länge pågår en kunskapsalians?",
        "Mitä osaamisallianssit rahoittavat?",
        "Hoeveel partners heeft een sectorale vaardigheidsalliantie nodig?",
    ]
    texts = [q for _, q in QUESTIONS] + slips
    named = 0
    for text in texts:
        folded = fold(text)
        for every in (False, True):
            expected = _scanned_windows(glossary, folded, every)
            assert list(glossary._fuzzy_windows(folded, None, every)) == expected, text
            assert list(glossary._fuzzy_windows(folded, None, every)) == expected, text  # kept for the next read
            named += bool(expected)
    assert named > 100
