"""Which added guide answers a question the subject rules gave elsewhere: by its retrieved sentences and the
question's own words (what no glossary term names)."""

from __future__ import annotations

from dataclasses import dataclass

from erasbot.forms import asks_comparison, question_sentence
from erasbot.guidance.citations import Answer
from erasbot.guidance.corpus import DocumentInfo
from erasbot.guidance.cross_words import load_cross_words
from erasbot.guidance.glossary import Glossary
from erasbot.guidance.lexical import WORD, tokens
from erasbot.guidance.profiles import Profile, absent_marks, asked_period, names_excluded
from erasbot.guidance.retrieval import Hit, Query
from erasbot.guidance.scope import asks_everyday_thing, asks_other_task, guide_field_missed
from erasbot.guidance.subjects import Subject, added_subject, nearest_by_own_words, nearest_by_passages
from erasbot.guidance.titles import names_no_title
from erasbot.text import fold


@dataclass(frozen=True)
class Routing:
    """What the pickers of an added guide read: the question, its retrieved passages, the cosines of their
    sentences to the question as asked and to its own words alone, the documents' profiles, the documents and
    the glossary."""

    query: Query
    hits: list[Hit]
    similarity: dict[str, float]
    own_similarity: dict[str, float]
    profiles: dict[str, Profile]
    documents: dict[str, DocumentInfo]
    glossary: Glossary

    @property
    def doc_of(self) -> dict[str, str]:
        """Each retrieved passage's document."""
        return {h.chunk.chunk_id: h.chunk.doc_id for h in self.hits}

    def best(self, own: bool = False) -> dict[str, float]:
        """Each document's best sentence cosine to the question as asked (to its own words alone, with `own`)."""
        return best_by_document(self.own_similarity if own else self.similarity, self.doc_of)

    def names_action(self) -> bool:
        """Does the question name an action (the bundled reading of an action stands)?"""
        return any(self.glossary.concepts[c].kind == "action" for c in self.query.concepts)

    def at_length(self) -> bool:
        """Does the question describe a situation at length (a bundled action described, not named)?"""
        return len(own_words(self.query.text, self.query.language, self.glossary)) > OWN_WORDS_MAX

    def names_uncovered_thing(self) -> bool:
        """Does the question name a thing the bundled texts do not cover (a glossary concept of kind 'other': travel
        support, a daily allowance, statistics)?"""
        return any(self.glossary.concepts[c].kind == "other" for c in self.query.concepts)

    def of_period(self, doc_id: str) -> bool:
        """Is the document an added guide not of another period than the one the question asks about?"""
        profile = self.profiles.get(doc_id)
        period = asked_period(self.query.text)
        return profile is not None and profile.added and not profile.of_other_period(period)

    def may_answer(self, guide: str) -> bool:
        """May this added guide answer the question (may_answer)?"""
        return may_answer(guide, self.query, self.profiles, self.documents, self.glossary)

    def over_own_language(self, guide: str, answer: Answer | None) -> str:
        """The added guide in another language whose retrieved passages speak of more of what the question asks
        (spoken_of: the meanings of its words, cross_words.py) than those of `guide`, chosen in the question's own
        language (the embedding and the title put a Swedish question about an 'förberedande besök' nearest the
        Swedish guide on adult education, not the English one on youth exchanges that has the Advance Planning
        Visit); `guide` itself otherwise."""
        if doc_language(self.documents, guide) != self.query.language:
            return guide
        other = self.naming_own_words(answer)
        if other is None or other == guide:
            return guide
        mine, theirs = (
            spoken_of(
                self.query,
                [h for h in self.hits if h.chunk.doc_id == d],
                self.documents,
                self.glossary,
                as_written=False,  # meanings alone: the guide in the question's language would count its words twice
            )
            for d in (guide, other)
        )
        return other if theirs > mine else guide

    def naming_own_words(self, answer: Answer | None) -> str | None:
        """The added guide in another language speaking of what the question's own words mean (guide_naming_own_words)."""
        return guide_naming_own_words(self.query, self.hits, answer, self.profiles, self.documents, self.glossary)


