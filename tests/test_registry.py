import pytest

from reliefledger.registry import KINDS, RegistryError, load_registry
from tests.conftest import REPO


def test_real_registry_lists_the_known_public_sources():
    sources = {s.slug: s for s in load_registry(REPO / "sources.toml")}
    for slug in ("moh-gaza-telegram", "tfp-casualties-daily", "ocha-opt-updates", "addameer-statistics",
                 "hamoked-prisoners", "btselem-detainees"):
        assert slug in sources
    assert {s.kind for s in sources.values()} <= set(KINDS)
    assert all(s.url.startswith("https://") and s.terms for s in sources.values())


def test_sample_registry_expands_the_server_address(monkeypatch):
    monkeypatch.setenv("RELIEFLEDGER_SAMPLES_URL", "http://127.0.0.1:9/")
    sources = load_registry(REPO / "samples" / "sources.toml")
    assert sources and all(s.url.startswith("http://127.0.0.1:9/") for s in sources)


def test_sample_registry_without_the_server_address_says_what_is_missing(monkeypatch):
    monkeypatch.delenv("RELIEFLEDGER_SAMPLES_URL", raising=False)
    with pytest.raises(RegistryError, match="RELIEFLEDGER_SAMPLES_URL"):
        load_registry(REPO / "samples" / "sources.toml")


GOOD = """
publisher = "P"
url = "https://example.org/x"
kind = "html"
parser = "text"
families = ["casualties"]
enabled = true
terms = "t"
"""


@pytest.mark.parametrize("change, message", [
    (lambda b: b.replace('kind = "html"', 'kind = "ftp"'), r"\[one\]: field 'kind'"),
    (lambda b: b.replace('families = ["casualties"]', 'families = ["weather"]'), r"\[one\]: field 'families'"),
    (lambda b: b.replace('enabled = true', 'enabled = "yes"'), r"\[one\]: field 'enabled'"),
    (lambda b: b.replace('url = "https://example.org/x"', 'url = "file:///etc/passwd"'), r"\[one\]: field 'url'"),
    (lambda b: b.replace('terms = "t"', ''), r"\[one\]: missing field 'terms'"),
    (lambda b: b + 'colour = "red"\n', r"\[one\]: unknown field\(s\) colour"),
    (lambda b: b + "= broken", r"not valid TOML"),
])
def test_registry_errors_name_the_block_and_field(tmp_path, change, message):
    path = tmp_path / "sources.toml"
    path.write_text("[one]\n" + change(GOOD))
    with pytest.raises(RegistryError, match=message):
        load_registry(path)


def test_missing_registry_file_is_a_clear_error(tmp_path):
    with pytest.raises(RegistryError, match="no such registry file"):
        load_registry(tmp_path / "nope.toml")


@pytest.mark.parametrize("change, message", [
    (lambda b: b.replace('publisher = "P"', 'publisher = 3'), r"\[one\]: field 'publisher' must be a string"),
    (lambda b: b.replace('parser = "text"', 'parser = ["text"]'), r"\[one\]: field 'parser' must be a string"),
    (lambda b: b + 'cadence = 7\n', r"\[one\]: field 'cadence' must be a string"),
    (lambda b: b.replace('families = ["casualties"]', 'families = "casualties"'), r"\[one\]: field 'families'"),
    (lambda b: b.replace('families = ["casualties"]', 'families = [["casualties"]]'), r"\[one\]: field 'families'"),
    (lambda b: b + 'selector = "a.report"\n', None),  # valid: a selector on an html source
    (lambda b: b.replace('kind = "html"', 'kind = "rss"') + 'selector = "a"\n', r"\[one\]: field 'selector'"),
    (lambda b: b + "[one.nested]\nx = 1\n", r"\[one\]: unknown field\(s\) nested"),
])
def test_wrongly_typed_fields_name_the_block_and_field(tmp_path, change, message):
    path = tmp_path / "sources.toml"
    path.write_text("[one]\n" + change(GOOD))
    if message is None:
        assert load_registry(path)[0].selector == "a.report"
        return
    with pytest.raises(RegistryError, match=message) as raised:
        load_registry(path)
    assert str(raised.value).startswith(f"{path}: [one]: ")  # the file first, then the block


def test_a_registry_that_is_not_utf8_or_not_a_file_is_a_clear_error(tmp_path):
    latin1 = tmp_path / "latin1.toml"
    latin1.write_bytes(("[one]\n" + GOOD.replace('"P"', '"Ministère"')).encode("latin-1"))
    with pytest.raises(RegistryError, match=r"latin1.toml: not UTF-8 text"):
        load_registry(latin1)
    with pytest.raises(RegistryError, match=r"cannot read the registry file"):
        load_registry(tmp_path)


def test_a_top_level_value_is_not_a_block(tmp_path):
    path = tmp_path / "sources.toml"
    path.write_text('stray = "value"\n[one]\n' + GOOD)
    with pytest.raises(RegistryError, match=r"sources.toml: \[stray\]: expected a table of fields, got str"):
        load_registry(path)
