from datetime import date
from pathlib import Path

import pytest

from eventwire.actors import load_lexicon
from eventwire.errors import InputError, NotFound


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def write(directory: Path, name: str, text: str) -> Path:
    directory.mkdir(exist_ok=True)
    (directory / name).write_text(text, encoding="utf-8")
    return directory


@pytest.mark.parametrize(("text", "code"), [
    ("Russia", "RUS"), ("Russian", "RUS"), ("Russians", "RUS"), ("Russian Federation", "RUS"),
    ("the United States", "USA"), ("US", "USA"), ("U.S.", "USA"), ("America", "USA"),
    ("American", "USA"), ("Britain", "GBR"), ("the UK", "GBR"), ("British", "GBR"),
    ("Türkiye", "TUR"), ("Turkiye", "TUR"), ("TURKEY", "TUR"), ("Ivory Coast", "CIV"),
    ("Côte d'Ivoire", "CIV"), ("Burma", "MMR"), ("Kosovo", "XKX"), ("Palestinian", "PSE"),
    ("Taiwanese", "TWN"), ("Hong Kong", "HKG"), ("Western Sahara", "ESH"), ("DRC", "COD"),
    ("Dutch", "NLD"), ("Holland", "NLD"), ("Swiss", "CHE"), ("Filipino", "PHL"),
    ("RUS", "RUS"), ("UAE", "ARE"), ("Emirati", "ARE"),
])
def test_lexicon_country_by_name_adjective_or_code(lexicon, text, code):
    found = lexicon.country(text)
    assert found is not None and (found.code, found.country, found.sector) == (code, code, None)


@pytest.mark.parametrize("text", ["us", "Us", "turkey", "chad", "georgian wine", "america",
                                  "Moscow", "the Kremlin", "Nato"])
def test_lexicon_country_rejects_words_and_non_names(lexicon, text):
    assert lexicon.country(text) is None


def test_lexicon_country_shared_adjective_is_ambiguous(lexicon):
    assert lexicon.country("Congolese") is None
    assert {e.code for e in lexicon.country_candidates("Congolese")} == {"COD", "COG"}


@pytest.mark.parametrize(("text", "code"), [
    ("the Kremlin", "RUSGOV"), ("Kremlin", "RUSGOV"), ("Moscow", "RUSGOV"),
    ("Washington", "USAGOV"), ("the White House", "USAGOV"), ("Downing Street", "GBRGOV"),
    ("No 10", "GBRGOV"), ("Beijing", "CHNGOV"), ("Kyiv", "UKRGOV"), ("Kiev", "UKRGOV"),
    ("Berlin", "DEUGOV"), ("the Élysée", "FRAGOV"), ("the Elysee", "FRAGOV"),
    ("Tehran", "IRNGOV"), ("Jerusalem", "ISRGOV"), ("Ramallah", "PSEGOV"),
    ("the Pentagon", "USAMIL"), ("Capitol Hill", "USALEG"), ("Westminster", "GBRLEG"),
])
def test_lexicon_metonym_codes_seat_of_power(lexicon, text, code):
    found = lexicon.metonym(text)
    assert found is not None and found.code == code
    assert found.code == (found.country or "") + (found.sector or "")


@pytest.mark.parametrize("text", ["male", "Male", "Victoria", "washington", "Geneva"])
def test_lexicon_metonym_leaves_out_ambiguous_capitals(lexicon, text):
    assert lexicon.metonym(text) is None


@pytest.mark.parametrize(("text", "codes"), [
    ("Brussels", {"BELGOV", "EUR", "NATO"}), ("The Hague", {"NLDGOV", "ICC", "ICJ"}),
])
def test_lexicon_shared_metonym_is_never_resolved_alone(lexicon, text, codes):
    assert lexicon.metonym(text) is None
    assert {e.code for e in lexicon.metonym_candidates(text)} == codes


