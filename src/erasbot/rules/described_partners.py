"""A consortium described in a sentence instead of listed: 'Konsortiossa olisi 2 korkeakoulua Suomesta, 1 yliopisto
Ruotsista, 2 yritystä Virosta ja yksi yhdistys Ruotsista', 'two universities from Sweden and three companies from
Estonia'. Each part giving a number, a kind of organisation and a country stands for that many organisations, so the
checker's rules can be applied to them. A consortium named organisation by organisation, each with its country in
brackets ('Lunds universitet (SE), Aalto-universitetet (FI), Volvo (SE) och en konsultfirma i Tallinn (EE)'), is read
as those organisations, their kinds read from their names where they say it. Pure."""

from __future__ import annotations

import re
from string import ascii_uppercase

from erasbot.phrases import say
from erasbot.rules import vocabulary as vocab
from erasbot.rules.askers import US, askers
from erasbot.rules.countries import country_name
from erasbot.rules.country_mentions import find_country
from erasbot.rules.models import Partner
from erasbot.rules.number_words import NUMBERS
from erasbot.rules.places import place_country

ARTICLES = {"a", "an", "ett", "en", "een"}  # the number one only at the start of a part ('en förening från Sverige')
# where one described group of organisations ends and the next begins: a comma, a semicolon, 'and' in each language
# (Dutch 'en' only before an article, a number or a name: in Swedish it is the article, 'en dansk kommun')
PARTS = re.compile(
    r"[,;:]|\s(?:and|plus|och|samt|ja|sekä|ook)\s"
    r"|\sen\s(?=(?:een|de|het|één|twee|drie|vier|vijf|zes)\s|\d|(?-i:[A-ZÅÄÖÜ]))",
    re.IGNORECASE,
)
# a number and what follows it ('Konsortiossa olisi 2 korkeakoulua Suomesta', 'two companies', 'yksi yhdistys')
COUNT = re.compile(
    r"(?:^|\s)(\d{1,2}|" + "|".join(sorted(NUMBERS, key=len, reverse=True)) + r")\s+(\S.*)$", re.IGNORECASE
)
ARTICLE_START = re.compile(r"^\W*(" + "|".join(ARTICLES) + r")\s+(\S.*)$", re.IGNORECASE)
# the first organisation after the words opening the question ('Can a consortium of a Finnish university, ...',
# 'Kan vi söka med ett finskt universitet, ...')
ARTICLE_AFTER = re.compile(
    r"\b(?:of|with|consisting of|av|med|bestående av|van|met|bestaande uit)\s+(" + "|".join(ARTICLES) + r")\s+(\S.*)$",
    re.IGNORECASE,
)
# a Finnish part naming one organisation by its country's adjective ('suomalainen yliopisto', 'virolainen
# ammattikoulu'): Finnish has no article to count it by
# (after the verb asking, 'Voiko suomalainen yliopisto, ...')
FINNISH_ONE = re.compile(r"^\W*(?:\w+(?:ko|kö)\s+)?()(\w+(?:lainen|läinen)\s+\S.*)$", re.IGNORECASE)
# a group naming no kind, only where it is from ('2 from Sweden', '1 Ruotsista', 'twee uit België'): the kind said before
ELLIPSIS = re.compile(r"^(?:from|in|i|från|uit|van|aus|\w+(?:sta|stä|lta|ltä))\b", re.IGNORECASE)
# the asker's own organisation told apart from those counted ('meidän lisäksi yksi järjestö Virosta'): how many there
# are in all is not said
BESIDES_US = re.compile(
    r"\b(?:besides us|in addition to us|apart from us|meidän lisäksi|lisäksi meidän|förutom oss|utöver oss|"
    r"naast ons|behalve ons|plus ons|plus us)\b",
    re.IGNORECASE,
)
# endings a kind's word may carry in a sentence that the vocabulary's terms do not: a Finnish partitive or plural
# ('korkeakoulua', 'yritystä', 'oppilaitosta'), a Dutch or Swedish plural ('universiteiten', 'högskolorna'), a
# Swedish definite form ('Aalto-universitetet')
ENDINGS = ("ista", "istä", "ita", "itä", "ja", "jä", "ta", "tä", "a", "ä", "en", "et", "s", "na", "erna", "orna", "arna")  # fmt: skip
KIND_MIN_CHARS = 4  # a word this long at least, its ending taken off, is looked up as a kind
MOST_PER_PART = 20  # a number above this in front of a kind is no count of organisations ('2026 universities')
# an organisation named with its country in brackets ('Aalto-universitetet (FI)', 'a consultancy in Tallinn (Estonia)')
NAMED = re.compile(r"^\W*(?P<name>\w.*?)\s*\((?P<where>[^()]{2,40})\)\W*$")
NAMED_MIN = 3  # organisations named so, at least, make a consortium (two are a comparison: 'X (SE) or Y (FI)?')
# an organisation named among those described, its role perhaps in brackets ('Aalto-yliopisto (koordinaattori)',
# 'Tallinnan teknillinen yliopisto'): a capitalised name whose words say its kind
NAMED_AMONG = re.compile(r"^\W*(?P<name>[A-ZÅÄÖ][\w-]*(?:\s+[\w-]+){0,5}?)\s*(?:\((?P<role>[^()]{2,40})\))?\W*$")


