"""Named non-state groups (groups.yaml): lookups, validation, user files and resolution."""

from pathlib import Path

import pytest
from tests.actors.test_resolver import find

from eventwire.actors import load_lexicon
from eventwire.actors.lexicon_schema import TRANSNATIONAL
from eventwire.actors.resolver import make_resolver
from eventwire.errors import InputError
from eventwire.records import ActorKind, MentionKind

USER_GROUPS = """
- {name: Northern Dawn Front, code: NORREB, country: NOR, sector: REB, aliases: [NDF]}
- {name: Taliban, code: AFGGOV, sector: GOV}
"""


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def write_groups(directory: Path, text: str) -> Path:
    (directory / "groups.yaml").write_text(text, encoding="utf-8")
    return directory


@pytest.mark.parametrize(("text", "code", "country"), [
    ("Hamas", "PSEREB", "PSE"), ("the Taliban", "AFGREB", "AFG"), ("ISIS", "IMGREB", None),
    ("ISIL", "IMGREB", None), ("Islamic State", "IMGREB", None), ("al-Qaeda", "IMGREB", None),
    ("Al Qaida", "IMGREB", None), ("al-Shabab", "SOMREB", "SOM"), ("PKK", "TURREB", "TUR"),
    ("Hizbollah", "LBNREB", "LBN"), ("the Houthis", "YEMREB", "YEM"), ("FARC", "COLREB", "COL"),
    ("Amnesty International", "NGOHRI", None), ("HRW", "NGOHRI", None),
    ("the Red Cross", "NGO", None), ("Médecins Sans Frontières", "NGOHLH", None),
    ("Muslim Brotherhood", "EGYOPP", "EGY"), ("RSF", "SDNREB", "SDN"),
])
def test_groups_lookup_by_name_alias_or_acronym(lexicon, text, code, country):
    found = lexicon.group(text)
    assert found is not None and (found.code, found.country, found.kind) == (code, country,
                                                                             "group")


@pytest.mark.parametrize("text", ["a strict Islamic state", "Islamic state", "hamas", "Let",
                                  "Doctors without borders", "Russia"])
def test_groups_lookup_keeps_capitals_and_rejects_words(lexicon, text):
    assert lexicon.group(text) is None


def test_groups_codes_are_home_country_or_transnational_prefix_plus_sector(lexicon):
    assert len(lexicon.groups) >= 80
    for g in lexicon.groups:
        assert g.code == (g.country or g.code[:3]) + (g.sector or ""), g.name
        assert g.country is not None or g.code[:3] in TRANSNATIONAL, g.name


@pytest.mark.parametrize(("text", "phrase", "code", "rule"), [
    ("Hamas fired rockets at Israel on Tuesday.", "Hamas", "PSEREB", "group"),
    ("The Taliban said they had taken the city.", "The Taliban", "AFGREB", "group"),
    ("Amnesty International accused the army of torture.", "Amnesty International", "NGOHRI",
     "group"),
    ("Militants from al-Shabaab stormed a hotel in Mogadishu.", "al-Shabaab", "SOMREB", "group"),
    ("Boko Haram fighters attacked a village in Borno state.", "Boko Haram fighters", "NGAREB",
     "role_phrase"),
])
def test_groups_mention_resolves_to_the_group(mentions, text, phrase, code, rule):
    m = find(mentions(text), phrase)
    assert (m.actor.code, m.actor.kind, m.rule) == (code, ActorKind.GROUP, rule)


@pytest.mark.parametrize(("text", "phrase", "code"), [
    ("The Rapid Support Forces shelled the city overnight.", "The Rapid Support Forces",
     "SDNREB"),
    ("Doctors Without Borders said its clinic was hit.", "Doctors Without Borders", "NGOHLH"),
    ("The Kosovo Liberation Army ambushed a police patrol.", "The Kosovo Liberation Army",
     "XKXREB"),
])
def test_groups_role_noun_inside_a_name_is_part_of_the_name(mentions, text, phrase, code):
    m = find(mentions(text), phrase)
    assert (m.actor.code, m.actor.kind, m.kind) == (code, ActorKind.GROUP, MentionKind.NAME)


def test_groups_spokesman_of_a_group_is_a_person_coded_as_the_group(mentions):
    m = find(mentions("A Hamas spokesman rejected the proposal."), "A Hamas spokesman")
    assert (m.actor.code, m.actor.kind, m.actor.name) == ("PSEREB", ActorKind.PERSON,
                                                          "Hamas spokesman")


def test_groups_possessive_owner_is_the_group_not_its_country(mentions):
    m = find(mentions("Hezbollah's leader warned Israel."), "Hezbollah's leader")
    assert (m.actor.code, m.actor.country) == ("LBNREB", "LBN")


def test_groups_pronoun_links_to_the_group(mentions):
    found = mentions("The Taliban said they would reopen the schools.")
    m = find(found, "they")
    assert (m.actor.code, m.rule) == ("AFGREB", "pronoun_salience")


def test_groups_user_file_adds_and_overrides_groups(mentions, tmp_path):
    lexicon = load_lexicon([write_groups(tmp_path, USER_GROUPS)])
    assert lexicon.group("NDF").code == "NORREB"
    assert (lexicon.group("the Taliban").code, lexicon.group("the Taliban").country) == (
        "AFGGOV", "AFG")
    found = mentions("The Northern Dawn Front claimed the bombing.",
                     resolver=make_resolver([tmp_path]))
    assert find(found, "The Northern Dawn Front").actor.code == "NORREB"


@pytest.mark.parametrize(("text", "message"), [
    ("- {name: Red Hand, country: NOR, sector: REB}\n", "entry 1 (Red Hand): missing key 'code'"),
    ("- {name: Red Hand, code: NORREB, country: NOR, sector: REB, colour: red}\n",
     "unknown key 'colour'"),
    ("- {name: Red Hand, code: SWEREB, country: NOR, sector: REB}\n",
     "code 'SWEREB' does not match country 'NOR' and sector 'REB' (expected 'NORREB')"),
    ("- {name: Red Hand, code: XXXREB, country: XXX, sector: REB}\n",
     "unknown country code 'XXX'"),
    ("- {name: Red Hand, code: NORZZZ, country: NOR, sector: ZZZ}\n", "unknown sector 'ZZZ'"),
    ("- {name: Red Hand, code: NOR, country: NOR, sector: null}\n", "needs a sector"),
    ("- {name: Red Hand, code: ABCREB, country: null, sector: REB}\n", "starts with no country"),
    ("- {name: Chad, code: TCDREB, country: TCD, sector: REB}\n",
     "name 'Chad' is already used by TCD"),
    ("- {name: Red Hand, code: NORREB, country: NOR, sector: REB, aliases: [Hamas]}\n",
     "name 'Hamas' is already used by Hamas"),
])
def test_groups_malformed_user_entry_fails_naming_file_and_entry(tmp_path, text, message):
    write_groups(tmp_path, text)
    with pytest.raises(InputError) as caught:
        load_lexicon([tmp_path])
    assert message in str(caught.value)
    assert str(tmp_path / "groups.yaml") in str(caught.value)
