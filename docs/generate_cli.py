"""Regenerate docs/cli.md from the CLI's own --help output: `make docs`."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from typer.main import get_command
from typer.testing import CliRunner

from eventwire.cli import app

DOC = Path(__file__).with_name("cli.md")
_ANSI = re.compile(r"\x1b\[[0-9;]*m")


def _help(*args: str) -> str:
    env = {"COLUMNS": "100", "NO_COLOR": "1", "TERM": "dumb"}
    result = CliRunner().invoke(app, [*args, "--help"], prog_name="eventwire", env=env)
    return _ANSI.sub("", result.output).rstrip()


def commands() -> list[str]:
    return sorted(get_command(app).commands)


def render() -> str:
    parts = ["# Command-line reference\n",
             "Generated from `--help` by `docs/generate_cli.py` (`make docs`); do not edit.\n",
             "```\n" + _help() + "\n```\n"]
    for name in commands():
        parts.append(f"## eventwire {name}\n\n```\n{_help(name)}\n```\n")
    return "\n".join(parts)


if __name__ == "__main__":
    DOC.write_text(render())
    sys.stdout.write(f"wrote {DOC}\n")
