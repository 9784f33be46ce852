"""Kinds of failure of round 11, in how a question is read: an exception asked for is what the question asks; a yes/no
question may open with a connective; the Dutch rendering of the Swedish name of the Sector Skills Alliances names them;
a Finnish 'still' is no programme period; 'include in the budget' asks what to budget for, not how much."""

from __future__ import annotations

from erasbot.forms import asks_permission, asks_yes_no
from erasbot.guidance.glossary import load_glossary

GLOSSARY = load_glossary()


def test_an_exception_named_is_what_the_question_asks():
    for question in (
        "Is there any exception to the three organisations per country in a sector skills alliance?",
        "Finns det något undantag för kravet på tre organisationer per land?",
        "Onko kolmen organisaation vaatimukseen poikkeuksia?",
        "Zijn er uitzonderingen op de regel van drie organisaties per land?",
    ):
        assert GLOSSARY.focus(question) == "exception", question
    # a question word still points at its own topic
    assert GLOSSARY.focus("Which sectors can an alliance cover, with any exception?") == "sectors"


def test_a_yes_no_question_may_open_with_a_connective():
    for question in (
        "Och kan en organisation från Kanada vara med?",
        "And can an organisation from Canada take part?",
        "En mag een organisatie uit Canada meedoen?",
        "Ja voiko kanadalainen organisaatio olla mukana?",
    ):
        assert asks_yes_no(question) and asks_permission(question), question
    assert not asks_yes_no("And how long does it last?")
    assert not asks_yes_no("En organisation från Kanada, vilka regler gäller?")


def test_the_dutch_rendering_of_the_swedish_name_names_the_sector_skills_alliances():
    assert GLOSSARY.actions("Kan een branchespecifieke kennisalliantie over de gezondheidszorg gaan?") == [
        "sector-skills-alliance"
    ]
    assert GLOSSARY.actions("Hoe lang duurt een kennisalliantie?") == ["knowledge-alliance"]


def test_a_finnish_still_is_no_programme_period():
    assert "period" not in GLOSSARY.find("pitääkö tulosten näkyä vielä projektin jälkeen?")
    assert "results" in GLOSSARY.find("pitääkö tulosten näkyä vielä projektin jälkeen?")
    assert "period" in GLOSSARY.find("Onko osaamisallianssit vielä olemassa?")


def test_a_count_of_fields_in_finnish_is_about_sectors():
    assert "sectors" in GLOSSARY.find("ja kuinka monta alaa niissä on listattu?")


def test_what_to_include_in_the_budget_is_budgeting_not_the_grant_asked():
    assert GLOSSARY.focus("vad ska kunskapsallianserna ta med i budgeten utöver själva projektet?") == "budgeting"
    assert "budgeting" in GLOSSARY.find("What must a knowledge alliance include in its budget?")
    assert "budgeting" not in GLOSSARY.find("How much is in the budget of a knowledge alliance?")


def test_a_country_no_bundled_text_covers_meets_an_added_guide_in_its_own_words():
    from erasbot.guidance.retrieval import analyse

    question = "Kan finska yrkeselever göra sin praktik i Storbritannien med ett KA122-VET-bidrag?"
    read = analyse(question, "sv", GLOSSARY, ("fi", "nl", "sv"), guide_languages=("fi",))
    assert "kuningaskun" in read.lexical_tokens  # the stem of "Yhdistynyt kuningaskunta"
    home = analyse("Kunnen twee mbo-scholen uit Nederland samen aanvragen?", "nl", GLOSSARY, ("en", "nl"), ("en",))
    assert not {"netherland", "netherlands"} & set(home.lexical_tokens)  # a programme country is the asker's context
    bundled = analyse(question, "sv", GLOSSARY, ("nl", "sv"))
    assert "kuningaskun" not in bundled.lexical_tokens


