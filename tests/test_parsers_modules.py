"""The rule modules name each pattern once.

A module-level name assigned twice is a rule silently replaced: the functions that use it read the later
definition, and the earlier one (with whatever it was written to catch) is dead. ``linking.py`` had two such
names before this test (``_MEMBERS_AFTER``, ``_STILL_HELD_AFTER`` shadowed by a rule of 2026-11-30).
"""
from __future__ import annotations

import ast
import collections
import pathlib

import pytest

PARSERS = sorted((pathlib.Path(__file__).resolve().parent.parent / "parsers").glob("*.py"))


def _module_level_names(tree: ast.Module) -> list[str]:
    names = []
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        names += [target.id for target in targets if isinstance(target, ast.Name)]
    return names


@pytest.mark.parametrize("path", PARSERS, ids=lambda path: path.name)
def test_no_module_level_name_is_assigned_twice(path):
    counts = collections.Counter(_module_level_names(ast.parse(path.read_text(encoding="utf-8"))))
    assert [name for name, count in counts.items() if count > 1] == []


def test_the_check_sees_a_second_assignment():
    tree = ast.parse("_RULE = 1\n_OTHER = 2\n_RULE = 3\n")
    assert collections.Counter(_module_level_names(tree))["_RULE"] == 2
