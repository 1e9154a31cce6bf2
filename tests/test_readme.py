"""The README is the user's manual: every command and option the CLI has must appear in it."""

import re

import click
import typer.main

from reliefledger.cli import app
from tests.conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def _commands():
    group = typer.main.get_command(app)
    for name, command in group.commands.items():
        options = [opt for param in command.params if isinstance(param, click.Option) for opt in param.opts
                   if opt.startswith("--") and opt != "--help"]
        yield name, options


def test_every_command_and_option_is_in_the_readme():
    """Each option must be documented on a README line that shows its own command."""
    missing = []
    for name, options in _commands():
        lines = [line for line in README.splitlines() if f"reliefledger {name}" in line]
        if not lines:
            missing.append(f"reliefledger {name}")
        missing += [f"{name} {opt}" for opt in options
                    if not any(re.search(rf"{re.escape(opt)}\b", line) for line in lines)]
    assert not missing, f"not documented in README.md: {missing}"


def test_readme_opens_with_the_two_commands():
    opening = README[:1500]
    assert "make demo" in opening and "make test" in opening
