"""The doctests in parsers/ are the spec of the awkward cases: run them with the suite."""

import doctest
import importlib
import pkgutil

import pytest

import parsers

MODULES = sorted(info.name for info in pkgutil.iter_modules(parsers.__path__, "parsers."))


@pytest.mark.parametrize("name", MODULES)
def test_doctests(name):
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
