"""Kinds of failure on a guide nobody curated (round 11): a phone number or an e-mail address asked for is answered
only by a sentence giving one; how many applications were approved in a year is a statistic no guide's rules give."""

from __future__ import annotations

from erasbot.guidance.added_asks import detail_missing
from erasbot.guidance.glossary import load_glossary

GLOSSARY = load_glossary()


def test_a_phone_number_or_an_e_mail_address_asked_needs_one_given():
    question = "Who is the EACEA officer in charge of Lot 3 and what is her phone number?"
    assert detail_missing(question, ["Questions can be sent to the functional mailbox EACEA-FLP@ec.europa.eu."])
    assert not detail_missing(question, ["The helpdesk answers on +32 2 299 11 11."])
    assert detail_missing("Vilken e-postadress har UHR för frågor?", ["Kontakta UHR via webbformuläret."])
    assert not detail_missing("Mikä on sähköpostiosoite?", ["Lähetä viesti osoitteeseen erasmus@oph.fi."])
    assert not detail_missing("How long does a project last?", ["It lasts 24 months."])


def test_how_many_applications_were_approved_is_a_statistic():
    for question in (
        "Hoeveel KA122-VET-aanvragen heeft Opetushallitus in 2025 goedgekeurd?",
        "How many applications did the agency approve in 2025?",
        "Kuinka monta hakemusta Opetushallitus hyväksyi vuonna 2025?",
    ):
        assert "statistics" in GLOSSARY.find(question), question
    assert "statistics" not in GLOSSARY.find("When are approved projects informed of the decision?")


def test_erasmus_accreditation_is_a_thing_the_bundled_texts_do_not_cover(engine):
    question = "Miten Suomessa haetaan ammatillisen koulutuksen Erasmus-akkreditointia?"
    assert "accreditation" in GLOSSARY.find(question)
    assert engine.ask(question).abstained
    assert engine.ask("Hur ansöker man om en kunskapsallians?").abstained is False


def test_an_officer_in_charge_is_a_contact_but_who_leads_the_project_is_not():
    assert "contacts" in GLOSSARY.find("Who is the EACEA officer in charge of Lot 3 and what is her phone number?")
    assert "contacts" not in GLOSSARY.find("Kuka vastaa hankkeesta osaamisallianssissa?")
    assert "contacts" not in GLOSSARY.find("Who is in charge of the project in a knowledge alliance?")
