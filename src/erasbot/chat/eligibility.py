"""Yes/no eligibility questions answered from the checker's rule tables and programme-country table.

"Kan ett norskt företag vara koordinator för ett strategiskt partnerskap?", "Is a consortium of
five organisations enough for a Knowledge Alliance?": the answer is yes, no or "the texts do not
say", from the same data the checker uses (erasbot.rules), with the rule's quote. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from erasbot import rules
from erasbot.chat.consortium_change import ADDING, DROPPING
from erasbot.chat.country_status import PARTNER, PROGRAMME
from erasbot.chat.stated_counts import Counted, stated_counts
from erasbot.forms import asking_part, asks_yes_no, question_sentence, sentences
from erasbot.phrases import say
from erasbot.rules.checker import check_partners
from erasbot.rules.countries import country_name, is_programme_country
from erasbot.rules.country_mentions import countries_named, find_country
from erasbot.rules.described_partners import (
    added_partners,
    described_partners,
    grouped_partners,
    named_partners,
    told_partners,
)
from erasbot.rules.models import ActionInfo, Partner, PartnerList, Rule, Source
from erasbot.rules.number_words import NUMBERS
from erasbot.rules.headed_partners import headed_partners
from erasbot.rules.placed_partners import placed_partners

Answer = Literal["yes", "no", "unknown"]

# submitting the application is the applicant's part ('Kan een organisatie uit Marokko de aanvraag indienen?')
SUBMITTING = (
    r"(?:submit|file)s? the (?:application|proposal)|(?:lämna|skicka)r? in ansökan|(?:jättää|jättä\w*) hakemuksen"
    r"|hakemuksen jättä|(?:de )?aanvraag (?:mag |kan )?indienen|dien(?:t|en)? de aanvraag in"
)
ROLE = re.compile(r"koordin|coordin|coördin|sökande|applicant|hakija|aanvrager|\blead|\bleda|johta", re.IGNORECASE)
COORDINATOR = re.compile(rf"{ROLE.pattern}|{SUBMITTING}", re.IGNORECASE)
TAKE_PART = re.compile(
    r"delta|take part|particip|\bjoin(?:s|ed|ing)?\b|be part of|be involved|be a member|be in (?:a|an|the)\b|osallistu|mukana|liitty"
    r"|vara med|med i (?:en|ett)\b|ingå|ansluta|gå med|deelne|meedoen|mee ?doen|deel uitmaken|aansluiten|partner|kumppani"
    r"|ha med|ta med|få med|include|have (?:a|an)\b.*\b(?:from|in)\b|ottaa mukaan|mukaan|betrekken|erbij",
    re.IGNORECASE,
)
# a step of the procedure asked of an organisation ('Must Swedish partners register with UHR before ...?', 'do the
# partners sign ...?'): no question whether it may take part
PROCEDURE = re.compile(
    r"regist|rekister|betala|\bpay|maksa|betalen|\bsign|underteckn|allekirjoit|ondertek|\breport|rapporter|raportoi"
    r"|\bsubmit|skicka in|jättä|indienen",
    re.IGNORECASE,
)
# taking part, as a verb (not 'partner', which names a role and a country group: 'partnerländer')
TAKE_PART_VERB = re.compile(
    r"delta|take part|particip|join|osallistu|mukana|vara med|ingå|deelne|meedoen|mee ?doen|aansluiten|ansluta",
    re.IGNORECASE,
)
ACTION_AFTER = re.compile(r"\s*\((?:[^()]|\([^()]*\))*\)\s*$")  # '(Strategic Partnerships in adult education (KA2))'
# (written without diacritics too: 'Racker det?', 'riittaako')
ENOUGH = re.compile(
    r"enough|sufficient|r[äa]cker|tillr[äa]ck|riitt[äa]|genoeg|voldoende"
    # 'Kunnen we dat met z'n drieën indienen?', 'just the three of us?', 'kolmestaan': the consortium told, as it is
    r"|met (?:z['’]?n|ons) (?:twee\w*|drie\w*|vier\w*|vijf\w*|zes\w*)|the (?:two|three|four|five|six) of us"
    r"|\b(?:vi|oss) (?:tv[åa]|tre|fyra|fem|sex)\b|kaksistaan|kolmestaan|nelj[äa]st[äa][äa]n|viidest[äa][äa]n",
    re.IGNORECASE,
)
# whether a consortium the question tells of meets the rules ('Are we eligible?', 'Voldoet dat?', 'Kelpaako tämä?',
# 'Uppfyller vi kraven?'): answered from what it tells when it counts its organisations, else asked as before
ELIGIBLE = re.compile(
    r"\beligib|\bqualif|meet the (?:rules|requirements|criteria)|\bvoldo(?:e|en|et)\b|\bkelpa|täyttää|täyttyvät"
    r"|täyttyykö|tayttyyko"
    r"|uppfyll|godkän|\bok(?:ay)?\s*\?"
    # 'Håller det?', 'Does that work?', 'Toimiiko tämä?', 'Klopt dat zo?' of a consortium told
    r"|\bh[åa]ller (?:det|den|detta)\b|\bfunkar (?:det|den)\b|\b(?:does|would) (?:that|this|it) work\b"
    r"|\btoimiiko\b|\bk[äa]ykö\b|\bklopt (?:dat|dit)\b|\bwerkt (?:dat|dit)\b"
    # 'does that fit the rules?', 'passar det reglerna?', 'sopiiko se sääntöihin?', 'past dat binnen de regels?'
    r"|\bfits? (?:in )?(?:with )?(?:the |all )?(?:rules|requirements|criteria)|\bwithin the rules"
    r"|\bcompl(?:y|ies|iant)\b"
    r"|\bpassar (?:det|den|detta)\b|\binom reglerna|\bsopiiko\b|\bsääntöjen mukai|\bpast (?:dat|dit|het)\b"
    r"|\bbinnen de regels",
    re.IGNORECASE,
)
# applying, asked of a consortium told ('Can a consortium of ... apply?', 'Voiko ... hakea?', 'Kunnen ... indienen?')
APPLYING = re.compile(
    r"\bappl(?:y|ying)\b|\bsubmit|\bs[öo]ka\b|\bans[öo]ka|\bhake(?:a|maan)\b|\bhaki|\bvoi(?:mme|vat)? hakea"
    r"|\baanvragen\b|\baanvraag\b|\bindienen\b|\bdien(?:en|t) (?:we|wij|ze)\b",
    re.IGNORECASE,
)
# a number and one word before what it counts; 'one of the partners', 'en av partnerna', 'een van de partners' count
# no consortium
_COUNT = (
    r"(?<!\w)(\d+|" + "|".join(sorted(NUMBERS, key=len, reverse=True)) + r")\s+(?:(?!(?:of|av|van|af)\b)\w+\s+)?"
)
ORGANISATIONS = re.compile(
    # 'partner' and 'partners', not 'partnerschap' ('genoeg voor een strategisch partnerschap'); 'yksi kumppaneista'
    # (one of the partners) counts none
    _COUNT + r"(?:organi[sz]ation|organisaatio|organisatie|orgs?\b|partner(?:s|na|ns)?\b|kumppan(?!\w*ista)|member)",
    re.IGNORECASE,
)
COUNTRIES = re.compile(_COUNT + r"(?:countr|l[äa]nder|land\b|maa|landen)", re.IGNORECASE)
# a consortium of one country ('Jos kaikki meidän kumppanit ovat Suomesta, kelpaako se ...?', 'if all our partners
# are Swedish', 'alleen partners uit Nederland'): all or only the partners, then a country (find_country)
ONE_COUNTRY = re.compile(
    r"(?<!\w)(?:all|only|alla|bara|enbart|endast|kaikki|vain|pelkästään|alle|allemaal|alleen|enkel)\s+(?:\w+\s+){0,2}?"
    r"(?:partner\w*|kumppan\w*|organi[sz]ation\w*|organisaatio\w*|organisatie\w*|members?|jäsen\w*)",
    re.IGNORECASE,
)
# the askers counting themselves ('Räcker det med oss tre?', 'is it enough with the two of us?', 'riittääkö meitä kolme?')
US_COUNT = re.compile(
    r"(?<!\w)(?:oss|vi|us|we|meitä|me|ons|wij|we)\s+(\d+|"
    + "|".join(sorted(NUMBERS, key=len, reverse=True))
    + r")(?!\w)",
    re.IGNORECASE,
)

# 'met z'n drieën', 'the three of us', 'kolmestaan', 'vi tre': the askers' own count, read as 'we three' (US_COUNT)
US_TOLD = (
    (re.compile(r"met (?:z['’]?n|ons) (twee|drie|vier|vijf|vijv|zes)\w*", re.IGNORECASE), "wij {}"),
    (re.compile(r"\bthe (two|three|four|five|six) of us\b", re.IGNORECASE), "we {}"),
    (re.compile(r"\b(kaks|kolm|nelj[äa]|viid|kuud)\w*st[äa][äa]n\b", re.IGNORECASE), "me {}"),
)
US_WORDS = {"vijv": "vijf", "kaks": "kaksi", "kolm": "kolme", "nelja": "neljä", "viid": "viisi", "kuud": "kuusi"}


def as_us_count(text: str) -> str:
    """The text with the askers' own count said as 'we three' ('met z'n drieën' -> 'wij drie')."""
    for pattern, said in US_TOLD:
        text = pattern.sub(lambda m: said.format(US_WORDS.get(m.group(1).lower(), m.group(1).lower())), text)
    return text


# the askers alone from their country ('vi är ensamma från Sverige', 'we would be the only organisation from Ireland',
# 'olisimme ainoa suomalainen organisaatio', 'wij zijn de enige uit Nederland'): one organisation from that country
ALONE_IN_COUNTRY = re.compile(
    r"(?<!\w)(?:alone|on (?:our|my) own|by (?:ourselves|myself)|the only (?:\w+ ){0,2}?(?:one|ones|organi[sz]ations?"
    r"|partners?|institutions?|members?|schools?|colleges?|universit(?:y|ies))|ensam(?:ma)?|(?:den|det|de) enda"
    r"|ainoa(?:na|t|ina)?|yksin|als enige|de enige|het enige|in (?:ons|mijn) eentje)(?!\w)",
    re.IGNORECASE,
)
# the askers' own country, unnamed ('from our country', 'från vårt land', 'maastamme', 'uit ons land')
OWN_COUNTRY = re.compile(r"\bour country|vårt land|maastamme|meidän maasta|ons land\b", re.IGNORECASE)
# the guidance quoted back ('Det står 'minst tre organisationer från varje land' ...'): its figures are no consortium
QUOTED = re.compile(r"(?:(?<=\s)|^)['‘\"“„«]([^'’\"”»\n]{3,200})['’\"”»](?=[\s.,;:!?)]|$)")
# countries counted besides the askers' own ('partners i två andra länder', 'two other countries', 'kahdesta muusta
# maasta', 'twee andere landen'): one more country, theirs
OTHER = re.compile(r"^(?:other|more|further|andra|fler|ytterligare|muu\w*|andere|meer)$", re.IGNORECASE)


@dataclass(frozen=True)
class EligibilityAnswer:
    """A yes/no/unknown answer in the asker's language with the rule sentence(s) it rests on."""

    answer: Answer
    text: str
    sources: tuple[Source, ...]

    def render(self, marks: Sequence[int | None] = ()) -> str:
        """The answer, then each rule sentence quoted with its citation mark (or its document id when uncited)."""
        marks = list(marks) + [None] * (len(self.sources) - len(marks))
        quotes = [
            f"> “{s.quote.strip(' •')}” " + (f"[{n}]" if n is not None else f"({s.doc_id})")
            for s, n in zip(self.sources, marks)
        ]
        return "\n".join([self.text, *quotes])


