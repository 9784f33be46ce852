"""Near misses over the bundled texts: questions close to them that they do not answer (contact details, tax,
visas, a year they do not name, a count of something they never count) abstain; the questions beside them that
the texts answer do not."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "question",
    [
        "What is the address of EACEA in Brussels?",
        "Vad är e-postadressen till genomförandeorganet?",
        "Mikä on Opetushallituksen puhelinnumero?",
        "Wat is het telefoonnummer van het Nationaal Agentschap?",
        "Do I need to pay tax on my Erasmus+ grant in Sweden?",
        "Behöver jag visum för att delta i ett projektmöte i Turkiet?",
        "Kuka maksaa vakuutuksen, kun henkilöstö matkustaa tietoallianssin kokoukseen?",
        "How much was the Knowledge Alliances budget in 2019?",
        "Montako kokousta tietoallianssin pitää järjestää vuodessa?",
        # applying as a private person: the texts speak of organisations and never say
        "Can an individual person apply for a Knowledge Alliance?",
        "Kan en privatperson söka bidrag för ett strategiskt partnerskap?",
        "Kan ik als particulier een kennisalliantie aanvragen?",
        # the decision on an application: no text says when it comes (the project's duration is no answer)
        "How long does it take to get a decision on a Knowledge Alliance application?",
        "Hur lång tid tar det att få besked efter ansökan om en kunskapsallians?",
        # the least sum: the texts give a ceiling only
        "What is the minimum grant for a Knowledge Alliance?",
        "Mikä on tietoallianssin pienin avustus?",
        "Wat is de minimale subsidie voor een kennisalliantie?",
        # the language an application is written in: no bundled text says
        "Kan ansökan för en kunskapsallians skrivas på svenska?",
        "Can we write the application for a Knowledge Alliance in Swedish?",
        "Mag de aanvraag voor een strategisch partnerschap in het Nederlands?",
        "Voiko tietoallianssin hakemuksen kirjoittaa suomeksi?",
    ],
)
def test_a_near_miss_abstains(engine, question):
    assert engine.ask(question).abstained


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("How do Sector Skills Alliances address skills gaps?", "skills"),  # 'address' the verb is no address
        ("Who can I contact about Knowledge Alliances?", "contact the executive agency"),  # who, not a number
        # 'kan man' in 'vem kan man kontakta' asks no activities
        ("Vem kan man kontakta om man behöver veta mer om kunskapsallianser?", "kontakta genomförandeorganet"),
        ("Hur många kunskapsallianspartner behövs?", "minst 6"),
        ("Montako korkeakoulua tietoallianssiin tarvitaan?", "vähintään 2 korkeakoulua"),
        ("What is the maximum grant for a Knowledge Alliance?", "at most EUR 700 000"),
        ("How do I apply for a Knowledge Alliance?", "annual call"),
        ("How many organisations at minimum does a Knowledge Alliance need?", "at least 6"),
    ],
)
def test_the_questions_beside_them_are_answered(engine, question, said):
    answer = engine.ask(question)
    assert not answer.abstained and said in answer.text
