"""Lexical search: BM25 over language-aware stems, with glossary terms for other languages."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

import numpy as np

from erasbot.guidance.corpus import Chunk
from erasbot.text import fold

STEMMERS = {"sv": "swedish", "fi": "finnish", "nl": "dutch", "en": "english", "de": "german", "fr": "french"}
WORD = re.compile(r"[\w][\w-]*", re.UNICODE)

STOPWORDS = {
    "sv": "och i att det som en på är av för med till den har de inte om ett men var jag så vi kan man vad hur många mycket får få ska måste finns eller från vid när detta dessa under alla också bara inom samt varav vilka vilken vilket",
    "en": "the a an of and or to in on for is are be can with how many much what which who does do i we at by from as it this that there their any must should need needs about",
    "fi": "ja on ei se että kuin mitä mikä kuka kuinka monta paljon voi voiko onko tarvitaan pitää täytyy ovat olla myös tai kun jos sen niiden",
    "nl": "de het een en van in op voor is zijn met hoe veel hoeveel wat welke wie kan kunnen moet moeten er die dat te aan bij ook of",
}
# a stopword typed without its diacritics is one too ('for', 'manga', 'mita'), unless that spelling is a word of its
# own ('ar', 'år': a year)
FOLDED_WORDS = {"sv": {"ar"}}
_STOP = {
    lang: set(words.split()) | {fold(w) for w in words.split()} - FOLDED_WORDS.get(lang, set())
    for lang, words in STOPWORDS.items()
}


def is_stopword(word: str, lang: str) -> bool:
    """Is the word one that a text in the language uses for asking or joining ('how', 'för', 'in'), not content?"""
    return word.lower() in _STOP.get(lang, set())


@lru_cache(maxsize=None)
def _stemmer(lang: str):
    import Stemmer

    return Stemmer.Stemmer(STEMMERS.get(lang, "english"))


def tokens(text: str, lang: str) -> list[str]:
    """Stems of the content words of a text, stemmed in its language and folded."""
    stop = _STOP.get(lang, set())
    words = [w for w in WORD.findall(text.lower()) if w not in stop]
    stemmer = _stemmer(lang)
    out = []
    for word in words:
        for part in word.split("-"):
            if part and part not in stop:
                out.append(fold(stemmer.stemWord(part)))
    return out


class LexicalIndex:
    """BM25 over chunks, each tokenised in its own language; saved and loaded without pickle."""

    def __init__(self, chunks: list[Chunk] | None = None, *, _bm25=None, _size: int = 0):
        import bm25s

        if _bm25 is not None:
            self._bm25 = _bm25
            self.size = _size
        else:
            chunks = list(chunks or [])
            self.size = len(chunks)
            self._bm25 = bm25s.BM25()
            corpus_tokens = [tokens(f"{c.title} {c.heading} {c.text}", c.language) or ["∅"] for c in chunks]
            if corpus_tokens:
                self._bm25.index(corpus_tokens, show_progress=False)
        self.vocabulary = set(getattr(self._bm25, "vocab_dict", None) or {})

    def scores(self, query_tokens: list[str]) -> np.ndarray:
        """The BM25 score of every chunk (a sparse sum over the query's known terms)."""
        known = [t for t in query_tokens if t in self.vocabulary]
        if not known:
            return np.zeros(self.size, dtype=np.float32)
        return np.asarray(self._bm25.get_scores(known), dtype=np.float32)

    def top(self, scores: np.ndarray, k: int, mask: np.ndarray | None = None) -> np.ndarray:
        """Indices of the k best-scoring chunks with a score above zero (inside the mask, if any)."""
        if mask is not None:
            scores = np.where(mask, scores, 0.0)
        positive = int((scores > 0).sum())
        k = min(k, positive)
        if k <= 0:
            return np.zeros(0, dtype=np.int64)
        best = np.argpartition(-scores, k - 1)[:k]
        return best[np.argsort(-scores[best], kind="stable")]

    def save(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        if self.size:
            self._bm25.save(str(directory), show_progress=False)
        (directory / "size.json").write_text(json.dumps({"size": self.size}), encoding="utf-8")

    @classmethod
    def load(cls, directory: Path) -> "LexicalIndex":
        import bm25s

        size = json.loads((directory / "size.json").read_text(encoding="utf-8"))["size"]
        bm25 = bm25s.BM25.load(str(directory), show_progress=False) if size else bm25s.BM25()
        return cls(_bm25=bm25, _size=size)
