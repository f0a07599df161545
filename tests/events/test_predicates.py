"""The predicate lexicon: loading, user overrides, validation."""

import pytest

from eventwire.errors import InputError
from eventwire.events.coder import make_coder
from eventwire.events.ontology import load_ontology
from eventwire.events.predicates import NO_EVENT, PredicateRule, load_predicates


def test_predicates_every_rule_has_a_known_cameo_code_and_unique_id():
    lexicon, ontology = load_predicates(), load_ontology()
    assert len({r.id for r in lexicon.rules}) == len(lexicon.rules)
    for rule in lexicon.rules:
        if rule.cameo != NO_EVENT:
            ontology.cameo(rule.cameo)


def test_predicates_a_user_rule_with_an_unknown_code_fails_before_coding(tmp_path):
    (tmp_path / "predicates.yaml").write_text(
        "rules:\n  - {id: snub.v, lemma: snub, pos: verb, cameo: '999'}\n")
    with pytest.raises(InputError, match=r"snub\.v"):
        make_coder([tmp_path])


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


def test_predicates_shape_keys_load_and_count_as_specificity(tmp_path):
    (tmp_path / "predicates.yaml").write_text(
        "rules:\n"
        "  - {id: strike.n.hunger, lemma: strike, pos: noun, mod: hunger, cameo: '142'}\n"
        "  - {id: say.v.must, lemma: say, pos: verb, modal: must, cameo: '100'}\n"
        "  - {id: return.v, lemma: return, pos: verb, obj: '*', cameo: '084'}\n")
    rules = {r.id: r for r in load_predicates([tmp_path]).rules}
    assert (rules["strike.n.hunger"].mod, rules["say.v.must"].modal) == ("hunger", "must")
    assert rules["return.v"].obj == "*" and rules["say.v.must"].specificity == 1


def test_predicates_more_constraints_are_more_specific():
    plain = PredicateRule("break.v", "break", "verb", "161")
    shaped = PredicateRule("break.v.off.talk", "break", "verb", "164", prt="off", obj="talk")
    assert shaped.specificity > plain.specificity
