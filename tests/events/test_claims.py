"""A party's report of another's hostile act is also its accusation (CAMEO 112x)."""


def _claims(events):
    return [e for e in events if e.rule.endswith("+claim")]


def test_claims_a_state_reporting_anothers_attack_accuses_it(code):
    events = code("Ukraine said Russia shelled Kharkiv on Monday.")
    [act] = [e for e in events if not e.rule.endswith("+claim")]
    assert (act.source.country, act.plover) == ("RUS", "ASSAULT")  # still coded, as reported
    [claim] = _claims(events)
    assert (claim.source.country, claim.target.country, claim.plover, claim.cameo) == (
        "UKR", "RUS", "ACCUSE", "1123")
    text = "Ukraine said Russia shelled Kharkiv on Monday."
    assert text[claim.predicate_start:claim.predicate_end] == "said"


def test_claims_kidnapping_reported_by_officials_is_an_accusation_of_abuse(code):
    [claim] = _claims(code("Iraqi officials said rebels kidnapped two engineers."))
    assert (claim.source.country, claim.target.code, claim.cameo) == ("IRQ", "---REB", "1123")


def test_claims_no_accusation_from_own_side_witnesses_speculation_or_trailing_sources(code):
    own = code("Moscow said Russian troops attacked Ukrainian positions.")
    assert own and not _claims(own)  # the act is coded; Russia does not accuse itself
    assert not _claims(code("Witnesses said rebels attacked the village."))
    assert not _claims(code("US officials say Russia will invade Ukraine."))
    assert not _claims(code("Ukraine said Russia did not attack Kharkiv."))
    assert not _claims(code("Rebels attacked the village on Monday, Iraqi police said."))
