import json

import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from pages import ARTICLE_HTML, TEXT_DUMP

runner = CliRunner()


@pytest.fixture
def db(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "talks.html").write_text(ARTICLE_HTML)
    (folder / "border.txt").write_text(TEXT_DUMP)
    (folder / "bad.txt").write_bytes(b"\x00\x01binary")
    path = tmp_path / "news.duckdb"
    result = runner.invoke(app, ["ingest", str(folder), "--db", str(path)])
    assert result.exit_code == 0, result.output
    return path


def test_cli_ingest_prints_counts_and_failure_reasons(tmp_path):
    (tmp_path / "a.html").write_text(ARTICLE_HTML)
    (tmp_path / "b.txt").write_bytes(b"\x00\x01binary")
    result = runner.invoke(app, ["ingest", str(tmp_path), "--db", str(tmp_path / "n.duckdb")])
    assert result.exit_code == 0
    assert "new pages" in result.output and "failed" in result.output
    assert "1 binary" in result.output
    assert "b.txt" in result.output


def test_cli_export_jsonl_to_stdout(db):
    result = runner.invoke(app, ["export", "articles", "--db", str(db)])
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert {r["title"] for r in records} == {"Harbour talks resume in Valletta",
                                             "Border crossings reopen after week-long closure"}


def test_cli_export_csv_to_file(db, tmp_path):
    out = tmp_path / "articles.csv"
    result = runner.invoke(app, ["export", "articles", "--db", str(db), "-f", "csv",
                                 "--out", str(out)])
    assert result.exit_code == 0
    assert out.read_text().startswith("id,source,url,title")


def test_cli_show_by_id_prefix(db):
    export = runner.invoke(app, ["export", "articles", "--db", str(db)])
    first = json.loads(export.stdout.splitlines()[0])
    result = runner.invoke(app, ["show", first["id"][:8], "--db", str(db)])
    assert result.exit_code == 0
    assert first["title"] in result.output
    assert "published" in result.output


def test_cli_list_shows_titles(db):
    result = runner.invoke(app, ["list", "--db", str(db)])
    assert result.exit_code == 0
    assert "2 articles" in result.output


@pytest.mark.parametrize("args", [["show", "ffffffff"], ["export", "stories"],
                                  ["export", "articles", "-f", "xml"]])
def test_cli_user_error_is_one_line_exit_1_no_traceback(db, args):
    result = runner.invoke(app, [*args, "--db", str(db)])
    assert result.exit_code == 1
    assert "error:" in result.output
    assert "Traceback" not in result.output