def by_passages(subject: Subject, routing: Routing) -> Subject:
    """A question naming no action that its subject's rules gave to the bundled texts goes to the added
    document whose retrieved sentences are clearly closer to it (subjects.nearest_by_passages); a bundled
    curated fact does not answer it by sharing a topic word ('grant') with it. One given to an added guide by
    the closeness of its title alone goes to the guide closest by the question and by its own words
    (subjects.nearest_by_own_words), if that is another. One given to an added guide that never mentions a
    subject it names goes to the retrieved added guide whose title names it, if any."""
    query, profiles, glossary = routing.query, routing.profiles, routing.glossary
    doc_of = routing.doc_of
    best = best_by_document(routing.similarity, doc_of)
    if subject.added and subject.refuse:
        # the added guide chosen never mentions a subject the question names ('ungdomsutbyte' put to the
        # Swedish adult-education guide by shared Swedish words): the added guide whose title names it answers
        # (a title, not a heading: a guide's section on credits does not make a question on credits its own)
        others = [c for c in query.concepts if glossary.concepts[c].kind == "other"]
        period = asked_period(query.text)
        covering = [
            d
            for d, p in profiles.items()
            if p.added and d in best and all(c in p.title_named for c in others) and not p.of_other_period(period)
        ]
        if not covering and others and all(glossary.concepts[c].distinct for c in others):
            # a thing of its own that a guide's passages must name to answer (a preparatory visit, invited experts):
            # the retrieved guide whose passages name it ('förberedande besök' put to the Swedish guide, the English
            # school guide's 'preparatory visit')
            covering = [
                d
                for d, p in profiles.items()
                if p.added and d in best and all(c in p.mentions for c in others) and not p.of_other_period(period)
            ]
        if covering:
            return added_subject({max(covering, key=lambda d: best[d])}, query.concepts, profiles, glossary, query.text)
        return subject
    if any(glossary.concepts[c].kind == "action" for c in query.concepts):
        return subject
    if subject.added and len(subject.doc_ids) == 1 and subject.instead is None:
        # a guide chosen by the closeness of its title alone (the question names nothing of it: a Swedish question
        # is close to a Swedish title) gives way to the guide closest by the question and by its own words
        (chosen,) = subject.doc_ids
        if chosen in profiles and names_no_title(query.text, query.language, chosen, profiles, glossary):
            nearest = nearest_by_own_words(
                best, best_by_document(routing.own_similarity, doc_of), profiles, asked_period(query.text)
            )
            if nearest is not None and nearest != chosen:
                return added_subject({nearest}, query.concepts, profiles, glossary, query.text)
            other = routing.over_own_language(chosen, None)
            if other != chosen and routing.may_answer(other):
                return added_subject({other}, query.concepts, profiles, glossary, query.text)
        return subject
    if subject.added or subject.tied_with is not None or subject.instead is not None:
        return subject
    nearest = nearest_by_passages(best, profiles, asked_period(query.text))
    if nearest is None:
        return subject
    other = routing.over_own_language(nearest, None)
    return added_subject({other if routing.may_answer(other) else nearest}, query.concepts, profiles, glossary, query.text)


def guide_saying_it(answer: Answer, subject: Subject, routing: Routing) -> str | None:
    """The added guide that answers a question the bundled texts answered with a curated fact or claim sharing
    only the aspect asked with it (a grant, a duration, the organisations) and none of the question's own words
    ('extra money per participant with fewer opportunities' answered with a Knowledge Alliance's maximum grant):
    the guide closest to the question both as asked and by its own words alone, however small its lead
    (subjects.nearest_by_own_words). None where the bundled answer says what the question's own words say,
    where it abstains, where the question names an action, or where it describes its situation at length (a
    bundled action described, not named: 'we are a learning centre in Malmö and want, with a university and a
    company, to ...')."""
    query, glossary = routing.query, routing.glossary
    if answer.basis not in ("fact", "claim", "rate") or subject.added or routing.names_action():
        return None
    if not any(glossary.concepts[c].kind == "topic" for c in query.concepts):
        return None
    own = own_words(query.text, query.language, glossary)
    if routing.at_length():  # a situation described at length (an action described, not named): not one thing
        return None
    languages = {query.language} | {doc_language(routing.documents, c.doc_id) for c in answer.citations}
    said = {t for lang in languages for t in tokens(answer.text, lang)}
    if not own or own & said:
        return None
    nearest = nearest_by_own_words(routing.best(), routing.best(own=True), routing.profiles, asked_period(query.text))
    guide = routing.over_own_language(nearest, answer) if nearest else routing.naming_own_words(answer)
    if guide is None:
        return None
    return guide if routing.may_answer(guide) else None


