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


def _head(words: list[str]) -> str | None:
    """The first holder the words name; a word naming one right before another one only qualifies it
    ('school mobility project' names the project, 'Youth Exchange projects' projects)."""
    holders = _holders(words)
    for i, holder in enumerate(holders):
        if holder is not None and not (i + 1 < len(holders) and holders[i + 1] is not None):
            return holder
    return None


def asked_holder(question: str) -> str | None:
    """What a question asks a figure of: the project or an activity (None when it names neither, or names an
    organisation first: 'how long before the agency decides on a partnership' asks of the agency)."""
    holder = _head(WORD.findall(fold(question)))
    return holder if holder != ORGANISATION else None


def sentence_holder(sentence: str) -> str | None:
    """What a sentence speaks of: the first holder among its first words (its subject: 'De school kiest de
    projectduur' speaks of the school, 'Een kortlopend project duurt' of the project); a table row's label
    counts ('Activiteit: ...')."""
    text = fold(sentence).lstrip("•-–* ")
    return _head(WORD.findall(text)[:SUBJECT_WORDS])


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


# taking part or applying: what a yes/no question about who may apply asks, and what a rule on it says
APPLY = re.compile(
    r"(?<!\w)(?:apply|applies|applying|application|applicant|take part|participat\w*|join"
    r"|söka|soka|söker|soker|ansöka|ansoka|ansökan|ansokan|delta\w*|vara med"
    r"|aanvrag\w*|aanvraag|vraagt aan|aanvrager|deelnem\w*|meedoen|indienen"
    r"|hake\w*|haki\w*|osallistu\w*)(?!\w)",
    re.IGNORECASE,
)
NEGATION = re.compile(
    r"(?<!\w)(?:not|cannot|can't|no|never|geen|niet|nooit|inte|ej|inga|ingen|aldrig|ei|eivät|eivat)(?!\w)",
    re.IGNORECASE,
)
# a refusal with an exception or a condition is no plain no ('not ... unless', 'only if', 'alleen als')
EXCEPTION = re.compile(
    r"(?<!\w)(?:unless|except|only if|provided|tenzij|behalve|alleen als|mits|utom|förutsatt|forutsatt|om inte"
    r"|endast om|paitsi|jos|ellei|lukuun ottamatta)(?!\w)",
    re.IGNORECASE,
)
SHARED_PREFIX = 5  # 'accreditation' and 'accreditatie', 'consortium' in either language
PROGRAMME_WORDS = {"erasm", "europ"}  # words every guide and question use


def asks_who_may_apply(question: str) -> bool:
    """Does a question ask whether someone may apply or take part ('Can we apply as a consortium?')?"""
    return bool(APPLY.search(question))


def _starts(text: str) -> set[str]:
    return {w[:SHARED_PREFIX] for w in WORD.findall(fold(text)) if len(w) >= SHARED_PREFIX}


def refuses(sentence: str, question: str, subject: str = "") -> bool:
    """Does a sentence plainly refuse what a yes/no question about applying asks: a rule on applying or
    taking part, negated, without an exception, whose subject (the words before its negation) names what the
    question names, by a shared word start (so in another language too), other than the document's
    `subject` (its title), the programme's name, and the organisations, projects and activities every rule
    speaks of? Then the answer is a "no" ('Een consortium kan geen aanvraag indienen' to 'Can three schools
    apply as a consortium?'; not 'Accredited schools cannot apply' to 'Can a new school apply?')."""
    negation = NEGATION.search(sentence)
    if not (negation and APPLY.search(sentence)) or EXCEPTION.search(sentence):
        return False
    before = WORD.findall(fold(sentence[: negation.start()]))
    named = {w[:SHARED_PREFIX] for w, h in zip(before, _holders(before)) if h is None and len(w) >= SHARED_PREFIX}
    generic = _starts(subject) | _starts(" ".join(APPLY.findall(question))) | PROGRAMME_WORDS
    return bool((named & _starts(question)) - generic)


MAXIMUM = re.compile(
    r"(?<!\w)(?:max\w*|at most|up to|no more than|not more than|högst|hogst|som mest|upp till|enintään|enintaan"
    r"|korkeintaan|hoogstens|ten hoogste)\W+(?:\w+\W+){0,2}?(\d+)",
    re.IGNORECASE,
)


