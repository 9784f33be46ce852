"""What kind of thing a count is of: organisations, people or applications. A question asking the largest number
of partner organisations ('Hur många partnerorganisationer får ett KA153-projekt ha som mest?') is not answered by a
guide's limit on participants ('maximaal 50 deelnemers') or on applications ('maximaal één aanvraag per ronde').

Pure, over folded text; words are matched at their start or, for compounds, as their last part
('partnerorganisationer', 'jongerenwerkers', 'KA153-aanvraag').
"""

from __future__ import annotations

import re

from erasbot.guidance.scope import COUNT_CUE, COUNTED_WORDS, SAYS_MAXIMUM
from erasbot.text import fold

# kind -> stems of the words naming it (folded, lower case), in the four languages
KIND_STEMS: dict[str, tuple[str, ...]] = {
    "organisations": (
        "organisation", "organization", "organisatie", "organisaatio", "partner", "kumppan", "instelling",
        "institution", "institut", "laitos", "laitok", "school", "skola", "skolor", "koulu", "universit", "yliopisto",
        "hogeschool", "hogskol", "korkeakoulu", "foretag", "company", "companies", "enterprise", "bedrijf", "bedrijv",
        "yritys", "yrityk", "yrityst", "consorti", "konsorti",
    ),
    "people": (
        "participant", "deelnemer", "deltagar", "osallistuj", "person", "people", "henkilo", "jongerenwerker",
        "youth worker", "ungdomsarbetar", "nuorisotyontekij", "student", "studerande", "opiskelij", "leerling",
        "pupil", "elev", "oppila", "learner", "staff", "personeel", "personal", "henkilost", "teacher", "lerare",
        "leraar", "leraren", "docent", "opettaj", "trainer", "begeleider", "leader", "leider", "ledare", "johtaj",
        "jongere", "young people", "ungdom", "nuori", "nuoret", "nuorta",
    ),
    "applications": ("aanvra", "application", "ansokan", "ansokningar", "hakemu", "proposal", "voorstel"),
}  # fmt: skip
_WORD = re.compile(r"[^\W\d_][\w-]*")
BOUNDED_WORDS = 4  # the words after a limit cue naming what it bounds


def kind_of_word(word: str) -> str | None:
    """The kind a word names: by its start, or by the last part of a compound ('partnerorganisationer',
    'KA153-aanvraag')."""
    folded = fold(word).lower()
    parts = [folded, folded.rsplit("-", 1)[-1]]
    for kind, stems in KIND_STEMS.items():
        if any(p.startswith(stem) for p in parts for stem in stems):
            return kind
    for kind, stems in KIND_STEMS.items():  # a compound's head ('partnerorganisationer': organisations)
        if any(stem in folded[3:] for stem in stems if len(stem) >= 6):
            return kind
    return None


def counted_kind(question: str) -> str | None:
    """The kind of thing a 'how many ...?' question counts, from the words after its cue; None when unknown."""
    folded = fold(question).lower()
    cue = COUNT_CUE.search(folded)
    if cue is None:
        return None
    words = _WORD.findall(folded[cue.end() :])[:COUNTED_WORDS]
    return next((kind for w in words if (kind := kind_of_word(w))), None)


def bounded_kinds(sentence: str) -> set[str]:
    """The kinds of thing the sentence's upper limits bound ('maximaal 50 deelnemers': people)."""
    folded = fold(sentence).lower()
    kinds = set()
    for cue in SAYS_MAXIMUM.finditer(folded):
        words = _WORD.findall(folded[cue.end() :])[:BOUNDED_WORDS]
        kind = next((k for w in words if (k := kind_of_word(w))), None)
        if kind is not None:
            kinds.add(kind)
    return kinds