@pytest.mark.parametrize(("text", "code", "sector"), [
    ("NATO", "NATO", None), ("Nato", "NATO", None), ("the North Atlantic Alliance", "NATO", None),
    ("IGOWSTNAT", "NATO", None), ("EU", "EUR", None), ("European Union", "EUR", None),
    ("IGOEUREEC", "EUR", None), ("UN", "UNO", None), ("U.N.", "UNO", None),
    ("the UN Security Council", "UNO", None), ("UNSC", "UNO", None),
    ("European Parliament", "EUR", "LEG"), ("OSCE", "OSCE", None), ("ASEAN", "ASN", None),
    ("African Union", "AU", None), ("the Arab League", "ARL", None), ("IAEA", "IAE", None),
    ("WHO", "WHO", None), ("G7", "GOS", None), ("the West", "WST", None),
])
def test_lexicon_igo_by_name_abbreviation_code_or_organ(lexicon, text, code, sector):
    found = lexicon.igo(text)
    assert found is not None and (found.code, found.sector, found.kind) == (code, sector, "igo")


@pytest.mark.parametrize("text", ["who", "Who", "nato", "un", "eu"])
def test_lexicon_igo_abbreviations_are_case_sensitive(lexicon, text):
    assert lexicon.igo(text) is None


@pytest.mark.parametrize(("text", "code"), [
    ("the alliance", "NATO"), ("the bloc", "EUR"), ("the world body", "UNO"),
    ("the nuclear watchdog", "IAE"),
])
def test_lexicon_descriptions_are_listed_not_matched(lexicon, text, code):
    assert lexicon.igo(text) is None
    assert code in {e.code for e in lexicon.igo_descriptions(text)}


@pytest.mark.parametrize(("role", "sector"), [
    ("president", "GOV"), ("prime minister", "GOV"), ("foreign minister", "GOV"),
    ("Foreign Ministers", "GOV"), ("deputy foreign minister", "GOV"), ("spokesmen", "GOV"),
    ("spokeswoman", "GOV"), ("envoy", "GOV"), ("ambassador", "GOV"), ("top diplomat", "GOV"),
    ("authorities", "GOV"), ("defence minister", "GOV"), ("secretary-general", "GOV"),
    ("troops", "MIL"), ("army", "MIL"), ("soldiers", "MIL"), ("armed forces", "MIL"),
    ("military spokesman", "MIL"), ("court", "JUD"), ("attorney general", "JUD"),
    ("prosecutors", "JUD"), ("parliament", "LEG"), ("lawmakers", "LEG"), ("Duma", "LEG"),
    ("opposition", "OPP"), ("rebels", "REB"), ("separatists", "REB"), ("rebel leader", "REB"),
    ("journalists", "MED"), ("company", "BUS"), ("protesters", "CVL"), ("police", "COP"),
    ("former president", "ELI"), ("refugees", "REF"),
])
def test_lexicon_sector_for_role(lexicon, role, sector):
    assert lexicon.sector_for_role(role) == sector


def test_lexicon_sector_for_unknown_role_is_none(lexicon):
    assert lexicon.sector_for_role("gardener") is None


@pytest.mark.parametrize(("name", "on", "code"), [
    ("Stoltenberg", date(2022, 3, 1), "NATO"), ("Jens Stoltenberg", date(2010, 1, 1), "NORGOV"),
    ("Rutte", date(2023, 6, 1), "NLDGOV"), ("Rutte", date(2025, 1, 1), "NATO"),
    ("Mark Rutte", date(2024, 10, 1), "NATO"), ("Lavrov", date(2022, 2, 24), "RUSGOV"),
    ("Sergei Lavrov", date(2022, 2, 24), "RUSGOV"), ("Guterres", date(2023, 1, 1), "UNO"),
    ("Guterres", date(2010, 1, 1), "HCR"), ("Zelenskyy", date(2023, 1, 1), "UKRGOV"),
    ("Erdogan", date(2020, 1, 1), "TURGOV"), ("von der Leyen", date(2021, 1, 1), "EUR"),
    ("Xi", date(2020, 1, 1), "CHNGOV"), ("Trump", date(2022, 1, 1), "USAELI"),
    ("Trump", date(2025, 6, 1), "USAGOV"), ("Joseph Aoun", date(2024, 1, 1), "LBNMIL"),
    ("Joseph Aoun", date(2025, 6, 1), "LBNGOV"),
])
def test_lexicon_person_role_on_date(lexicon, name, on, code):
    role = lexicon.person(name, on=on)
    assert role is not None and role.code == code


def test_lexicon_person_out_of_office_has_no_role(lexicon):
    assert lexicon.find_person("Stoltenberg") is not None
    assert lexicon.person("Stoltenberg", on=date(2014, 1, 1)) is None


