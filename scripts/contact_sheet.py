"""Render every exercise drawing into one labelled PNG, for reviewing the drawings side by side.

    .venv/bin/python scripts/contact_sheet.py                      # docs/exercise-drawings.png
    .venv/bin/python scripts/contact_sheet.py --out x.png --width 390 --only bridge,clam
    .venv/bin/python scripts/contact_sheet.py --blind --out blind.png  # shuffled, numbered, no names
    .venv/bin/python scripts/contact_sheet.py --blind --only bridge,clam --seed 3 --key key.txt --out blind.png
    .venv/bin/python scripts/contact_sheet.py --blind --seed 7 --key key.txt --names r/names.txt --out r/sheet.png
    .venv/bin/python scripts/contact_sheet.py --blind --phone --seed 7 --key key.txt --names r/names.txt --out r/sheet.png

A blind review (docs/blind-review-brief.md) gives a reviewer the sheet and the names; score_blind_review.py scores it.
With --phone the drawings are as big and as sharp as on a 390 px phone (see PHONE), six to a page, in files
sheet-1.png, sheet-2.png and so on: the one-page sheet shrinks them to a third of the width a patient sees.

Each cell is the drawing as the site serves it (the still file) at the given width, in Debian's Chromium.
"""
from __future__ import annotations

import argparse
import base64
import html
import random
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from msksite.drawing import render_svg  # noqa: E402
from msksite.schema.exercise import ExerciseMeta  # noqa: E402

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]
# An exercise page on a 390 px phone shows its drawing 358 CSS px wide (measured in Chromium); phones have two or
# three device pixels to a CSS pixel. Two columns of three keep a page under 1,600 pixels each way, so a reviewer's
# image viewer shows it without shrinking.
PHONE = {"width": 358, "scale": 2, "columns": 2, "per_page": 6}


def exercises(only: list[str]) -> list[tuple[str, ExerciseMeta]]:
    """(exercise id, its meta) for every exercise file in name order, or only the named ones in the order given."""
    folder = ROOT / "content" / "exercises"
    paths = [folder / f"{name}.yaml" for name in only] if only else sorted(folder.glob("*.yaml"))
    return [(path.stem, ExerciseMeta.model_validate(yaml.safe_load(path.read_text(encoding="utf-8"))))
            for path in paths]


def page(cells: list[tuple[str, str]], width: int, columns: int) -> str:
    """An HTML grid of labelled drawings."""
    items = "".join(
        f'<figure><img src="data:image/svg+xml;base64,{base64.b64encode(svg.encode()).decode()}">'
        f"<figcaption>{html.escape(label)}</figcaption></figure>" for label, svg in cells)
    return (f"<!doctype html><style>body{{margin:8px;font:14px sans-serif;display:grid;"
            f"grid-template-columns:repeat({columns},{width}px);gap:8px}}figure{{margin:0;border:1px solid #ccc}}"
            f"img{{width:{width}px;display:block}}figcaption{{padding:2px 4px}}</style>{items}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "exercise-drawings.png"))
    parser.add_argument("--width", type=int, default=240, help="width of each drawing in CSS pixels")
    parser.add_argument("--columns", type=int, default=6)
    parser.add_argument("--only", default="", help="comma-separated exercise ids")
    parser.add_argument("--blind", action="store_true", help="shuffle and number the cells instead of naming them")
    parser.add_argument("--seed", type=int, default=46, help="with --blind: the shuffle's seed")
    parser.add_argument("--key", help="with --blind: write which exercise each numbered cell is to this file")
    parser.add_argument("--names", help="with --blind: write the drawings' titles, in name order, to this file")
    parser.add_argument("--phone", action="store_true", help="phone-sized drawings, six to a page: out-1.png, ...")
    args = parser.parse_args()
    chosen = exercises([s for s in args.only.split(",") if s])
    cells = [(name, render_svg(meta.illustration.pose, meta.title)) for name, meta in chosen]
    if args.blind and args.names:
        Path(args.names).write_text("".join(f"{title}\n" for title in sorted(meta.title for _, meta in chosen)))
    if args.blind:
        random.Random(args.seed).shuffle(cells)
        if args.key:
            Path(args.key).write_text("".join(f"{i + 1} -> {name}\n" for i, (name, _) in enumerate(cells)))
        cells = [(str(i + 1), svg) for i, (_, svg) in enumerate(cells)]
    if args.phone:
        out = Path(args.out)
        size = PHONE["per_page"]
        pages = [(out.with_name(f"{out.stem}-{n + 1}{out.suffix}"), cells[i:i + size])
                 for n, i in enumerate(range(0, len(cells), size))]
        shoot(pages, PHONE["width"], PHONE["columns"], PHONE["scale"])
    else:
        shoot([(Path(args.out), cells)], args.width, args.columns, 1)


def shoot(pages: list[tuple[Path, list[tuple[str, str]]]], width: int, columns: int, scale: int) -> None:
    """Screenshot each page of labelled drawings in Chromium, `scale` device pixels to a CSS pixel."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        tab = browser.new_page(viewport={"width": columns * (width + 10) + 16, "height": 600},
                               device_scale_factor=scale)
        for path, cells in pages:
            tab.set_content(page(cells, width, columns))
            tab.screenshot(path=str(path), full_page=True)
            print(path)
        browser.close()


if __name__ == "__main__":
    main()
