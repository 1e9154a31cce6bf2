"""``reliefledger new-source``: the registry block, a fixture slot and a failing test for a new source.

In the manner of city-scrapers' generator: the test fails until a real saved copy of the source
is in the fixture folder and the figures it states are written down, so no source is enabled
on faith.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from reliefledger.registry import KINDS, RegistryError, load_registry

_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")

_BLOCK = """
[{slug}]
publisher = "{publisher}"
url = "{url}"
kind = "{kind}"
parser = "{parser}"
families = [{families}]
enabled = false  # until tests/test_source_{module}.py passes on a real saved copy
cadence = "daily"
terms = "TODO: the source's terms of use, and how we respect them"
"""

_TEST = '''"""{slug}: {publisher} ({url}).

Save a real copy of the page in tests/fixtures/{slug}/ (as served: .html, .json, .xml or .txt),
write the figures it states in EXPECTED, make this test pass, then enable the source.
"""

from pathlib import Path

import parsers

FIXTURE = Path(__file__).parent / "fixtures" / "{slug}"
# (metric, value, period) of every figure the saved page states, e.g. ("killed", 73003, "cumulative")
EXPECTED: set[tuple[str, float, str]] = set()


def test_{module}_saved_page_yields_the_figures_it_states():
    pages = sorted(p for p in FIXTURE.iterdir() if p.name != "README.md")
    assert pages, "save a real copy of {url} in tests/fixtures/{slug}/"
    assert EXPECTED, "write down the figures the saved page states"
    found = set()
    for page in pages:
        document = parsers.parse_document(page.read_bytes(), parser="{parser}", url=page.name)
        found |= {{(f.metric, f.value, f.period) for f in document.figures}}
    assert EXPECTED <= found
'''


def new_source(slug: str, url: str, kind: str, *, publisher: str, parser: str = "auto",
               families: tuple[str, ...] = ("casualties",), registry: Path, tests_dir: Path) -> list[Path]:
    """Write the three pieces; refuse a bad or taken slug and never overwrite a file."""
    if not _SLUG.match(slug):
        raise RegistryError(f"slug {slug!r}: lower-case letters, digits and '-'")
    if kind not in KINDS:
        raise RegistryError(f"kind {kind!r}: expected one of {', '.join(KINDS)}")
    if not url.startswith(("http://", "https://")):
        raise RegistryError(f"url {url!r}: must be http(s)")
    if registry.exists() and slug in tomllib.loads(registry.read_text(encoding="utf-8")):
        raise RegistryError(f"{registry}: [{slug}] is already registered")
    module = slug.replace("-", "_")
    fixture_dir = tests_dir / "fixtures" / slug
    test_file = tests_dir / f"test_source_{module}.py"
    if test_file.exists() or fixture_dir.exists():
        raise RegistryError(f"{test_file} or {fixture_dir} exists already")
    values = dict(slug=slug, url=url, kind=kind, parser=parser, publisher=publisher.replace('"', "'"),
                  families=", ".join(f'"{f}"' for f in families), module=module)
    with registry.open("a", encoding="utf-8") as out:
        out.write(_BLOCK.format(**values))
    load_registry(registry)  # the block just written must read back
    fixture_dir.mkdir(parents=True)
    (fixture_dir / "README.md").write_text(f"Real saved copies of {url} ({publisher}), as served, unedited.\n")
    test_file.write_text(_TEST.format(**values))
    return [registry, fixture_dir / "README.md", test_file]