@pytest.mark.parametrize(("on", "name"), [
    (date(2020, 1, 1), "Boris Johnson"), (date(2024, 1, 1), "Mike Johnson"),
])
def test_lexicon_shared_surname_resolved_by_date(lexicon, on, name):
    found = lexicon.find_person("Johnson", on=on)
    assert found is not None and found.name == name


@pytest.mark.parametrize("name", ["Aoun", "Li", "Johnson", "lavrov", "Smith"])
def test_lexicon_shared_surname_or_unknown_name_without_date_is_none(lexicon, name):
    assert lexicon.find_person(name) is None


def test_lexicon_code_joins_country_and_sector(lexicon):
    assert lexicon.code("RUS", "GOV") == "RUSGOV"
    assert lexicon.code("USA") == "USA"
    assert lexicon.code("NATO") == "NATO"


@pytest.mark.parametrize(("country", "sector"), [("XXX", "GOV"), ("RUS", "XYZ")])
def test_lexicon_code_rejects_unknown_codes(lexicon, country, sector):
    with pytest.raises(NotFound):
        lexicon.code(country, sector)


def test_lexicon_country_codes_are_unique_iso3(lexicon):
    codes = [c.code for c in lexicon.countries]
    assert len(codes) == len(set(codes))
    assert all(len(c) == 3 and c.isascii() and c.isupper() and c.isalpha() for c in codes)


def test_lexicon_every_country_has_an_adjective(lexicon):
    assert [c.code for c in lexicon.countries if not c.adjectives] == []


def test_lexicon_covers_every_sovereign_state(lexicon):
    codes = {c.code for c in lexicon.countries}
    assert len(codes) >= 190
    assert {"USA", "RUS", "CHN", "UKR", "VAT", "SSD", "TLS", "PSE", "XKX", "TWN"} <= codes


def test_lexicon_igo_and_person_codes_refer_to_known_entries(lexicon):
    igos = {i.code for i in lexicon.igos}
    countries = {c.code for c in lexicon.countries}
    for person in lexicon.people:
        for role in person.roles:
            assert role.code in igos or role.country in countries, person.name


def test_lexicon_packaged_lexicon_is_loaded_once(lexicon):
    assert load_lexicon() is lexicon


def test_lexicon_user_dir_adds_and_overrides(tmp_path):
    write(tmp_path, "countries.yaml",
          "- {code: RUS, aliases: [Rossiya]}\n")
    write(tmp_path, "people.yaml",
          "- name: Jane Example\n"
          "  roles: [{country: RUS, sector: MED, role: editor, start: 2020-01-01, end: null}]\n")
    lexicon = load_lexicon([tmp_path])
    assert lexicon.country("Rossiya").code == "RUS"
    assert lexicon.country("Russian Federation") is None  # aliases replaced, key by key
    assert lexicon.country("Russian").code == "RUS"  # adjectives kept
    assert lexicon.person("Example", on=date(2021, 1, 1)).code == "RUSMED"
    assert load_lexicon().country("Rossiya") is None  # the packaged lexicon is untouched


def test_lexicon_user_dir_later_overrides_earlier(tmp_path):
    first = write(tmp_path / "a", "igos.yaml", "- {code: NATO, aliases: [Alliance One]}\n")
    second = write(tmp_path / "b", "igos.yaml", "- {code: NATO, aliases: [Alliance Two]}\n")
    lexicon = load_lexicon([first, second])
    assert lexicon.igo("Alliance Two").code == "NATO"
    assert lexicon.igo("Alliance One") is None