def _say(key: str, lang: str, **values: object) -> str:
    return say(lang, f"eligibility.{key}", **values)


def _number(token: str) -> int | None:
    return int(token) if token.isdigit() else NUMBERS.get(token.lower())


def rule_of(action: ActionInfo, kind: str) -> Rule | None:
    """The action's rule of a kind (its first), or None."""
    return next((r for r in action.rules if r.kind == kind), None)


def answer_eligibility(question: str, action_id: str | None, lang: str) -> EligibilityAnswer | None:
    """The answer to a yes/no eligibility question about an action, or None when the question is not one."""
    action = rules.ACTIONS.get(action_id or "")
    # a follow-up carries the action it was read with after its question mark: 'Voiko ...? (Kunskapsallianser)'
    if action is None or not ACTION_AFTER.sub("", question).strip().endswith("?"):
        return None
    title = action.title.get(lang, action.title["en"])
    unstated = rule_of(action, "not_in_guidance")
    # a partner dropping out told after the question (consortium_change.dropped): that question asked again
    dropping = _dropping(question)
    asking = asking_part(dropping[0] if dropping else ACTION_AFTER.sub("", question))
    # the askers alone from their country, before all partners from one ('the only organisation from Ireland')
    unquoted = QUOTED.sub(" ", question)
    if ALONE_IN_COUNTRY.search(unquoted) and (asks_yes_no(asking) or ENOUGH.search(asking)):
        alone = _alone_in_country(unquoted, action, title, lang)
        if alone is not None:
            return alone
    # ('All full partners.' after partners from Sweden, Finland and the Netherlands tells their role, not one country)
    if (
        ONE_COUNTRY.search(question)
        and (only := find_country(question))
        and not set(countries_named(unquoted)) - {only}
        and asks_yes_no(asking)
    ):
        # every partner from one country: one programme country against the action's least number of them (said
        # as 'one country (Finland)', no figure the texts would have to give)
        told = _say("one_country", lang, country=country_name(only, lang))
        return _counted(1, "min_programme_countries", "countries", action, title, lang, unstated, told)
    if ENOUGH.search(question):
        return _enough(unquoted, action, title, lang, unstated)
    if ELIGIBLE.search(asking) and (counted := _enough(unquoted, action, title, lang, unstated)):
        return counted
    if (
        APPLYING.search(asking)
        and asks_yes_no(asking)
        and not re.search(SUBMITTING, asking, re.IGNORECASE)  # one organisation submitting: the applicant's rule
        and (counted := _enough(unquoted, action, title, lang, unstated))
    ):
        # 'Can a consortium of a Finnish university, a Swedish company and an Estonian school apply?': the consortium
        # told, against the rules on its composition (not a yes for the kinds it names)
        return counted
    # what the asking sentence asks, not the context before it ('Our partner in Latvia changed staff. Can the
    # project be extended?' asks no eligibility); the country may be in the context ('We are a Norwegian company.'),
    # but one the asking sentence names is the one asked about ('I'm at a Finnish university ... Can the Brazilian
    # company take part?')
    asking = asking_part(ACTION_AFTER.sub("", question))
    # a follow-up read with the question before it ('... mot en schweizisk? Kan schweizarna ändå vara kvar ...?'): the
    # country its own question names first
    country = find_country(question_sentence(asking)) or find_country(asking) or find_country(question)
    if country is None or not asks_yes_no(asking):
        return None
    # 'Is Switzerland a programme country or a partner country?' asks a status, which country_status answers: the
    # 'partner' of 'partner country' asks no taking part
    if not (COORDINATOR.search(asking) or TAKE_PART.search(PARTNER.sub(" ", PROGRAMME.sub(" ", asking)))):
        return None
    if PROCEDURE.search(re.sub(SUBMITTING, " ", asking, flags=re.IGNORECASE)) and not ROLE.search(asking):
        return None  # ('Måste svenska partner registrera sig ... innan konsortiet lämnar in ansökan?': a step asked)
    if unstated:
        return EligibilityAnswer(
            "unknown", f"{_say('unknown', lang)}: {_say('no_requirements', lang, action=title)}.", (unstated.source,)
        )
    name = country_name(country, lang)
    period = action.period.replace("-", "–")
    programme = is_programme_country(country, action.period)
    where = _say("programme" if programme else "not_programme", lang, country=name, period=period)
    if COORDINATOR.search(question):
        rule = rule_of(action, "coordinator_programme_country")
        if rule:
            verdict: Answer = "yes" if programme else "no"
            reason = _say("coordinator_rule", lang, action=title)
            return EligibilityAnswer(verdict, f"{_say(verdict, lang)}: {where}, {_and(lang)} {reason}.", (rule.source,))
        # no country condition to quote: the sentence that makes programme-country organisations count
        counts = rule_of(action, "min_programme_countries")
        reason = _say("coordinator_free", lang, action=title)
        verdict = "yes" if programme else "unknown"
        return EligibilityAnswer(
            verdict, f"{_say(verdict, lang)}: {where}, {_and(lang)} {reason}.", (counts.source,) if counts else ()
        )
    if programme:
        rule = rule_of(action, "min_programme_countries")
        reason = _say("counts", lang, action=title)
        return EligibilityAnswer("yes", f"{_say('yes', lang)}: {where}; {reason}.", (rule.source,) if rule else ())
    rule = rule_of(action, "partner_country_warning")
    if rule:
        reason = _say("added_value", lang, action=title)
        return EligibilityAnswer("yes", f"{_say('yes', lang)}: {where}; {reason}.", (rule.source,))
    if action.partner_countries_source:  # the text lets partners come from partner countries, with no condition
        reason = _say("partner_countries", lang, action=title)
        return EligibilityAnswer("yes", f"{_say('yes', lang)}: {where}; {reason}.", (action.partner_countries_source,))
    return EligibilityAnswer("unknown", f"{_say('unknown', lang)}: {where}.", ())


