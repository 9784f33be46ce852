"""Whether a question names what an added guide places outside its scope and mentions nowhere else."""

from __future__ import annotations

from itertools import pairwise

from erasbot.guidance.corpus import split_sentences
from erasbot.guidance.cross_words import load_cross_words
from erasbot.guidance.glossary import Glossary
from erasbot.guidance.lexical import tokens
from erasbot.guidance.retrieval import Hit, Query
from erasbot.guidance.scope import says_out_of_scope
from erasbot.guidance.selection import ADDED_PASSAGES


def asks_what_is_excluded(query: Query, hits: list[Hit], glossary: Glossary) -> bool:
    """Does the question name something an added document places outside its scope, and that the document
    mentions nowhere else ('Lot 2' alliances in a guide to Lot 1)? Words of the documents' titles do not count."""
    plain = query.text  # the action's name too: a lot or strand the guide excludes is often named like one
    subject = {w for h in hits for w in tokens(h.chunk.title, h.chunk.language)}
    # whether something is eligible is what is asked, not a thing the guide may place outside its scope ('Is a
    # language course eligible ...?' beside 'School class exchanges ... are not eligible (section 2.3); ... this
    # guide does not cover')
    status = {w for a, b in glossary.spans_of("eligibility", plain) for w in tokens(plain[a:b], query.language)}
    excluded: set[str] = set()
    elsewhere: set[str] = set()
    # ... or a phrase of two words it names there and nowhere else ('Design Measures', whose words 'design' and
    # 'measures' the guide uses elsewhere apart)
    excluded_pairs: set[tuple[str, str]] = set()
    elsewhere_pairs: set[tuple[str, str]] = set()
    for hit in hits[:ADDED_PASSAGES]:
        asked_pairs = {
            pair
            for lang in {query.language, hit.chunk.language}
            for pair in _pairs(tokens(plain, lang))
            if not set(pair) & subject
        }
        asked = (set(tokens(plain, query.language)) | set(tokens(plain, hit.chunk.language))) - status
        # ... and its words in the document's language ('sectorale samenwerking' put to an English guide)
        asked |= {
            w
            for words in load_cross_words().in_language(plain, query.language, hit.chunk.language)
            for w in tokens(" ".join(words), hit.chunk.language)
        }
        for sentence in split_sentences(hit.chunk.text):
            read = tokens(sentence, hit.chunk.language)
            words = set(read)
            if says_out_of_scope(sentence):
                excluded |= (words & asked) - subject
                excluded_pairs |= _pairs(read) & asked_pairs
            else:
                elsewhere |= words
                elsewhere_pairs |= _pairs(read)
    return bool(excluded - elsewhere) or bool(excluded_pairs - elsewhere_pairs)


def _pairs(words: list[str]) -> set[tuple[str, str]]:
    """The pairs of words that follow one another."""
    return set(pairwise(words))