def described_partners(text: str, lang: str) -> list[Partner]:
    """The organisations a text describes by number, kind and country, as partners named by kind and country
    ('korkeakoulu A (Suomi)'); none when fewer than two parts describe organisations so (one part is a case, not a
    consortium: 'Can two companies from Norway take part?'), when a part gives a number and a kind but no country,
    or a number and a country but no kind ('4 organisationer från Sverige, Danmark och Tyskland'), or the asker's
    own organisation is told apart ('besides us'): what is counted would not be what the asker has."""
    groups: list[tuple[int, str, str]] = []
    named: list[Partner] = []  # organisations named among the groups ('Aalto-yliopisto (koordinaattori), ...')
    if BESIDES_US.search(text):
        return []
    for part in PARTS.split(text):
        found = (
            COUNT.search(part.strip())
            or ARTICLE_START.match(part.strip())
            or ARTICLE_AFTER.search(part.strip())
            or (FINNISH_ONE.match(part.strip()) if lang == "fi" else None)
        )
        if not found and (mine := US.match(part.strip())):
            # the askers themselves in the list ('vi själva'), who and where they are told before ('Vi är en
            # högskola i Jönköping'); not told, the consortium is not read
            us = askers(text, _kind)
            if us is None or us[0] is None:
                return []
            role = "coordinator" if COORDINATES.search(mine.group("rest") or "") else "partner"
            named.append(Partner(line=0, name=part.strip(), country=us[1], type=us[0], role=role))
            continue
        among = None if found else NAMED_AMONG.match(part.strip())
        if among and (kind := _kind(among.group("name"))):
            # its country named, or its city ('Tallinnan teknillinen yliopisto': Tallinn's, in Finnish)
            where = find_country(among.group("name")) or next(
                (c for w in among.group("name").split() if (c := place_country(w) or place_country(w[:-1]))), None
            )
            role = "coordinator" if COORDINATES.search(among.group("role") or "") else "partner"
            named.append(Partner(line=0, name=among.group("name"), country=where, type=kind, role=role))
            continue
        if not found:
            continue
        # told by an article (or a Finnish adjective alone): one organisation, and no count the asker insists on
        one = not found.group(1) or found.group(1).lower() in ARTICLES
        count = 1 if one else _count(found.group(1))
        if count is None:
            continue
        country = find_country(found.group(2))
        kind = _kind(found.group(2))
        if kind is None:
            if country is None or one:
                continue  # 'a few of them', 'en gång': no group of organisations
            if not (groups and ELLIPSIS.match(found.group(2))):
                # '4 organisationer från Sverige, Danmark och Tyskland', '6 partners': how many of which kind in
                # which country is not said, so nothing is counted
                return []
            kind = groups[-1][1]  # '2 universities from Finland, 2 from Sweden': the kind said before
        if country is None:
            if one:
                continue  # 'We are a university in Oulu': the asker's own organisation, told as context
            return []  # 'two companies': how many countries they make is not said
        groups.append((count, kind, country))
    if len(groups) + len(named) < 2 or not groups:
        return []
    partners: list[Partner] = [p.model_copy(update={"line": n}) for n, p in enumerate(named, 1)]
    for count, kind, country in groups:
        for _ in range(count):
            # told apart by a letter, not a number: a number in the answer would read as a figure of the rules
            letter = ascii_uppercase[sum(p.type == kind for p in partners) % len(ascii_uppercase)]
            name = f"{say(lang, f'type_{kind}')} {letter} ({country_name(country, lang)})"
            partners.append(Partner(line=len(partners) + 1, name=name, country=country, type=kind))
    return partners