def test_a_swedish_elev_alone_names_no_field_but_a_school_pupil_does():
    from erasbot.guidance.fields import asked_fields

    assert asked_fields("Vad skiljer organisationsstödet för kortvarig elevmobilitet och ErasmusPro?", "sv") == set()
    assert asked_fields("Kan grundskoleelever delta?", "sv") == {"school"}
    assert asked_fields("Kan yrkeselever delta?", "sv") == {"vocational"}


def test_list_items_quoted_together_are_set_apart():
    from erasbot.guidance.selection import with_list

    text = (
        "Organisatorinen tuki maksetaan seuraavasti:\n"
        "• 120 euroa osallistujaa kohden lyhytkestoisessa liikkuvuudessa\n"
        "• 500 euroa osallistujaa kohden ErasmusPro-liikkuvuudessa\n"
        "• 100 euroa kutsuttua asiantuntijaa kohden"
    )
    item = with_list("• 120 euroa osallistujaa kohden lyhytkestoisessa liikkuvuudessa", text)
    assert "liikkuvuudessa; 500 euroa" in item and "ErasmusPro-liikkuvuudessa; 100 euroa" in item
    intro = with_list("Organisatorinen tuki maksetaan seuraavasti:", text)
    assert intro.startswith("Organisatorinen tuki maksetaan seuraavasti: 120 euroa")


def test_a_quote_close_to_a_question_in_another_language_fits_it_better():
    from erasbot.guidance.bundled_answer import quote_fit
    from erasbot.guidance.retrieval import analyse
    from erasbot.text import fold

    first = "Projekten strävar efter genuint samarbete mellan högskolor och arbetslivet."
    after = "Projekten borde även bära frukt efter själva projektperioden."
    sentences = {"doc": [(fold(first), 0.80), (fold(after), 0.90)]}
    finnish = analyse("pitääkö tulosten näkyä vielä projektin jälkeen?", "fi", GLOSSARY, ("sv",))

    def fit(quote, query):
        return quote_fit(quote, "doc", "sv", query, GLOSSARY, {}, sentences, (0.75, 0.95))

    assert fit(after, finnish) > fit(first, finnish)
    swedish = analyse("Ska resultaten synas efter projektet?", "sv", GLOSSARY, ("sv",))
    # asked in the quotes' own language, the words decide: the cosine adds nothing
    assert fit(after, swedish) - fit(first, swedish) == quote_fit(
        after, "doc", "sv", swedish, GLOSSARY, {}, {}, (0.0, 0.0)
    ) - quote_fit(first, "doc", "sv", swedish, GLOSSARY, {}, {}, (0.0, 0.0))


def test_trains_as_a_verb_is_training_and_by_train_is_the_railway():
    from erasbot.guidance.cross_words import load_cross_words

    cross = load_cross_words()
    verb = cross.in_language("Can a company that trains VET apprentices apply?", "en", "fi")
    assert ("juna", "junalla") not in verb and any("koulutta" in words for words in verb)
    assert ("juna", "junalla") in cross.in_language("Can we travel by train?", "en", "fi")


def test_a_restriction_says_what_is_not_allowed():
    from erasbot.guidance.added_marks import says_not

    assert says_not("Kurssit, ammattitaitokilpailut ja ryhmäliikkuvuus on rajattu EU:n jäsenvaltioihin.")
    assert says_not("Group mobility is restricted to EU Member States.")
    assert says_not("Cursussen zijn beperkt tot EU-lidstaten.")
    assert not says_not("Group mobility can take place in any EU Member State.")


def test_a_long_word_typed_with_a_letter_dropped_meets_its_meaning_but_a_changed_letter_does_not():
    from erasbot.guidance.cross_words import load_cross_words

    cross = load_cross_words()
    typed = cross.in_language("när ska slutraporten lämnas in?", "sv", "fi")
    assert any("loppuraport" in words for words in typed)
    # 'project' is 'protect' with one letter changed: no meaning of 'protect' is read into it
    assert not any("suojel" in words for words in cross.in_language("How long is the project?", "en", "fi"))
