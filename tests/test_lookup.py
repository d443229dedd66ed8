"""/find/'s lookup data in shards (msksite/plan/lookup.py): small shards, every practice reachable, and the same
rules as find-match.js, which picks the shards in the browser."""
from __future__ import annotations

import importlib.util
import json
import random
import subprocess

import pytest

from conftest import REPO
from msksite.plan.lookup import (ROOT, SHARD_BYTES, coverage, index_words, name_shards, name_words, shard_for)


def national_entries(count: int) -> list[dict]:
    """Practices as the national benchmark makes them (bench/national.py), as lookup entries."""
    spec = importlib.util.spec_from_file_location("national", REPO / "bench/national.py")
    national = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(national)
    country = national.National(count, commissioners=6, services=20, districts=600)
    return [{"code": r[0], "name": r[1].title(), "town": r[7].title(), "postcode": r[9], "service": "s",
             "url": f"/find/{r[0].lower()}/", "route": "You can refer yourself online or by phone."}
            for r in country.rows]


@pytest.fixture(scope="module")
def regional():
    entries = national_entries(1500)
    shards, generic = name_shards(entries)
    return entries, shards, generic


def test_a_small_directory_is_one_shard_so_typos_are_forgiven_in_every_letter(example_site):
    index = json.loads((example_site / "find/data/index.json").read_text())
    assert index["names"] == [ROOT] and index["generic"] == []
    assert index["coverage"] == "postcodes WX1 to WX19"
    everything = json.loads((example_site / "find/data/names/_.json").read_text())
    assert len(everything["practices"]) == 35, "every practice of the example, the closed one too (found by name)"


def test_a_regional_directory_splits_into_shards_within_the_budget(regional):
    entries, shards, _ = regional
    assert len(shards) > 50
    for key, members in shards.items():
        size = sum(len(json.dumps(entries[i], separators=(",", ":"))) for i in members)
        assert size <= SHARD_BYTES, f"shard {key} weighs {size} bytes"


def test_every_practice_is_in_a_shard_for_each_word_of_it_and_for_each_start_of_that_word(regional):
    entries, shards, generic = regional
    keys = sorted(shards)
    for i, entry in enumerate(entries):
        for word in index_words(entry) - set(generic):
            for typed in (word[:n] for n in range(3, len(word) + 1)):
                if any(g.startswith(typed) for g in generic):
                    continue  # find.js skips the start of a common word ("surg")
                assert any(i in shards[k] for k in shard_for(typed, keys)), f"{entry['name']}: not found by {typed!r}"


def test_words_too_common_to_shard_on_are_the_generic_ones(regional):
    _, _, generic = regional
    assert {"surgery", "medical", "practice"} <= set(generic)
    assert "kingsford" not in generic


@pytest.mark.parametrize("districts, text", [
    (["WX3", "WX1", "WX2"], "postcodes WX1 to WX3"),               # numeric order, an unbroken run
    ([f"WX{n}" for n in range(1, 20)], "postcodes WX1 to WX19"),  # not WX1, WX10, WX11 ...
    (["WX1", "WX5", "WX9"], "postcodes WX1, WX5, WX9"),            # the fixture site
    (["WX2", "WX1"], "postcodes WX1, WX2"),
    (["WX1", "WX2", "AB3"], "postcodes AB3, WX1, WX2"),
    (["QA1", "QB1", "QC1", "QD1", "XA1"], "postcodes starting QA, QB, QC, QD or XA"),  # many areas: just the areas
])
def test_coverage_says_which_postcodes_the_site_covers_in_a_sentence(districts, text):
    assert coverage(districts) == text


TRICKY = ["St. Mary's Surgery", "Café & Co", "THE  KINGSMERE  SURGERY", "Dr O’Neill and Partners", "Ashby-de-la-Zouch",
          "Z99001", "Ærø Health", "Nœl Practice", "Saint-Étienne Centre", "1st Street Surgery"]


def node(script: str) -> object:
    done = subprocess.run(["node", "--input-type=module", "-e", script], capture_output=True, text=True, cwd=REPO,
                          check=True)
    return json.loads(done.stdout)


def test_words_of_names_are_read_the_same_in_python_and_in_the_browser():
    """The build shards on Python's words and the browser picks shards with its own: any difference loses practices."""
    script = ("import { nameWords } from './layouts/static/find-match.js';"
              f"console.log(JSON.stringify({json.dumps(TRICKY)}.map(nameWords)));")
    assert node(script) == [name_words(text) for text in TRICKY]


def test_shards_for_a_word_are_picked_the_same_in_python_and_in_the_browser(regional):
    _, shards, _ = regional
    keys = sorted(shards)
    rng = random.Random(5)
    words = [rng.choice(keys)[: rng.randrange(1, 5)] + "".join(rng.choice("aeiourst") for _ in range(rng.randrange(3)))
             for _ in range(300)]
    script = ("import { shardFor } from './layouts/static/find-match.js';"
              f"const keys = {json.dumps(keys)};"
              f"console.log(JSON.stringify({json.dumps(words)}.map(w => shardFor(w, keys))));")
    assert node(script) == [shard_for(word, keys) for word in words]
