from datetime import date

from eventwire.actors import load_lexicon
from eventwire.actors.titles import holder, office, office_index, place


def test_office_folds_synonyms_of_the_same_post():
    assert office("Top Diplomat") == office("foreign minister") == office("Secretary of State")
    assert office("Secretary-General") == "secretary-general"


def test_holder_is_the_person_in_office_on_the_date():
    index = office_index(load_lexicon())
    assert holder(index, "RUS", "top diplomat", date(2022, 1, 1)).name == "Sergey Lavrov"
    assert holder(index, "NATO", "secretary-general", date(2022, 1, 1)).name == "Jens Stoltenberg"
    assert holder(index, "NATO", "secretary-general", date(2025, 1, 1)).name == "Mark Rutte"
    assert holder(index, "RUS", "top diplomat", None) is None


def test_place_reads_glued_articles_and_possessives():
    lexicon = load_lexicon()
    assert place(lexicon, "aUS").code == "USA"
    assert place(lexicon, "Russia's").code == "RUS"
    assert place(lexicon, "the Kremlin").code == "RUSGOV"
    assert place(lexicon, "Brussels") is None
