"""Quotes as an answer shows them: the line saying where they come from, the quote lines, and repeats or
sentences of one template left out."""

from __future__ import annotations

from erasbot.guidance.citations import Citations
from erasbot.guidance.corpus import BULLET, DocumentInfo
from erasbot.guidance.reading.model import row_kind
from erasbot.guidance.retrieval import Hit
from erasbot.guidance.selection import (
    with_list,
)
from erasbot.guidance.wording import in_language, message
from erasbot.text import fold

TWO_SENTENCES_MAX_CHARS = 420
PAIR_MAX_CHARS = 520  # a sentence and the one of its passage completing it (both sides of a comparison)

ALIKE_SHARE = 0.8  # two quotes sharing this share of their words are one template


def lead_line(hit: Hit, documents: dict[str, DocumentInfo], lang: str) -> str:
    """The line before quotes, in the asker's language: which document (and section) they come from, and
    in which language it is written when that is not the asker's."""
    doc = documents.get(hit.chunk.doc_id)
    chunk = hit.chunk
    title = chunk.title if chunk.heading == chunk.title else f"{chunk.title} – {chunk.heading}"
    source_lang = doc.language if doc else chunk.language
    return message(
        "lead",
        lang,
        title=title,
        publisher=doc.publisher if doc else chunk.doc_id,
        in_language=in_language(source_lang, lang),
    )


def quote_lines(picked: list, citations: Citations, asked: str) -> list[str]:
    return [
        f"> “{with_list(sentence, hit.chunk.text, asked=asked)}” [{citations.cite(hit, sentence)}]"
        for _, hit, sentence, _ in picked
    ]


def alike(a: str, b: str) -> bool:
    """Two sentences of one template (a long guide repeats its wording section after section, with other
    figures; a table's rows give the same columns for another key): the second says nothing the first
    does not, but a different figure that confuses."""
    kind = row_kind(BULLET.sub("", a)) if BULLET.match(a) else ""
    if kind and BULLET.match(b) and kind == row_kind(BULLET.sub("", b)):
        return True
    wa, wb = set(fold(a).split()), set(fold(b).split())
    return len(wa & wb) >= ALIKE_SHARE * max(len(wa), len(wb), 1)


def without_repeats(picked: list, asked: str | None = None) -> list:
    """The quotes less any that another one contains (a table row alone and inside its joined rows): the
    longer is kept; of two alike, the first."""
    texts = [with_list(sentence, hit.chunk.text, asked=asked) for _, hit, sentence, _ in picked]
    kept = []
    for i, candidate in enumerate(picked):
        if any(j != i and texts[i] in texts[j] and (texts[i] != texts[j] or j < i) for j in range(len(texts))):
            continue
        kept.append(candidate)
    return kept
