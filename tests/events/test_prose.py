"""Lines that may carry events: prose yes; headlines, story lists and link lines no."""

from eventwire.events.prose import not_prose


def _skipped(text: str) -> list[str]:
    return [text[a:b] for a, b in not_prose(text)]


def test_prose_the_article_headline_line_is_not_coded():
    text = ("Kestria recalls envoy over border dispute\n\n"
            "Kestria recalled its ambassador on Monday, the foreign ministry said.")
    assert _skipped(text) == ["Kestria recalls envoy over border dispute"]


def test_prose_a_list_of_other_stories_is_not_coded():
    text = ("The talks ended without agreement, officials said.\n"
            "Most read\n"
            "- Russia warns Ukraine over grain corridor\n"
            "- China condemns new sanctions on chipmakers\n")
    assert _skipped(text) == ["Most read", "- Russia warns Ukraine over grain corridor",
                              "- China condemns new sanctions on chipmakers"]


def test_prose_a_run_of_unpunctuated_link_lines_is_not_coded_even_without_bullets():
    text = ("Ministers met in Vienna on Tuesday.\n"
            "Turkey blocks Sweden's NATO bid\n"
            "Iran seizes tanker in the Gulf\n")
    assert len(_skipped(text)) == 2


def test_prose_single_lines_and_punctuated_paragraphs_are_coded():
    assert _skipped("Russia said that Iraq had attacked the convoy") == []  # a one-line text
    text = ("Russia massed troops near the border, officials said.\n"
            "Troops on the move\n"  # a subhead between paragraphs
            "Satellite images showed new camps.\n"
            "\"We will respond,\" the minister said:\n"
            "\"Every option is open.\"\n")
    assert _skipped(text) == []


def test_prose_link_lines_and_piped_headlines_are_not_coded():
    text = ("Hong Kong police surrounded the campus, witnesses said.\n"
            "SEE MORE: Hong Kong protests: 800 students under siege\n"
            "Also on rt.com Journalists threatened with arrests in Bolivia\n"
            "Senators call for 5G coordinator | Facebook gets questions | Louisiana hit\n"
            "The siege went on overnight.\n")
    assert len(_skipped(text)) == 3