# a country with its organisations in brackets ('Sverige (yrkeshögskola, Visita, Skolverket)', 'Spain (a tourism
# school and a hotel company)')
COUNTRY_GROUP = re.compile(r"([^\W\d_][\w-]*)\s*\(([^()]{3,200})\)")
# words in the brackets saying the list ends ('inget mer', 'nothing else', 'ei muuta', 'verder niets')
NOTHING_MORE = re.compile(
    r"^(?:inget (?:mer|annat)|inga fler|nothing (?:more|else)|no (?:more|others?)|ei muuta|ei muita|(?:verder )?niets"
    r"(?: meer| anders)?|geen andere)$",
    re.IGNORECASE,
)
ITEMS = re.compile(r"\s*(?:,|;|\s(?:and|och|samt|ja|sekä|en|plus)\s)\s*", re.IGNORECASE)
GROUPS_MIN = 2  # countries told so, at least, make a consortium
# a country with its organisations after a dash, up to a semicolon or a full stop ('Sweden - a VET school, an
# employers' association and the Schools Inspectorate; Estonia - ...; Portugal - only a hotel school.')
COUNTRY_DASHED = re.compile(r"(?:^|[:;.]\s*)([^\W\d_][\w-]*)\s+[-–]\s+([^;.]{3,200})")
# a country's organisations told as the same kinds as the country before ('the same three types', 'samma tre typer')
SAME_KINDS = re.compile(
    r"^(?:the )?same (\w+) (?:types?|kinds?|organisations?)|^samma (\w+) (?:typer|slags)"
    r"|^dezelfde (\w+) (?:soorten|typen)|^samat (\w+) (?:tyyppiä|tyypit)",
    re.IGNORECASE,
)
LEADING_AND = re.compile(r"^(?:and|och|samt|ja|sekä|plus)\s+", re.IGNORECASE)
# 'and' before another organisation named with an article ('en turismskola och ett hotellföretag')
AND_ARTICLE = re.compile(
    r"\s+(?:and|och|samt|ja|sekä|en|plus)\s+(?=(?:a|an|the|one|en|ett|een|de|het|yksi|\d+)\s)", re.IGNORECASE
)
ONLY_FIRST = re.compile(r"^(?:only|just|bara|endast|enkel|alleen|vain|ainoastaan)\s+", re.IGNORECASE)