def _alone_in_country(question: str, action: ActionInfo, title: str, lang: str) -> EligibilityAnswer | None:
    """'Vi är ensamma från Sverige, räcker det?': one organisation from its country, against an action needing one of
    each category from every country (None for an action without that rule, or when no country is told)."""
    rule = rule_of(action, "categories_per_country")
    country = find_country(question)
    if rule is None or not (country or OWN_COUNTRY.search(question)):
        return None
    categories = rule.params.get("categories", [])
    labels = "; ".join(c["label"].get(lang, c["label"]["en"]) for c in categories)
    name = country_name(country, lang) if country else _say("our_country", lang)
    detail = _say("alone_in_country", lang, action=title, min=len(categories), categories=labels, country=name)
    return EligibilityAnswer("no", f"{_say('no', lang)}: {detail}.", (rule.source,))


def _and(lang: str) -> str:
    return {"sv": "och", "fi": "ja", "nl": "en"}.get(lang, "and")


def _enough(
    question: str, action: ActionInfo, title: str, lang: str, unstated: Rule | None
) -> EligibilityAnswer | None:
    """'Is a consortium of five organisations enough?', 'Räcker tre länder?': against the rule's minimum; a
    consortium described by number, kind and country ('2 korkeakoulua Suomesta, 1 yliopisto Ruotsista, 2 yritystä
    Virosta ...: riittääkö tämä?') against every rule on its composition."""
    # a consortium described group by group, unless the question gives its totals itself ('Riittääkö kolme
    # organisaatiota kolmesta maasta?'), which are what it asks about
    question = as_us_count(question)  # 'Kunnen we dat met z'n drieën indienen?': we are three
    totals = any(_number(m.group(1)) for p in (ORGANISATIONS, US_COUNT, COUNTRIES) if (m := p.search(question)))
    told = ACTION_AFTER.sub("", question)
    # ('Lunds universitet (SE), Aalto-universitetet (FI), Volvo (SE) ...: räcker det?': named one by one)
    grown_list = _grown_list(told, lang)
    if grown_list:  # partners told one by one, and one added after ('Om vi lägger till ett tyskt forskningsinstitut')
        return _described(grown_list, action, title, lang, unstated, key="grown_list")
    described = [] if totals or _dropping(told) else _listed(told, lang)
    if described:
        return _described(described, action, title, lang, unstated)
    grown = _grown(question)
    if grown is not None:
        return _grown_answer(grown, action, title, lang, unstated)
    shrunk = _shrunk(question, lang)
    if isinstance(shrunk, list):  # the partners told, one taken out again
        return _described(shrunk, action, title, lang, unstated)
    if shrunk is not None:
        return _grown_answer(shrunk, action, title, lang, unstated, key="shrunk")
    stated = _stated(stated_counts(told), action, title, lang, unstated) if totals else None
    if stated is not None:
        return stated
    for pattern, kind, what in (
        (ORGANISATIONS, "min_organisations", "organisations"),
        (US_COUNT, "min_organisations", "organisations"),
        (COUNTRIES, "min_programme_countries", "countries"),
    ):
        match = pattern.search(question)
        n = _number(match.group(1)) if match else None
        if n is not None:
            if kind == "min_programme_countries" and OTHER.match(
                match.group(0).split()[1] if len(match.group(0).split()) > 2 else ""
            ):
                n += 1  # 'partners in two other countries': theirs besides
            return _counted(n, kind, what, action, title, lang, unstated)
    return None


