"""A curated claim as an answer states it: the statement in the asker's language, cited to its own document,
and the source quotes that fit best."""

from __future__ import annotations

import re

from erasbot.figures import numbers_known
from erasbot.guidance.citations import Citations, hit_with
from erasbot.guidance.facts import Fact
from erasbot.guidance.retrieval import Hit
from erasbot.guidance.selection import (
    with_list,
)
from erasbot.text import fold

QUOTES_MAX_CHARS = 320


def fact_lines(
    chosen: list[Fact],
    in_action: list[Hit],
    hits: list[Hit],
    citations: Citations,
    lang: str,
    pick_quote,
    lists_first: bool = False,
    source_lang: str = "",
    lead=None,
) -> list[str]:
    """The fact stated in the asker's language, cited to its own document only, and the source quotes
    that fit best (other documents making the same point are quoted with their own citation); for a
    "which ...?" question, a claim's whole list is quoted first."""

    def found(fact: Fact) -> bool:
        return any(hit_with(in_action, fact.doc_id, q) or hit_with(hits, fact.doc_id, q) for q in fact.quotes)

    # the statement comes from a fact whose own passage was retrieved; the point's own fact first
    chosen = sorted(chosen, key=lambda f: (not found(f), f.point != f.id))
    own_marks = []
    quoted: list[tuple[str, int]] = []
    for fact in chosen:
        for quote, hit, text, members in quotable(fact, in_action, hits, pick_quote, lists_first):
            if any(fold(quote) in fold(q) for q, _ in quoted):
                continue  # already quoted with the list it belongs to
            fits = sum(len(q) for q, _ in quoted) + len(text) <= QUOTES_MAX_CHARS
            if fact is chosen[0]:
                mark = citations.cite(hit, members[0])
                for member in members[1:]:  # a list's other sentences, highlighted in the source after the best
                    citations.cite(hit, member)
                own_marks.append(mark)
                # the best quote always; further quotes while the answer stays short
                if not quoted or fits:
                    quoted.append((text, mark))
            elif fits:  # another document making the same point: quoted with its own citation
                quoted.append((text, citations.cite(hit, members[0])))
                break
    statement = chosen[0].statement.get(lang, chosen[0].statement["en"])
    if lead is not None:  # a yes/no question: the sentence saying what it asks first (lead.py)
        statement = lead(statement)
    if lang == source_lang:  # asked in the text's own language: a quote the statement restates is not repeated
        quoted = [(text, mark) for text, mark in quoted if not restates(statement, text, lang)] or quoted[:0]
    lines = [statement + " " + "".join(f"[{m}]" for m in sorted(set(own_marks)))]
    lines += [f"> “{text}” [{mark}]" for text, mark in quoted]
    return lines


RESTATED_SHARE = 0.8  # a quote whose words the statement mostly uses as written is restated by it


def restates(statement: str, quote: str, lang: str) -> bool:
    """Whether a statement in the quote's own language says what the quote says, in mostly its words (the
    quote stays highlighted in its citation; the answer does not say it twice). A quote that gives a figure
    is always shown: it is the figure's evidence, in the text's own words."""
    if numbers_known(quote) - {1.0}:  # 'en bransch', 'one sector' is an article, not a figure
        return False
    # the words as written, not their stems: a statement that inflects or reorders them ('programländer måste
    # ha' for 'programländerna måste vara anslutna') does not give the text's own wording, so the quote stays
    words = set(re.findall(r"\w+", fold(quote)))
    return bool(words) and len(words & set(re.findall(r"\w+", fold(statement)))) / len(words) >= RESTATED_SHARE


ENUMERATION_COMMAS = 4  # 'for example study material, web material, handbooks, guides, ...'


def enumerates(text: str) -> bool:
    """A sentence that lists things in prose (several commas or semicolons)."""
    return text.count(",") + text.count(";") >= ENUMERATION_COMMAS


def quotable(
    fact: Fact, in_action: list[Hit], hits: list[Hit], pick_quote, lists_first: bool = False
) -> list[tuple[str, Hit, str, list[str]]]:
    """A claim's retrieved quotes as an answer shows them, best-fitting first: a list's items are shown with
    the sentence that introduces them (the whole list), scored by the best of them. Each comes with the
    quotes it shows, the best-fitting first (what the source view highlights)."""
    found = []
    for quote in fact.quotes:
        hit = hit_with(in_action, fact.doc_id, quote) or hit_with(hits, fact.doc_id, quote)
        if hit:
            found.append((quote, hit, with_list(quote, hit.chunk.text)))
    units = []
    for quote, hit, text in found:
        if any(other is not text and len(other) > len(text) and fold(quote) in fold(other) for _, _, other in found):
            continue  # an item: quoted with its list
        members = sorted((q for q, _, _ in found if fold(q) in fold(text)), key=pick_quote, reverse=True)
        units.append((pick_quote(members[0]), quote, hit, text, members))
    # for a "which ...?" question the list comes first: a bulleted one, or a sentence that enumerates
    units.sort(key=lambda u: (lists_first and (u[3] != u[1] or enumerates(u[3])), u[0]), reverse=True)
    return [(quote, hit, text, members) for _, quote, hit, text, members in units]
