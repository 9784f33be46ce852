"""The wording of offline answers in the four askers' languages: abstentions, leads, period notes."""

from __future__ import annotations

MESSAGES = {
    "abstain": {
        "en": "The guidance texts I have do not cover this question{detail}. Check the Erasmus+ Programme Guide or ask your national agency.",
        "sv": "Vägledningstexterna jag har täcker inte den här frågan{detail}. Se Erasmus+-programhandledningen eller fråga ditt nationella programkontor.",
        "fi": "Käytössäni olevat ohjetekstit eivät kata tätä kysymystä{detail}. Katso Erasmus+ -ohjelmaopas tai kysy kansalliselta toimistolta.",
        "nl": "De richtlijnteksten die ik heb, behandelen deze vraag niet{detail}. Raadpleeg de Erasmus+ Programme Guide of je nationaal agentschap.",
    },
    "not_stated": {
        "en": ": the text on {action} does not state {what}",
        "sv": ": texten om {action} anger inte {what}",
        "fi": ": ohjeessa ({action}) ei mainita {what}",
        "nl": ": de tekst over {action} noemt geen {what}",
    },
    "what": {
        "amount": {
            "en": "a grant amount",
            "sv": "något bidragsbelopp",
            "fi": "avustuksen määrää",
            "nl": "subsidiebedrag",
        },
        "duration": {
            "en": "a project duration",
            "sv": "någon projektlängd",
            "fi": "hankkeen kestoa",
            "nl": "projectduur",
        },
        "count": {"en": "that number", "sv": "det antalet", "fi": "tätä lukumäärää", "nl": "aantal"},
    },
    "lead": {
        "en": "From “{title}” ({publisher}){in_language}:",
        "sv": "Ur ”{title}” ({publisher}){in_language}:",
        "fi": "Ohjeesta ”{title}” ({publisher}){in_language}:",
        "nl": "Uit ‘{title}’ ({publisher}){in_language}:",
    },
    "note": {"en": "Note: ", "sv": "Obs: ", "fi": "Huom: ", "nl": "Let op: "},
    "succeeded": {
        "en": "{action} belong to the 2014–2020 programme; in 2021–2027 they were succeeded by the Alliances for Innovation.",
        "sv": "{action} hör till programperioden 2014–2020; 2021–2027 ersattes de av Alliances for Innovation (allianser för innovation).",
        "fi": "{action} kuuluvat ohjelmakauteen 2014–2020; kaudella 2021–2027 niitä seurasivat innovaatioallianssit (Alliances for Innovation).",
        "nl": "{action} horen bij de programmaperiode 2014–2020; in 2021–2027 zijn ze opgevolgd door de Allianties voor innovatie.",
    },
    "period_of": {
        "en": "{action} belong to the Erasmus+ {period} programme period.",
        "sv": "{action} hör till Erasmus+ programperiod {period}.",
        "fi": "{action} kuuluvat Erasmus+ -ohjelmakauteen {period}.",
        "nl": "{action} horen bij de Erasmus+ programmaperiode {period}.",
    },
    "successor": {
        "en": "In 2021–2027 they took over from the Knowledge Alliances and Sector Skills Alliances of 2014–2020.",
        "sv": "2021–2027 ersatte de kunskapsallianserna och de branschspecifika kunskapsallianserna från 2014–2020.",
        "fi": "Kaudella 2021–2027 ne korvasivat kauden 2014–2020 osaamisallianssit ja alakohtaiset osaamisallianssit.",
        "nl": "In 2021–2027 namen ze het stokje over van de kennisallianties en sectorale vaardigheidsallianties van 2014–2020.",
    },
    "period": {
        "en": "this text is from the {period} programme period.",
        "sv": "texten gäller programperioden {period}.",
        "fi": "teksti koskee ohjelmakautta {period}.",
        "nl": "deze tekst hoort bij de programmaperiode {period}.",
    },
}

ACTION_NAMES = {
    "knowledge-alliance": {
        "en": "Knowledge Alliances",
        "sv": "Kunskapsallianser",
        "fi": "Osaamisallianssit (Knowledge Alliances)",
        "nl": "Kennisallianties (Knowledge Alliances)",
    },
    "sector-skills-alliance": {
        "en": "Sector Skills Alliances",
        "sv": "Branschspecifika kunskapsallianser",
        "fi": "Alakohtaiset osaamisallianssit (Sector Skills Alliances)",
        "nl": "Sectorale vaardigheidsallianties (Sector Skills Alliances)",
    },
    "strategic-partnership-adult": {
        "en": "Strategic Partnerships in adult education",
        "sv": "Strategiska partnerskap inom vuxenutbildning",
        "fi": "aikuiskoulutuksen strategiset kumppanuudet",
        "nl": "strategische partnerschappen volwasseneneducatie",
    },
    "partnership-for-innovation": {
        "en": "Partnerships for Innovation",
        "sv": "Partnerskap för innovation",
        "fi": "innovaatiokumppanuudet",
        "nl": "Partnerschappen voor innovatie",
    },
}


def message(key: str, lang: str, **values: str) -> str:
    table = MESSAGES[key]
    return table.get(lang, table["en"]).format(**values)


def action_name(action: str, lang: str) -> str:
    return ACTION_NAMES.get(action, {}).get(lang, action)


# ", in Swedish": said after the source's title when the quote is not in the asker's language.
IN_LANGUAGE = {
    "en": {"sv": ", in Swedish", "nl": ", in Dutch", "fi": ", in Finnish", "en": ", in English"},
    "sv": {"sv": ", på svenska", "nl": ", på nederländska", "fi": ", på finska", "en": ", på engelska"},
    "fi": {"sv": ", ruotsiksi", "nl": ", hollanniksi", "fi": ", suomeksi", "en": ", englanniksi"},
    "nl": {"sv": ", in het Zweeds", "nl": ", in het Nederlands", "fi": ", in het Fins", "en": ", in het Engels"},
}


def in_language(source: str, asker: str) -> str:
    """', in Swedish' (in the asker's language) when the source is in another language, else nothing."""
    if source == asker:
        return ""
    return IN_LANGUAGE.get(asker, IN_LANGUAGE["en"]).get(source, "")
