"""Checking a language model's answer against what it was shown: citations it may give, figures it may
state, and verdicts it may not give.

An answer may cite only passages retrieved in its turn: a sentence left without a valid citation
once a phantom one is removed goes with it. Every figure it states must appear in a cited passage,
the checker's verdict or the question. Whether a consortium is eligible is the checker's to say:
a sentence claiming a verdict the checker did not give (or any verdict when no list was checked)
is removed. A retrieved passage that addresses the model ("ignore previous instructions") is
flagged. What fails is removed or flagged, never silently kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from erasbot.figures import CITE, numbers_known, unsupported_figures
from erasbot.guidance.corpus import split_sentences
from erasbot.guidance.lexical import tokens
from erasbot.phrases import say

CLOSE_ENOUGH = 0.7  # a second supporting sentence must score this share of the best one


# A verdict is a statement that a consortium (list, application) is or is not eligible, its subject
# before the verdict word; a rule of the guidance ("a consortium is eligible if ...", "must") is not one.
VERDICT_SUBJECT = (
    r"\b(?:(?:this|that|the|your|our|every|each|any|all|these|those)\s+(?:proposed\s+)?"
    r"(?:consortium|consortia|partnership|partner\s+list|list|application|proposal)"
    r"|(?:het|dit|dat|uw|jouw|elk|ieder|deze|de)\s+(?:consortium|consortia|partnerschap|partnerlijst|lijst|aanvraag)"
    r"|konsortiet|konsortierna|partnerskapet|partnerlistan|listan|ansökan"
    r"|(?:detta|ert|ditt|varje|alla)\s+(?:konsortium|konsortier|partnerskap)"
    r"|konsortio\w*|kumppaniluettelo\w*|hakemu\w*)\b"
)
VERDICT_WORD = (
    r"(?:eligib\w*|ineligib\w*|\bvalid\b|\binvalid\b|qualif\w*|meets?\s+(?:all\s+)?the\s+(?:rules|requirements|criteria)"
    r"|behörig\w*|stödberättigad\w*|giltig\w*|uppfyller|kelpoi\w*|kelpaa\w*|kelvoton\w*|täyttä\w*|hyväksyt\w*"
    r"|in\s+aanmerking|subsidiabel\w*|geldig\w*|ongeldig\w*|voldoe\w*)"
)
VERDICT_CLAIM = re.compile(rf"{VERDICT_SUBJECT}[^.!?\n]{{0,60}}?{VERDICT_WORD}", re.IGNORECASE)
NEGATION = re.compile(
    r"(\bnot\b|n't\b|\bno\b|\bnever\b|ineligib|invalid|\bfails?\b|\binte\b|\bej\b|\bicke\b|obehörig|"
    r"\bei\b|\beivät\b|kelvoton|\bniet\b|\bgeen\b|ongeldig)",
    re.IGNORECASE,
)
CONDITIONAL = re.compile(
    r"\b(if|when|unless|provided|must|should|need to|om|när|måste|bör|jos|kun|täytyy|pitää|tulee|als|wanneer|"
    r"tenzij|moet|moeten|mits)\b",
    re.IGNORECASE,
)
ADDRESSED_TO_MODEL = re.compile(
    r"(ignore|disregard|forget|override)\b.{0,40}\b(instruction|prompt|rules?|above)|"
    r"(system prompt|you are now|as an ai|language model|\bassistant\b.{0,20}\b(must|should)|"
    r"ignorera|glöm (alla )?tidigare|bortse från|ohita|unohda (aiemmat|edelliset)|negeer|vergeet (alle )?vorige)",
    re.IGNORECASE,
)

# -- verification ---------------------------------------------------------------------------------


@dataclass
class Verified:
    text: str
    cited: list[int]
    removed: list[int]
    unsupported: list[str]
    unsourced: list[str] = field(default_factory=list)  # sentences dropped with their phantom citations
    contradicting: list[str] = field(default_factory=list)  # verdict sentences the checker did not give
    unchecked: list[str] = field(default_factory=list)  # verdict sentences when no list was checked


def sentences(text: str) -> list[str]:
    """The answer's sentences with their citation marks and the white space after them (joined, the text)."""
    parts = re.split(r"((?<=[.!?])[ \t]+|\n+)", text)
    out: list[str] = []
    for i in range(0, len(parts), 2):
        piece, gap = parts[i], parts[i + 1] if i + 1 < len(parts) else ""
        marks = re.match(r"(?:\[[\d,;\s]+\])+", piece)
        if marks and out:  # "... years. [1] Next" - the marks belong to the sentence before
            out[-1] = out[-1].rstrip() + " " + marks.group(0) + " "
            piece = piece[marks.end() :].lstrip()
        if piece or gap:
            out.append(piece + gap)
    return out


