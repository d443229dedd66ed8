"""Validate the service directory: services, GP practices and postcode districts, and how they refer to each other."""
from __future__ import annotations

from datetime import date

from .. import addresses
from ..load import Sources
from ..problems import Problems
from ..schema import DistrictEntry, DistrictsFile, Practice, PracticesFile, Service, ServicesFile, SiteConfig
from ..yamlsource import YamlDoc
from .errors import checked_alone, entries_of, validate_doc
from .suggest import suggest


def validate_directory(sources: Sources, problems: Problems, config: SiteConfig | None, today: date):
    """Services, practices and districts, each checked alone and against the others."""
    services = _items(ServicesFile, sources.services, problems, "services")
    practices = _items(PracticesFile, sources.practices, problems, "practices")
    districts = _items(DistrictsFile, sources.districts, problems, "districts")
    # a service with a mistake of its own is still a service: practices naming it are not wrong too
    ids = {s.id for _, s in services} | _raw_ids(sources.services)
    twice = _unique(sources.services, services, "id", "service id", problems)
    _unique(sources.practices, practices, "code", "practice code", problems)
    _service_refs(sources.practices, "practices", practices, ids, twice, problems)
    _service_refs(sources.districts, "districts", districts, ids, twice, problems)
    _districts_once(sources.districts, districts, problems)
    _practice_districts(sources.practices, practices, districts, ids, problems)
    _moves(sources.practices, practices, problems)
    _closed_today(sources.practices, practices, today, problems)
    if config and config.default_service and ids and config.default_service not in ids:
        problems.add(sources.config.path, sources.config.line_of(("default_service",)),
                     f"there is no service called `{config.default_service}`",
                     suggest(config.default_service, ids, "use an id from content/services.yaml"))
    if config:
        _stale_waits(sources.services, services, config, today, problems)
    return tuple(s for _, s in services), tuple(p for _, p in practices), tuple(d for _, d in districts)


def _items(model, doc: YamlDoc | None, problems: Problems, key: str) -> tuple:
    """(index in the file, entry) for each entry. When the file has a mistake, the entries that are right on their
    own are kept, so the checks between files still run over them: one typo in one practice hid every other
    practice's unknown service."""
    if doc is None:
        return ()
    parsed = validate_doc(model, doc, problems)
    if parsed:
        return tuple(enumerate(getattr(parsed, key)))
    entry_model = model.model_fields[key].annotation.__args__[0]  # tuple[Entry, ...]
    alone = ((index, checked_alone(entry_model, entry)) for index, entry in enumerate(entries_of(doc, key)))
    return tuple((index, entry) for index, entry in alone if entry is not None)


def _raw_ids(doc: YamlDoc | None) -> set[str]:
    return {e["id"] for e in entries_of(doc, "services") if isinstance(e, dict) and isinstance(e.get("id"), str)}


def _unique(doc: YamlDoc | None, items: tuple, field: str, what: str, problems: Problems) -> dict[str, int]:
    """Each value used twice is a problem at its second use; returns those values with that line."""
    seen: dict[str, int] = {}
    twice: dict[str, int] = {}
    key = "services" if field == "id" else "practices"
    for index, item in items:
        value = getattr(item, field)
        line = doc.line_of((key, index, field))
        if value in seen:
            problems.add(doc.path, line, f"{what} `{value}` is used twice (first on line {seen[value]})",
                         "each entry needs its own; delete or merge the duplicate")
            twice.setdefault(value, line)
        seen.setdefault(value, line)
    return twice


def _service_refs(doc: YamlDoc | None, key: str, items: tuple, ids: set[str], twice: dict[str, int],
                  problems: Problems) -> None:
    for index, item in items:
        if ids and item.service not in ids:
            # With an id written twice, the missing one is most likely the second's: suggesting ids by spelling
            # sent these practices to the wrong service.
            hint = "; ".join(f"did the second `id: {dup}` (content/services.yaml line {line}) mean "
                             f"`{item.service}`?" for dup, line in twice.items()) or suggest(
                item.service, ids, "use an id from content/services.yaml")
            problems.add(doc.path, doc.line_of((key, index, "service")), f"there is no service called `{item.service}`", hint)


def _districts_once(doc: YamlDoc | None, districts: tuple[tuple[int, DistrictEntry], ...], problems: Problems) -> None:
    """A district covered by two services must say so on both entries, so overlaps are always deliberate."""
    first: dict[str, DistrictEntry] = {}
    for index, entry in districts:
        earlier = first.setdefault(entry.district, entry)
        if earlier is entry:
            continue
        line = doc.line_of(("districts", index, "district"))
        if earlier.service == entry.service:
            problems.add(doc.path, line, f"district {entry.district} is listed twice for `{entry.service}`", "delete one")
        elif not (earlier.shared and entry.shared):
            problems.add(doc.path, line, f"district {entry.district} is covered by two services",
                         "if that is deliberate, add `shared: true` to both entries; otherwise delete one")


