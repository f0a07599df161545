import importlib.util

from conftest import REPO


def _generator():
    spec = importlib.util.spec_from_file_location("generate_cli", REPO / "docs" / "generate_cli.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_docs_cli_reference_is_up_to_date():
    generator = _generator()
    assert (REPO / "docs" / "cli.md").read_text() == generator.render(), "run `make docs`"


def test_docs_every_command_has_help_text():
    generator = _generator()
    for name in generator.commands():
        text = generator._help(name)
        assert "Example:" in text, f"`eventwire {name} --help` lacks an example"


def test_docs_readme_names_every_command():
    readme = (REPO / "README.md").read_text()
    for name in _generator().commands():
        assert f"eventwire {name}" in readme


def test_docs_events_reference_names_every_exported_field(tmp_path):
    from eventwire.store.db import Store
    from eventwire.store.export import TABLES

    documented = (REPO / "docs" / "events.md").read_text()
    with Store(tmp_path / "empty.duckdb") as store:
        columns = store.con.sql(TABLES["events"](False)).columns
    missing = [c for c in columns if f"`{c}`" not in documented]
    assert not missing, f"docs/events.md lacks {missing}"
