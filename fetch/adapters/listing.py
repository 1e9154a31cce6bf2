"""HTML listing pages (OCHA updates, WHO news): the report links are chosen by the registry's selector.

The selector (``source.selector``, a CSS selector) is the only page-specific knowledge, so a
site that changes its layout needs a registry change, not new code. The listing is fetched
conditionally with the cursor's validators; a link is new when it is not among the URLs seen
before (``cursor["seen"]``, the latest :data:`MAX_SEEN` kept). The flow fetches each new link.
"""

from __future__ import annotations

import dataclasses
from typing import Any
from urllib.parse import urldefrag, urljoin, urlsplit

from bs4 import BeautifulSoup
from soupsieve import SelectorSyntaxError

from fetch.adapters import Discovery, Item, fetch_listing
from fetch.http import Fetcher

MAX_SEEN = 500


@dataclasses.dataclass(slots=True)
class ListingLinks:
    links: list[str]  # absolute, same host as the page, without fragments, first occurrence order
    matched: int  # elements the selector matched
    off_site: int  # links to other hosts, dropped


def extract_links(html: bytes | str, page_url: str, selector: str) -> ListingLinks:
    """The report links of a listing page.

    An element the selector matches is the link itself or holds it (``.views-row h3`` works as
    well as ``.views-row h3 a``). A ``<base href>`` is honoured, as browsers do.

    >>> page = '''<nav><a href="/about">About</a></nav>
    ...   <div class="views-row"><h3><a href="/report/142">Flash update 142</a></h3></div>
    ...   <div class="views-row"><h3><a href="report/143#summary">Flash update 143</a></h3></div>
    ...   <div class="views-row"><h3><a href="/report/142">Flash update 142 (again)</a></h3></div>
    ...   <div class="views-row"><h3><a href="https://reliefweb.int/report/9">Elsewhere</a></h3></div>'''
    >>> found = extract_links(page, "https://www.ochaopt.org/updates", ".views-row h3 a")
    >>> found.links, found.matched, found.off_site
    (['https://www.ochaopt.org/report/142', 'https://www.ochaopt.org/report/143'], 4, 1)
    """
    soup = BeautifulSoup(html, "lxml")
    base_tag = soup.find("base", href=True)
    base_url = urljoin(page_url, base_tag["href"]) if base_tag else page_url
    host = _site(page_url)
    matches = soup.select(selector)
    links: dict[str, None] = {}
    off_site = 0
    for element in matches:
        anchor = element if element.has_attr("href") else element.find("a", href=True)
        if anchor is None:
            continue
        url = urldefrag(urljoin(base_url, anchor["href"].strip())).url
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            continue  # mailto:, javascript: — not reports
        if _site(url) != host:
            off_site += 1
            continue
        links.setdefault(url)
    return ListingLinks(list(links), len(matches), off_site)


def listing(source: Any, fetcher: Fetcher, cursor: dict[str, Any]) -> Discovery:
    """Links on the listing page not seen before, as items for the flow to fetch (no body)."""
    discovery = Discovery(items=[], cursor=dict(cursor))
    result = fetch_listing(source.url, fetcher, cursor, discovery)
    if result is None:
        return discovery
    page_url = result.final_url or source.url
    try:
        found = extract_links(result.body, page_url, source.selector)
    except SelectorSyntaxError as exc:  # a registry mistake; tonight's other sources still run
        discovery.warnings.append(f"{page_url}: invalid selector {source.selector!r}: {exc}")
        discovery.unreadable = discovery.warnings[-1]
        return discovery
    if not found.matched:
        discovery.warnings.append(f"{page_url}: layout changed: selector '{source.selector}' matched nothing")
        discovery.unreadable = discovery.warnings[-1]
        return discovery  # validators not kept: the page is read in full again tomorrow
    if found.off_site:
        discovery.warnings.append(f"{page_url}: dropped {found.off_site} link(s) to other hosts")
    seen = list(cursor.get("seen", []))
    known = set(seen)
    discovery.items = [Item(url=url, listing_url=page_url) for url in found.links if url not in known]
    discovery.cursor["seen"] = list(dict.fromkeys(found.links + seen))[:MAX_SEEN]
    discovery.cursor["etag"] = result.etag
    discovery.cursor["last_modified"] = result.last_modified
    return discovery


def _site(url: str) -> str | None:
    """The host, with "www." dropped: ochaopt.org and www.ochaopt.org are one site."""
    host = urlsplit(url).hostname
    return host.removeprefix("www.") if host else None
