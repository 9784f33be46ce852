"""What a figure is said of, and what a question asks it of: the project as a whole, or one activity (a stay,
a visit, a course, one participant's time abroad); and the limit a yes/no question about a number of people
needs ('We have 40 pupils; can they all come?' is answered by 'at most 30 participants').

Pure, in English, Swedish, Finnish and Dutch. Words are folded stems found inside a word, the last one in
it deciding, so compounds count by their head ('projectduur' is the project's, 'liikkuvuushanke' a project,
'groepsmobiliteit' an activity).
"""

from __future__ import annotations

import re

from erasbot.text import fold

PROJECT = "project"
ACTIVITY = "activity"
ORGANISATION = "organisation"
# holder -> folded stems that name it
HOLDER_STEMS: dict[str, tuple[str, ...]] = {
    PROJECT: ("project", "projekt", "hanke", "hankk", "hankkee", "partnership", "partnerskap", "partnerschap"),
    ACTIVITY: (
        "activit", "aktivitet", "toimin", "mobilit", "liikkuvuu", "stay", "verblijf", "vistels", "oleskel",
        "visit", "bezoek", "besok", "vierail", "exchange", "uitwissel", "utbyte", "vaihto", "course", "cursus",
        "kurs", "training", "shadow", "placement", "stage", "praktik", "harjoittel", "participant", "deelnemer",
        "deltagar", "osallistuj", "jakso",
    ),
    ORGANISATION: (
        "school", "skola", "skolan", "skolor", "koulu", "organisation", "organization", "organisatie",
        "organisaatio", "applicant", "aanvrager", "sokande", "hakija", "coordinat", "samordnar",
        "koordinaattor", "agentschap", "agency", "programkontor",
    ),
}
_HOLDER = {h: re.compile("|".join(re.escape(s) for s in sorted(stems, key=len, reverse=True)))
           for h, stems in HOLDER_STEMS.items()}
WORD = re.compile(r"[^\W\d_]+")
SUBJECT_WORDS = 5  # a sentence's subject is among its first words ('Een kortlopend project duurt ...')
LABEL = re.compile(r"^\W*[^\W\d_]+:\s*")  # a table row's first label ('Activiteit: Groepsmobiliteit ...')

# a limit on a number: at most, at least, up to
LIMIT = re.compile(
    r"(?<!\w)(?:max\w*|at most|up to|no more than|not more than|at least|min\w*|högst|hogst|som mest|minst"
    r"|upp till|enintään|enintaan|korkeintaan|vähintään|vahintaan|hoogstens|ten hoogste|maximaal|ten minste"
    r"|minstens|tot maximaal)(?!\w)",
    re.IGNORECASE,
)
# people a question counts: pupils, students, learners, participants, young people, staff, teachers
PEOPLE = re.compile(
    r"(?<!\w)(?:pupil|student|learner|participant|young people|youngster|teacher|staff|trainee|apprentice"
    r"|leerling|scholier|student|deelnemer|jongere|leraar|leraren|docent|personeelsle"
    r"|elev|studerande|deltagar|ungdom|lärare|larare|personal"
    r"|oppila|opiskelij|osallistuj|nuor|opettaj|henkilöst|henkilost)\w*",
    re.IGNORECASE,
)
COUNT = re.compile(r"\d+")
NEAR = 4  # words between a count and the people it counts ('40 students', '40 leerlingen in de derde klas')


def _holders(words: list[str]) -> list[str | None]:
    """Each word's holder: the stem that ends latest in it (a compound's head), or None."""
    found: list[str | None] = []
    for word in words:
        best, end = None, -1
        for holder, pattern in _HOLDER.items():
            for m in pattern.finditer(word):
                if m.end() > end:
                    best, end = holder, m.end()
        found.append(best)
    return found


def asked_holder(question: str) -> str | None:
    """What a question asks a figure of: the project or an activity (None when it names neither). A word
    naming one right before another one only qualifies it ('school mobility project' asks of the project)."""
    words = WORD.findall(fold(question))
    holders = _holders(words)
    for i, holder in enumerate(holders):
        if holder is None or holder == ORGANISATION:
            continue
        if i + 1 < len(holders) and holders[i + 1] is not None:
            continue  # a qualifier of the next word
        return holder
    return None


def sentence_holder(sentence: str) -> str | None:
    """What a sentence speaks of: the first holder among its first words (its subject: 'De school kiest de
    projectduur' speaks of the school, 'Een kortlopend project duurt' of the project); a table row's label
    counts ('Activiteit: ...')."""
    text = fold(sentence).lstrip("•-–* ")
    words = WORD.findall(text)[:SUBJECT_WORDS]
    return next((h for h in _holders(words) if h is not None), None)


def other_holder(asked: str | None, said: str | None) -> bool:
    """A figure said of the other one of project and activity than the one asked of."""
    return asked in (PROJECT, ACTIVITY) and said in (PROJECT, ACTIVITY) and asked != said


def counts_people(question: str) -> bool:
    """Does the question give a number of people ('about 40 students', '40 leerlingen')? Such a question,
    asked yes or no, is answered by the limit on participants."""
    words = fold(question).split()
    counts = [i for i, w in enumerate(words) if COUNT.fullmatch(w.strip(",.;:!?()"))]
    return any(PEOPLE.match(w) for i in counts for w in words[i + 1 : i + 1 + NEAR])


def states_limit(sentence: str) -> bool:
    """Does the sentence set a limit on a number (at most, up to, at least)?"""
    return bool(LIMIT.search(sentence))
