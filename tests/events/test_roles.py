"""Who did it to whom: sources and targets the coder finds for each clause shape."""

import pytest


def test_roles_uncoded_modifier_gives_way_to_the_light_verbs_subject(code, triples):
    [e] = code("Serbia lodged an official protest with Albania on Monday.")
    assert triples([e]) == {("SRB", "ALB", "ACCUSE")} and e.rule == "lodge.v.protest"


def test_roles_event_noun_inside_a_compound_takes_the_verbs_subject(code):
    [e] = code("Qatar launched a mediation effort between Egypt and Israel.")
    assert (e.source.country, e.cameo) == ("QAT", "045")


def test_roles_named_agent_of_an_event_noun_is_the_source(code, triples):
    events = code("The protests by Iranian students against the United States went on.")
    assert triples(events) == {("IRN", "USA", "PROTEST")}


def test_roles_counted_group_stands_for_its_members(code, triples):
    events = code("Thousands of Iraqi Kurds demonstrated against Turkey on Sunday.")
    assert triples(events) == {("IRQ", "TUR", "PROTEST")}


def test_roles_stative_passive_subject_is_the_source(code, triples):
    events = code("Israel is opposed to French mediation.")
    assert triples(events) == {("ISR", "FRA", "REJECT")}


def test_roles_engaged_in_an_event_noun(code, triples):
    events = code("Serbian forces were engaged in ethnic cleansing against Albanians.")
    assert triples(events) == {("SRB", "ALB", "ASSAULT")}


def test_roles_light_verb_object_is_the_nouns_target(code, triples):
    events = code("Syrian rebels engaged Turkish troops in a firefight on Saturday.")
    assert triples(events) == {("SYR", "TUR", "ASSAULT")}


def test_roles_past_participle_modifier_has_no_source(code, triples):
    events = code("Russia released the Ukrainian soldiers captured last week.")
    assert triples(events) == {("RUS", "UKR", "RETREAT")}


def test_roles_uncoded_pronoun_subject_falls_back_to_the_speakers(code, triples):
    events = code("Obama and Putin said they will attack Iraq.")
    assert triples(events) == {("USA", "IRQ", "THREATEN"), ("RUS", "IRQ", "THREATEN")}
    assert all(e.hypothetical for e in events)


def test_roles_list_misparsed_as_apposition_is_reciprocal(code):
    events = code("The US, Russia, and China met yesterday.")
    pairs = {(e.source.country, e.target.country) for e in events}
    assert pairs == {(a, b) for a in ("USA", "RUS", "CHN") for b in ("USA", "RUS", "CHN")
                     if a != b}


def test_roles_demand_in_reported_speech_targets_the_clause_subject(code, triples):
    events = code("Blinken said Russia must withdraw its troops from the border.")
    assert triples(events) == {("USA", "RUS", "REQUEST")}
    assert events[0].rule == "say.v.must"


@pytest.mark.parametrize("text", ["Russia said it must protect its borders.",
                                  "Lavrov said the talks must continue."])
def test_roles_must_without_a_coded_other_party_is_no_demand(code, text):
    assert not [e for e in code(text) if e.rule == "say.v.must"]


def test_roles_what_an_actor_faces_is_done_to_it(code, triples):
    events = code("Russia faces new sanctions from the European Union.")
    assert triples(events) == {("EUR", "RUS", "COERCE")}


def test_roles_passive_of_a_light_verb_keeps_the_nouns_target(code, triples):
    events = code("Evidence against Russia was presented by the United States.")
    assert triples(events) == {("USA", "RUS", "ACCUSE")}


def test_roles_light_verbs_preposition_gives_the_nouns_target(code, triples):
    events = code("A court in Guyana issued arrest warrants for two Brazilian men.")
    assert triples(events) == {("GUY", "BRA", "COERCE")}  # one event for "arrest warrants"


def test_roles_a_target_preposition_of_the_rule_is_no_agent(code, triples):
    assert triples(code("Russia announced a withdrawal from Syria.")) == {
        ("RUS", "SYR", "RETREAT")}


def test_roles_charged_with_is_done_to_its_subject(code):
    assert code("Two Russian officers were charged with spying.") == []


def test_roles_opposed_to_is_its_subject_s_stand(code):
    assert {(e.source.country, e.plover)
            for e in code("Israel is opposed to the Egyptian mediation.")} == {("ISR", "REJECT")}


def test_roles_headline_passive_subject_is_not_the_doer(code):
    assert not [e for e in code("More than 100 Iranian protesters killed in unrest.")
                if e.source.country == "IRN" and e.plover == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "New Jersey senator Cory Booker is under enormous pressure to break out.",
    "The US envoy testified about a July meeting.",
])
def test_roles_event_noun_under_a_frame_or_topic_is_not_the_subject_s(code, text):
    assert not [e for e in code(text) if e.plover in ("REQUEST", "CONSULT")], text


def test_roles_recipient_object_of_provide_with_is_the_target(code, triples):
    assert triples(code("The United States provided Ukraine with missiles.")) == {
        ("USA", "UKR", "AID")}