def verdict_claimed(sentence: str) -> str | None:
    """The verdict a sentence states about a consortium (eligible or not_eligible), or None."""
    plain = CITE.sub(" ", sentence)
    claim = VERDICT_CLAIM.search(plain)
    if claim is None or CONDITIONAL.search(plain):
        return None
    around = plain[claim.start() : claim.end() + 25]  # "voldoet niet", "is eligible? No" stay in view
    return "not_eligible" if NEGATION.search(around) else "eligible"


def addressed_to_model(text: str) -> bool:
    """True for text that speaks to a language model ("ignore previous instructions") rather than to applicants."""
    return bool(ADDRESSED_TO_MODEL.search(text))


def verify(
    text: str,
    retrieved: dict[int, str],
    verdict_text: str = "",
    question: str = "",
    verdicts: set[str] | None = None,
) -> Verified:
    """Check a model's answer sentence by sentence against what it was shown and what the checker found.

    `retrieved` maps passage number -> the text the model was shown for it (with title and period);
    `verdicts` holds the checker's verdicts this turn (None: no partner list was checked).
    """
    removed: list[int] = []
    cited: list[int] = []
    checked = Verified("", cited, removed, [])
    kept: list[str] = []
    for sentence in sentences(text):
        marks = [int(n) for group in CITE.findall(sentence) for n in re.split(r"\s*[,;]\s*", group)]
        valid = [n for n in marks if n in retrieved]
        phantom = [n for n in marks if n not in retrieved]
        removed.extend(phantom)
        bare = _plain(sentence)
        if phantom and not valid:
            checked.unsourced.append(bare)
            continue
        claim = verdict_claimed(sentence)
        if claim is not None and verdicts is None:
            checked.unchecked.append(bare)
            continue
        if claim is not None and verdicts is not None and claim not in verdicts:
            checked.contradicting.append(bare)
            continue
        cited.extend(n for n in valid if n not in cited)
        kept.append(CITE.sub(lambda m: "".join(f"[{n}]" for n in _marks(m) if n in retrieved), sentence))
    cleaned = re.sub(r"[ \t]+([.,;:!?])", r"\1", "".join(kept)).strip()
    checked.unsupported = unsupported_figures(
        cleaned, " ".join(retrieved[n] for n in cited) + " " + verdict_text + " " + question
    )
    checked.text = cleaned
    checked.removed = sorted(set(removed))
    return checked


def _marks(match: re.Match) -> list[int]:
    return [int(n) for n in re.split(r"\s*[,;]\s*", match.group(1))]


def _plain(sentence: str) -> str:
    """A sentence as quoted in a flag: no citation marks, no surrounding space, at most 160 characters."""
    text = re.sub(r"\s+([.,;:!?])", r"\1", re.sub(r"\s+", " ", CITE.sub("", sentence))).strip()
    return text if len(text) <= 160 else text[:157] + "…"


def supporting_sentences(
    answer: str, passage: str, n: int, doc_lang: str, answer_lang: str, limit: int = 2
) -> list[str]:
    """The passage's sentences closest to what the answer says with [n]: shared words and numbers."""
    said = " ".join(s for s in re.split(r"(?<=[.!?])\s+|\n", answer) if f"[{n}]" in s) or answer
    words = set(tokens(said, answer_lang)) | set(tokens(said, doc_lang))
    numbers = numbers_known(said)
    scored = []
    for sentence in split_sentences(passage):
        overlap = len(words & set(tokens(sentence, doc_lang))) + 2 * len(numbers & numbers_known(sentence))
        if overlap:
            scored.append((overlap, sentence))
    scored.sort(key=lambda s: s[0], reverse=True)
    return [s for score, s in scored[:limit] if score >= CLOSE_ENOUGH * scored[0][0]]


def flag(key: str, lang: str, **values: str) -> str:
    return say(lang, f"flag.{key}", **values)
