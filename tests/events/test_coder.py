"""The event coder on sentences written for each rule class, and on sample page 000."""

from datetime import date

from eventwire.records import DateOrigin

PUBLISHED = date(2022, 1, 30)  # a Sunday, the fixture's default publication date


def test_coder_subject_object_and_provenance(code):
    text = "Russia attacked Ukraine."
    [e] = code(text)
    assert (e.source.country, e.target.country, e.cameo, e.plover) == ("RUS", "UKR", "190",
                                                                       "ASSAULT")
    assert text[e.predicate_start:e.predicate_end] == "attacked"
    assert text[e.source_start:e.source_end] == "Russia"
    assert text[e.target_start:e.target_end] == "Ukraine"
    assert (e.rule, e.sentence_index, e.negated, e.hypothetical) == ("attack.v", 0, False, False)
    assert e.goldstein == -10.0 and e.quad_class == 4


def test_coder_negation_keeps_the_code_and_flags_it(code):
    [e] = code("Russia did not withdraw its troops from Ukraine.")
    assert (e.plover, e.negated, e.hypothetical) == ("RETREAT", True, False)


def test_coder_refusal_is_a_rejection_and_flags_what_was_refused(code):
    events = {e.rule: e for e in code("Putin refused to meet Biden.")}
    assert set(events) == {"refuse.v", "meet.v"}
    assert (events["refuse.v"].plover, events["refuse.v"].target.country) == ("REJECT", "USA")
    assert (events["meet.v"].plover, events["meet.v"].negated) == ("CONSULT", True)


def test_coder_threat_is_coded_and_the_threatened_act_is_hypothetical(code, triples):
    events = code("Iran threatened to shell Iraqi border towns.")
    assert triples(events) == {("IRN", "IRQ", "THREATEN"), ("IRN", "IRQ", "ASSAULT")}
    assert [e.hypothetical for e in events if e.plover == "ASSAULT"] == [True]


def test_coder_hypothetical_cues(code):
    for text in ("Russia will attack Ukraine.", "Russia plans to invade Ukraine.",
                 "If talks fail, Russia could attack Ukraine."):
        # "will attack" is announced by its source: a threat of force (138), still flagged
        events = [e for e in code(text) if e.plover in ("ASSAULT", "THREATEN")]
        assert events and all(e.hypothetical for e in events), text


def test_coder_a_conjunct_keeps_its_own_negation(code):
    def flags(text):
        return {e.rule.split(".")[0]: (e.negated, e.hypothetical) for e in code(text)}
    assert flags("Kenya attacked the camp and did not withdraw its troops.") == {
        "attack": (False, False), "withdraw": (True, False)}
    assert flags("Kenya did not attack the camp but withdrew its troops.") == {
        "attack": (True, False), "withdraw": (False, False)}
    assert flags("Kenya set up checkpoints and attacked the camp.")["attack"] == (False, False)
    assert flags("Kenya will not attack or shell Somalia.")["shell"][0] is True


def test_coder_flags_of_courtesies_schedules_and_without(code):
    def only(text):
        [e] = code(text)
        return e.negated, e.hypothetical
    # wishing to thank is thanking
    assert only("Kenyan police would like to thank the Ugandan government.") == (False, False)
    # "be to" schedules, "without" denies, a participle after a noun was done
    assert only("The Kenyan opposition leader is to be arrested by Kenyan police.")[1]
    assert only("Kenyan police searched the homes without warrants.")[0]
    assert only("Greece plans to push through cuts demanded by the European Union.") == (
        False, False)


def test_coder_private_meetings_without_a_counterpart_are_no_event(code):
    assert code("Two Kenyan businessmen met at a hotel on Monday.") == []
    [e] = code("Kenyan farmers met the Kenyan president on Monday.")
    assert e.plover == "CONSULT"
    [e] = code("The Kenyan foreign minister held talks in Geneva.")
    assert e.plover == "CONSULT" and e.target is None
    # nor is a private party's suspension of something with no one to aim at
    assert code("Kenyan teachers walked off the job, suspending lessons.") == []
    [e] = code("Kenya suspended diplomatic ties with Somalia.")
    assert (e.plover, e.target.country) == ("SANCTION", "SOM")