def test_roles_economic_figures_are_not_their_countrys_acts(code):
    assert code("U.S. economic data met lowered expectations on Friday.") == []
    assert code("Norway's oil production hit a record, overtaking Britain.") == []
    [e] = code("Russian forces attacked Ukrainian positions near Kharkiv.")
    assert (e.source.country, e.plover) == ("RUS", "ASSAULT")


def test_roles_the_owner_of_an_arrest_is_arrested_unless_of_names_who(code):
    [by_iran] = code("Iran's arrest of a French diplomat angered France.")
    assert (by_iran.source.country, by_iran.target.country, by_iran.plover) == (
        "IRN", "FRA", "COERCE")
    [arrest] = code("The Venezuelan opposition leader's arrest by police angered Colombia.")
    assert (arrest.source.sector, arrest.target.code, arrest.plover) == ("COP", "VENOPP",
                                                                         "COERCE")


def test_roles_a_passive_conjunct_is_done_to_the_first_conjuncts_subject(code):
    events = {e.rule: e for e in code(
        "Two Iranian diplomats were arrested in Baghdad and were later expelled by Iraq.")}
    expel = events["expel.v"]
    assert (expel.source.country, expel.target.country) == ("IRQ", "IRN")


def test_roles_a_dative_to_names_the_recipient(code, triples):
    # the parser labels the "to" of give/provide/send a dative, not a preposition
    events = code("The Netherlands provided support to Moldova last year.")
    assert triples(events) == {("NLD", "MDA", "AID")}
    events = code("Egypt sent medical supplies to Sudan on Monday.")
    assert triples(events) == {("EGY", "SDN", "AID")}
    # and the first of two objects is the recipient of what a rule says is given
    events = code("Qatar provided Egypt two billion dollars in aid.")
    assert triples(events) == {("QAT", "EGY", "AID")}


def test_roles_a_conjunct_with_its_own_agent_does_not_borrow_the_first(code, triples):
    events = code("The vote was praised by the Kenyan government but dismissed by critics.")
    assert triples(events) == {("KEN", None, "SUPPORT")}  # the critics are uncoded


def test_roles_a_reduced_passive_clause_is_done_to_the_subject(code, triples):
    assert code("Kenyan police fired only when directly attacked.") == []
    events = code("The Kenyan opposition leader was arrested and later released by police.")
    assert {(e.plover, e.target.country) for e in events if e.target} >= {("RETREAT", "KEN")}


def test_roles_we_are_not_the_subject_of_another_clause(code):
    text = ("The Kenyan president has not stood up for our values, hence why we are calling "
            "upon him to step down.")
    assert not any(e.plover == "REQUEST" for e in code(text))


def test_roles_a_singular_pronoun_is_not_a_plural_speaker(code):
    assert code("She shot the two men, Kenyan police said.") == []
    [e] = code("They will attack the border posts, Kenyan officials said.")
    assert e.source.country == "KEN"


def test_roles_those_who_tell_of_an_event_noun_do_not_do_it(code):
    assert code("Kenyan police estimated the march at 5,000 people.") == []
    [e] = code("Thousands of Kenyans joined the protest against the Kenyan president.")
    assert (e.source.country, e.plover) == ("KEN", "PROTEST")


def test_roles_the_of_of_a_noun_of_asking_names_the_asker(code, triples):
    events = code("The Kenyan judge sealed the courtroom at the request of Ugandan officials.")
    assert triples(events) == {("UGA", None, "REQUEST")}


def test_roles_a_participle_small_clause_is_done_to_its_subject(code):
    # "want police banned": the police would be banned, they ban nothing
    events = code("Kenyan students want Kenyan police banned from carrying guns.")
    assert not any(e.rule.startswith("ban.") for e in events)


def test_roles_what_an_act_sets_off_is_not_its_doers(code, triples):
    events = code("The student was shot dead by Greek police, triggering protests in Athens.")
    assert triples(events) == {("GRC", None, "ASSAULT")}


@pytest.mark.parametrize(("text", "expected"), [
    # the defender of a thwarted attack is not the attacker
    ("A Dutch frigate thwarted an attack by Somali pirates.", {("SOM", None, "ASSAULT")}),
    # arrests at demonstrations: the demonstrators are not the police
    ("Kenyan police made 12 arrests at demonstrations in Nairobi.",
     {("KEN", None, "COERCE")}),
    # a topic of comment is no act of the commenter
    ("The Kenyan president has not commented on the attack.", set()),
    # "co-founders of X's venture" are not X
    ("The two co-founders of Joe Biden's software venture sued him in March.", set()),
])
def test_roles_bystanders_of_an_act_are_not_its_doers(code, triples, text, expected):
    assert triples(code(text)) == expected, text


def test_roles_who_is_present_at_an_event_noun_takes_part(code, triples):
    events = code("The Kenyan foreign minister was present at a meeting with Ugandan officials.")
    assert triples(events) == {("KEN", "UGA", "CONSULT")}
