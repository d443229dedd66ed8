"""Printed leaflets, QR codes and permanent addresses, checked for real: PDF from Chromium, QR decoded from pixels."""
from __future__ import annotations

import html
import io
import re
import subprocess
import sys

import yaml
import zxingcpp
from PIL import Image

from conftest import REPO, TODAY

BASE = "https://wessex-msk.example.org"  # base_url in site_config.yaml


def pdf_of(page, url: str, tmp_path) -> tuple[int, str]:
    """Print a page as Chromium does for paper (print CSS, A4); return its page count and text."""
    page.goto(page.base + url)
    page.emulate_media(media="print")
    pdf = tmp_path / "page.pdf"
    page.pdf(path=str(pdf), format="A4", print_background=False)
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1)), re.sub(r"\s+", " ", text)


def test_leaflet_prints_on_a4_without_navigation_and_ends_with_address_and_dates(page, tmp_path):
    pages, text = pdf_of(page, "/conditions/low-back-pain/", tmp_path)
    assert 1 <= pages <= 5, f"{pages} pages"
    assert "Low back pain" in text
    assert "IMMEDIATE ACTION REQUIRED" in text and "Call 999 or go to A&E now if:" in text, "care card tier must print in words"
    assert "URGENT ADVICE" in text and "NON-URGENT ADVICE" in text
    assert f"{BASE}/conditions/low-back-pain/" in text
    assert "Page last reviewed: 1 November 2026. Next review due: 1 November 2029." in text
    assert "Find your physio service" not in text and "Skip to main content" not in text, "no navigation on paper"
    assert text.rindex("Next review due") > text.rindex("Call 999"), "the address and dates come last"


def test_exercise_sheet_prints_with_every_exercise(page, tmp_path):
    front = yaml.safe_load((REPO / "conditions/knee-pain.md").read_text().split("---")[1])
    pages, text = pdf_of(page, "/conditions/knee-pain/exercises/", tmp_path)
    # Today each exercise takes a page of its own; no exercise may spill onto a second one.
    # (Two or more to a page is the print work still to do.)
    assert 1 <= pages <= len(front["exercises"]), f"{pages} pages for {len(front['exercises'])} exercises"
    for exercise_id in front["exercises"]:
        title = yaml.safe_load((REPO / f"content/exercises/{exercise_id}.yaml").read_text())["title"]
        assert title in text, title
    assert f"{BASE}/conditions/knee-pain/" in text


def decode_qr(page, url: str) -> str:
    page.set_viewport_size({"width": 400, "height": 400})
    page.goto(page.base + url)
    image = Image.open(io.BytesIO(page.screenshot())).convert("L")
    found = zxingcpp.read_barcodes(image)
    assert len(found) == 1, f"expected one QR code in {url}"
    return found[0].text


def test_qr_codes_decode_to_the_leaflet_address(page, example_site):
    for slug in ["low-back-pain", "knee-pain", "heel-pain"]:
        assert decode_qr(page, f"/qr/{slug}.svg") == f"{BASE}/conditions/{slug}/"


def test_gp_kit_lists_every_leaflet_with_address_and_qr(example_site):
    kit = (example_site / "for-gp-surgeries/index.html").read_text()
    for leaflet in (REPO / "conditions").glob("*.md"):
        assert f"{BASE}/conditions/{leaflet.stem}/" in kit, leaflet.stem
        assert f'src="/qr/{leaflet.stem}.svg"' in kit


def test_example_site_keeps_every_published_address(example_site):
    recorded = [l for l in (REPO / "published-addresses.txt").read_text().splitlines() if l.startswith("/")]
    assert len(recorded) > 100
    for address in recorded:
        assert (example_site / address.lstrip("/") / "index.html").is_file(), address


def run(project, *args):
    return subprocess.run([sys.executable, str(REPO / "build.py"), *args, "--root", str(project.root),
                           "--today", TODAY.isoformat()], capture_output=True, text=True)


def test_rename_without_redirect_fails_check_and_passes_with_one(project):
    assert run(project, "addresses").returncode == 0
    assert "/conditions/knee-pain/" in project.read("published-addresses.txt")
    (project.root / "conditions/knee-pain.md").rename(project.root / "conditions/painful-knee.md")
    project.replace("content/sections/work-and-fit-notes.md", "leaflets: [knee-pain]", "leaflets: [painful-knee]")
    failed = run(project, "check")
    assert failed.returncode == 1
    line = project.read("published-addresses.txt").splitlines().index("/conditions/knee-pain/") + 1
    assert (f"published-addresses.txt:{line}: /conditions/knee-pain/ was published, but the site no longer has it; "
            "GP surgeries may link to it") in failed.stderr
    project.replace("conditions/painful-knee.md", "redirect_from:\n", "redirect_from:\n  - /conditions/knee-pain/\n")
    passed = run(project, "check")
    assert passed.returncode == 0, passed.stderr
    assert project.build().ok
    redirects = (project.root / "_site/_redirects").read_text()
    assert "/conditions/knee-pain/ /conditions/painful-knee/ 301" in redirects


def test_every_tap_to_call_link_is_999_111_or_a_uk_number(example_site):
    numbers = {number for page in example_site.rglob("*.html")
               for number in re.findall(r'href="tel:([^"]*)"', page.read_text(encoding="utf-8"))}
    assert {"999", "111"} <= numbers, "the care cards must let a patient tap to call 999 and 111"
    bad = [n for n in numbers if n not in ("999", "111") and not re.fullmatch(r"0\d{9,10}|\+44\d{9,10}", n)]
    assert not bad, f"not callable UK numbers: {bad}"
    services = yaml.safe_load((REPO / "content/services.yaml").read_text())["services"]
    phones = {re.sub(r"\D", "", s["self_referral"]["phone"]) for s in services if (s.get("self_referral") or {}).get("phone")}
    assert phones and phones <= numbers, "every service phone number is tap-to-call somewhere"


def test_example_self_referral_lists_every_red_flag_marked_for_it(example_site):
    page = (example_site / "self-referral/index.html").read_text(encoding="utf-8")
    step_1 = page[:page.index('id="find-your-route"')]
    flags = yaml.safe_load((REPO / "content/red-flags.yaml").read_text(encoding="utf-8"))["flags"]
    marked = [flag for flag in flags if flag.get("self_referral")]
    assert len(marked) >= 10
    for flag in flags:
        shown = f'data-red-flag="{flag["id"]}">{html.escape(flag["text"], quote=False)}<' in step_1
        assert shown, f"{flag['id']} is in the library but not on /self-referral/"
