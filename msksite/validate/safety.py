"""Safety-netting: the red-flag library, and each leaflet's care cards checked against it.

A shared red flag is worded and tiered once, in content/red-flags.yaml; a leaflet names it by id. `check` fails
when a leaflet leaves out a flag its body area requires, or lists a shared flag in another tier.
"""
from __future__ import annotations

import re
from datetime import date

from ..load import MarkdownDoc
from ..model import CareAdvice, NetLine
from ..problems import Problems
from ..schema import FlagRef, LeafletMeta, RedFlag, RedFlagLibrary, SiteConfig
from ..yamlsource import YamlDoc
from .errors import checked_alone, entries_of, validate_doc
from .reviews import check_review
from .suggest import close_match, suggest

LIBRARY = "content/red-flags.yaml"
Library = dict[str, "RedFlag | None"]  # by id; None for an entry with a mistake of its own
TIERS = ("urgent", "urgent_care", "emergency")  # the tiers a red flag can have; non_urgent holds a leaflet's own lines
RANK = ("non_urgent", *TIERS)  # every card, least urgent first


def validate_library(doc: YamlDoc | None, problems: Problems, today: date,
                     config: SiteConfig | None) -> Library:
    """The library's flags by id; every entry's review dates checked like a leaflet's. When an entry has a mistake,
    the others are still the library the leaflets are checked against, and its id maps to None: one typo in one
    flag hid every leaflet's red-flag checks, and a leaflet naming that flag is not blamed for it."""
    library = validate_doc(RedFlagLibrary, doc, problems) if doc else None
    if library is None:
        return _entries_alone(doc)
    flags: Library = {}
    for index, flag in enumerate(library.flags):
        if flag.id in flags:
            problems.add(doc.path, doc.line_of(("flags", index, "id")), f"red flag id `{flag.id}` is used twice",
                         "give each red flag its own id")
        flags.setdefault(flag.id, flag)
        check_review(doc.path, doc, ("flags", index), flag, problems, today, config)
    return flags


def _entries_alone(doc: YamlDoc | None) -> Library:
    """Each entry of a library with a mistake, checked on its own (its mistake is already reported)."""
    flags: Library = {}
    for entry in entries_of(doc, "flags"):
        if isinstance(entry, dict) and isinstance(entry.get("id"), str):
            flags.setdefault(entry["id"], checked_alone(RedFlag, entry))
    return flags


def resolve_care(doc: MarkdownDoc, meta: LeafletMeta, library: Library, problems: Problems) -> CareAdvice | None:
    """The leaflet's care cards with library wording; None (with every problem reported) when they break a rule."""
    nets = meta.safety_netting
    own = [_own_line(doc, ("non_urgent", index), text, library, problems) for index, text in enumerate(nets.non_urgent)]
    ok = None not in own
    tiers: dict[str, tuple[NetLine, ...]] = {"non_urgent": tuple(own)}
    for tier in TIERS:
        lines = []
        for index, item in enumerate(getattr(nets, tier)):
            line = _line(doc, (tier, index), item, tier, library, problems, meta.body_area)
            ok = ok and line is not None
            lines.append(line)
        tiers[tier] = tuple(lines)
    ok = _check_required(doc, meta, library, problems) and ok
    return CareAdvice(**tiers, no_emergency=nets.no_emergency) if ok else None


