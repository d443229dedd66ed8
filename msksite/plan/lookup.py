"""/find/'s lookup data, split into small shards so a query on a cheap phone fetches a few kilobytes, not the region.

- `index.json`: which shards exist, the words too common to shard on, and what the site covers.
- `names/<prefix>.json`: practices with a word (of the name or town, or the ODS code) starting with the prefix.
  Prefixes are as short as the size budget allows, so a small site has one shard (`_`) holding every practice,
  and the typo tolerance then covers every letter.
- `areas/<area>.json`: a postcode area's districts, the services covering each, and those services' summaries.
- `districts/<district>.json`: the practices in one district.

find-match.js picks shards with the same rule as `shard_for` here; a Node test keeps the two in step.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable

from .. import addresses
from ..wording import NO_WAIT, area_route, wait_sentence
from .page import File

SHARD_BYTES = 8_000  # most a name shard may weigh: with the index, a query stays well under 30 KB
MIN_WORD = 3         # shorter words ("st", "dr") are not shard keys; the name still matches once fetched
ROOT = "_"           # the key of the one name shard of a site small enough to need no more
AREA = re.compile(r"^[A-Z]+")


def name_words(text: str) -> list[str]:
    """The words find-match.js's nameWords gives: accents dropped, & read as and, lower case, apostrophes dropped."""
    folded = re.sub(r"[\u0300-\u036f]", "", unicodedata.normalize("NFKD", text)).replace("&", " and ")
    return re.sub(r"[^a-z0-9]+", " ", re.sub(r"['\u2019]", "", folded.lower())).split()


def practice_entry(view) -> dict:
    """What a result card needs about one practice (a PracticeView); a closed one's route says where its patients
    are now, and it has no service to name."""
    entry = {"code": view.code, "name": view.name, "town": view.town, "postcode": view.postcode,
             "service": view.service, "url": view.url, "route": view.route}
    return {**entry, "closed": True, "service": None} if view.closed else entry


def index_words(entry: dict) -> set[str]:
    words = name_words(entry["name"]) + name_words(entry["town"]) + [entry["code"].lower()]
    return {w for w in words if len(w) >= MIN_WORD}


def name_shards(entries: list[dict]) -> tuple[dict[str, list[int]], list[str]]:
    """(entry numbers by prefix, words too common to shard on): each shard within SHARD_BYTES."""
    sizes = [len(json.dumps(e, separators=(",", ":"))) for e in entries]
    pairs = [(word, i) for i, entry in enumerate(entries) for word in sorted(index_words(entry))]
    shards: dict[str, list[int]] = {}
    generic: list[str] = []
    if sum(sizes) <= SHARD_BYTES:
        return {ROOT: list(range(len(entries)))}, []
    _split("", pairs, sizes, shards, generic)
    return shards, sorted(generic)


def _split(prefix: str, pairs: list[tuple[str, int]], sizes: list[int], shards: dict, generic: list) -> None:
    """Shard on one more letter until each shard fits; a word that fills a shard alone is too common to use."""
    exact = sorted({i for word, i in pairs if word == prefix})
    if exact:
        if sum(sizes[i] for i in exact) <= SHARD_BYTES:
            shards[prefix] = exact
        else:
            generic.append(prefix)
    longer = [(word, i) for word, i in pairs if len(word) > len(prefix)]
    children: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for word, i in longer:
        children[word[:len(prefix) + 1]].append((word, i))
    for key, group in sorted(children.items()):
        members = sorted({i for _, i in group})
        if sum(sizes[i] for i in members) <= SHARD_BYTES and key not in shards:
            shards[key] = members
        else:
            _split(key, group, sizes, shards, generic)


def shard_for(word: str, keys: Iterable[str]) -> list[str]:
    """The shards a typed word needs: the longest key it starts with, and keys that start with it (still typing)."""
    keys = list(keys)
    starts = [k for k in keys if word.startswith(k)]
    longer = [k for k in keys if k.startswith(word) and k != word]
    return ([max(starts, key=len)] if starts else []) + sorted(longer)


