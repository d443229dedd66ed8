#!/usr/bin/env python3
"""A national-size service directory in the real formats: import it, build it, and weigh /find/'s queries.

    .venv/bin/python bench/national.py            # 6,300 practices, 42 commissioners, 200 services

Writes a made-up `epraccur.csv` in the ODS format (27 columns, no header) with closed, dormant and non-GP rows
mixed in, and a project (the example's leaflets and layouts) whose services cover about 3,000 made-up postcode
districts. It then imports the practices with `import-practices` for all 42 commissioners, places the ones in
shared districts by hand (as a person would), builds the site with search, and reports the import and build
times and the bytes a /find/ query fetches. Every name, code and postcode is made up: codes are Z + 5 digits
and the postcode areas start with Q, V or X, which no real area does.
"""
from __future__ import annotations

import argparse
import csv
import json
import random
import re
import shutil
import statistics
import sys
import threading
import time
from datetime import date
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from msksite import pipeline  # noqa: E402
from msksite.practices.command import import_practices  # noqa: E402
from msksite.problems import Problems  # noqa: E402
from msksite.yamlsource import load_data  # noqa: E402

TODAY = date(2026, 11, 23)
FIRST = ["Ash", "Bram", "Brack", "Cold", "Dun", "Elm", "Fair", "Glen", "Hart", "Kings", "Lang", "Mill", "Nether",
         "Oak", "Pen", "Red", "Salt", "Stan", "Thorn", "Wes", "Whit", "Birch", "Crow", "Fern", "Hol", "Lark", "Marl",
         "Ox", "Pike", "Rook", "Sand", "Tarn", "Wold", "Yarn", "Ald", "Bex", "Cal", "Dor", "Eas", "Fox"]
LAST = ["ford", "ham", "ton", "bury", "mere", "wick", "field", "mouth", "combe", "ley", "stow", "well", "by",
        "worth", "dale", "bridge", "den", "holt", "wood", "minster"]
PLACES = ["", "Upper ", "Lower ", "Great ", "Little ", "North ", "South ", "East ", "West "]
STREETS = ["Church Walk", "Abbey Road", "Mill Lane", "High Street", "Station Road", "Park Road", "Bridge Street",
           "Market Place", "Castle Street", "Victoria Road", "Orchard", "Riverside", "Beech House", "Oak Tree",
           "Willow", "Meadow", "Greenway", "Holly Tree", "Elm Grove", "Priory", "The Green", "Quayside", "Heath"]
