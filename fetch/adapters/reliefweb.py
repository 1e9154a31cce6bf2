"""ReliefWeb's reports API (v2): the newest reports of a query, each carrying its body as HTML.

The registry's URL is the query (``https://api.reliefweb.int/v2/reports?filter[field]=...``); this
adapter adds the ``appname`` ReliefWeb requires (from ``RELIEFWEB_APPNAME``, never from the
registry), the fields to return, newest first, and pages with ``offset``/``limit`` until it meets
a report seen before (``cursor["seen_ids"]``) or one older than the newest date seen
(``cursor["last_date"]``). Every URL this adapter hands back — items, listing URLs and the fetch
records kept in the warehouse — has the appname taken out.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import re
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from fetch.adapters import Discovery, Item
from fetch.http import Fetcher, FetchResult

APPNAME_VARIABLE = "RELIEFWEB_APPNAME"
FIELDS = ("body-html", "title", "date.original", "url_alias", "source")
PAGE_SIZE = 50
MAX_PAGES = 4  # a night's reports of one query fit in far fewer; the cap stops a runaway first run
MAX_SEEN = 500
NODE_URL = "https://reliefweb.int/node/{id}"
_APPNAME = re.compile(r"([?&])appname=[^&#\s]*&?")


def strip_appname(text: str | None) -> str | None:
    """``text`` (a URL, or an error message quoting one) without its appname parameter.

    >>> strip_appname("https://api.reliefweb.int/v2/reports?appname=me&limit=5&offset=0")
    'https://api.reliefweb.int/v2/reports?limit=5&offset=0'
    >>> strip_appname("https://api.reliefweb.int/v2/reports?limit=5&appname=me")
    'https://api.reliefweb.int/v2/reports?limit=5'
    """
    if text is None:
        return None
    return re.sub(r"[?&]$", "", _APPNAME.sub(lambda m: m.group(1), text))


def page_url(query_url: str, appname: str, offset: int, limit: int = PAGE_SIZE) -> str:
    """The API URL of one page of the query, newest reports first (the registry's own parameters kept).

    >>> url = page_url("https://api.reliefweb.int/v2/reports?filter[field]=country.iso3&offset=9", "me", 50, 2)
    >>> parse_qsl(urlsplit(url).query)[:6]
    [('appname', 'me'), ('filter[field]', 'country.iso3'), ('limit', '2'), ('offset', '50'), ('sort[]', 'date.original:desc'), ('fields[include][]', 'body-html')]
    """
    parts = urlsplit(query_url)
    own = [(key, value) for key, value in parse_qsl(parts.query, keep_blank_values=True)
           if key not in ("appname", "offset", "limit", "sort[]", "fields[include][]")]
    query = [("appname", appname), *own, ("limit", str(limit)), ("offset", str(offset)),
             ("sort[]", "date.original:desc"), *(("fields[include][]", field) for field in FIELDS)]
    return urlunsplit(parts._replace(query=urlencode(query)))


def reliefweb_reports(source: Any, fetcher: Fetcher, cursor: dict[str, Any]) -> Discovery:
    """Reports not seen before, each an item with its body; the cursor moves to the newest seen."""
    discovery = Discovery(items=[], cursor=dict(cursor))
    appname = os.environ.get(APPNAME_VARIABLE, "").strip()
    if not appname:
        discovery.warnings.append(f"{APPNAME_VARIABLE} is not set")
        return discovery
    seen = list(cursor.get("seen_ids", []))
    known = set(seen)
    last_date = cursor.get("last_date")
    newest = last_date
    tonight: list[str] = []
    for number in range(MAX_PAGES):
        url = page_url(source.url, appname, number * PAGE_SIZE, PAGE_SIZE)
        listing_url = strip_appname(url)
        result = fetcher.fetch(url)
        discovery.fetches.append(_without_appname(result, appname))
        reports, problem = _reports(result)
        if problem:
            discovery.warnings.append(f"{listing_url}: {strip_appname(problem).replace(appname, '***')}")
            discovery.cursor = dict(cursor)  # the cursor stays: tomorrow lists tonight's reports again
            return discovery
        reached_known = False
        for report in reports:
            report_id, fields = str(report.get("id")), report.get("fields") or {}
            published = _date(fields)
            reached_known |= report_id in known or bool(last_date and published and published.isoformat() < last_date)
            if report_id in known:
                continue
            known.add(report_id)
            tonight.append(report_id)
            discovery.items.append(_item(report_id, fields, published, listing_url))
            if published and (newest is None or published.isoformat() > newest):
                newest = published.isoformat()
        if reached_known or len(reports) < PAGE_SIZE:
            break
    else:
        if cursor:  # a first run stops at the cap by design; a later one should have met a known report
            discovery.warnings.append(f"more than {MAX_PAGES * PAGE_SIZE} new reports: older ones were left")
    discovery.cursor["seen_ids"] = list(dict.fromkeys(tonight + seen))[:MAX_SEEN]
    if newest:
        discovery.cursor["last_date"] = newest
    return discovery


def _reports(result: FetchResult) -> tuple[list[dict], str | None]:
    """The ``data`` items of one API answer, or why there are none to read."""
    if not result.ok or result.body is None:
        return [], result.error or f"HTTP {result.status}"
    try:
        envelope = json.loads(result.body)
    except ValueError as error:  # json's message says where: enough for an operator
        return [], f"malformed JSON: {error}"
    data = envelope.get("data") if isinstance(envelope, dict) else None
    if not isinstance(data, list):
        return [], "not a ReliefWeb API response: no data list"
    return [report for report in data if isinstance(report, dict) and "id" in report], None


def _item(report_id: str, fields: dict, published: dt.date | None, listing_url: str | None) -> Item:
    body = fields.get("body-html")
    return Item(
        url=fields.get("url_alias") or NODE_URL.format(id=report_id),
        # A report with no body-html (a PDF-only report) is fetched from its page by the flow.
        body=body.encode("utf-8") if isinstance(body, str) and body.strip() else None,
        content_type="text/html; charset=utf-8",
        item_id=report_id,
        published=published,
        title=fields.get("title"),
        listing_url=listing_url,
    )


def _date(fields: dict) -> dt.date | None:
    stamp = (fields.get("date") or {}).get("original") if isinstance(fields.get("date"), dict) else None
    try:
        return dt.datetime.fromisoformat(stamp).date() if stamp else None
    except ValueError:
        return None


def _without_appname(result: FetchResult, appname: str) -> FetchResult:
    """The fetch as the warehouse may keep it: no appname in its URLs or its error."""
    def scrub(text: str | None) -> str | None:
        text = strip_appname(text)
        return text.replace(appname, "***") if text else text

    # Each attempt's error too: the last one carries the fetch's conclusion, which may quote a URL.
    attempts = [dataclasses.replace(a, error=scrub(a.error)) for a in result.attempts]
    return dataclasses.replace(result, url=strip_appname(result.url), final_url=strip_appname(result.final_url),
                               error=scrub(result.error), attempts=attempts)