def people_counted(question: str) -> int | None:
    """The number of people a question gives ('about 40 students': 40), if it gives one."""
    words = fold(question).split()
    for i, word in enumerate(words):
        if COUNT.fullmatch(word.strip(",.;:!?()")) and any(PEOPLE.match(w) for w in words[i + 1 : i + 1 + NEAR]):
            return int(word.strip(",.;:!?()"))
    return None


def over_limit(question: str, sentence: str) -> tuple[int, int] | None:
    """The question's number of people and the sentence's maximum on participants, when the number is over
    it ('We have 40 pupils; can they all come?' against 'at most 30 participants'): the answer is a "no"."""
    asked = people_counted(question)
    limit = MAXIMUM.search(sentence)
    if asked is None or limit is None or not PEOPLE.search(fold(sentence[limit.end() :])[:40]):
        return None
    most = int(limit.group(1))
    return (asked, most) if asked > most else None


# the people a rule or a figure is for: learners (students, pupils, trainees) or staff (teachers, trainers), folded;
# 'participants' and 'young people' are either
LEARNERS = re.compile(
    r"(?<!\w)(?:student|pupil|learner|trainee|apprentice|leerling|scholier|cursist|elev|studerande|opiskelij"
    r"|oppila|harjoittelij)\w*|\bmobility for studies\b"
)
STAFF = re.compile(
    r"(?<!\w)(?:teacher|staff|trainer|lecturer|educator|professor|leraar|leraren|docent|personeel|larare|lararn"
    r"|personalen|personalens|personalmobilitet\w*|opettaj|henkilost|henkilokun|kouluttaj|lehtor)\w*"
)


def people_named(text: str) -> set[str]:
    """Which of learners and staff a text names."""
    folded = fold(text)
    return {name for name, pattern in (("learners", LEARNERS), ("staff", STAFF)) if pattern.search(folded)}


def other_people(question: str, sentence: str) -> bool:
    """Does the sentence speak only of the other of learners and staff than the one the question asks about ('how
    many ECTS credits does a teacher get?' and 'each student must be awarded 3 ECTS credits')? Not when the
    question asks about both, or the sentence names neither."""
    asked = people_named(question)
    said = people_named(sentence)
    return len(asked) == 1 and bool(said) and not asked & said


def other_people_in_section(question: str, sentence: str, heading: str) -> bool:
    """other_people, for a sentence naming neither learners nor staff read by its section's own heading ('Long-term
    physical mobility for studies lasts from 2 months ...' under '3.1 Student mobility for studies', for a
    question on a staff mobility's duration)."""
    if people_named(sentence):
        return other_people(question, sentence)
    return other_people(question, heading.rsplit(" – ", 1)[-1])


# a figure that varies by the country of destination and is given as a range ('between EUR 250 and EUR 600 per month
# depending on the country of destination'): it does not give the figure for the country a question names (folded)
BY_COUNTRY = re.compile(
    r"depend\w* on the (?:country|destination)|vary by country|afhankelijk van het land|afhankelijk van de bestemming"
    r"|beroende pa (?:vilket )?(?:land|destination)|maasta riippu\w*|kohdemaasta riippu\w*"
)
CAPITALISED = re.compile(r"(?<!^)(?<![.?!]\s)\b[A-ZÅÄÖ][a-zåäöéü]{3,}\b")
FINNISH_CASES = ("ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "an", "än", "n")


def countries_named(text: str) -> set[str]:
    """The countries a text names by a capitalised word, in any of the four languages (a Finnish case ending left
    out: 'Saksassa', 'Suomessa'), as ISO codes."""
    from erasbot.rules.countries import resolve_country

    found = set()
    for word in CAPITALISED.findall(text):
        forms = [word] + [word[: -len(e)] for e in FINNISH_CASES if word.endswith(e) and len(word) - len(e) >= 4]
        forms += [f[:-1] + "i" for f in forms[1:] if f.endswith("e")]  # 'Suome|ssa' is 'Suomi'
        code = next((c for f in forms if (c := resolve_country(f, any_case_codes=False))), None)
        if code:
            found.add(code)
    return found


def country_figure_missing(question: str, sentence: str, passage: str) -> bool:
    """Does the question ask a figure for a country ('the monthly grant in Spain') that the sentence gives only as
    varying by country, its passage naming no such country? Then the text does not say it."""
    if not BY_COUNTRY.search(fold(sentence)):
        return False
    asked = countries_named(question)
    return bool(asked) and not asked & countries_named(passage)