def grouped_partners(text: str, lang: str) -> list[Partner]:
    """The organisations a text lists country by country, each country's in brackets after it ('Sverige
    (yrkeshögskola, Visita, Skolverket), Finland (...) och Spanien (en turismskola och ett hotellföretag, inget
    mer)'), their kinds read from their names where they say it; none when fewer than two countries are told so."""
    partners: list[Partner] = []
    groups = 0
    told = list(COUNTRY_GROUP.finditer(text)) or list(COUNTRY_DASHED.finditer(text))
    previous: list[str] = []  # the kinds of the country told before ('Estonia - the same three types')
    for found in told:
        country = find_country(found.group(1))
        if country is None or find_country(found.group(2)) not in (None, country):
            continue
        items = [i for i in _items(found.group(2)) if not NOTHING_MORE.match(i)]
        same = SAME_KINDS.match(items[0]) if len(items) == 1 else None
        if same and _count(next(g for g in same.groups() if g)) == len(previous):
            kinds = list(previous)
            # told apart by a letter, as described_partners names them ('sector body B (Estonia)')
            items = [
                f"{say(lang, f'type_{k}') if k != 'unknown' else items[0]} {ascii_uppercase[i]} "
                f"({country_name(country, lang)})"
                for i, k in enumerate(kinds)
            ]
        else:
            kinds = [_kind(ONLY_FIRST.sub("", item)) or "unknown" for item in items]
        if not items:
            continue
        groups += 1
        previous = kinds
        for item, kind in zip(items, kinds):
            partners.append(Partner(line=len(partners) + 1, name=item, country=country, type=kind))
    return partners if groups >= GROUPS_MIN else []


def _items(listed: str) -> list[str]:
    """The organisations of a list ('a VET school, an employers' association for hotels and restaurants, and the
    Schools Inspectorate'): split at commas and semicolons, and at 'and' only between two named with an article
    ('a tourism school and a hotel company'), not inside one name ('hotels and restaurants')."""
    items: list[str] = []
    for piece in re.split(r"\s*[,;]\s*", listed):
        piece = LEADING_AND.sub("", piece.strip(" ."))
        items.extend(p.strip(" .") for p in AND_ARTICLE.split(piece))
    return [i for i in items if i]


def _count(word: str) -> int | None:
    if word.isdigit():
        n = int(word)
        return n if 0 < n <= MOST_PER_PART else None
    return NUMBERS.get(word.lower()) or (1 if word.lower() in ARTICLES else None)


def kind_of(words: str) -> str | None:
    """The kind of organisation words name ('Aalto-universitetet', 'ett mjukvaruföretag'), or None."""
    return _kind(words)


def _kind(words: str) -> str | None:
    """The kind of organisation a part names right after its number, as the vocabulary reads it, a word's ending
    taken off when it is not read as written."""
    named = re.findall(r"[\w-]+", words)
    # a name's last word is what it is ('the Swedish Schools Inspectorate': an inspectorate, not a school)
    if len(named) > 1 and named[-1][:1].isupper() and (found := vocab.org_type(named[-1].lower(), contained=True)):
        return found
    head = " ".join(named[:3])
    if found := vocab.org_type(head, contained=True):
        return found
    for word in re.findall(r"[\w-]+", words)[:3]:
        for ending in ENDINGS:
            stem = word[: -len(ending)]
            if not word.lower().endswith(ending) or len(stem) < KIND_MIN_CHARS:
                continue
            # a Dutch plural shortens a long vowel ('hogescholen': 'hogeschool')
            longer = stem[:-1] + stem[-2] + stem[-1] if stem[-2] in "aeou" and stem[-1] not in "aeiou" else stem
            for read in (stem, longer):
                if found := vocab.org_type(read, contained=True):
                    return found
    return None


# a number or an article anywhere in a part ('Om vi lägger till ett tyskt forskningsinstitut', 'and if we add two
# Estonian companies')
COUNT_ANYWHERE = re.compile(
    r"(?:^|\s)(\d{1,2}|" + "|".join(sorted({*NUMBERS, *ARTICLES}, key=len, reverse=True)) + r")\s+(\S.*)$",
    re.IGNORECASE,
)