def _practice_districts(doc: YamlDoc | None, practices: tuple[tuple[int, Practice], ...],
                        districts: tuple[tuple[int, DistrictEntry], ...], ids: set[str],
                        problems: Problems) -> None:
    """/find/ answers a postcode from its district, and a practice's patients type the practice's own: an open
    practice's district must be listed, and for its service (or shared), else /find/ told them "we do not cover"
    their postcode, or showed one service's card above their practice's other one."""
    if not districts:
        return  # the districts file could not be read: its own problem says so
    covering: dict[str, set[str]] = {}
    for _, entry in districts:
        covering.setdefault(entry.district, set()).add(entry.service)
    for index, practice in practices:
        if practice.closed or practice.service not in ids:
            continue  # an unknown service is its own problem
        district, line = practice.postcode.split()[0], doc.line_of(("practices", index, "postcode"))
        services = covering.get(district)
        if services is None:
            problems.add(doc.path, line, f"{practice.name} is in district {district}, which "
                         f"content/postcode-districts.yaml does not list, so {addresses.FIND} tells people at "
                         f"{practice.postcode} that it does not cover them",
                         f"add `- district: {district}` with `service: {practice.service}` to that file")
        elif practice.service not in services:
            problems.add(doc.path, line, f"{practice.name} ({practice.service}) is in district {district}, which "
                         f"content/postcode-districts.yaml gives to {', '.join(sorted(services))}, so "
                         f"{addresses.FIND} gives people there two answers",
                         f"check the practice's service and postcode; if people in {district} may be with either "
                         f"service, list {district} for each, with `shared: true` on every entry")


def _closed_today(doc: YamlDoc | None, practices: tuple[tuple[int, Practice], ...], today: date,
                  problems: Problems) -> None:
    """A practice's page says it has closed from the day `closed` is written: written early, an open practice's
    patients were told they are registered elsewhere."""
    for index, practice in practices:
        if practice.closed and practice.closed > today:
            problems.add(doc.path, doc.line_of(("practices", index, "closed")),
                         f"{practice.name} closes on {practice.closed}, which is in the future, and its page would "
                         "say it has closed", "add `closed:` (and `moved_to:`) on the day it closes")


def _moves(doc: YamlDoc | None, practices: tuple[tuple[int, Practice], ...], problems: Problems) -> None:
    """A closed practice's `moved_to` must name an open practice, so its page never sends patients to a dead end.
    No code is suggested by its spelling: Z99032 for Z99023 would send the patients to a practice in another town."""
    by_code = {p.code: p for _, p in practices}
    written = {e["code"] for e in entries_of(doc, "practices") if isinstance(e, dict) and "code" in e}
    for index, practice in practices:
        if practice.moved_to is None:
            continue
        target = by_code.get(practice.moved_to)
        if not practice.closed:
            problem = (f"{practice.name} has `moved_to` but is not closed",
                       "add `closed:` with the date it closed, or delete `moved_to`")
        elif target and not target.closed:
            continue
        elif practice.moved_to == practice.code:
            problem = ("a practice cannot move to itself", "use the code of the practice its patients moved to")
        elif target:
            later = f"its patients moved to {target.moved_to}: use that" if target.moved_to else (
                "use the code of the practice its patients moved to")
            problem = (f"`moved_to: {practice.moved_to}` ({target.name}) has closed too", later)
        elif practice.moved_to in written:
            continue  # in the file, with a mistake of its own, which is reported at its own lines
        else:
            problem = (f"`moved_to: {practice.moved_to}` is not a practice in this file",
                       "use the code of the practice its patients moved to, as it is written in this file")
        problems.add(doc.path, doc.line_of(("practices", index, "moved_to")), *problem)


def _stale_waits(doc: YamlDoc | None, services: tuple[tuple[int, Service], ...], config: SiteConfig, today: date,
                 problems: Problems) -> None:
    for index, service in services:
        wait = service.waiting_time
        if wait and (today - wait.measured).days > config.waiting_time_max_age_days:
            problems.warn(doc.path, doc.line_of(("services", index, "waiting_time", "measured")),
                          f"the waiting time for {service.name} was measured on {wait.measured}, more than "
                          f"{config.waiting_time_max_age_days} days ago, so pages say it is not currently available",
                          "ask the service for a current figure")
        if wait and wait.measured > today:
            problems.add(doc.path, doc.line_of(("services", index, "waiting_time", "measured")),
                         f"the waiting time for {service.name} was measured on {wait.measured}, which is in the "
                         "future", "use the date it was measured")