def test_cli_missing_database_is_a_clear_error(tmp_path):
    result = runner.invoke(app, ["list", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1
    assert "eventwire ingest" in result.output


def test_cli_reprocess_reports_counts(db):
    result = runner.invoke(app, ["reprocess", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "reprocessed 2 articles" in result.output


def test_cli_show_lists_the_article_quotes_with_speakers(db):
    export = runner.invoke(app, ["export", "quotes", "--db", str(db)])
    quote = json.loads(export.stdout.splitlines()[0])
    result = runner.invoke(app, ["show", quote["article_id"], "--db", str(db)])
    assert "quotes" in result.output
    assert quote["speaker_text"] in result.output


def test_cli_reprocess_of_missing_database_is_a_clear_error(tmp_path):
    result = runner.invoke(app, ["reprocess", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1
    assert "no such database" in result.output
    assert not (tmp_path / "none.duckdb").exists()


def test_cli_summary_lists_actors_by_mentions_and_coded_quotes(tmp_path):
    from pages import ACTORS_HTML

    (tmp_path / "lavrov.html").write_text(ACTORS_HTML)
    db = tmp_path / "n.duckdb"
    runner.invoke(app, ["ingest", str(tmp_path / "lavrov.html"), "--db", str(db)])
    result = runner.invoke(app, ["summary", "--db", str(db)], env={"COLUMNS": "120"})
    assert result.exit_code == 0, result.output
    assert "most mentioned actors" in result.output
    assert "Sergey Lavrov" in result.output and "RUSGOV" in result.output
    assert "We expect a written answer" in result.output


def test_cli_ingest_with_a_user_lexicon_codes_its_actors(tmp_path):
    lexicon = tmp_path / "lexicon"
    lexicon.mkdir()
    (lexicon / "countries.yaml").write_text(
        "- {code: VLR, name: Valmora, adjectives: [Valmoran], capital: Brunnen}\n")
    (lexicon / "people.yaml").write_text(
        "- name: Irena Dascal\n  roles:\n    - {country: VLR, sector: GOV, role: foreign"
        " minister, start: 2020-01-01, end: null}\n")
    page = tmp_path / "p.txt"
    page.write_text("Valmora summons envoy\nPublished: 3 September 2024\n"
                    "Valmoran Foreign Minister Irena Dascal summoned the envoy on Tuesday after"
                    " coast guard boats turned back a survey ship near the disputed shoals.\n"
                    '"We expect an explanation today, not next week," Dascal told reporters'
                    " outside the ministry in the capital.\n")
    db = tmp_path / "n.duckdb"
    result = runner.invoke(app, ["ingest", str(page), "--db", str(db), "--lexicon",
                                 str(lexicon)])
    assert result.exit_code == 0, result.output
    quotes = runner.invoke(app, ["export", "quotes", "--db", str(db)])
    [quote] = [json.loads(line) for line in quotes.stdout.splitlines()]
    assert quote["speaker"]["code"] == "VLRGOV"


def test_cli_bad_user_lexicon_fails_before_reading_pages(tmp_path):
    lexicon = tmp_path / "lexicon"
    lexicon.mkdir()
    (lexicon / "people.yaml").write_text("- {name: Nobody, roles: [], colour: blue}\n")
    (tmp_path / "a.html").write_text(ARTICLE_HTML)
    db = tmp_path / "n.duckdb"
    result = runner.invoke(app, ["ingest", str(tmp_path / "a.html"), "--db", str(db),
                                 "--lexicon", str(lexicon)])
    assert result.exit_code == 1
    assert "people.yaml" in result.output
    assert not db.exists()


def test_cli_show_and_export_events(db):
    article = next(json.loads(line) for line in runner.invoke(
        app, ["export", "articles", "--db", str(db)]).stdout.splitlines()
        if "Border" in json.loads(line)["title"])
    shown = runner.invoke(app, ["show", article["id"][:8], "--db", str(db)])
    assert shown.exit_code == 0
    events = [json.loads(line) for line in runner.invoke(
        app, ["export", "events", "--db", str(db)]).stdout.splitlines()]
    assert all(e["rule"] and e["source"]["code"] for e in events)
    for event in (e for e in events if e["article_id"] == article["id"]):
        assert event["predicate"] in shown.output and event["rule"] in shown.output
    gdelt = runner.invoke(app, ["export", "events", "-f", "gdelt", "--db", str(db)])
    assert gdelt.exit_code == 0
    assert all(len(line.split("\t")) == 61 for line in gdelt.stdout.splitlines())
    wrong = runner.invoke(app, ["export", "quotes", "-f", "plover", "--db", str(db)])
    assert wrong.exit_code == 1 and "events only" in wrong.output


def test_cli_user_predicate_lexicon_adds_a_rule(tmp_path):
    lexicon = tmp_path / "lexicon"
    lexicon.mkdir()
    (lexicon / "predicates.yaml").write_text(
        "rules:\n  - {id: stonewall.v, lemma: stonewall, pos: verb, cameo: \"120\"}\n")
    page = tmp_path / "p.txt"
    page.write_text("Norway stonewalls Sweden\nPublished: 3 September 2024\n"
                    "Norway stonewalled Sweden on Monday over the disputed fishing quotas,"
                    " officials in Oslo said.\n"
                    "The two governments have argued over the quotas since the spring.\n")
    db = tmp_path / "n.duckdb"
    plain = runner.invoke(app, ["ingest", str(page), "--db", str(db)])
    assert plain.exit_code == 0, plain.output
    before = runner.invoke(app, ["export", "events", "--db", str(db)]).stdout
    assert "stonewall.v" not in before
    result = runner.invoke(app, ["reprocess", "--db", str(db), "--lexicon", str(lexicon)])
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in runner.invoke(
        app, ["export", "events", "--db", str(db)]).stdout.splitlines()]
    [event] = [e for e in events if e["rule"] == "stonewall.v"]
    assert (event["source"]["country"], event["target"]["country"], event["plover"]) == (
        "NOR", "SWE", "REJECT")
    assert event["date"] == "2024-09-02"


def test_cli_bad_user_predicates_fail_before_reading_pages(tmp_path):
    lexicon = tmp_path / "lexicon"
    lexicon.mkdir()
    (lexicon / "predicates.yaml").write_text("rules:\n  - {id: x.v, lemma: x, pos: adverb,"
                                             " cameo: \"120\"}\n")
    (tmp_path / "a.html").write_text(ARTICLE_HTML)
    db = tmp_path / "n.duckdb"
    result = runner.invoke(app, ["ingest", str(tmp_path / "a.html"), "--db", str(db),
                                 "--lexicon", str(lexicon)])
    assert result.exit_code == 1 and "predicates.yaml" in result.output
    assert not db.exists()
