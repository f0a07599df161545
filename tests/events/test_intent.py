"""Announced acts are coded as CAMEO codes them (intent 03x, threat 13x), flag kept."""


def _by_rule(events):
    return {e.rule: e for e in events}


def test_intent_future_cooperation_is_an_intent_to_meet(code):
    [e] = code("Norway will hold talks with Sweden next week.")
    assert (e.cameo, e.plover, e.hypothetical, e.negated) == ("036", "AGREE", True, False)
    assert e.rule.endswith("+intent") and e.target.country == "SWE"


def test_intent_planned_sanctions_are_a_threat_to_sanction(code):
    [e] = code("Canada plans to impose sanctions on Venezuela.")
    assert (e.cameo, e.plover, e.target.country) == ("1312", "THREATEN", "VEN")


def test_intent_a_state_saying_it_would_attack_threatens_force(code):
    events = code("Iran said on Monday it would attack Israel if the strikes continued.")
    [e] = [e for e in events if e.source.country == "IRN" and e.target
           and e.target.country == "ISR"]
    assert (e.cameo, e.plover, e.hypothetical) == ("138", "THREATEN", True)


def test_intent_speculation_by_others_keeps_the_act_flagged(code):
    events = code("Greek officials said Turkey would attack Greece.")
    [e] = [e for e in events if e.source.country == "TUR"]
    assert (e.plover, e.hypothetical) == ("ASSAULT", True)
    assert not e.rule.endswith("+intent")


def test_intent_a_coded_threat_is_not_coded_twice(code):
    events = _by_rule(code("Turkey threatened to attack Greece."))
    threats = [e for e in events.values() if e.plover == "THREATEN"]
    assert len(threats) == 1 and not threats[0].rule.endswith("+intent")


def test_intent_an_announced_negated_act_is_a_refusal(code):
    [meet] = code("Norway will not meet Sweden.")
    assert (meet.cameo, meet.plover, meet.negated, meet.rule) == (
        "125", "REJECT", False, "meet.v+refusal")
    [aid] = code("Japan said it would not send humanitarian aid to North Korea.")
    assert (aid.cameo, aid.target.country, aid.rule) == ("122", "PRK", "send.v.aid+refusal")
    [guns] = code("Germany won't supply weapons to the rebels.")
    assert (guns.plover, guns.negated, guns.hypothetical) == ("REJECT", False, True)


def test_intent_past_or_reported_negations_keep_their_code(code):
    [meet] = code("Norway did not meet Sweden.")
    assert (meet.plover, meet.negated, meet.rule) == ("CONSULT", True, "meet.v")
    [other] = code("Danish officials said Norway would not meet Sweden.")
    assert (other.plover, other.negated, other.rule) == ("CONSULT", True, "meet.v")
    [attack] = code("Iran said it would not attack Israel.")  # no refusal code for force
    assert (attack.plover, attack.negated) == ("ASSAULT", True)
    [maybe] = code("Norway could meet Sweden in Oslo.")
    assert (maybe.plover, maybe.hypothetical, maybe.rule) == ("CONSULT", True, "meet.v")


def test_intent_what_one_side_wants_of_another_is_no_announcement(code):
    events = {e.rule: e for e in code(
        "The United States wants Britain to extradite the Russian suspect.")}
    e = events["extradite.v"]
    assert (e.source.country, e.hypothetical) == ("GBR", True)
    appeal = events["want.v.ccomp"]  # wanting another to act is an appeal to it
    assert (appeal.source.country, appeal.target.country, appeal.plover) == (
        "USA", "GBR", "REQUEST")
    [e] = code("Britain wants to extradite the Russian suspect.")
    assert e.rule == "extradite.v+intent"


def test_intent_one_side_may_announce_a_joint_act(code):
    events = code("Kenya and Ethiopia will hold talks next week, a Kenyan official said.")
    assert {(e.source.country, e.target.country, e.cameo) for e in events} == {
        ("KEN", "ETH", "036"), ("ETH", "KEN", "036")}
    others = code("Kenya and Ethiopia will hold talks next week, a Somali official said.")
    assert {e.cameo for e in others} == {"040"}  # a third party's report stays an act