def _counted(
    n: int,
    kind: str,
    what: str,
    action: ActionInfo,
    title: str,
    lang: str,
    unstated: Rule | None,
    told: str | None = None,
) -> EligibilityAnswer:
    """A number of organisations or countries against the action's rule on their least number (`told`: how the
    number is said, when not as a figure)."""
    if unstated:
        text = f"{_say('unknown', lang)}: {_say('no_requirements', lang, action=title)}."
        return EligibilityAnswer("unknown", text, (unstated.source,))
    rule = rule_of(action, kind)
    if rule is None or "min" not in rule.params:
        return EligibilityAnswer("unknown", f"{_say('unknown', lang)}.", ())
    least = int(rule.params["min"])
    verdict: Answer = "yes" if n >= least else "no"
    relation = _say("enough" if n >= least else "too_few", lang)
    detail = _say("minimum", lang, action=title, min=least, what=_say(what, lang), n=told or n, relation=relation)
    return EligibilityAnswer(verdict, f"{_say(verdict, lang)}: {detail}.", (rule.source,))


def _stated(
    counts: list[Counted], action: ActionInfo, title: str, lang: str, unstated: Rule | None
) -> EligibilityAnswer | None:
    """'6 orgs from 4 countries, only 2 of them businesses. Are we eligible?': every rule on a number the question
    states, checked against it (None when fewer than two rules are; one is answered as before). A figure that counts
    some organisations of a kind ('twee Duitse bedrijven') is a lower bound: it can meet a rule, not fail one."""
    if unstated:
        return None
    findings, sources, verdicts = [], [], []
    for rule in action.rules:
        least = rule.params.get("min") if rule.params else None
        if least is None:
            continue
        if rule.kind in ("min_organisations", "min_programme_countries"):
            what = "organisations" if rule.kind == "min_organisations" else "countries"
            told = [c.n for c in counts if c.what == what]
            if not told:
                continue
            n, relation = told[-1], _say("enough" if told[-1] >= int(least) else "too_few", lang)
            findings.append(
                _say("count_check", lang, action=title, min=least, what=_say(what, lang), n=n, relation=relation)
            )
        elif rule.kind == "min_type":
            kinds = set(rule.params.get("counts", []))
            whole = sum(c.n for c in counts if c.what in kinds and c.whole)
            some = max((c.n for c in counts if c.what in kinds and not c.whole), default=0)
            n = max(whole, some)
            if not (n >= int(least) or whole):
                continue
            relation = _say("enough" if n >= int(least) else "too_few", lang)
            requirement = rule.requirement.get(lang, rule.requirement["en"]).rstrip(".")
            findings.append(
                _say(
                    "type_check",
                    lang,
                    action=title,
                    requirement=requirement[:1].lower() + requirement[1:],
                    n=n,
                    relation=relation,
                )
            )
        else:
            continue
        verdicts.append(n >= int(least))
        sources.append(rule.source)
    if len(findings) < 2:
        return None
    verdict: Answer = "yes" if all(verdicts) else "no"
    said = _say("stated", lang, findings="; ".join(findings))
    return EligibilityAnswer(verdict, f"{_say(verdict, lang)}: {said}.", tuple(sources))


