"""Lexical search: BM25 over language-aware stems, with glossary terms for other languages."""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

from erasbot.guidance.corpus import Chunk
from erasbot.guidance.glossary import fold

STEMMERS = {"sv": "swedish", "fi": "finnish", "nl": "dutch", "en": "english", "de": "german", "fr": "french"}
_WORD = re.compile(r"[\w][\w-]*", re.UNICODE)

STOPWORDS = {
    "sv": "och i att det som en på är av för med till den har de inte om ett men var jag så vi kan man vad hur många mycket får ska måste finns eller från vid när detta dessa under alla också bara inom samt varav vilka vilken vilket",
    "en": "the a an of and or to in on for is are be can with how many much what which who does do i we at by from as it this that there their any must should need needs about",
    "fi": "ja on ei se että kuin mitä mikä kuka kuinka monta paljon voi voiko onko tarvitaan pitää täytyy ovat olla myös tai kun jos sen niiden",
    "nl": "de het een en van in op voor is zijn met hoe veel hoeveel wat welke wie kan kunnen moet moeten er die dat te aan bij ook of",
}
_STOP = {lang: set(words.split()) for lang, words in STOPWORDS.items()}


@lru_cache(maxsize=None)
def _stemmer(lang: str):
    import Stemmer

    return Stemmer.Stemmer(STEMMERS.get(lang, "english"))


def tokens(text: str, lang: str) -> list[str]:
    """Stems of the content words of a text, stemmed in its language and folded."""
    stop = _STOP.get(lang, set())
    words = [w for w in _WORD.findall(text.lower()) if w not in stop]
    stemmer = _stemmer(lang)
    out = []
    for word in words:
        for part in word.split("-"):
            if part and part not in stop:
                out.append(fold(stemmer.stemWord(part)))
    return out


class LexicalIndex:
    """BM25 over chunks, each tokenised in its own language."""

    def __init__(self, chunks: list[Chunk]):
        import bm25s

        self.chunk_ids = [c.chunk_id for c in chunks]
        self._bm25 = bm25s.BM25()
        corpus_tokens = [tokens(f"{c.title} {c.heading} {c.text}", c.language) or ["∅"] for c in chunks]
        self._bm25.index(corpus_tokens, show_progress=False)
        self.vocabulary = {t for doc in corpus_tokens for t in doc}

    def scores(self, query_tokens: list[str]) -> np.ndarray:
        known = [t for t in query_tokens if t in self.vocabulary]
        if not known:
            return np.zeros(len(self.chunk_ids), dtype=np.float32)
        return np.asarray(self._bm25.get_scores(known), dtype=np.float32)
