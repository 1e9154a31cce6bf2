"""HTML to clean text with paragraph boundaries, plus the page's title and publication date.

Block elements become blank-line separated paragraphs, and a table row one line of its cells
joined by " | "; whitespace inside a block collapses to single spaces; markup that never carries report text (script, style, nav, footer, svg,
noscript...) is dropped with everything inside it.

>>> page = html_to_text('<html><head><title>T</title><meta property="article:published_time" '
...     'content="2023-11-06T10:00:00Z"></head><body><nav>Home 2021</nav><h2>Toll passes 10,000</h2>'
...     '<p>More than 4,000\\n   were children.</p><svg viewBox="0 0 20 20"></svg></body></html>')
>>> page.text, page.title, page.published
('Toll passes 10,000\\n\\nMore than 4,000 were children.', 'T', datetime.date(2023, 11, 6))
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
import warnings

from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning, NavigableString, Tag
from dateutil import parser as dateparser

_DROP = ("script", "style", "nav", "footer", "svg", "noscript", "header", "form", "button", "iframe", "template",
         "aside", "select", "link", "meta", "head")
_BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "table", "tr", "section",
          "article", "blockquote", "pre", "br", "hr", "time", "figcaption", "figure", "main", "dd", "dt", "dl",
          "address", "caption", "span"}
_CELLS = {"td", "th"}
_INLINE_BLOCKS = {"span"}  # a span is inline unless it holds its own line of text; treated as inline here
_PHP = re.compile(r"<\?php.*?\?>", re.DOTALL)
_JSX = re.compile(r"\{\{.*?\}\}|\{[A-Za-z_][\w.]*\}")


@dataclasses.dataclass(slots=True)
class Page:
    text: str
    title: str | None
    published: dt.date | None


def html_to_text(markup: str) -> Page:
    """Clean text, title and date of an HTML (or JSX-flavoured) page."""
    markup = _JSX.sub(" ", _PHP.sub(" ", markup))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        soup = BeautifulSoup(markup, "lxml")
    title = _title(soup)
    published = _published(soup)
    for tag in soup.find_all(_DROP):
        tag.decompose()
    blocks: list[str] = []
    current: list[str] = []
    root = _main_content(soup)
    if root is not soup and (headline := soup.find("h1")) is not None and root not in headline.parents \
            and headline not in root.descendants:
        _walk(headline, blocks, current)  # a headline above the article states figures too
        _flush(blocks, current)
    _walk(root, blocks, current)
    _flush(blocks, current)
    return Page("\n\n".join(blocks), title, published)


def _main_content(soup: BeautifulSoup) -> Tag:
    """The page's one <main>, else its one <article>, else the whole page: related-story rails,
    teasers and sidebars outside it carry other stories' figures.

    >>> _main_content(BeautifulSoup("<div>teaser 5 killed</div><article><p>12 killed</p></article>", "lxml")).name
    'article'
    >>> _main_content(BeautifulSoup("<article>a</article><article>b</article>", "lxml")).name
    '[document]'
    """
    for name in ("main", "article"):
        found = soup.find_all(name)
        if len(found) == 1 and found[0].get_text(strip=True):
            return found[0]
    return soup


def _walk(node: Tag, blocks: list[str], current: list[str]) -> None:
    # An explicit stack, not recursion: a hostile page may nest elements deeper than Python's recursion limit.
    stack = [(iter(node.children), False)]  # (the children left, whether the element closes a block)
    while stack:
        children, closes_block = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            if closes_block:
                _flush(blocks, current)
            continue
        if isinstance(child, NavigableString):
            if type(child) is NavigableString or child.__class__.__name__ == "CData":
                current.append(str(child))
            continue
        if not isinstance(child, Tag):
            continue
        is_block = child.name in _BLOCK and child.name not in _INLINE_BLOCKS
        if is_block:
            _flush(blocks, current)
        elif child.name in _CELLS and "".join(current).strip():
            current.append(" | ")  # a table row is one line, its cells joined as the table parser joins them
        stack.append((iter(child.children), is_block))


def _flush(blocks: list[str], current: list[str]) -> None:
    text = re.sub(r"\s+", " ", "".join(current)).strip()
    current.clear()
    if text:
        blocks.append(text)


def _title(soup: BeautifulSoup) -> str | None:
    og = soup.find("meta", attrs={"property": "og:title"})
    if og and og.get("content"):
        return og["content"].strip()
    if soup.title and soup.title.string:
        return soup.title.string.strip()
    h1 = soup.find("h1")
    return h1.get_text(" ", strip=True) if h1 else None


def _published(soup: BeautifulSoup) -> dt.date | None:
    candidates = []
    for attrs in ({"property": "article:published_time"}, {"name": "pubdate"}, {"name": "date"},
                  {"itemprop": "datePublished"}, {"name": "publish-date"}):
        meta = soup.find("meta", attrs=attrs)
        if meta and meta.get("content"):
            candidates.append(meta["content"])
    for script in soup.find_all("script", attrs={"type": "application/ld+json"}):
        try:
            data = json.loads(script.string or "")
        except ValueError:
            continue
        for item in data if isinstance(data, list) else [data]:
            if isinstance(item, dict) and item.get("datePublished"):
                candidates.append(str(item["datePublished"]))
    time = soup.find("time", attrs={"datetime": True})
    if time:
        candidates.append(time["datetime"])
    for candidate in candidates:
        try:
            return dateparser.parse(candidate).date()
        except (ValueError, OverflowError, TypeError):
            continue
    return None