@dataclass(frozen=True)
class Grown:
    """A consortium told by its totals, and the partners a later sentence adds to it."""

    organisations: int
    countries: int | None  # None: the countries were not counted
    added: int  # below zero: partners dropping out
    new_country: bool  # the partners added are from a country the consortium did not name
    lost_country: bool = False  # the partner dropping out was the only one from its country


def _grown(question: str) -> Grown | None:
    """The consortium's totals once the partners the last sentence adds are counted in, or None when no sentence
    adds partners to a consortium told by its number of organisations."""
    parts = sentences(ACTION_AFTER.sub("", question))
    if len(parts) < 2 or not ADDING.search(parts[-1]):
        return None
    before, adding = " ".join(parts[:-1]), parts[-1]
    base = ORGANISATIONS.search(before)
    added = ORGANISATIONS.search(adding) or re.search(_COUNT.removesuffix(r"\s+(?:\w+\s+)?"), adding)
    n, more = (_number(base.group(1)) if base else None), (_number(added.group(1)) if added else None)
    if n is None or more is None:
        return None
    counted = COUNTRIES.search(before)
    country = find_country(adding)
    new_country = country is not None and find_country(before) != country
    return Grown(n, _number(counted.group(1)) if counted else None, more, new_country)


def _listed(text: str, lang: str) -> list[Partner]:
    """The organisations a text tells one by one, by whichever way it tells them (brackets, numbers and kinds,
    countries with their organisations, places)."""
    return (
        told_partners(text, lang)
        or described_partners(text, lang)
        or named_partners(text, lang)
        or grouped_partners(text, lang)
        or headed_partners(text, lang)
        or placed_partners(text, lang)
    )


