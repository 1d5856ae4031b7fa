# SPDX-License-Identifier: MIT
"""The catalogue of words: every entry in both languages, with the same fields in each."""

from __future__ import annotations

import pytest

from ctg import _catalogue


def test_every_entry_has_both_languages_with_the_same_fields() -> None:
    entries = _catalogue.entries()
    assert entries, "the catalogue is empty"
    for key, templates in entries.items():
        assert set(templates) == {"fr", "en"}, key
        assert _catalogue.fields(templates["fr"]) == _catalogue.fields(templates["en"]), key


def test_text_fills_the_template_of_the_language() -> None:
    assert _catalogue.text("catalogue.languages", "en") == "French, English"
    assert _catalogue.text("catalogue.languages", "fr") == "français, anglais"


def test_a_missing_key_or_language_names_it() -> None:
    with pytest.raises(KeyError, match=r"no entry 'catalogue.nothing' in language 'fr'"):
        _catalogue.text("catalogue.nothing", "fr")
    with pytest.raises(KeyError, match="in language 'de'"):
        _catalogue.text("catalogue.languages", "de")