def area_of(district: str) -> str:
    return AREA.match(district).group(0)


def coverage(districts: Iterable[str]) -> str:
    """The postcodes a site covers, short enough for a sentence: "WX1 to WX19", or the areas when there are many."""
    by_area: dict[str, list[int]] = defaultdict(list)
    for district in districts:
        number = re.match(r"^[A-Z]+(\d+)", district)
        by_area[area_of(district)].append(int(number.group(1)))
    if len(by_area) > 3:
        return "postcodes starting " + _listed(sorted(by_area))
    runs = []
    for area, numbers in sorted(by_area.items()):
        numbers.sort()
        unbroken = numbers == list(range(numbers[0], numbers[-1] + 1))
        runs += ([f"{area}{numbers[0]} to {area}{numbers[-1]}"] if unbroken and len(numbers) > 2
                 else [f"{area}{n}" for n in numbers])
    return "postcodes " + ", ".join(runs)


def _listed(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " or " + items[-1]


def lookup_files(practices: list, districts: dict[str, list[str]], views: dict, closed: list = ()) -> list[File]:
    """Every file /find/ fetches: the index, then the name, area and district shards (practices are PracticeViews;
    closed ones are in the name shards only)."""
    entries = [practice_entry(p) for p in practices]
    named = entries + [practice_entry(p) for p in closed]
    shards, generic = name_shards(named)
    names = {v.service.id: {"name": v.name} for v in views.values()}
    files = [File(addresses.find_shard("names", key), "json",
                  {"practices": [named[i] for i in members],
                   "services": {s: names[s] for s in sorted({named[i]["service"] for i in members} - {None})}})
             for key, members in sorted(shards.items())]
    files += _postcode_files(entries, districts, views, names)
    index = {"names": sorted(shards), "root": ROOT, "generic": generic, "areas": sorted({area_of(d) for d in districts}),
             "coverage": coverage(districts), "example": entries[0]["postcode"] if entries else None,
             "files": {kind: addresses.find_shard(kind, "{key}") for kind in ("names", "areas", "districts")}}
    return [File(addresses.FIND_INDEX, "json", index), *files]


def _postcode_files(entries: list[dict], districts: dict[str, list[str]], views: dict, names: dict) -> list[File]:
    by_district: dict[str, list[dict]] = defaultdict(list)
    for entry in entries:
        by_district[entry["postcode"].split()[0]].append(entry)
    by_area: dict[str, dict[str, list[str]]] = defaultdict(dict)
    for district, services in districts.items():
        by_area[area_of(district)][district] = services
    files = []
    for area, covered in sorted(by_area.items()):
        ids = sorted({s for services in covered.values() for s in services})
        files.append(File(addresses.find_shard("areas", area.lower()), "json",
                          {"districts": covered, "services": {s: service_summary(views[s]) for s in ids}}))
    for district in sorted(districts):
        found = by_district.get(district, [])
        files.append(File(addresses.find_shard("districts", district.lower()), "json",
                          {"practices": found, "services": {s: names[s] for s in sorted({e["service"] for e in found})}}))
    return files


def service_summary(view) -> dict:
    """What the answer for a postcode says about a service (a ServiceView)."""
    s, referral = view.service, view.service.self_referral
    return {"name": s.name, "url": view.url, "area": s.area, "self_referral": bool(referral),
            "area_route": area_route(s),
            "web": referral.web if referral else None,
            "phone": referral.phone if referral else None,
            "phone_hours": referral.phone_hours if referral else None,
            "minimum_age": s.eligibility.minimum_age,
            "wait": "".join(wait_sentence(view.wait)),
            # the last day the figure may be shown, and what to say after it (find.js), as the pages do
            "wait_until": view.wait_until.isoformat() if view.wait_until else None, "no_wait": NO_WAIT}