def _line(doc: MarkdownDoc, at: tuple, item: str | FlagRef, tier: str, library: Library,
          problems: Problems, area: str) -> NetLine | None:
    if isinstance(item, str):
        return _own_line(doc, at, item, library, problems)
    where = doc.meta.line_of(("safety_netting", *at))
    flag = library.get(item.flag)
    if flag is None:
        if library and item.flag not in library:  # with no library, or this flag broken in it, its error says why
            problems.add(doc.path, where, f"there is no red flag called `{item.flag}`",
                         suggest(item.flag, library, f"use an id from {LIBRARY}"))
        return None
    if flag.tier != tier:
        # After a change to the library's tier, every leaflet says this: the change itself may be the mistake, and
        # a flag moved below 999 must not be followed leaflet by leaflet without a clinician's check.
        lower = " (that is less urgent than here: have a clinician check the library's change)" \
            if RANK.index(flag.tier) < RANK.index(tier) else ""
        problems.add(doc.path, where, f"`{flag.id}` is a red flag of tier `{flag.tier}` in {LIBRARY}, not `{tier}`"
                     f"{lower}", f"move it under `{flag.tier}:`; a shared red flag's tier is set once, in the "
                     "library, so if the library's tier is what changed by mistake, put it back there instead")
        return None
    if not flag.applies_to(area):
        # The editor offers every flag of a tier: a wrist flag on a knee leaflet was one click away, and passed.
        problems.warn(doc.path, where, f"`{flag.id}` is a red flag for {', '.join(flag.areas)} in {LIBRARY}, "
                      f"not for {area}", f"check it is the flag you meant; if {area} leaflets need it, add {area} to "
                      "its `areas` in the library")
    return NetLine(flag.text, flag.id, flag.patients_say)


def _own_line(doc: MarkdownDoc, at: tuple, text: str, library: Library,
              problems: Problems) -> NetLine | None:
    """A line in the leaflet's own words; one that was meant to name a red flag would show patients an id instead of
    the flag's wording (`- flag:child-limp` without its space is text to YAML, and so is a bare `- child-limp`)."""
    meant = re.fullmatch(r"\s*flag\s*:\s*(\S*)\s*", text, re.IGNORECASE)
    if meant or text.strip() in library:
        flag = meant.group(1) if meant else text.strip()
        problems.add(doc.path, doc.meta.line_of(("safety_netting", *at)),
                     f"`{text.strip()}` would be shown to patients as written, not as the red flag's wording",
                     f"write it as `- flag: {flag or '<id>'}`, with a space after `flag:`")
        return None
    if not _urgent_in_own_words(doc, at, text, library, problems):
        return None
    return NetLine(text)


def _urgent_in_own_words(doc: MarkdownDoc, at: tuple, text: str, library: Library, problems: Problems) -> bool:
    """A line in the leaflet's own words on a card less urgent than a red flag whose signs it names ("numbness
    around your bottom" under "See a GP") would send someone with that flag to book and wait."""
    tier = at[0]
    for flag in (f for f in library.values() if f is not None and RANK.index(f.tier) > RANK.index(tier)):
        words = flag.marked_in(text)
        if words:
            problems.add(doc.path, doc.meta.line_of(("safety_netting", *at)),
                         f"this line says {' and '.join(f'“{w}”' for w in words)}, a sign of the red flag "
                         f"`{flag.id}`, which is more urgent (`{flag.tier}`): \"{flag.text}\"",
                         f"if it is that, use `- flag: {flag.id}` under `{flag.tier}:` instead; if not, reword it")
            return False
    return True


def _check_required(doc: MarkdownDoc, meta: LeafletMeta, library: Library, problems: Problems) -> bool:
    """Every flag the leaflet's body area requires is listed, and none twice."""
    nets, named, ok = meta.safety_netting, set(), True
    for tier in TIERS:
        for index, item in enumerate(getattr(nets, tier)):
            if isinstance(item, FlagRef) and item.flag in named:
                ok = False
                problems.add(doc.path, doc.meta.line_of(("safety_netting", tier, index)),
                             f"the red flag `{item.flag}` is listed twice", "delete one")
            named |= {item.flag} if isinstance(item, FlagRef) else set()
    missing = [flag for flag in library.values()
               if flag is not None and flag.required_for(meta.body_area) and flag.id not in named]
    # a misspelt id is already reported with "did you mean" at its own line: it is not missing, only mistyped
    mistyped = {close_match(name, library) for name in named - set(library)}
    for flag in (flag for flag in missing if flag.id not in mistyped):
        problems.add(doc.path, doc.meta.line_of(("safety_netting",)),
                     f"the red flag `{flag.id}` is required in every {meta.body_area} leaflet but is missing",
                     f"add `- flag: {flag.id}` under `{flag.tier}:` (it reads: {flag.text})")
    return ok and not missing