def _grown_list(question: str, lang: str) -> list[Partner]:
    """The partners a text told one by one with those a last sentence adds to them ('... Räcker det? Om vi lägger till
    ett tyskt forskningsinstitut, blir det godkänt då?'); [] without both."""
    parts = sentences(ACTION_AFTER.sub("", question))
    if len(parts) < 2 or not ADDING.search(parts[-1]):
        return []
    listed = _listed(" ".join(parts[:-1]), lang)
    added = added_partners(parts[-1], lang) if listed else []
    if not added:
        return []
    return [*listed, *(p.model_copy(update={"line": len(listed) + i + 1}) for i, p in enumerate(added))]


def _dropping(question: str) -> tuple[str, str] | None:
    """The text before a last sentence telling a partner dropping out (consortium_change.dropped joins the two),
    and that sentence; None without one."""
    parts = sentences(ACTION_AFTER.sub("", question))
    if len(parts) < 2 or not DROPPING.search(parts[-1]) or find_country(parts[-1]) is None:
        return None
    return " ".join(parts[:-1]), parts[-1]


def _shrunk(question: str, lang: str) -> list[Partner] | Grown | None:
    """The consortium told before a partner drops out, without that partner ('... met een Zweeds studieförbund en
    een Finse kansalaisopisto. Kunnen we dat met z'n drieën indienen? En als de Finse partner afhaakt?'): the
    partners told one by one less the last from the country named, or the totals told less one; None without a
    partner dropping out or a consortium told."""
    found = _dropping(question)
    if found is None:
        return None
    before, leaving = found
    country = find_country(leaving)
    told = told_partners(before, lang) or described_partners(before, lang) or named_partners(before, lang)
    told = told or grouped_partners(before, lang) or headed_partners(before, lang)
    if told:
        gone = [i for i, p in enumerate(told) if p.country == country]
        return [p for i, p in enumerate(told) if i != gone[-1]] if gone else None
    counted = as_us_count(before)
    base = ORGANISATIONS.search(counted) or US_COUNT.search(counted)
    n = _number(base.group(1)) if base else None
    if n is None:
        return None
    countries = COUNTRIES.search(counted)
    # the country leaves with its partner when the text named it once (and told no count from it)
    once = sum(1 for m in re.finditer(r"[\w'-]+", before) if find_country(m.group()) == country) == 1
    return Grown(n, _number(countries.group(1)) if countries else None, -1, False, lost_country=once)


