"""An added guide held in memory for answer tests: its passages as chunks, its profile, and its answer to a
question with the passages ranked in the order written (the first ranked highest)."""

from __future__ import annotations

from dataclasses import dataclass, field

from erasbot.guidance.answer import compose_answer
from erasbot.guidance.citations import Answer
from erasbot.guidance.corpus import Chunk, DocumentInfo
from erasbot.guidance.facts import load_facts
from erasbot.guidance.glossary import load_glossary
from erasbot.guidance.profiles import build_profiles
from erasbot.guidance.retrieval import Hit, analyse
from erasbot.guidance.snapshot import concept_text, corpus_stats

GLOSSARY = load_glossary()
# the bundled Knowledge Alliances page as the corpus describes it, beside the guides the tests add
KNOWLEDGE_ALLIANCES = DocumentInfo(
    "knowledge-alliances",
    "Kunskapsallianser",
    "sv",
    "EU (Erasmus+ site, Swedish)",
    ("knowledge-alliance",),
    "Knowledge Alliances",
    "2014-2020",
)

# a Flemish call guide a user added, as round 23's (Capacity Building in VET), for tests of added guides' answers
CB_VET_GUIDE = DocumentInfo(
    "oproepgids",
    "Oproepgids Capaciteitsopbouw in het beroepsonderwijs (CB VET), oproep 2026",
    "nl",
    "user document",
    (),
    "",
    "2021-2027",
)


@dataclass
class GuideInMemory:
    """One added guide of (heading, text) passages; `step`: how much lower each next passage ranks."""

    guide: DocumentInfo
    passages: list[tuple[str, str]]
    step: float = 0.1
    chunks: tuple[Chunk, ...] = field(init=False)

    def __post_init__(self) -> None:
        g = self.guide
        self.chunks = tuple(
            Chunk(f"{g.id}#{n}", g.id, n, heading, text, g.language, g.actions, g.period, g.title)
            for n, (heading, text) in enumerate(self.passages)
        )
        concepts = tuple(tuple(GLOSSARY.find(concept_text(c))) for c in self.chunks)
        self.stats = corpus_stats(concepts, GLOSSARY)
        self.profiles = build_profiles({g.id: g}, self.chunks, concepts, GLOSSARY)

    def ask(self, question: str, language: str) -> Answer:
        query = analyse(question, language, GLOSSARY, (self.guide.language,))
        hits = [Hit(c, 1.0 - i * self.step, 0.5, 0.5) for i, c in enumerate(self.chunks)]
        return compose_answer(
            query,
            hits,
            {self.guide.id: self.guide},
            GLOSSARY,
            load_facts(),
            set(self.stats.supported),
            self.stats.concept_weights,
            {},
            self.profiles,
        )


@dataclass
class CorpusInMemory:
    """Passages of several documents, (document, heading, text), ranked in the order written: a bundled text beside
    an added guide; `languages`: the documents' languages the question is analysed for."""

    passages: list[tuple[DocumentInfo, str, str]]
    languages: tuple[str, ...] = ("sv",)
    chunks: tuple[Chunk, ...] = field(init=False)

    def __post_init__(self) -> None:
        self.chunks = tuple(
            Chunk(f"{d.id}#{n}", d.id, n, heading, text, d.language, d.actions, d.period, d.title)
            for n, (d, heading, text) in enumerate(self.passages)
        )
        self.documents = {d.id: d for d, _, _ in self.passages}
        concepts = tuple(tuple(GLOSSARY.find(concept_text(c))) for c in self.chunks)
        self.stats = corpus_stats(concepts, GLOSSARY)
        self.profiles = build_profiles(self.documents, self.chunks, concepts, GLOSSARY)

    def ask(self, question: str, language: str) -> Answer:
        query = analyse(question, language, GLOSSARY, self.languages)
        hits = [Hit(c, 1.0 - i / 10, 0.5, 0.5) for i, c in enumerate(self.chunks)]  # the first ranked highest
        return compose_answer(
            query,
            hits,
            self.documents,
            GLOSSARY,
            load_facts(),
            set(self.stats.supported),
            self.stats.concept_weights,
            {},
            self.profiles,
        )