def guide_when_bundled_abstain(answer: Answer, subject: Subject, routing: Routing) -> str | None:
    """The added guide that answers a question the subject rules gave to the bundled texts, when they do not
    cover it (their answer abstains) and it names no action of theirs: the added guide whose retrieved sentences
    are closest to it, as asked and by its own words alone, when it leads every bundled text in both ('may a
    student receive an Erasmus+ grant and a national loan at the same time?' put in Finnish to an English guide,
    whose words the subject rules did not meet). Whether the guide says it is then for its answer to find
    (added_answer abstains on a sentence that does not give what is asked). None otherwise."""
    if not answer.abstained or subject.added or routing.names_action():
        return None
    query = routing.query
    if asks_everyday_thing(query.text, query.language, routing.glossary) or asks_other_task(query.text):
        return None  # no guide's matter either: the weather this weekend, a joke (as for guide_for_uncovered)
    if routing.at_length():
        return None  # a situation described at length: a bundled action described, not named (guide_saying_it)
    profiles = routing.profiles
    readings = [routing.best()]
    if routing.own_similarity:  # the question's own words too: closer to a bundled text, they describe it
        readings.append(routing.best(own=True))
    leaders = set()
    for best in readings:
        added = {d: v for d, v in best.items() if routing.of_period(d)}
        bundled = max((v for d, v in best.items() if d in profiles and not profiles[d].added), default=-1.0)
        top = max(added, key=added.get) if added else None
        leaders.add(top if top is not None and added[top] > bundled else None)
    guide = leaders.pop() if len(leaders) == 1 else None
    if guide is not None and (other := routing.over_own_language(guide, answer)) != guide:
        return other if routing.may_answer(other) else None  # what it speaks of decides, not its closeness
    if guide is None:
        # the embedding puts a question nearest a text in its own language: a guide in another language speaking
        # of what the question's own words mean answers it too
        guide = routing.naming_own_words(answer)
    if guide is None or not clearly_closest(guide, readings[0], profiles):
        return None  # with several guides added, one about as close as another: which one says it is not known
    return guide if routing.may_answer(guide) else None


GUIDE_APART = 0.02  # an added guide answering by the closeness of its sentences leads every other added guide by this


def clearly_closest(guide: str, best: dict[str, float], profiles: dict[str, Profile]) -> bool:
    """Does the added guide's best sentence lead every other added guide's by GUIDE_APART (with several guides
    added, which one answers is otherwise for the subject rules to say)?"""
    others = [v for d, v in best.items() if d != guide and d in profiles and profiles[d].added]
    return guide in best and all(best[guide] - v >= GUIDE_APART for v in others)


def guide_over_older_text(answer: Answer, subject: Subject, routing: Routing) -> str | None:
    """The added guide of a later programme period than every bundled text the bundled answer cites, for a
    question naming no action, no period and no situation at length ('how long may a staff mobility for teaching
    last?' answered from a 2014-2020 adult-education text, with a 2021-2027 mobility guide added): of the added
    guides retrieved, the one closest to the question as asked. Whether it says what is asked is for its own
    answer to show (compose_answer keeps the bundled one when it abstains). None otherwise."""
    if answer.abstained or subject.added or not answer.citations or asked_period(routing.query.text):
        return None
    if routing.names_action() or routing.at_length():
        return None
    profiles = routing.profiles
    cited = {c.doc_id for c in answer.citations}
    if any(d not in profiles or profiles[d].added or not profiles[d].period for d in cited):
        return None
    best = routing.best()
    newest_cited = max(profiles[d].period for d in cited)
    added = {d: v for d, v in best.items() if d in profiles and profiles[d].added and profiles[d].period > newest_cited}
    if not added:
        return None
    guide = max(added, key=added.get)
    if not clearly_closest(guide, best, profiles):
        return None
    return guide if routing.may_answer(guide) else None


def guide_for_uncovered(answer: Answer, subject: Subject, routing: Routing) -> str | None:
    """The added guide to try where the bundled texts refuse a question ('Hur lång tid har vi på oss att lämna
    slutrapporten?' with an English KA210 guide added) that guide_when_bundled_abstain gave to none: of the period
    asked, the added guide whose retrieved passages speak of the most of what it asks (spoken_of), then the closest
    by its best sentence. Its answer stands only where it does not abstain itself (compose_answer). None where the
    bundled answer did not abstain, the question names an action (the bundled reading of an action stands), is an
    everyday thing, a joke or a situation described at length, names a thing of its own the guide's title and
    headings do not, or no added guide's passages speak of what it asks."""
    query, glossary = routing.query, routing.glossary
    if not answer.abstained or subject.added or routing.names_action():
        return None
    if asks_everyday_thing(query.text, query.language, glossary) or asks_other_task(query.text):
        return None  # no guide's matter either: restaurants near the agency, a joke
    if routing.at_length() and not routing.names_uncovered_thing():
        # a situation described at length: a bundled action described, not named (though a thing none of the
        # bundled texts speaks of, named after the description, is asked of the guides: 'Onze docenten reizen ...
        # 3400 km. Hoeveel reisbudget krijgen we?')
        return None
    # the added guide whose retrieved passages speak of the most of what is asked, then the closest by its sentence
    # (with several guides added the embedding alone favours one in the question's language)
    ranked = sorted(
        (
            (
                spoken_of(
                    query, [h for h in routing.hits if h.chunk.doc_id == d], routing.documents, glossary, names=False
                ),
                value,
                d,
            )
            for d, value in routing.best().items()
            if routing.of_period(d)
        ),
        reverse=True,
    )
    if not ranked or ranked[0][0] == 0:
        return None
    guide = ranked[0][2]
    # a thing of its own the question names ('reporting', 'learning mobility') must be a subject of the guide (its
    # title or a heading), not a word in passing: 'the monthly student grant in Germany' is no KA210 guide's matter
    if any(glossary.concepts[c].kind == "other" and c not in routing.profiles[guide].named for c in query.concepts):
        return None
    return guide if routing.may_answer(guide) else None