@pytest.mark.parametrize(("name", "text", "message"), [
    ("countries.yaml", "- {code: FOO, name: Fooland, adjectives: [Foo], capital: F, flag: x}\n",
     "unknown key 'flag'"),
    ("countries.yaml", "- {code: Foo, name: Fooland, adjectives: [Foo], capital: F}\n",
     "bad code 'Foo'"),
    ("countries.yaml", "- {code: QQQ, name: Fooland, adjectives: [Foo], capital: F}\n"
                       "- {code: QQQ, name: Barland, adjectives: [Bar], capital: B}\n",
     "duplicate code 'QQQ'"),
    ("countries.yaml", "- {code: QQQ, name: Fooland, adjectives: [Foo]}\n",
     "missing key 'capital'"),
    ("countries.yaml", "- {code: QQQ, name: Fooland, adjectives: [Foo], capital: F,"
                       " metonyms: [the Kremlin]}\n", "also claimed by RUS"),
    ("countries.yaml", "- {code: QQQ, name: Russia, adjectives: [Foo], capital: F}\n",
     "already used by RUS"),
    ("people.yaml", "- name: A B\n  roles: [{country: RUS, sector: GOV, role: x,"
                    " start: 2020-02-30}]\n", "bad start date"),
    ("people.yaml", "- name: A B\n  roles: [{country: RUS, sector: GOV, role: x,"
                    " start: 2020-01-01, end: 2019-01-01}]\n", "before it starts"),
    ("people.yaml", "- name: A B\n  roles:\n"
                    "  - {country: RUS, sector: GOV, role: x, start: 2010-01-01, end: 2015-01-01}\n"
                    "  - {code: NATO, role: y, start: 2014-01-01, end: null}\n", "roles overlap"),
    ("people.yaml", "- name: A B\n  roles: [{country: ZZZ, sector: GOV, role: x,"
                    " start: 2010-01-01}]\n", "unknown country code 'ZZZ'"),
    ("people.yaml", "- name: A B\n  roles: [{code: NATO, country: RUS, sector: GOV, role: x,"
                    " start: 2010-01-01}]\n", "not both"),
    ("sectors.yaml", "- {code: ZZZ, name: z, description: z, roles: [president]}\n",
     "role noun 'president' is already used by GOV"),
    ("igos.yaml", "- {code: NATO, shared_metonyms: [Moscow]}\n", "plain metonym of RUS"),
    ("igos.yaml", "{code: NATO}\n", "expected a list"),
    ("igos.yaml", "- [unclosed\n", "not valid YAML"),
])
def test_lexicon_validation_error_names_file_and_entry(tmp_path, name, text, message):
    write(tmp_path, name, text)
    with pytest.raises(InputError) as caught:
        load_lexicon([tmp_path])
    assert message in str(caught.value)
    assert str(tmp_path / name) in str(caught.value)


def test_lexicon_unknown_file_in_user_dir_is_an_error(tmp_path):
    write(tmp_path, "country.yaml", "[]\n")
    with pytest.raises(InputError, match=r"country\.yaml: unknown lexicon file"):
        load_lexicon([tmp_path])


def test_lexicon_missing_user_dir_is_not_found(tmp_path):
    with pytest.raises(NotFound, match="lexicon directory not found"):
        load_lexicon([tmp_path / "nowhere"])


@pytest.mark.parametrize(("role", "sector"), [
    ("Islamic fundamentalists", "RAD"), ("extremists", "RAD"), ("supporters", "CVL"),
    ("inmates", "CVL"), ("detainees", "CVL"), ("settlers", "CVL"), ("hackers", "CVL"),
    ("Lt. Gen.", "MIL"), ("Brig Gen", "MIL"), ("cardinal", "REL"), ("rights groups", "HRI"),
])
def test_lexicon_sector_for_added_roles(lexicon, role, sector):
    assert lexicon.sector_for_role(role) == sector


@pytest.mark.parametrize(("text", "code"), [
    ("European Community", "EUR"), ("the EEC", "EUR"), ("Organization of African Unity", "AU"),
    ("OAU", "AU"), ("CSCE", "OSCE"), ("Organization of the Islamic Conference", "OIC"),
])
def test_lexicon_predecessor_igo_names_code_the_successor(lexicon, text, code):
    entry = lexicon.igo(text)
    assert entry is not None and entry.code == code


@pytest.mark.parametrize(("text", "code"), [
    ("the West Bank", "PSE"), ("Gaza Strip", "PSE"), ("iSrael", "ISR"),
])
def test_lexicon_territories_and_odd_case(lexicon, text, code):
    entry = lexicon.country(text)
    assert entry is not None and entry.code == code


@pytest.mark.parametrize(("on", "name"), [
    (date(1991, 5, 1), "George H. W. Bush"), (date(2003, 1, 1), "George W. Bush"),
    (date(1995, 1, 1), "Bill Clinton"), (date(2010, 1, 1), "Hillary Clinton"),
])
def test_lexicon_earlier_leaders_resolved_by_date(lexicon, on, name):
    found = lexicon.find_person(name.split()[-1], on=on)
    assert found is not None and found.name == name


def test_lexicon_people_named_ignores_the_date(lexicon):
    assert {p.name for p in lexicon.people_named("Bush")} == {"George H. W. Bush",
                                                              "George W. Bush"}
