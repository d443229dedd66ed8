"""Markdown rendering: phone numbers become tap-to-call links, and nothing else changes."""
from __future__ import annotations

import pytest

from msksite import markdown


@pytest.mark.parametrize("text,href", [
    ("If this happens, call 999 now.", "tel:999"),
    ("Ring 111 for advice.", "tel:111"),
    ("Call us on 01632 960000.", "tel:01632960000"),
    ("Phone 0300 123 4567 on weekdays.", "tel:03001234567"),
])
def test_phone_numbers_become_tap_to_call_links(text, href):
    assert f'<a href="{href}">' in markdown.render(text)


@pytest.mark.parametrize("text", ["Do 111 steps a day.", "Page 999 of the guide.", "Call [111](https://111.nhs.uk/) online."])
def test_other_numbers_and_existing_links_are_left_alone(text):
    assert "tel:" not in markdown.render(text)


def test_the_rest_of_the_sentence_is_kept():
    assert markdown.render("Then call 999 or go to A&E.") == '<p>Then call <a href="tel:999">999</a> or go to A&amp;E.</p>\n'


def test_a_link_to_another_site_prints_its_address_breaking_only_after_slashes():
    # On paper "Versus Arthritis" leads nowhere; its address, added by CSS, could break at any hyphen.
    html = markdown.render("Read [Versus Arthritis](https://www.versusarthritis.org/knee-pain/) or [this](/x/).")
    assert html.count("app-print-only") == 1  # a link inside the site prints nothing: the footer leads back online
    assert ('</a><span class="app-print-only" data-pagefind-ignore> (<span class="app-address"><span>'
            'https://www.versusarthritis.org/</span><wbr><span>knee-pain/</span></span>)</span>') in html
    assert "app-print-only" not in markdown.render("Then call 999.")


BODY = """Most back pain gets better. Call 111 if you are worried.

## Check if you have it

- pain low in the back
- see [the guide](/conditions/sciatica/)

### Heat
Try a warm bath.

## How you can ease it yourself

### Heat
Keep moving.
"""


def test_one_parse_gives_the_sections_and_what_the_checks_read():
    body = markdown.read_body(BODY)
    assert body.intro == "Most back pain gets better. Call 111 if you are worried.\n"
    assert [(s.heading, s.id, s.line) for s in body.sections] == [
        ("Check if you have it", "check-if-you-have-it", 2), ("How you can ease it yourself", "how-you-can-ease-it-yourself", 10)]
    assert body.sections[0].markdown.startswith("\n- pain low in the back")
    assert body.text.startswith("Most back pain gets better. Call 111 if you are worried. pain low in the back.")
    assert body.links == ((5, "link", "/conditions/sciatica/"),)  # the tap-to-call link on 111 is ours, not checked


def test_each_section_renders_as_it_would_alone():
    first, second = markdown.read_body(BODY.replace("### Heat\nKeep", "### Rest\nKeep")).sections
    assert first.html == markdown.render(first.markdown) and second.html == markdown.render(second.markdown)


def test_a_heading_repeated_in_two_sections_gets_two_ids():
    first, second = markdown.read_body(BODY).sections
    assert 'id="heat"' in first.html and 'id="heat-1"' in second.html


@pytest.mark.parametrize("text", ["<script>alert(1)</script>", "Some <b onclick=x>bold</b> text.", "<div>\nbox\n</div>"])
def test_raw_html_is_found_and_never_rendered(text):
    body = markdown.read_body(f"Intro.\n\n## Part\n\n{text}\n")
    assert body.html_found
    assert "<script" not in body.sections[0].html and "<b " not in body.sections[0].html and "<div" not in body.sections[0].html