def test_coder_a_visit_is_to_a_host_of_another_country(code):
    [e] = code("The Russian president visited Tehran on Tuesday.")
    assert (e.plover, e.target.country) == ("CONSULT", "IRN")
    assert code("The US president's visit to the southern border drew protests.") == []
    assert code("The US and Mexican presidents will visit the border on Thursday.") == []


def test_coder_cooperation_among_private_parties_is_no_event(code):
    assert code("The families of the Kenyan victims requested total privacy.") == []
    assert code("A Kenyan doctor offered medical care to Kenyan villagers.") == []
    [e] = code("Kenyan doctors appealed to the Kenyan government for medicines.")
    assert (e.plover, e.target.code) == ("REQUEST", "KENGOV")


def test_coder_what_is_mobilised_is_no_target(code):
    events = {e.rule.split(".")[0]: e for e in code(
        "Kenyan police mobilised their units on Monday.")}
    assert events["mobilise"].target is None


def test_coder_a_question_asserts_no_act(code):
    for text in ("Did Iran really attack Israel?", "Will Russia invade Ukraine next week?"):
        events = code(text)
        assert events and all(e.hypothetical and e.plover == "ASSAULT" for e in events), text
    [e] = code("Iran attacked Israel on Saturday.")
    assert not e.hypothetical


def test_coder_passive_takes_the_agent_as_source(code):
    [e] = code("Ukraine was attacked by Russia.")
    assert (e.source.country, e.target.country) == ("RUS", "UKR")


def test_coder_reported_speech_is_the_inner_actors_event(code, triples):
    events = code("Lavrov said Russia will ask NATO to clarify its position.")
    assert triples(events) == {("RUS", "NATO", "REQUEST")}
    assert events[0].hypothetical


def test_coder_reported_speech_without_subject_takes_the_speaker(code):
    [e] = code("Blinken said on Friday that he would meet Lavrov in Geneva.")
    # announced by its own source: an intent to meet (036), still flagged hypothetical
    assert (e.source.country, e.target.country, e.plover, e.cameo) == ("USA", "RUS", "AGREE",
                                                                       "036")


def test_coder_conjunctions_expand(code, triples):
    events = code("The United States and NATO demanded that Russia pull back its troops.")
    assert triples(events) == {("USA", "RUS", "REQUEST"), ("NATO", "RUS", "REQUEST")}
    assert len({(e.predicate_start, e.cameo) for e in events}) == 1  # one coding per predicate


def test_coder_nominal_predicates(code, triples):
    events = code("The European Union imposed sanctions on Russia.")
    assert triples(events) == {("EUR", "RUS", "COERCE")}
    assert events[0].rule == "impose.v.sanction"
    events = code("Russia held talks with the United States.")
    assert triples(events) == {("RUS", "USA", "CONSULT")}


def test_coder_relative_dates_resolve_against_publication(code):
    [e] = code("Russia attacked Ukraine on Friday.")
    assert (e.date, e.date_source) == (date(2022, 1, 28), DateOrigin.SENTENCE)
    [e] = code("Russia attacked Ukraine.")
    assert (e.date, e.date_source) == (PUBLISHED, DateOrigin.PUBLISHED)


def test_coder_no_event_without_a_coded_source(code):
    assert code("He attacked the village.") == []
    assert code("Lavrov said the weather was fine.") == []


def test_coder_place_from_the_sentence(code):
    [e] = code("Blinken met Lavrov in Geneva on Friday.")
    assert e.place is not None and e.place.name == "Geneva"


def test_coder_place_falls_back_to_the_dateline_with_article_offsets(code):
    text = ("Talks stall in Geneva\n\nGENEVA, Jan 12 (Reuters) - Russia demanded that NATO "
            "pull back its forces. Moscow also criticised Washington.")
    events = code(text)
    assert events and all(e.place is not None for e in events)
    for e in events:
        assert (e.place.name, str(e.place.source)) == ("Geneva", "dateline")
        assert text[e.place.start:e.place.end] == "GENEVA"  # not the headline's "Geneva"
    assert not [e for e in events if e.sentence_start < text.index("GENEVA,")]  # headline


def test_coder_event_date_offsets_point_at_the_expression(code):
    text = "Russia attacked Ukraine on Friday."
    [e] = code(text)
    assert text[e.date_start:e.date_end] == "on Friday" and str(e.date) == "2022-01-28"
