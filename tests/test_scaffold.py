import importlib.util

import pytest
from typer.testing import CliRunner

from reliefledger.cli import app
from reliefledger.registry import load_registry

runner = CliRunner()


def test_new_source_writes_a_disabled_block_a_fixture_slot_and_a_failing_test(tmp_path):
    registry = tmp_path / "sources.toml"
    registry.write_text('# our sources\n')
    result = runner.invoke(app, ["new-source", "who-opt-news", "https://www.emro.who.int/opt/news/", "--kind", "html",
                                 "--publisher", "WHO", "--family", "hospitals", "--sources", str(registry),
                                 "--tests-dir", str(tmp_path / "tests")])
    assert result.exit_code == 0, result.output
    [source] = load_registry(registry)
    assert (source.slug, source.kind, source.enabled, source.families) == ("who-opt-news", "html", False, ("hospitals",))
    assert registry.read_text().startswith("# our sources\n")  # appended, comments kept
    assert (tmp_path / "tests" / "fixtures" / "who-opt-news" / "README.md").exists()

    test_file = tmp_path / "tests" / "test_source_who_opt_news.py"
    spec = importlib.util.spec_from_file_location("scaffolded", test_file)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    with pytest.raises(AssertionError, match="save a real copy"):
        module.test_who_opt_news_saved_page_yields_the_figures_it_states()

    again = runner.invoke(app, ["new-source", "who-opt-news", "https://x.org/", "--kind", "html",
                                "--sources", str(registry), "--tests-dir", str(tmp_path / "tests")])
    assert again.exit_code == 2 and "already registered" in again.stderr


@pytest.mark.parametrize("args, message", [
    (["Bad Slug", "https://x.org/", "--kind", "html"], "lower-case"),
    (["ok", "https://x.org/", "--kind", "gopher"], "kind 'gopher'"),
    (["ok", "ftp://x.org/", "--kind", "html"], "must be http"),
])
def test_new_source_refuses_bad_input(tmp_path, args, message):
    result = runner.invoke(app, ["new-source", *args, "--sources", str(tmp_path / "s.toml"),
                                 "--tests-dir", str(tmp_path / "tests")])
    assert result.exit_code == 2 and message in result.stderr
    assert not (tmp_path / "s.toml").exists()
