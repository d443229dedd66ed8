"""Merge ODS practices into content/practices.yaml: names, towns and postcodes come from ODS; everything a person
keeps by hand (the service, FCP, notes) survives; closed practices keep their page and say so."""
from __future__ import annotations

from dataclasses import dataclass, field

import yaml

from .ods import OdsPractice

FROM_ODS = ("name", "town", "postcode")


@dataclass
class Summary:
    """What an import did, for the person running it."""

    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    closed: list[str] = field(default_factory=list)
    unplaced: list[str] = field(default_factory=list)

    def text(self) -> str:
        """A count, then every practice and what happened to it, so the person can check each one."""
        lines = [f"added {len(self.added)}, changed {len(self.changed)}, closed {len(self.closed)}, "
                 f"unplaced {len(self.unplaced)}"]
        lines += [f"  added: {a}" for a in self.added] + [f"  changed: {c}" for c in self.changed]
        lines += [f"  closed: {c}; add `moved_to:` if you know where its patients went" for c in self.closed]
        lines += [f"  not placed: {u}" for u in self.unplaced]
        return "\n".join(lines)


def merge(existing: list[dict], rows: list[OdsPractice], districts: dict[str, set[str]]) -> tuple[list[dict], Summary]:
    """The new practice list (existing order kept, new practices after it by code) and what changed."""
    summary, by_code = Summary(), {p["code"]: dict(p) for p in existing}
    new: list[dict] = []
    for row in sorted(rows, key=lambda r: r.code):
        current = by_code.get(row.code)
        if row.status == "closed":
            if current is not None and not current.get("closed"):
                current["closed"] = row.closed
                summary.closed.append(f"{row.code} {current['name']}, closed on {row.closed}")
        elif row.status == "active":
            if current is None:
                _add(row, districts, new, summary)
            elif any(current.get(key) != getattr(row, key) for key in FROM_ODS):
                summary.changed.append(_changes(current, row, districts))
                current.update({key: getattr(row, key) for key in FROM_ODS})
    return [by_code[p["code"]] for p in existing] + new, summary


def _changes(current: dict, row: OdsPractice, districts: dict[str, set[str]]) -> str:
    """What ODS changed, field by field, and a word when a new postcode is in another service's district."""
    said = "; ".join(f"{key} {current.get(key)} -> {getattr(row, key)}" for key in FROM_ODS
                     if current.get(key) != getattr(row, key))
    district = row.postcode.split()[0]
    services = districts.get(district, set())
    if services and current.get("service") not in services:
        said += (f" (check its service: {district} is {', '.join(sorted(services))}'s, and the practice stays "
                 f"{current.get('service')})")
    return f"{row.code} {row.name}: {said}"


def _add(row: OdsPractice, districts: dict[str, set[str]], new: list[dict], summary: Summary) -> None:
    district = row.postcode.split()[0]
    services = districts.get(district, set())
    if len(services) != 1:
        why = (f"{district} is shared by {', '.join(sorted(services))}" if services else
               f"no service covers {district}")
        summary.unplaced.append(f"{row.code} {row.name}, {row.postcode}: {why}; add it to content/practices.yaml "
                                "by hand with its service")
        return
    new.append({"code": row.code, "name": row.name, "town": row.town, "postcode": row.postcode,
                "service": next(iter(services))})
    summary.added.append(f"{row.code} {row.name}")


class _Dumper(yaml.SafeDumper):
    """Lists indented under their key, as people write them (and as the example files are written)."""

    def increase_indent(self, flow: bool = False, indentless: bool = False):
        return super().increase_indent(flow, False)


def practices_yaml(header: str, practices: list[dict]) -> str:
    """The whole file: its leading comments kept, then the list, in a stable form so a re-import with no changes
    writes the same bytes."""
    body = yaml.dump({"practices": practices}, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=1000,
                     default_flow_style=False)
    return header + body


def split_header(text: str) -> str:
    """The comment lines at the top of a YAML file, which say what the file is for."""
    lines = []
    for line in text.splitlines(keepends=True):
        if not line.startswith("#"):
            break
        lines.append(line)
    return "".join(lines)
