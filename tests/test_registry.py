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