SAINTS = ["Mary", "John", "Peter", "Andrew", "Luke", "Paul", "George", "David", "Anne", "Margaret"]
KINDS = ["Surgery", "Medical Centre", "Health Centre", "Medical Practice", "Family Practice", "Practice"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def towns(count: int, rng: random.Random) -> list[str]:
    names = sorted({f"{place}{a}{b}" for place in PLACES for a in FIRST for b in LAST})
    return rng.sample(names, count)


def postcode_areas(count: int) -> list[str]:
    return [f"{a}{b}" for a in "QVX" for b in "ABCDEFGHKLMNOPRSTUWY"][:count]


SURNAMES = ["Ashworth", "Bennett", "Carver", "Dalton", "Ellison", "Fairley", "Garside", "Hadley", "Ingram", "Jessop",
            "Kirkby", "Lomax", "Marsden", "Norcott", "Oldroyd", "Pickles", "Quarmby", "Rushton", "Sowerby", "Tolson"]


def practice_name(town: str, rng: random.Random) -> str:
    """Names in the shapes real practices have: mostly after their town or street, some after a saint or a doctor."""
    street = f"{rng.choice(FIRST)}{rng.choice(LAST)} {rng.choice(['Road', 'Lane', 'Street', 'Avenue'])}"
    pattern = rng.randrange(10)
    if pattern == 0:
        return f"St {rng.choice(SAINTS)}'s {rng.choice(KINDS)}"
    if pattern == 1:
        return f"The {rng.choice(STREETS)} {rng.choice(KINDS)}"
    if pattern == 2:
        return f"The {rng.choice(SURNAMES)} Practice"
    if pattern in (3, 4, 5):
        return f"{town} {rng.choice(KINDS)}"
    return f"{street} {rng.choice(KINDS)}"


class National:
    """The made-up country: areas, districts (each in one town), commissioners and services."""

    def __init__(self, practices: int, commissioners: int, services: int, districts: int, seed: int = 7) -> None:
        rng = random.Random(seed)
        self.rng = rng
        areas = postcode_areas(min(60, districts // 30))
        per_area = districts // len(areas)
        self.districts = [f"{area}{n}" for area in areas for n in range(1, per_area + 1)]
        self.town = dict(zip(self.districts, sorted(towns(len(self.districts) // 2 + 1, rng) * 2)))
        self.commissioners = [f"{n:02d}Q" for n in range(1, commissioners + 1)]
        # Each commissioner covers a run of districts, split between its services; a few edges are shared.
        runs = _split(self.districts, commissioners)
        self.services: list[dict] = []
        self.cover: dict[str, list[str]] = {}
        self.commissioner_of: dict[str, str] = {}
        for code, run, count in zip(self.commissioners, runs, _counts(services, commissioners)):
            for i, part in enumerate(_split(run, count)):
                service = f"svc-{len(self.services) + 1:03d}"
                self.services.append(self._service(service, part, len(self.services)))
                for district in part:
                    self.cover[district] = [service]
                    self.commissioner_of[district] = code
                if i and rng.random() < 0.3:  # the first district is shared with the service before it
                    self.cover[part[0]].insert(0, self.services[-2]["id"])
        self.rows = self._practices(practices)

    def _service(self, service_id: str, districts: list[str], n: int) -> dict:
        town = self.town[districts[0]]
        own = n % 3 != 2
        service = {"id": service_id, "name": f"{town} MSK Physiotherapy {n + 1}", "provider": "Example NHS Trust",
                   "area": f"{town} and nearby", "description": "Physiotherapy for muscle, bone and joint problems.",
                   "gp_referral": True,
                   "eligibility": {"minimum_age": 16, "younger_people": "If you are under 16, see a GP.",
                                   "registered_in_area": True, "not_under_treatment": True},
                   "sites": [{"name": f"{town} Clinic", "address": f"1 High Street, {town}",
                              "postcode": f"{districts[0]} 1AB"}],
                   "waiting_time": {"weeks": 3 + n % 18, "measured": date(2026, 11, 1)}}
        if own:
            service["self_referral"] = {"web": f"https://example.org/{service_id}/refer", "phone": "01632 960001",
                                        "phone_hours": "Monday to Friday, 8am to 6pm"}
        return service

    def _practices(self, count: int) -> list[list[str]]:
        """ODS rows: `count` active GP practices, and about 10% more that the import must leave out or close."""
        rng, rows, used = self.rng, [], set()
        for n in range(int(count * 1.1)):
            district = rng.choice(self.districts)
            postcode = _unique_postcode(district, rng, used)
            town = self.town[district]
            kind = "active" if n < count else rng.choice(["closed", "dormant", "not a GP", "other commissioner"])
            rows.append(_row(f"Z{n + 1:05d}", practice_name(town, rng), town, postcode, kind,
                             self.commissioner_of[district], n))
        rng.shuffle(rows)
        return rows


def _row(code: str, name: str, town: str, postcode: str, kind: str, commissioner: str, n: int) -> list[str]:
    cells = [""] * 27
    cells[0], cells[1], cells[2], cells[3] = code, name.upper(), "Y60", "QWX"
    cells[4], cells[7], cells[8], cells[9] = f"{n % 200 + 1} HIGH STREET", town.upper(), "", postcode
    cells[10], cells[12], cells[13], cells[14] = "19740401", "A", "B", commissioner
    cells[15], cells[17], cells[25] = "20130401", f"01632 960{n % 1000:03d}", "4"
    if kind == "closed":
        cells[11], cells[12] = "20260930", "C"
    elif kind == "dormant":
        cells[12] = "D"
    elif kind == "not a GP":
        cells[25] = "8"
    elif kind == "other commissioner":
        cells[14] = "99X"
    return cells


def _unique_postcode(district: str, rng: random.Random, used: set[str]) -> str:
    while True:
        code = f"{district} {rng.randrange(10)}{rng.choice(INWARD)}{rng.choice(INWARD)}"
        if code not in used:
            used.add(code)
            return code


def _split(items: list, parts: int) -> list[list]:
    size, extra = divmod(len(items), parts)
    out, start = [], 0
    for i in range(parts):
        end = start + size + (i < extra)
        out.append(items[start:end])
        start = end
    return out


def _counts(total: int, parts: int) -> list[int]:
    return [len(part) for part in _split(list(range(total)), parts)]


def make_project(dest: Path, practices: int = 6300, commissioners: int = 42, services: int = 200,
                 districts: int = 3000) -> tuple[Path, Path, National]:
    """(project folder, the epraccur.csv to import, the country): the example's leaflets with a national directory."""
    shutil.rmtree(dest, ignore_errors=True)
    dest.mkdir(parents=True)
    country = National(practices, commissioners, services, districts)
    for folder in ("conditions", "content"):
        shutil.copytree(REPO / folder, dest / folder)
    shutil.copy(REPO / "site_config.yaml", dest)
    config = yaml.safe_load((dest / "site_config.yaml").read_text())
    text = (dest / "site_config.yaml").read_text().replace(f"default_service: {config['default_service']}",
                                                           f"default_service: {country.services[0]['id']}")
    (dest / "site_config.yaml").write_text(text)
    for shared in ("layouts", "node_modules"):
        (dest / shared).symlink_to(REPO / shared)
    _dump(dest / "content/services.yaml", {"services": country.services})
    entries = [{"district": d, "service": s, **({"shared": True} if len(c) > 1 else {})}
               for d, c in country.cover.items() for s in c]
    _dump(dest / "content/postcode-districts.yaml", {"districts": entries})
    (dest / "content/practices.yaml").write_text("# Imported from a made-up national epraccur.csv.\npractices: []\n")
    source = dest / "epraccur.csv"
    with source.open("w", newline="") as handle:
        csv.writer(handle).writerows(country.rows)
    return dest, source, country


def _dump(path: Path, data: dict) -> None:
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml's: the Python one took 6 s over 6,000 practices
    path.write_text(yaml.dump(data, Dumper=dumper, sort_keys=False, allow_unicode=True, width=1000))


def import_all(root: Path, source: Path, country: National) -> tuple[float, str]:
    """Import every commissioner's practices, then place the ones in shared districts as a person would."""
    problems = Problems(root)
    start = time.perf_counter()
    summary = import_practices(root, source, set(country.commissioners), problems)
    seconds = time.perf_counter() - start
    if summary is None:
        raise SystemExit(problems.report())
    path = root / "content/practices.yaml"
    data = load_data(path.read_text())
    rows = {row[0]: row for row in country.rows}
    for line in summary.unplaced:
        code = line.split()[0]
        district = rows[code][9].split()[0]
        data["practices"].append({"code": code, "name": line.split(" ", 1)[1].rsplit(",", 1)[0],
                                  "town": rows[code][7].title(), "postcode": rows[code][9],
                                  "service": country.cover[district][0]})
    _dump(path, data)
    return seconds, summary.text().splitlines()[0]


def sample_queries(site: Path, count: int, seed: int = 3) -> list[tuple[str, str]]:
    """(typed text, expected practice code): a name with one letter dropped after its third, and a full postcode."""
    practices = {p["code"]: p for f in sorted((site / "find/data/names").glob("*.json"))
                 for p in json.loads(f.read_text())["practices"]}
    rng = random.Random(seed)
    queries = []
    for p in rng.sample(sorted(practices.values(), key=lambda p: p["code"]), count):
        name = p["name"].lower()
        cut = rng.randrange(3, len(name) - 1)
        queries += [(name[:cut] + name[cut + 1:], p["code"]), (p["postcode"].lower().replace(" ", ""), p["code"])]
    return queries


def browser_query_bytes(site: Path, queries: list[tuple[str, str]], delay_ms: int) -> list[tuple[str, int, bool]]:
    """(typed, bytes of lookup data fetched, whether the practice was among the results) for each query, each typed
    into a fresh /find/ page in headless Chromium at delay_ms a key."""
    from playwright.sync_api import sync_playwright
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_QuietHandler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_port}"
    out = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"])
        for typed, code in queries:
            page = browser.new_page()
            fetched: list[str] = []
            page.on("request", lambda r: fetched.append(r.url.split(base, 1)[1]) if "/find/data/" in r.url else None)
            page.goto(base + "/find/")
            page.locator("#find-input").press_sequentially(typed, delay=delay_ms)
            page.wait_for_function("document.querySelector('#find-status').textContent !== ''", timeout=10_000)
            found = page.locator(f'#find-results a[href$="/{code.lower()}/"]').count() > 0
            out.append((typed, sum((site / url.lstrip("/")).stat().st_size for url in set(fetched)), found))
            page.close()
        browser.close()
    server.shutdown()
    return out


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--practices", type=int, default=6300)
    parser.add_argument("--commissioners", type=int, default=42)
    parser.add_argument("--services", type=int, default=200)
    parser.add_argument("--queries", type=int, default=20, help="practices to look up in the browser")
    parser.add_argument("--work", type=Path, default=REPO / "bench" / "out" / "national")
    args = parser.parse_args()
    root, source, country = make_project(args.work / "project", args.practices, args.commissioners, args.services)
    seconds, summary = import_all(root, source, country)
    print(f"import of {len(country.rows)} ODS rows for {args.commissioners} commissioners: {seconds:.2f}s ({summary})")
    for run in ("cold", "warm"):  # warm: the QR codes and drawings come from the cache the cold build filled
        times: dict[str, float] = {}
        start = time.perf_counter()
        result = pipeline.build(root, args.work / "_site", TODAY, search=True, times=times)
        if not result.ok:
            raise SystemExit(result.problems.report())
        print(f"{run} build: {time.perf_counter() - start:.1f}s, {result.pages} files; stages: "
              + ", ".join(f"{k} {v:.2f}s" for k, v in times.items()))
    queries = sample_queries(args.work / "_site", args.queries)
    for delay in (0, 250):  # typed at once, and a key every quarter second (each pause answers what is typed so far)
        results = browser_query_bytes(args.work / "_site", queries, delay)
        for kind, part in (("name with a typo", results[0::2]), ("full postcode", results[1::2])):
            sizes = [size for _, size, _ in part]
            print(f"/find/ {kind}, {delay} ms a key: median {statistics.median(sizes) / 1000:.1f} KB, max "
                  f"{max(sizes) / 1000:.1f} KB; found {sum(f for *_, f in part)} of {len(part)}")


if __name__ == "__main__":
    main()
