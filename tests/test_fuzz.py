"""Property-based tests: whatever bytes or YAML a file holds, the reading gate, the YAML loader and the schemas
report problems and never raise. CI runs a bounded number of examples; `MSK_FUZZ=long` runs many more."""
from __future__ import annotations

import os
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from msksite.gate import decode
from msksite.load import split_front_matter
from msksite.problems import Problems
from msksite.schema import ExerciseMeta, LeafletMeta
from msksite.validate.errors import validate_doc
from msksite.yamlsource import parse_yaml

EXAMPLES = 20_000 if os.environ.get("MSK_FUZZ") == "long" else 300
settings.register_profile("msk", max_examples=EXAMPLES, deadline=None, derandomize=os.environ.get("MSK_FUZZ") != "long",
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("msk")
PATH = Path("conditions/fuzz.md")

# Text that looks like YAML front matter: keys, colons, dashes, quotes, anchors, tags and odd characters.
YAML_BITS = st.sampled_from(["title", "summary", ":", " ", "\n", "  ", "- ", "&a", "*a", "!!python/object", "!x", "? ",
                             "<<", "[", "]", "{", "}", ",", "'", '"', "#", "|", ">", "2026-13-01", "safety_netting",
                             "flag", "emergency", "\t", "\x93", "\ufeff", "\x00", "\u2028", "é", "0x1", "~", "%YAML 1.1"])
yaml_like = st.lists(YAML_BITS, max_size=40).map("".join) | st.text(max_size=200)


def only_problems(problems: Problems) -> None:
    for problem in problems.items:
        assert problem.path and problem.message, problem


@given(st.binary(max_size=300))
def test_decoding_any_bytes_gives_text_or_a_problem(data):
    problems = Problems()
    text = decode(PATH, data, problems)
    assert (text is None) == bool(problems.errors)
    only_problems(problems)


@given(yaml_like)
def test_parsing_any_yaml_gives_data_or_a_problem(text):
    problems = Problems()
    doc = parse_yaml(text, PATH, problems)
    assert (doc is None) == bool(problems.errors)
    only_problems(problems)


@given(yaml_like, st.text(max_size=100))
def test_any_front_matter_validates_or_reports(meta, body):
    problems = Problems()
    doc = split_front_matter(PATH, f"---\n{meta}\n---\n{body}", problems)
    if doc is not None:
        validate_doc(LeafletMeta, doc.meta, problems)
        if isinstance(doc.meta.data, dict):
            validate_doc(ExerciseMeta, doc.meta, problems)
    only_problems(problems)


@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20) | st.dates(),
                    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4),
                    max_leaves=30))
def test_any_data_shape_against_the_schemas_reports_and_never_raises(data):
    problems = Problems()
    doc = parse_yaml("x: 1\n", PATH, problems)
    for model in (LeafletMeta, ExerciseMeta):
        validate_doc(model, doc, problems, data=data)
    only_problems(problems)
