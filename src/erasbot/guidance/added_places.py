"""The things of its own a question names (a country, a fee, a doctoral programme), read in an added guide:
the passages that name them, and the country as the case a yes/no question asks about. Pure."""

from __future__ import annotations

from erasbot.guidance.glossary import Glossary
from erasbot.guidance.lexical import tokens
from erasbot.guidance.retrieval import Hit, Query, country_tokens
from erasbot.rules.country_mentions import country_names, find_country


def names_country(hit: Hit, code: str) -> bool:
    """Does the passage (its heading or text) name the country by one of its names in the passage's language?"""
    lang = hit.chunk.language
    words = set(tokens(f"{hit.chunk.heading} {hit.chunk.text}", lang))
    return any(set(tokens(name, lang)) <= words for name in country_names(code, lang) if tokens(name, lang))


def naming_asked(
    query: Query, ranked: list[tuple[int, Hit]], first: list[tuple[int, Hit]], glossary: Glossary
) -> list[tuple[int, Hit]]:
    """The passages retrieval ranked lower (`ranked`) that name every thing of its own the question asks about (a
    glossary concept marked distinct, and the country it names), when none of the `first` ones does: only such a
    passage can answer it (added_answer.saying_asked_things), and 'Can a UK university be a full partner?' has the
    passage on the United Kingdom 10th, after six on partners in general. In retrieval order."""
    distinct = [c for c in query.concepts if glossary.concepts[c].distinct]
    country = find_country(query.text)
    if not distinct and country is None:
        return []

    def names_all(hit: Hit) -> bool:
        texts = (hit.chunk.title, hit.chunk.heading, hit.chunk.text)
        named = all(any(glossary.occurs(c, text) for text in texts) for c in distinct)
        return named and (country is None or names_country(hit, country))

    if any(names_all(hit) for _, hit in first):
        return []
    return [(rank, hit) for rank, hit in ranked if names_all(hit)]


def country_case(question: str, hits: list[Hit], rarity: dict[str, float]) -> str | None:
    """The country a question asks about, as the rarest word of the documents' names for it that the passages
    use ('morocco'; a word only a list item uses is rarest): 'Can a university in Morocco take part?' is answered
    by the sentence on Morocco, not by the general rule on who may take part. None when it names no country or
    no passage names it."""
    languages = tuple(sorted({h.chunk.language for h in hits}))
    asked = country_tokens(question, languages)
    if not asked:
        return None
    used = {w for h in hits for w in tokens(h.chunk.text, h.chunk.language)}
    named = [t for t in asked if t in used]
    return max(named, key=lambda t: (rarity.get(t, float("inf")), t)) if named else None