def added_partners(sentence: str, lang: str) -> list[Partner]:
    """The organisations a sentence adding partners to a consortium told before describes ('and if we add a German
    research institute?'), each by its number, kind and country; [] when a part gives no kind or no country."""
    partners: list[Partner] = []
    for part in PARTS.split(sentence):
        found = COUNT_ANYWHERE.search(part.strip())
        count = _count(found.group(1)) if found else None
        kind = _kind(found.group(2)) if found else None
        country = find_country(found.group(2)) if found else None
        if count is None or kind is None or country is None:
            continue
        for _ in range(count):
            # told apart by a letter, as described_partners names them: two alike are two organisations, not one
            # listed twice
            letter = ascii_uppercase[sum(p.type == kind for p in partners) % len(ascii_uppercase)]
            name = f"{say(lang, f'type_{kind}')} {letter} ({country_name(country, lang)})"
            partners.append(Partner(line=len(partners) + 1, name=name, country=country, type=kind))
    return partners


def named_partners(text: str, lang: str) -> list[Partner]:
    """The organisations a sentence names one by one with their countries in brackets, in the order named; none when
    fewer than NAMED_MIN are, or when a part among them names an organisation without its country (it could not be
    counted)."""
    partners: list[Partner] = []
    unplaced = False
    for part in PARTS.split(text):
        part = part.strip()
        named = NAMED.match(part)
        country = find_country(named.group("where")) if named else None
        if named is None or country is None:
            unplaced = unplaced or bool(partners and part)
            continue
        if unplaced:
            return []  # 'A (SE), Volvo, B (FI)': Volvo's country is not said
        name = named.group("name")
        kind = _kind(name) or "unknown"
        partners.append(Partner(line=len(partners) + 1, name=name, country=country, type=kind))
    return partners if len(partners) >= NAMED_MIN else []


# an organisation named with its country in brackets and its role after it ('KTH (Sweden) coordinates')
NAMED_WITH_ROLE = re.compile(
    r"^\W*(?:plus\s+)?(?P<name>\w.*?)\s*\((?P<where>[^()]{2,40})\)(?P<rest>(?:\s+\w+){0,2})\W*$"
)
COORDINATES = re.compile(r"coordinat|koordin|samordna|leads|leder|johtaa|coördin|penvoerder", re.IGNORECASE)


def told_partners(text: str, lang: str) -> list[Partner]:
    """A consortium told partly by name, each with its country in brackets, and partly by kind and country ('KTH
    (Sweden) coordinates, plus Aalto University (Finland), TU Delft (NL), a Dutch SME and a Swedish engineering
    consultancy'); none when a part naming a country is read as neither (it could not be counted), or when all are
    told one way (described_partners and named_partners read those)."""
    if BESIDES_US.search(text):
        return []
    partners: list[Partner] = []
    ways = set()
    for part in PARTS.split(text):
        part = part.strip()
        named = NAMED_WITH_ROLE.match(part)
        country = find_country(named.group("where")) if named else None
        if named and country:
            role = "coordinator" if COORDINATES.search(named.group("rest") or "") else "partner"
            kind = _kind(named.group("name")) or "unknown"
            partners.append(
                Partner(line=len(partners) + 1, name=named.group("name"), country=country, type=kind, role=role)
            )
            ways.add("named")
            continue
        found = COUNT.search(part) or ARTICLE_START.match(part)
        count = _count(found.group(1)) if found else None
        kind = _kind(found.group(2)) if found else None
        country = find_country(found.group(2)) if found else None
        if count and kind and country:
            for _ in range(count):
                letter = ascii_uppercase[sum(p.type == kind for p in partners) % len(ascii_uppercase)]
                name = f"{say(lang, f'type_{kind}')} {letter} ({country_name(country, lang)})"
                partners.append(Partner(line=len(partners) + 1, name=name, country=country, type=kind))
            ways.add("described")
        elif find_country(part):
            return []  # 'the Finnish chamber of commerce': an organisation this reading cannot count
    return partners if ways == {"named", "described"} and len(partners) >= NAMED_MIN else []
