"""Command line: `build` (default), `serve`, `edit`, `check`, `addresses` and `import-practices`. Prints problems, never a traceback, for bad sources."""
from __future__ import annotations

import argparse
import os
import sys
from datetime import date, timedelta
from pathlib import Path

from . import pipeline
from .practices.command import import_practices
from .problems import Problems
from .published import record_published
from .since import unreviewed_changes
from .validate.reviews import DUE_SOON_DAYS


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="build.py", description="Build the MSK self-help site.")
    parser.add_argument("command", nargs="?", default="build",
                        choices=["build", "serve", "edit", "check", "addresses", "import-practices"])
    parser.add_argument("file", nargs="?", type=Path, help="import-practices: the ODS epraccur.csv file")
    parser.add_argument("--commissioner", action="append", default=[],
                        help="import-practices: a commissioner code (column 15) to import; repeat for more")
    parser.add_argument("--dry-run", action="store_true", help="import-practices: say what would change, write nothing")
    parser.add_argument("--skip-bad", action="store_true", help="import-practices: import the good rows despite bad ones")
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="project folder (default: here)")
    parser.add_argument("--out", type=Path, default=None, help="output folder (default: ROOT/_site)")
    parser.add_argument("--today", type=date.fromisoformat, default=None,
                        help="the date to judge review and waiting-time dates by (default: MSK_TODAY or today)")
    parser.add_argument("--soon", action="store_true", help=f"check: judge the dates as they will be in "
                        f"{DUE_SOON_DAYS} days, so a review falling due by then fails now")
    parser.add_argument("--since", metavar="REF", help="check: also warn of advice changed since this git branch or "
                        "commit (e.g. origin/main) whose `reviewed` date did not change")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--editor-port", type=int, default=8081, help="edit: the port of the editor's git proxy")
    parser.add_argument("--no-search", action="store_true", help="skip the search index (faster; for quick checks)")
    parser.add_argument("--no-cache", action="store_true",
                        help="draw every QR code and drawing again instead of taking them from .msksite-cache/")
    args = parser.parse_args(argv)
    args.root = args.root.resolve()
    args.out = (args.out or args.root / "_site").resolve()
    if args.today is None:
        try:
            args.today = date.fromisoformat(os.environ.get("MSK_TODAY") or date.today().isoformat())
        except ValueError:
            parser.error(f"MSK_TODAY is `{os.environ['MSK_TODAY']}`, which is not a date; write it as YYYY-MM-DD")
    if args.soon:
        args.today += timedelta(days=DUE_SOON_DAYS)
    return args


def main(argv: list[str] | None = None) -> int:
    """Run one command; exit 0 when clean, 1 when any error was found."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.command == "serve":
        from .serve import serve
        return serve(args.root, args.out, args.today, args.host, args.port)
    if args.command == "edit":
        from .edit import edit
        return edit(args.root, args.out, args.today, args.host, args.port, args.editor_port)
    if args.command == "addresses":
        return record_addresses(args)
    if args.command == "import-practices":
        return run_import(args)
    if args.command == "check":
        if args.soon:
            print(f"Checking the site as it will be on {args.today:%-d %B %Y}, in {DUE_SOON_DAYS} days.")
        checked = pipeline.check(args.root, args.today, cache=not args.no_cache)
        if args.since:
            unreviewed_changes(args.root, args.since, checked.problems)
        if checked.site:
            print(reading_table(checked.site))
        return report(checked.problems, "No errors found." if checked.problems.warnings else "No problems found.")
    result = pipeline.build(args.root, args.out, args.today, search=not args.no_search, cache=not args.no_cache)
    return report(result.problems, f"Built {result.pages} pages into {args.out}.")


def record_addresses(args: argparse.Namespace) -> int:
    """Add the site's current addresses to published-addresses.txt, the list `check` guards."""
    checked = pipeline.check(args.root, args.today)
    if checked.plan is None:
        return report(checked.problems, "")
    added = record_published(args.root, checked.plan.addresses(), checked.problems)
    if added is None:
        return report(checked.problems, "")
    print(f"Recorded {added} new address(es) in published-addresses.txt.")
    return 0


def run_import(args: argparse.Namespace) -> int:
    """Bring content/practices.yaml up to date from ODS, then say what changed."""
    if args.file is None or not args.commissioner:
        print("usage: build.py import-practices FILE --commissioner CODE [--commissioner CODE ...] [--dry-run] [--skip-bad]",
              file=sys.stderr)
        missing = ("the ODS file (epraccur.csv)" if args.file is None else
                   "--commissioner CODE, the code in column 15 of the ODS file (e.g. 99W); repeat it for more")
        print(f"build.py import-practices: give {missing}", file=sys.stderr)
        return 2
    problems = Problems(args.root)
    summary = import_practices(args.root, args.file.resolve(), {c.upper() for c in args.commissioner}, problems,
                               dry_run=args.dry_run, skip_bad=args.skip_bad)
    if summary is None:
        return report(problems, "")
    done = "Nothing was written (--dry-run): " if args.dry_run else "Imported: "
    return report(problems, done + summary.text())


def reading_table(site) -> str:
    """Each leaflet's reading age (Flesch-Kincaid grade + 5), so reviewers see the figures, not just pass or fail."""
    rows = [f"  {leaflet.reading_age:5.1f}  conditions/{leaflet.source}" for leaflet in sorted(site.leaflets, key=lambda l: l.source)]
    rows += [f"  {section.reading_age:5.1f}  content/sections/{section.slug}.md" for section in site.sections]
    return f"Reading age (limit {site.config.max_reading_age:g}):\n" + "\n".join(rows)


def report(problems, success: str) -> int:
    """Print every problem, then one line saying what happened; warnings never read as "no problems"."""
    if problems.items:
        print(problems.report(), file=sys.stderr, flush=True)
    if problems.errors:
        print("Nothing was changed: fix the problems above and run again.", file=sys.stderr)
        return 1
    warned = len(problems.warnings)
    print(success if not warned else f"{success.rstrip('.')}, with {warned} warning(s) to look at above.")
    return 0