def guide_comparing(answer: Answer, subject: Subject, routing: Routing) -> str | None:
    """The added guide whose own subject a question compares with a bundled action ('How does the maximum grant of a
    Teacher Academy compare with what a three-year Knowledge Alliance could get in 2014-2020?'): the question names
    the action (so the subject rules gave it to the bundled texts) and a thing of its own that the guide's title or
    headings name. The guide answers where the bundled texts refuse (they do not know its side), or where its
    retrieved passages name the action too (the guide compares them itself: 'Teacher Academies and the actions of
    the programme 2014-2020'); never the bundled figure for the guide's side. None otherwise."""
    query, glossary = routing.query, routing.glossary
    if subject.added or not asks_comparison(query.text) or not routing.names_action():
        return None
    actions = [c for c in query.concepts if glossary.concepts[c].kind == "action"]
    own = [c for c in query.concepts if glossary.concepts[c].kind == "other"]
    guides = [
        d
        for d, p in routing.profiles.items()
        if p.added and any(c in p.named for c in own) and any(h.chunk.doc_id == d for h in routing.hits)
    ]
    if len(guides) != 1:
        return None
    guide = guides[0]
    compares_itself = any(
        glossary.occurs(a, h.chunk.text) or glossary.occurs(a, h.chunk.heading)
        for h in routing.hits
        if h.chunk.doc_id == guide
        for a in actions
    )
    if not (answer.abstained or compares_itself):
        return None
    return guide if routing.may_answer(guide) else None


def may_answer(
    guide: str, query: Query, profiles: dict[str, Profile], documents: dict[str, DocumentInfo], glossary: Glossary
) -> bool:
    """May this added guide answer the question: it mentions every thing of its own the question names, names the
    action codes and years it names, is not a thing it places outside its scope, and is of the field asked?"""
    chosen = added_subject({guide}, query.concepts, profiles, glossary, query.text)
    return not (
        chosen.refuse
        or absent_marks(query.text, chosen.doc_ids, profiles)
        or names_excluded(query.text, chosen.doc_ids, profiles)
        or guides_miss_field(query, {guide}, documents)
    )


def spoken_of(
    query: Query,
    guide_hits: list[Hit],
    documents: dict[str, DocumentInfo],
    glossary: Glossary,
    names: bool = True,
    as_written: bool = True,
) -> int:
    """How much of what the question asks a guide's retrieved passages speak of: the meanings of its words in the
    guide's language (cross_words.py: 'slutrapporten' is 'final report'), and its own words (no glossary term)
    used as written (not with `as_written` false: a guide in the question's language would count each twice); with
    `names` false, not the countries it names (cross_words.py's names)."""
    cross = load_cross_words()
    asked = cross.meanings(question_sentence(query.text), query.language)
    if not names:  # a country the guide lists ('Germany' in its country groups) is no matter it speaks of
        asked -= cross.names
    own = own_words(query.text, query.language, glossary) if as_written else set()
    meanings: set[int] = set()
    words: set[str] = set()
    for hit in guide_hits:
        meanings |= asked & cross.meanings(hit.chunk.text, doc_language(documents, hit.chunk.doc_id))
        words |= own & set(tokens(hit.chunk.text, query.language))
    return len(meanings) + len(words)