def _grown_answer(
    grown: Grown, action: ActionInfo, title: str, lang: str, unstated: Rule | None, key: str = "grown"
) -> EligibilityAnswer | None:
    """The rules on the number of organisations and of countries, checked against the grown (or shrunk)
    consortium."""
    if unstated:
        text = f"{_say('unknown', lang)}: {_say('no_requirements', lang, action=title)}."
        return EligibilityAnswer("unknown", text, (unstated.source,))
    total = grown.organisations + grown.added
    counts = [("min_organisations", "organisations", total)]
    if grown.countries is not None:
        change = (1 if grown.new_country else 0) - (1 if grown.lost_country else 0)
        counts.append(("min_programme_countries", "countries", grown.countries + change))
    findings, sources, verdicts = [], [], []
    for kind, what, n in counts:
        rule = rule_of(action, kind)
        if rule is None or "min" not in rule.params:
            continue
        least = int(rule.params["min"])
        verdicts.append(n >= least)
        relation = _say("enough" if n >= least else "too_few", lang)
        findings.append(
            _say("count_check", lang, action=title, min=least, what=_say(what, lang), n=n, relation=relation)
        )
        sources.append(rule.source)
    if not findings:
        return None
    verdict: Answer = "yes" if all(verdicts) else "no"
    said = _say(key, lang, findings="; ".join(findings))
    return EligibilityAnswer(verdict, f"{_say(verdict, lang)}: {said}.", tuple(sources))


