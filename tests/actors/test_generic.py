"""Generic actors: sector nouns without an employer, coded country + sector or "---" + sector."""

import pytest
from tests.actors.test_resolver import code, find

from eventwire.records import ActorKind


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    ("Rebels attacked an army convoy near the border.", "Rebels", "---REB"),
    ("Militants and insurgents fired rockets overnight.", "Militants", "---REB"),
    ("The opposition rejected the offer on Tuesday.", "The opposition", "---OPP"),
    ("Officials said the talks would resume.", "Officials", "---GOV"),
    ("Soldiers fired on a crowd of demonstrators.", "Soldiers", "---MIL"),
    ("Students and teachers marched to the square.", "Students", "---EDU"),
    ("Lawmakers voted to extend the mandate.", "Lawmakers", "---LEG"),
    ("A court sentenced the editor to two years.", "A court", "---JUD"),
])
def test_generic_sector_without_a_country_is_unknown_country(mentions, text, phrase, expected):
    m = find(mentions(text), phrase)
    assert (m.actor.code, m.actor.country, m.rule) == (expected, None, "sector_unknown_country")


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    ("Iraqi police arrested four men after the blast.", "Iraqi police", "IRQCOP"),
    ("Syria's army shelled the town for a third day.", "Syria's army", "SYRMIL"),
    ("Protesters in Cairo demanded the minister resign.", "Protesters", "EGYCVL"),
    ("Rebels in northern Mali seized two towns.", "Rebels", "MLIREB"),
    ("Students from Kenya staged a sit-in at the embassy.", "Students", "KENEDU"),
    ("The strike was called off, according to the French government.",
     "the French government", "FRAGOV"),
])
def test_generic_sector_takes_the_country_of_its_own_words(mentions, text, phrase, expected):
    assert code(mentions(text), phrase) == expected


def test_generic_definite_phrase_takes_the_same_noun_before(mentions):
    found = mentions("Turkish police detained a reporter. The police said he was freed later.")
    m = find(found, "The police")
    assert (m.actor.code, m.rule) == ("TURCOP", "sector_antecedent")


def test_generic_state_body_takes_the_one_place_of_the_scene(mentions):
    found = mentions("Protesters in Nairobi clashed with police on Friday.")
    assert (code(found, "Protesters"), code(found, "police")) == ("KENCVL", "KENCOP")
    found = mentions("Fighting flared in Yemen overnight. The government blamed the rebels.")
    assert find(found, "The government").rule == "sector_scene"
    assert code(found, "The government") == "YEMGOV"


@pytest.mark.parametrize(("text", "phrase"), [
    ("The government thanked Japan for its help.", "The government"),  # a partner, not a place
    ("Police questioned two Germans on Monday.", "Police"),
    ("Troops in Afghanistan came under fire.", "Troops"),  # forces are often abroad
    ("Ambassadors in Vienna met behind closed doors.", "Ambassadors"),
    ("The army entered Ukraine and Belarus.", "The army"),
])
def test_generic_country_is_not_guessed_from_other_mentions(mentions, text, phrase):
    assert find(mentions(text), phrase).actor.country is None


def test_generic_group_kinds(mentions):
    found = mentions("Rebels and soldiers fought near the airport.")
    assert [find(found, t).actor.kind for t in ("Rebels", "soldiers")] == [
        ActorKind.GROUP, ActorKind.STATE]


@pytest.mark.parametrize(("text", "phrase"), [
    ("A spokesman declined to comment.", "A spokesman"),  # one person, no name
    ("Many people were hurt in the crush.", "Many people"),
    ("An army of volunteers cleared the streets.", "An army"),
    ("The Homeland Union collected signatures.", "The Homeland Union"),  # a named organisation
    ("The group said its leadership would meet.", "its leadership"),
])
def test_generic_non_actors_stay_uncoded(mentions, text, phrase):
    assert code(mentions(text), phrase) is None


@pytest.mark.parametrize("text", [
    "Police work resumed as government bonds fell.",
    "Troops entered a rebel-held town.",
])
def test_generic_sector_noun_as_a_modifier_is_no_mention(mentions, text):
    found = mentions(text)
    assert not any(m.text.lower() in ("police", "government", "rebel") for m in found)


def test_generic_title_without_country_keeps_the_sector(mentions):
    m = find(mentions("President Ana Duarte signed the decree."), "Ana Duarte")
    assert (m.actor.code, m.actor.kind, m.rule) == ("---GOV", ActorKind.PERSON,
                                                   "title_unknown_country")


def test_generic_court_twin_of_an_igo_description(mentions):
    found = mentions("The International Criminal Court issued a warrant. The court said more "
                     "would follow.")
    assert code(found, "The court") == "ICC"
    assert code(mentions("The court said the appeal was late."), "The court") == "---JUD"


def test_generic_united_nations_is_a_name_not_a_plural(mentions):
    assert code(mentions("The United Nations rejected the request."),
                "The United Nations") == "UNO"


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    ("Islamic fundamentalists began a hunger strike.", "Islamic fundamentalists", "---RAD"),
    ("Inmates rioted at the main jail.", "Inmates", "---CVL"),
    ("Hackers defaced hundreds of web sites.", "Hackers", "---CVL"),
    ("A human rights group condemned the verdict.", "A human rights group", "---HRI"),
    ("Settlers in the West Bank burned olive groves.", "Settlers", "---CVL"),
])
def test_generic_added_role_nouns(mentions, text, phrase, expected):
    assert code(mentions(text), phrase) == expected


def test_generic_supporters_take_their_leaders_country(mentions):
    found = mentions("Supporters of Russian President Vladimir Putin rallied in the square.")
    m = find(found, "Supporters")
    assert (m.actor.code, m.rule) == ("RUSCVL", "sector_followers")


def test_generic_supporters_of_an_opposition_leader_are_opposition(mentions):
    found = mentions("Supporters of the opposition leader Marta Kowal marched on Sunday.")
    assert code(found, "Supporters") == "---OPP"


def test_generic_the_west_bank_is_a_place_not_a_bank(mentions):
    found = mentions("Troops raided a village in the West Bank.")
    assert not any(m.text.endswith("Bank") and m.kind.value == "role" for m in found)


@pytest.mark.parametrize("text", [
    "A gunman opened fire at an office Christmas party on Friday.",
    "A search party found the missing hikers on Sunday.",
])
def test_generic_a_party_that_is_a_gathering_is_no_political_party(mentions, text):
    assert not [m for m in mentions(text) if m.actor and m.actor.sector == "PTY"]
