"""The source registry: one named TOML block per source (``sources.toml``).

A block's name is the source's slug; the same slug names its parser tests, fixtures and the
``source_slug`` column in the warehouse. Errors name the file, the block and the field.
"""

from __future__ import annotations

import dataclasses
import os
import re
import tomllib
from pathlib import Path

from parsers.models import FAMILIES

KINDS = ("html", "rss", "json", "telegram", "pdf")
_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_ENV_REFERENCE = re.compile(r"\$\{([A-Z0-9_]+)\}")


class RegistryError(ValueError):
    """A registry file that cannot be used, with the block and field at fault."""


@dataclasses.dataclass(frozen=True, slots=True)
class Source:
    slug: str
    publisher: str
    url: str
    kind: str
    parser: str
    families: tuple[str, ...]
    enabled: bool
    terms: str
    cadence: str = "daily"
    selector: str | None = None  # CSS selector of the report links on a listing page (kind html)

    def as_row(self) -> dict:
        row = dataclasses.asdict(self)
        row["families"] = list(self.families)
        return row


def load_registry(path: str | Path) -> list[Source]:
    """Read and validate a registry file; every problem raises :class:`RegistryError`."""
    path = Path(path)
    try:
        blocks = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise RegistryError(f"{path}: no such registry file") from None
    except UnicodeDecodeError as exc:
        raise RegistryError(f"{path}: not UTF-8 text (byte {exc.start}): a registry is a UTF-8 TOML file") from None
    except OSError as exc:  # a folder, no permission...
        raise RegistryError(f"{path}: cannot read the registry file: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise RegistryError(f"{path}: not valid TOML: {exc}") from None
    sources = [_parse_block(path, slug, block) for slug, block in blocks.items()]
    if not sources:
        raise RegistryError(f"{path}: no source blocks")
    return sources


def _parse_block(path: Path, slug: str, block: object) -> Source:
    where = f"{path}: [{slug}]"
    if not isinstance(block, dict):
        raise RegistryError(f"{where}: expected a table of fields, got {type(block).__name__}")
    if not _SLUG.match(slug):
        raise RegistryError(f"{where}: a slug is lower-case letters, digits and '-'")
    for field in ("publisher", "url", "kind", "parser", "families", "enabled", "terms"):
        if field not in block:
            raise RegistryError(f"{where}: missing field '{field}'")
    unknown = set(block) - {f.name for f in dataclasses.fields(Source)}
    if unknown:
        raise RegistryError(f"{where}: unknown field(s) {', '.join(sorted(unknown))}")
    for field in ("publisher", "url", "kind", "parser", "terms", "cadence"):
        if field in block and not isinstance(block[field], str):
            raise RegistryError(f"{where}: field '{field}' must be a string, got {type(block[field]).__name__}")
    if block["kind"] not in KINDS:
        raise RegistryError(f"{where}: field 'kind' is {block['kind']!r}; expected one of {', '.join(KINDS)}")
    families = block["families"]
    if (not isinstance(families, list) or not families or not all(isinstance(f, str) for f in families)
            or set(families) - set(FAMILIES)):
        raise RegistryError(f"{where}: field 'families' must be a non-empty list of {', '.join(FAMILIES)}")
    if not isinstance(block["enabled"], bool):
        raise RegistryError(f"{where}: field 'enabled' must be true or false")
    selector = block.get("selector")
    if selector is not None and (not isinstance(selector, str) or block["kind"] != "html"):
        raise RegistryError(f"{where}: field 'selector' is a CSS selector string, for kind 'html' only")
    url = _expand_env(where, str(block["url"]))
    if not url.startswith(("http://", "https://")):
        raise RegistryError(f"{where}: field 'url' must be an http(s) URL, got {url!r}")
    return Source(
        slug=slug,
        publisher=str(block["publisher"]),
        url=url,
        kind=block["kind"],
        parser=str(block["parser"]),
        families=tuple(families),
        enabled=block["enabled"],
        terms=str(block["terms"]),
        cadence=str(block.get("cadence", "daily")),
        selector=selector,
    )


def _expand_env(where: str, url: str) -> str:
    """Expand ``${NAME}`` so the sample registry can point at whatever port the demo server took."""

    def replace(match: re.Match) -> str:
        value = os.environ.get(match.group(1))
        if value is None:
            raise RegistryError(f"{where}: field 'url' needs the environment variable {match.group(1)}")
        return value.rstrip("/")

    return _ENV_REFERENCE.sub(replace, url)