def guide_naming_own_words(
    query: Query,
    hits: list[Hit],
    answer: Answer | None,
    profiles: dict[str, Profile],
    documents: dict[str, DocumentInfo],
    glossary: Glossary,
) -> str | None:
    """The added guide in another language than the question's whose retrieved passages speak of the most of what
    the question's own words mean, in the guide's language (cross_words.py: 'landgrupp' is 'country group' in an
    English guide), where the passages the bundled answer cites speak of none of it (of two alike, the one whose
    passage saying it ranks higher); None when no guide does. The embedding alone puts a Swedish question
    closest to a Swedish text sharing only its topic ('länder'); in the question's own language its reading
    stands (nearest_by_own_words)."""
    cross = load_cross_words()
    # a country it names is no matter a guide speaks of ('Saksassa' put to a guide listing Germany in a country group)
    asked = cross.meanings(glossary.without_concepts(question_sentence(query.text)), query.language) - cross.names
    if not asked:
        return None
    citations = answer.citations if answer is not None else []
    cited = set().union(*(cross.meanings(c.text, doc_language(documents, c.doc_id)) for c in citations))
    if asked & cited:
        return None
    period = asked_period(query.text)
    covered: dict[str, set[int]] = {}
    best: dict[str, float] = {}  # the best score of a passage of the guide speaking of it
    for hit in hits:
        doc = hit.chunk.doc_id
        profile = profiles.get(doc)
        language = doc_language(documents, doc)
        if language == query.language or profile is None or not profile.added:
            continue  # in the question's own language the embedding's reading stands (nearest_by_own_words)
        if profile.of_other_period(period):
            continue
        said = asked & cross.meanings(hit.chunk.text, language)
        if said:
            covered.setdefault(doc, set()).update(said)
            best[doc] = max(best.get(doc, hit.score), hit.score)
    ranked = sorted(((len(m), best[d], d) for d, m in covered.items()), reverse=True)
    return ranked[0][2] if ranked else None


def guides_miss_field(query: Query, doc_ids, documents: dict[str, DocumentInfo]) -> bool:
    """Does the question ask about a field of education the added guides' titles leave out (scope.py)?"""
    titles = [(documents[d].title, documents[d].language) for d in doc_ids if d in documents]
    return guide_field_missed(query.text, query.language, titles) is not None


OWN_WORD_MIN = 4  # letters a stem of the question's own words has to count as what it asks about
OWN_WORDS_MAX = 8  # more own words than this: the question describes a situation (2 of 193 bundled questions)
NO_SUBJECT_WORDS = {"erasmus"}  # the programme's name says nothing of what is asked


def own_words(question: str, language: str, glossary: Glossary) -> set[str]:
    """The stems of the question's own words: what no glossary term names ('fewer', 'opportun'); the words of
    everyday speech about the askers ('meillä', 'olis', 'tämä' typed 'tama') name nothing asked."""
    plain = " ".join(
        w for w in WORD.findall(glossary.without_concepts(question)) if fold(w) not in SPOKEN.get(language, ())
    )
    return {t for t in tokens(plain, language) if len(t) >= OWN_WORD_MIN and t not in NO_SUBJECT_WORDS}


# the askers and everyday speech, folded ('Meilla on pieni seura ja tama olis eka hakemus'): a question told this way is
# no longer for it, nor about another thing
SPOKEN = {
    "fi": frozenset(("meilla", "meil", "meita", "meidan", "meille", "me", "mina", "mulla", "mulle", "tama", "taa",
                     "tassa", "tasta", "tuo", "siita", "sita", "siina", "niin", "nyt", "vai", "mutta", "viela", "sitten",
                     "olis", "olisi", "olemme", "olen", "oli", "olla", "jotain", "jotakin", "saako", "voiko",
                     "voidaanko", "kanssa", "eka", "ihan")),
    "sv": frozenset(("vi", "oss", "var", "vart", "vara", "har", "hade", "vill", "skulle", "nu", "bara", "sen", "jag",
                     "du", "ni", "dom", "dem", "hej", "tack")),
    "en": frozenset(("we", "our", "us", "would", "could", "just", "like", "my", "you", "hi", "thanks")),
    "nl": frozenset(("we", "wij", "ons", "onze", "zou", "zouden", "willen", "nu", "ik", "mijn", "jij", "jullie", "hoi",
                     "dank")),
}  # fmt: skip


def best_by_document(similarity: dict[str, float], doc_of: dict[str, str]) -> dict[str, float]:
    """Each document's best sentence cosine among the retrieved passages' sentences."""
    best: dict[str, float] = {}
    for sentence_id, value in similarity.items():
        doc_id = doc_of.get(sentence_id.rsplit("/", 1)[0])
        if doc_id is not None:
            best[doc_id] = max(best.get(doc_id, -1.0), value)
    return best


def doc_language(documents: dict[str, DocumentInfo], doc_id: str) -> str:
    doc = documents.get(doc_id)
    return doc.language if doc else "en"
