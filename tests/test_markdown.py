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
