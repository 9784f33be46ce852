"""An answer and the passages it cites, numbered in the order the answer first cites them."""

from __future__ import annotations

from dataclasses import dataclass, field

from erasbot.guidance.corpus import DocumentInfo
from erasbot.guidance.retrieval import Hit
from erasbot.text import fold


@dataclass
class Citation:
    """A passage an answer cites as [n], with the sentences it quotes from it (for highlighting)."""

    n: int
    doc_id: str
    chunk_id: str
    text: str
    score: float
    title: str
    publisher: str
    period: str
    quotes: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"doc_id": self.doc_id, "chunk_id": self.chunk_id, "text": self.text, "score": round(self.score, 4)}

    @classmethod
    def from_hit(cls, n: int, hit: Hit, documents: dict[str, DocumentInfo], quotes: list[str]) -> Citation:
        doc = documents.get(hit.chunk.doc_id)
        return cls(
            n=n,
            doc_id=hit.chunk.doc_id,
            chunk_id=hit.chunk.chunk_id,
            text=hit.chunk.text,
            score=hit.score,
            title=hit.chunk.title,
            publisher=doc.publisher if doc else "",
            period=hit.chunk.period,
            quotes=quotes,
        )


@dataclass
class Answer:
    """An offline answer: its text in the asker's language, what it cites, and what was retrieved."""

    question: str
    language: str
    text: str
    abstained: bool
    citations: list[Citation]
    basis: str  # fact (chosen as the answer) | claim (the claim of the best sentence) | extract | abstain
    # | rate (abstained: an amount per month, day or participant, or of a fee, a salary or one person, asked;
    # the best claim gives a project's total)
    retrieved: list[Hit] = field(default_factory=list)
    seconds: float = 0.0
    notice: str | None = None
    verdict: dict | None = None

    def to_json(self) -> dict:
        return {
            "question": self.question,
            "language": self.language,
            "answer": self.text,
            "abstained": self.abstained,
            "citations": [c.to_json() for c in self.citations],
            "verdict": self.verdict,
        }


class Citations:
    """Numbers passages in the order the answer first cites them."""

    def __init__(self, documents: dict[str, DocumentInfo]):
        self.documents = documents
        self.items: list[Citation] = []

    def cite(self, hit: Hit, quote: str | None) -> int:
        for c in self.items:
            if c.chunk_id == hit.chunk.chunk_id:
                if quote and quote not in c.quotes:
                    c.quotes.append(quote)
                return c.n
        self.items.append(Citation.from_hit(len(self.items) + 1, hit, self.documents, [quote] if quote else []))
        return len(self.items)


def hit_with(hits: list[Hit], doc_id: str, quote: str) -> Hit | None:
    folded = fold(quote)
    return next((h for h in hits if h.chunk.doc_id == doc_id and folded in fold(h.chunk.text)), None)
