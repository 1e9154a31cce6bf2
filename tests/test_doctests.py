"""Doctests outside parsers/ (tests/test_parsers_doctests.py runs those): they are part of the spec too."""

import doctest
import importlib

import pytest

MODULES = ["flows.steps", "fetch.robots", "fetch.http", "parsers.models", "reliefledger.registry", "warehouse.exports"]


@pytest.mark.parametrize("name", MODULES)
def test_doctests(name):
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
