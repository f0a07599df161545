"""The predicate lexicon: loading, user overrides, validation."""

import pytest

from eventwire.errors import InputError
from eventwire.events.ontology import load_ontology
from eventwire.events.predicates import load_predicates


def test_predicates_every_rule_has_a_known_cameo_code_and_unique_id():
    lexicon, ontology = load_predicates(), load_ontology()
    assert len({r.id for r in lexicon.rules}) == len(lexicon.rules)
    for rule in lexicon.rules:
        ontology.cameo(rule.cameo)


def test_predicates_bare_on_is_a_word_not_a_boolean():
    rule = next(r for r in load_predicates().rules if r.id == "call.v.on")
    assert rule.prep == "on" and rule.target_preps()[0] == "on"


def test_predicates_user_dir_overrides_by_id(tmp_path):
    (tmp_path / "predicates.yaml").write_text(
        "rules:\n  - {id: attack.v, lemma: attack, pos: verb, cameo: '195'}\n")
    rule = next(r for r in load_predicates([tmp_path]).rules if r.id == "attack.v")
    assert rule.cameo == "195"


def test_predicates_bad_rule_is_an_input_error(tmp_path):
    bad = "rules:\n  - {id: x, lemma: x, pos: adj, cameo: '1'}\n"
    (tmp_path / "predicates.yaml").write_text(bad)
    with pytest.raises(InputError):
        load_predicates([tmp_path])
