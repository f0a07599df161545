"""Sports context: where a country or a capital names a team, not a state or its government.

"Russia beat Croatia", "Ottawa held on to beat Detroit", "Switzerland beat Gibraltar 6-0":
codes like RUSGOV there make phantom fights. A sentence is sporting when it shows a score
("4-3", "6-4, 6-4", not a "52-48" vote), a sports noun ("match", "cup", "playoff", "striker"),
or a sports verb with a proper-name object ("beat Detroit"). An article with several such
sentences is a sports report, and all its sentences are read as sport ("Portugal allowed only
one shot ...").
"""

from __future__ import annotations

import re

from eventwire.actors.doc import Doc

# a score is followed by punctuation or a word of the result, never a unit ("10-15 minutes")
SCORE = re.compile(r"(?<![\w/.,$£€-])\d{1,3}-\d{1,3}(?=\s*(?:[,.;:)(!?\n]|$|(?:win|victory|"
                   r"loss|defeat|draw|lead|in|on|at|over|against|to|and|with|after|before|"
                   r"for|triumph|home|away)\b))")
VOTES = {"vote", "voted", "votes", "ballot", "majority", "ruling", "justices", "jury"}
SPORTS_NOUNS = {"match", "league", "tournament", "championship", "playoff", "semifinal",
                "quarterfinal", "final", "striker", "midfielder", "goalkeeper", "coach",
                "inning", "doubles", "stadium", "qualifier", "fixture", "touchdown",
                "quarterback", "draw", "overtime", "halftime", "scorer", "hat-trick",
                "bout", "heavyweight", "welterweight", "middleweight", "cruiserweight",
                "boxer", "knockout", "rematch", "pitcher", "shortstop", "outfielder",
                "infielder", "umpire", "referee", "slugger", "dunk", "rebounder"}
CAPITAL_NOUNS = {"cup", "olympics", "games"}  # "Davis Cup", not "a cup of sugar"
SPORTS_VERBS = {"beat", "edge", "thrash", "rout", "outscore", "outplay", "trounce"}
ARTICLE_SENTENCES = 3  # sporting sentences that make the article a sports report
ARTICLE_SHARE = 0.15


def _scored(doc: Doc, a: int, b: int) -> bool:
    words = {t.text.lower() for t in doc.tokens[a:b]}
    return bool(SCORE.search(doc.text_of(a, b))) and not words & VOTES


def _sporting(doc: Doc, index: int) -> bool:
    a, b = doc.sentence(index)
    for t in doc.tokens[a:b]:
        if (t.lemma.lower() in SPORTS_NOUNS and t.pos == "NOUN") or (
                t.lemma.lower() in CAPITAL_NOUNS and t.text[:1].isupper()):
            return True
        # a team is beaten, not a person: "Kentucky Democrats beat Gov. Matt Bevin"
        if t.pos == "VERB" and t.lemma.lower() in SPORTS_VERBS and any(
                doc.tokens[k].dep == "dobj" and doc.tokens[k].pos == "PROPN"
                and doc.tokens[k].ent_type != "PERSON" for k in doc.children[t.i]):
            return True
    return _scored(doc, a, b)


def _found(doc: Doc) -> set[int]:
    return {s.index for s in doc.parsed.sentences if _sporting(doc, s.index)}


def _report(found: set[int], count: int) -> bool:
    return len(found) >= ARTICLE_SENTENCES and len(found) >= ARTICLE_SHARE * count


def sports_report(doc: Doc) -> bool:
    """The article is a sports report (a match report, a transfer story), whose fights,
    attacks and meetings are games, not political events; one sporting sentence is not."""
    return _report(_found(doc), len(doc.parsed.sentences))


def sporting_sentences(doc: Doc) -> set[int]:
    """Indexes of the sentences whose countries and capitals are teams."""
    count = len(doc.parsed.sentences)
    found = _found(doc)
    return set(range(count)) if _report(found, count) else found
