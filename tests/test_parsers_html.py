"""HTML pages from the corpus to clean text: chrome dropped, paragraphs kept, dates found."""

import datetime as dt
import pathlib

from parsers.html import html_to_text

CORPUS = pathlib.Path(__file__).parent / "fixtures" / "corpus" / "labelled"


def page(name):
    return html_to_text((CORPUS / name).read_text(encoding="utf-8"))


def test_bbc_page_in_a_template_keeps_the_article_and_drops_the_chrome():
    text = page("002.html").text
    assert "Hamas-run health ministry says Gaza death toll passes 10,000" in text
    assert "More than 4,000 of those killed were children, the ministry said." in text
    assert "192x192" not in text and "fontawesome" not in text and "<?php" not in text


def test_headings_are_their_own_paragraphs():
    text = page("002.html").text
    assert "\n\nIsrael Gaza war: Hamas-run health ministry says Gaza death toll passes 10,000\n\n" in text


def test_jsx_live_blog_reads_as_text():
    text = page("003.html").text
    assert "The Palestinian death toll in the Israel-Hamas war has reached 8,805" in text
    assert "className" not in text and "{Gaza}" not in text


def test_svg_numbers_never_reach_the_text():
    text = page("051.html").text
    assert "9.5" not in text and "viewBox" not in text and "w-12" not in text
    assert "reached about 5,200 palestinien prisoners." in text


def test_time_elements_are_paragraphs():
    assert "\n\nSeptember 2023\n\n" in "\n\n" + page("051.html").text


def test_title_and_date_from_markup():
    markup = ('<html><head><meta property="og:title" content="Toll passes 10,000"><title>Site</title>'
              '<script type="application/ld+json">{"datePublished": "2023-11-06T09:00:00Z"}</script></head>'
              '<body><h1>H</h1><p>Text</p></body></html>')
    parsed = html_to_text(markup)
    assert (parsed.title, parsed.published) == ("Toll passes 10,000", dt.date(2023, 11, 6))


def test_time_datetime_gives_the_date():
    parsed = html_to_text('<article><time datetime="2024-01-18">Jan 18</time><p>x</p></article>')
    assert parsed.published == dt.date(2024, 1, 18)


def test_broken_markup_does_not_raise():
    assert html_to_text("<p>unclosed <b>bold <div>").text == "unclosed bold"


def test_the_main_article_is_read_not_the_related_stories_around_it():
    page = """<html><body><h1>Gaza death toll passes 10,000, ministry says</h1>
    <div class="related"><a href="/x">Earlier: 40 killed in Jenin raid</a></div>
    <article><p>More than 10,000 Palestinians have been killed, the Gaza health ministry said.</p></article>
    <div class="rail"><p>Most read: 300 injured in Khan Younis</p></div></body></html>"""
    from parsers import parse_document

    document = parse_document(page, content_type="text/html")
    assert "10,000" in document.text and "Jenin" not in document.text and "Khan Younis" not in document.text
    assert document.text.startswith("Gaza death toll passes 10,000")  # the headline above the article stays
    assert {f.value for f in document.figures} == {10000}