# the rules a consortium described by its numbers, kinds and countries settles; who coordinates, the charter held, the
# length and the grant are not described, so their rules are left to the checker with the whole list
COMPOSITION = {"min_organisations", "min_programme_countries", "min_type", "categories_per_country"}


def _described(
    partners: list[Partner], action: ActionInfo, title: str, lang: str, unstated: Rule | None, key: str = "described"
) -> EligibilityAnswer:
    """Yes when every rule on the composition passes for the organisations described, no when one fails, unknown
    when one cannot be decided (or the action's text states no composition); each rule's finding follows."""
    if unstated:
        text = f"{_say('unknown', lang)}: {_say('no_requirements', lang, action=title)}."
        return EligibilityAnswer("unknown", text, (unstated.source,))
    checked = check_partners(PartnerList(partners=partners), action.id, lang=lang)
    kinds = {rule.id: rule.kind for rule in action.rules}
    settled = [r for r in checked.rules if kinds.get(r.id) in COMPOSITION]
    if not settled:
        return EligibilityAnswer("unknown", f"{_say('unknown', lang)}.", ())
    statuses = {r.status for r in settled}
    verdict: Answer = "no" if "fail" in statuses else "unknown" if "unknown" in statuses else "yes"
    findings = " ".join(
        ("✔ " if r.status == "pass" else "✘ " if r.status == "fail" else "? ") + r.message for r in settled
    )
    lead = _say(key, lang, action=title, n=len(partners))
    # a rule that cannot be decided from what is described needs information (the kinds of organisation), which is
    # no silence of the texts
    said = say(lang, "verdict_needs_information") if verdict == "unknown" else _say(verdict, lang)
    return EligibilityAnswer(verdict, f"{said}: {lead} {findings}", tuple(r.source for r in settled))
