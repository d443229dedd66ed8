"""Printed leaflets, QR codes and permanent addresses, checked for real: PDF from Chromium, QR decoded from pixels."""
from __future__ import annotations

import html
import io
import math
import re
import subprocess
import sys

import pytest
import yaml
import zxingcpp
from PIL import Image
from playwright.sync_api import expect

from browser import axe_violations
from conftest import REPO, TODAY
from msksite import addresses
from msksite.printed import printed_address

BASE = "https://wessex-msk.example.org"  # base_url in site_config.yaml


def pdf_of(page, url: str, tmp_path, mode: str = "-layout") -> tuple[int, str]:
    """Print a page as Chromium does for paper (print CSS, A4); return its page count and text, each run of
    whitespace one space. pdftotext's `mode`: -layout keeps words where they print, -raw reads them in the order
    Chromium drew them, so a table's cells come one after another rather than side by side."""
    pdf = print_pdf(page, url, tmp_path)
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1)), re.sub(r"\s+", " ", pdf_text(pdf, mode))


def pdf_text(pdf, mode: str = "-layout") -> str:
    """The text of a PDF as pdftotext reads it in `mode`; each page ends with a form feed."""
    return subprocess.run(["pdftotext", mode, str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def printed_qr_codes(pdf) -> list[str]:
    """What each QR code on the printed pages says, read from the pages as a phone's camera would see them."""
    subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", str(pdf), str(pdf.with_suffix(""))], check=True)
    return [code.text for png in sorted(pdf.parent.glob(f"{pdf.stem}-*.png"))
            for code in zxingcpp.read_barcodes(Image.open(png))]


def print_pdf(page, url: str, tmp_path):
    page.goto(page.base + url)
    page.wait_for_load_state("networkidle")  # the drawings and QR code are images: wait for them
    page.emulate_media(media="print")
    pdf = tmp_path / "page.pdf"
    page.pdf(path=str(pdf), format="A4", print_background=False)
    return pdf


def page_fill(pdf) -> list[float]:
    """How far down each printed page its lowest word or picture reaches, as a share of the page's height."""
    words = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    fills = []
    for match in re.finditer(r'<page width="[\d.]+" height="([\d.]+)">(.*?)</page>', words, re.S):
        bottoms = [float(y) for y in re.findall(r'yMax="([\d.]+)"', match.group(2))]
        fills.append(max(bottoms, default=0) / float(match.group(1)))
    return fills


def leaflets() -> list[str]:
    return sorted(p.stem for p in (REPO / "conditions").glob("*.md"))


def headings(html_text: str) -> set[str]:
    """The text of every heading of a built page, as one line."""
    found = re.findall(r"<h[1-6][^>]*>(.*?)</h[1-6]>", html_text, re.S)
    return {re.sub(r"<[^>]+>|\s+", " ", heading).strip() for heading in found}


FEATURE_ITEMS = "cards => cards.map(card => [...card.querySelectorAll('li')].map(li => li.innerText))"


def on_page(pages: list[list[str]], text: str) -> int:
    """Which printed page (from 0) a list item starts on, found by its first words; lines joined, as it may wrap."""
    start = " ".join(text.split())[:40]
    return next(number for number, lines in enumerate(pages) if start in " ".join(" ".join(lines).split()))


@pytest.mark.parametrize("slug", leaflets())
def test_every_leaflet_prints_on_at_most_3_pages_and_no_page_is_nearly_empty(page, example_site, tmp_path, slug):
    pdf = print_pdf(page, f"/conditions/{slug}/", tmp_path)
    fills = page_fill(pdf)
    assert len(fills) <= 3, f"{len(fills)} pages"
    assert all(fill >= 0.25 for fill in fills), f"a page is less than a quarter used: {fills}"
    # Nor does a page end on a heading, or on a lead-in ("A physio may:") whose list is over the page.
    pages = [[line.strip() for line in p.splitlines() if line.strip()] for p in pdf_text(pdf).split("\f")]
    titles = headings((example_site / f"conditions/{slug}/index.html").read_text(encoding="utf-8"))
    for number, lines in enumerate(pages[:len(fills) - 1], 1):
        assert lines[-1] not in titles and not lines[-1].endswith(":"), f"page {number} ends with {lines[-1]!r}"
    # The exercises block is short: its heading, lead-in, list and printout address print on one page.
    # Names of other leaflets with no address lead nowhere on paper (and pushed the neck pain leaflet to 4 pages).
    assert not any("Related conditions" in lines for lines in pages)
    exercises = [p for p in pages if "Exercises that can help" in p]
    assert not exercises or any("on one printout:" in line for line in exercises[0]), "the exercises are split"
    # On paper the 999 card comes first, on the page where the care cards start: printed last, it went whole on to
    # a sheet of its own in 13 of the 20 leaflets.
    tiers = [next((n for n, p in enumerate(pages) if any(tier in line for line in p)), None)
             for tier in ("IMMEDIATE ACTION REQUIRED", "URGENT ADVICE", "NON-URGENT ADVICE")]
    assert tiers[0] is not None and tiers[0] <= min(t for t in tiers if t is not None), tiers
    # A Do or Don't box may run over a page, but never leaves a lone item on either side: "Don't" and one item at
    # the foot of a page read as the whole list.
    for items in page.eval_on_selector_all(".nhsuk-card--feature", FEATURE_ITEMS):
        where = [on_page(pages, item) for item in items]
        for number in set(where):
            assert len(items) < 2 or where.count(number) >= 2, f"page {number + 1} has one item of {items}: {where}"


@pytest.mark.parametrize("slug", ["low-back-pain", "knee-pain", "neck-pain", "osteoarthritis"])
def test_an_exercise_sheet_fits_two_or_three_exercises_to_a_page(page, tmp_path, slug):
    ids = yaml.safe_load((REPO / f"conditions/{slug}.md").read_text().split("---")[1])["exercises"]
    titles = [yaml.safe_load((REPO / f"content/exercises/{i}.yaml").read_text())["title"] for i in ids]
    count, pdf = len(ids), print_pdf(page, f"/conditions/{slug}/exercises/", tmp_path)
    fills, texts = page_fill(pdf), [re.sub(r"\s+", " ", text) for text in pdf_text(pdf).split("\f")[:-1]]
    with_exercises = sorted({next(n for n, text in enumerate(texts) if f"{i}. {title}" in text)
                             for i, title in enumerate(titles, 1)})
    assert math.ceil(count / 3) <= len(with_exercises) <= math.ceil(count / 2), f"{with_exercises}: {count} exercises"
    # The sheet may be all a patient keeps: the signs that cannot wait print whole, after the exercises, and take a
    # page of their own at most.
    help_page = next(n for n, text in enumerate(texts) if "Stop and get help now" in text)
    # A page holds one exercise only when the sheet has one, or the help shares its page: a lone exercise then the
    # help on a fourth sheet wasted most of a page.
    on_each = [sum(f"{i}. {title}" in texts[n] for i, title in enumerate(titles, 1)) for n in with_exercises]
    assert all(held >= 2 or count == 1 or n == help_page for held, n in zip(on_each, with_exercises)), on_each
    assert help_page >= with_exercises[-1] and len(texts) <= len(with_exercises) + 1
    assert "Call 999 or go to A&E now if:" in texts[help_page]
    assert all(fill >= 0.25 for fill in fills), f"a page is less than a quarter used: {fills}"


@pytest.mark.parametrize("address", [f"{BASE}/conditions/general-aches-and-pains/exercises/",
                                     "https://example.org/refer?from=gp-kit&x=<1>", f"{BASE}/", "https://x.org"])
def test_a_printed_address_has_breaks_only_after_its_slashes(address):
    printed = str(printed_address(address))
    assert html.unescape(re.sub(r"<[^>]+>", "", printed)) == address, "the same text, to copy or read aloud"
    parts = re.findall(r"<span>(.*?)</span>", printed)
    assert printed.count("<wbr>") == len(parts) - 1 and all(part.endswith("/") for part in parts[:-1])
    assert not any(part.startswith("/") for part in parts), "scheme, host and first slash stay together"


# Printouts with the site's longest addresses, and the addresses each must print in full (the GP kit: all of its own).
PRINTED = {
    "/conditions/carpal-tunnel-syndrome/": ["/conditions/carpal-tunnel-syndrome/exercises/", addresses.SELF_REFERRAL,
                                            "/conditions/carpal-tunnel-syndrome/"],
    "/conditions/general-aches-and-pains/exercises/": ["/conditions/general-aches-and-pains/exercises/",
                                                       "/conditions/general-aches-and-pains/"],
    "/for-gp-surgeries/posters/conditions/general-aches-and-pains/": ["/conditions/general-aches-and-pains/"],
    "/for-gp-surgeries/": [],
}


@pytest.mark.parametrize("url", sorted(PRINTED))
def test_links_print_as_full_addresses_or_not_at_all(page, example_site, tmp_path, url):
    _, text = pdf_of(page, url, tmp_path, mode="-raw")
    assert "(Link: " not in text and "(/" not in text, "a relative address means nothing on paper"
    assert "tel:" not in text
    # An address may break after a slash and nowhere else: a reader takes a hyphen at the end of a line for a word
    # break and types the address without it, and a break inside a word (z9900 / 1) is a typo waiting to happen.
    assert not (broken := re.findall(r"https?://\S*-(?= )", text)), f"broken at a hyphen: {broken}"
    joined = re.sub(r"/ ", "/", text)
    wanted = [BASE + address for address in PRINTED[url]]
    if url == addresses.GP_KIT:
        wanted = re.findall(r'data-copy="([^"]+)"', (example_site / "for-gp-surgeries/index.html").read_text())
    assert wanted and not (missing := [address for address in wanted if address not in joined]), missing


@pytest.mark.parametrize("url, title", [
    ("/for-gp-surgeries/posters/conditions/low-back-pain/", "Low back pain"),
    ("/for-gp-surgeries/posters/find/z99005/", "Physiotherapy for patients of Millbrook Surgery"),
])
def test_a_poster_prints_on_one_page_with_its_title_and_address(page, tmp_path, url, title):
    pages, text = pdf_of(page, url, tmp_path)
    assert pages == 1
    assert title in text and BASE + url.removeprefix("/for-gp-surgeries/posters") in text
    assert "Print this page" not in text
    # Spread down the frame, the address comes near its foot (top-aligned, it ended 55 to 80 mm above it).
    assert page_fill(tmp_path / "page.pdf")[0] > 0.85


def test_the_exercise_list_prints_as_names_and_the_address_of_the_pictures(page, tmp_path):
    # Printed, /exercises/ was four pages of small pictures with underlined names and no address.
    pages, text = pdf_of(page, "/exercises/", tmp_path)
    assert pages <= 2 and f"Each exercise, with its picture and steps: {BASE}/exercises/" in text
    assert "Standing leg back" in text and "Wrist lifts, palm up" in text
    assert page.locator(".app-exercise-list img").evaluate_all("images => images.every(i => !i.offsetWidth)")


def test_leaflet_prints_on_a4_without_navigation_and_ends_with_address_and_dates(page, tmp_path):
    pages, text = pdf_of(page, "/conditions/low-back-pain/", tmp_path)
    assert 1 <= pages <= 3, f"{pages} pages"
    # Example content says so at the top of every printed page: a surgery may photocopy one page alone.
    sheets = pdf_text(tmp_path / "page.pdf").split("\f")[:-1]
    assert len(sheets) == pages and all("Example content awaiting clinical sign-off" in s.split("\n")[0] for s in sheets)
    assert "Low back pain" in text
    assert "IMMEDIATE ACTION REQUIRED" in text and "Call 999 or go to A&E now if:" in text, "care card tier must print in words"
    assert "URGENT ADVICE" in text and "NON-URGENT ADVICE" in text
    assert "get help from 111 online (https://111.nhs.uk/)" in text
    assert f"on one printout: {BASE}/conditions/low-back-pain/exercises/" in text
    assert f"Check if you can refer yourself: {BASE}/self-referral/" in text, "paper has no action link to follow"
    assert f"Read this online: {BASE}/conditions/low-back-pain/" in text
    assert "Written: 1 November 2026. Not yet reviewed by a clinician." in text
    assert "Find physio" not in text and "Skip to main content" not in text, "no navigation on paper"
    assert text.rindex("Not yet reviewed") > text.rindex("Call 999"), "the address and dates come last"


def test_exercise_sheet_prints_with_every_exercise_and_its_own_address_and_qr_code(page, tmp_path):
    front = yaml.safe_load((REPO / "conditions/knee-pain.md").read_text().split("---")[1])
    _, text = pdf_of(page, "/conditions/knee-pain/exercises/", tmp_path)
    for exercise_id in front["exercises"]:
        title = yaml.safe_load((REPO / f"content/exercises/{exercise_id}.yaml").read_text())["title"]
        assert title in text, title
    # Scanned or typed, the footer leads back to the sheet (and its moving drawings), then to the advice.
    assert f"Read this online: {BASE}/conditions/knee-pain/exercises/ The advice" in text
    assert f"{BASE}/conditions/knee-pain/ Written: 1 November 2026. Not yet reviewed by a clinician." in text
    assert printed_qr_codes(tmp_path / "page.pdf") == [f"{BASE}/conditions/knee-pain/exercises/"]


def test_a_practice_page_prints_its_referral_address_as_text_and_a_footer_back_to_itself(page, tmp_path):
    practice = next(p for p in yaml.safe_load((REPO / "content/practices.yaml").read_text())["practices"]
                    if p["code"] == "Z99001")
    service = next(s for s in yaml.safe_load((REPO / "content/services.yaml").read_text())["services"]
                   if s["id"] == practice["service"])
    pdf = print_pdf(page, "/find/z99001/", tmp_path)
    # The fullest practice page (an FCP, a note, three sites) on one sheet: its second page held only the footer.
    assert len(page_fill(pdf)) == 1
    lines = [line.strip() for line in pdf_text(pdf).splitlines()]
    # Paper has no button to press: its words, then the form's address alone on the next line.
    label = lines.index(f"Refer yourself online to {service['name']}:")
    assert lines[label + 1] == service["self_referral"]["web"]
    text = re.sub(r"\s+", " ", "\n".join(lines))
    assert f"Read this online: {BASE}/find/z99001/" in text
    assert printed_qr_codes(pdf) == [f"{BASE}/find/z99001/"]


# A box's heading sits on its top border on screen; on paper the border must not strike it through.
BOX_HEADINGS = ".nhsuk-warning-callout__label, .nhsuk-card--feature .nhsuk-card__heading"


@pytest.mark.parametrize("url", ["/exercises/", "/find/z99035/", "/conditions/low-back-pain/"])
def test_a_box_heading_prints_inside_its_box_below_the_border(page, url):
    page.goto(page.base + url)
    page.emulate_media(media="print")
    headings_ = page.evaluate("""selector => [...document.querySelectorAll(selector)].map(heading => {
        const box = heading.parentElement.closest('.nhsuk-warning-callout, .nhsuk-card--feature');
        const inside = box.getBoundingClientRect().top + parseFloat(getComputedStyle(box).borderTopWidth);
        return [heading.textContent.trim(), heading.getBoundingClientRect().top - inside];
    })""", BOX_HEADINGS)
    assert headings_, f"no box heading on {url}"
    assert not (crossed := [text for text, gap in headings_ if gap < 1]), f"struck through by the border: {crossed}"


def decode_qr(page, url: str) -> str:
    page.set_viewport_size({"width": 400, "height": 400})
    page.goto(page.base + url)
    image = Image.open(io.BytesIO(page.screenshot())).convert("L")
    found = zxingcpp.read_barcodes(image)
    assert len(found) == 1, f"expected one QR code in {url}"
    return found[0].text


@pytest.mark.parametrize("url", ["/conditions/low-back-pain/", "/conditions/heel-pain/",
                                 "/conditions/knee-pain/exercises/", "/find/z99018/"])
def test_qr_codes_decode_to_the_full_address(page, example_site, url):
    assert decode_qr(page, addresses.qr_of(url)) == BASE + url


def test_a_poster_shows_a_qr_code_of_its_page(page):
    page.set_viewport_size({"width": 800, "height": 1400})
    page.goto(page.base + "/for-gp-surgeries/posters/find/z99018/")
    image = Image.open(io.BytesIO(page.locator(".app-poster__qr").screenshot())).convert("L")
    assert [code.text for code in zxingcpp.read_barcodes(image)] == [f"{BASE}/find/z99018/"]


def test_every_way_into_a_service_comes_after_the_urgent_signs(example_site):
    # The service page showed "Refer yourself online" above its reminder to check for urgent help, and practice
    # posters gave a referral phone number with no 999 or 111 line.
    services = yaml.safe_load((REPO / "content/services.yaml").read_text())["services"]
    for service in services:
        page = (example_site / f"services/{service['id']}/index.html").read_text()
        urgent = page.index("check your symptoms do not need urgent help")
        assert urgent < page.index("<h3>You"), service["id"]
    practices = yaml.safe_load((REPO / "content/practices.yaml").read_text())["practices"]
    for practice in practices:
        poster = (example_site / f"for-gp-surgeries/posters/find/{practice['code'].lower()}/index.html").read_text()
        text = " ".join(re.sub(r"<[^>]+>", " ", poster).split())
        said = "Call 999 or go to A&amp;E now. For other urgent problems, call 111." in text
        assert said == (not practice.get("closed")), practice["code"]
        if said and "To refer yourself by phone" in text:
            assert text.index("Call 999") < text.index("To refer yourself by phone"), practice["code"]


def test_a_practice_poster_gives_the_referral_phone_number_where_there_is_one(example_site):
    # A phone-only service's poster said "You can refer yourself by phone" and gave no number; a poster's reader
    # without a smartphone has no other way in.
    services = yaml.safe_load((REPO / "content/services.yaml").read_text())["services"]
    phones = {s["id"]: (s.get("self_referral") or {}).get("phone") for s in services}
    checked = 0
    for practice in yaml.safe_load((REPO / "content/practices.yaml").read_text())["practices"]:
        poster = (example_site / f"for-gp-surgeries/posters/find/{practice['code'].lower()}/index.html").read_text()
        phone = phones[practice["service"]] if not practice.get("closed") else None
        assert (f"by phone, call {phone} (" in poster) if phone else ("by phone, call" not in poster), practice["code"]
        checked += bool(phone)
    assert checked >= 10


def test_gp_kit_lists_every_leaflet_sheet_and_practice_with_address_qr_and_poster(example_site):
    kit = (example_site / "for-gp-surgeries/index.html").read_text()
    practices = yaml.safe_load((REPO / "content/practices.yaml").read_text())["practices"]
    sheets = [f"/conditions/{slug}/exercises/" for slug in leaflets()
              if yaml.safe_load((REPO / f"conditions/{slug}.md").read_text().split("---")[1]).get("exercises")]
    pages = [f"/conditions/{slug}/" for slug in leaflets()] + sheets
    pages += [f"/find/{p['code'].lower()}/" for p in practices if not p.get("closed")]
    for url in pages:
        assert f'data-copy="{BASE}{url}"' in kit, url
        assert f'src="{addresses.qr_of(url)}"' in kit, url
        assert (example_site / addresses.qr_of(url).lstrip("/")).is_file(), url
        if not url.endswith("/exercises/"):
            assert f'href="{addresses.poster(url)}"' in kit, url
    assert "/find/z99035/" not in kit, "a closed practice has no poster"


@pytest.mark.parametrize("url", ["/conditions/knee-pain/exercises/", "/for-gp-surgeries/",
                                 "/for-gp-surgeries/posters/conditions/knee-pain/"])
def test_print_button_appears_only_with_javascript(page, nojs_page, url):
    page.goto(page.base + url)
    expect(page.get_by_role("button", name="Print this page")).to_be_visible()
    nojs_page.goto(nojs_page.base + url)
    expect(nojs_page.get_by_role("button", name="Print this page")).to_have_count(0)


def test_the_printed_gp_kit_never_ends_a_page_on_a_heading_or_a_table_header(page, example_site, tmp_path):
    pdf = print_pdf(page, "/for-gp-surgeries/", tmp_path)
    pages = [[line.strip() for line in p.splitlines() if line.strip()] for p in pdf_text(pdf).split("\f")[:-1]]
    titles = headings((example_site / "for-gp-surgeries/index.html").read_text(encoding="utf-8"))
    for number, lines in enumerate(pages[:-1], 1):
        last = re.sub(r"\s+", " ", lines[-1])
        assert last not in titles and not last.startswith("Page Permanent address"), f"page {number} ends {last!r}"


def test_copy_link_copies_the_full_address_and_says_so(page):
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(page.base + "/for-gp-surgeries/")
    # Found by what it copies: its name changes to "Copied to Low back pain" once clicked.
    button = page.locator(f'button[data-copy="{BASE}/conditions/low-back-pain/"]')
    expect(button).to_have_accessible_name("Copy link to Low back pain")
    button.click()
    expect(button).to_have_accessible_name("Copied to Low back pain")
    assert page.evaluate("navigator.clipboard.readText()") == f"{BASE}/conditions/low-back-pain/"
    expect(page.locator("[role=status]", has_text="Link copied")).to_have_text(f"Link copied: {BASE}/conditions/low-back-pain/")


def test_copy_link_refused_by_the_computer_says_so_and_selects_the_address(page):
    # NHS desktops may refuse the clipboard: a message read out only by a screen reader left sighted staff waiting.
    page.goto(page.base + "/for-gp-surgeries/")
    page.evaluate("() => { navigator.clipboard.writeText = () => Promise.reject(new Error('refused')); }")
    page.locator(f'button[data-copy="{BASE}/conditions/low-back-pain/"]').click()
    failed = page.locator(".app-copy__failed")
    expect(failed).to_be_visible()
    expect(failed).to_have_text("Could not copy. The address is selected: press Ctrl+C to copy it.")
    assert page.evaluate("window.getSelection().toString().replace(/\\s/g, '')") == f"{BASE}/conditions/low-back-pain/"
    assert axe_violations(page) == []


@pytest.mark.parametrize("url", ["/for-gp-surgeries/posters/conditions/low-back-pain/",
                                 "/for-gp-surgeries/posters/find/z99005/"])
def test_zero_axe_violations_on_posters(page, url):
    page.goto(page.base + url)
    assert axe_violations(page) == []


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
    assert "/conditions/knee-pain/ /conditions/painful-knee/ 301!" in redirects
    # A surgery may show the kit's QR image on its own website: the old one stays, a code of the old address.
    from msksite.render.files import qr_svg
    for old in ("/conditions/knee-pain/", "/conditions/knee-pain/exercises/"):
        image = project.root / "_site" / addresses.qr_of(old).lstrip("/")
        assert image.read_text() == qr_svg("https://msk.example.org" + old), old


def test_a_rename_reports_its_broken_names_and_its_lost_addresses_in_one_run(project):
    # The names that still say knee-pain or bridge stop the site being built; the published addresses were only
    # judged once they were mended, so the editor met the rename's second half on a second run.
    assert run(project, "addresses").returncode == 0
    (project.root / "conditions/knee-pain.md").rename(project.root / "conditions/painful-knee.md")
    (project.root / "content/exercises/bridge.yaml").rename(project.root / "content/exercises/glute-bridge.yaml")
    failed = run(project, "check")
    assert "content/sections/work-and-fit-notes.md:" in failed.stderr and "no leaflet called `knee-pain`" in failed.stderr
    published = project.read("published-addresses.txt").splitlines()
    gone = [a for a in published if a.startswith(("/conditions/knee-pain/", "/exercises/bridge/"))
            or a.endswith("/conditions/knee-pain/")]
    assert len(gone) >= 3, gone
    for old in gone:
        assert f"published-addresses.txt:{published.index(old) + 1}: {old} was published" in failed.stderr, old
    assert failed.stderr.count(" was published, but") == len(gone), "nothing else is said to be lost"
    # With the leaflet's redirect, its sheet and poster move with it: only the exercise is still lost.
    project.replace("conditions/painful-knee.md", "redirect_from:\n", "redirect_from:\n  - /conditions/knee-pain/\n")
    again = run(project, "check").stderr
    lost = [line.split(": ", 1)[1].split(";")[0] for line in again.splitlines() if " was published" in line]
    assert lost == ["/exercises/bridge/ was published, but the site no longer has it"], again


def test_an_old_address_keeps_the_links_section_and_query_on_a_host_without_redirect_rules(project, browser):
    # A surgery's text message may link to the 999 card (#get-help); a meta refresh alone drops it.
    from browser import serve_folder
    (project.root / "conditions/knee-pain.md").rename(project.root / "conditions/painful-knee.md")
    project.replace("content/sections/work-and-fit-notes.md", "leaflets: [knee-pain]", "leaflets: [painful-knee]")
    project.replace("conditions/painful-knee.md", "redirect_from:\n", "redirect_from:\n  - /conditions/knee-pain/\n")
    assert project.build().ok
    server, url = serve_folder(project.root / "_site")
    tab = browser.new_page()
    try:
        tab.goto(f"{url}/conditions/knee-pain/?from=sms#get-help")
        tab.wait_for_url(f"{url}/conditions/painful-knee/?from=sms#get-help")
        expect(tab.locator("#get-help")).to_be_visible()
        tab.goto(f"{url}/conditions/knee-pain/exercises/")
        tab.wait_for_url(f"{url}/conditions/painful-knee/exercises/")
    finally:
        tab.close()
        server.shutdown()


def test_a_renamed_exercise_service_or_page_keeps_answering_at_its_old_address(project):
    # GP surgeries link to and print these as well as leaflets: each can say where it used to be
    assert run(project, "addresses").returncode == 0
    root = project.root
    (root / "content/exercises/bridge.yaml").rename(root / "content/exercises/glute-bridge.yaml")
    project.replace("conditions/knee-pain.md", "  - bridge\n", "  - glute-bridge\n")
    project.replace("content/services.yaml", "id: south-physio", "id: south-wessex")
    for rel in ("content/practices.yaml", "content/postcode-districts.yaml"):
        project.write(rel, project.read(rel).replace("service: south-physio", "service: south-wessex"))
    (root / "content/pages/about.md").rename(root / "content/pages/about-this-site.md")
    failed = run(project, "check")
    assert failed.returncode == 1
    published = project.read("published-addresses.txt").splitlines()
    for old in ("/exercises/bridge/", "/services/south-physio/", "/about/"):
        assert (f"published-addresses.txt:{published.index(old) + 1}: {old} was published, but the site no longer "
                "has it; GP surgeries may link to it: add it to `redirect_from` of the leaflet, exercise, service or "
                "page that replaces it") in failed.stderr
    project.write("content/exercises/glute-bridge.yaml", project.read("content/exercises/glute-bridge.yaml")
                  + "redirect_from:\n  - /exercises/bridge/\n")
    project.replace("content/services.yaml", "id: south-wessex\n",
                    "id: south-wessex\n    redirect_from: [/services/south-physio/]\n")
    project.replace("content/pages/about-this-site.md", "---\n", "---\nredirect_from: [/about/]\n")
    passed = run(project, "check")
    assert passed.returncode == 0, passed.stderr
    assert project.build().ok
    site = root / "_site"
    for old, new in (("exercises/bridge", "/exercises/glute-bridge/"),
                     ("services/south-physio", "/services/south-wessex/"), ("about", "/about-this-site/")):
        assert f'http-equiv="refresh" content="0; url={new}"' in (site / old / "index.html").read_text()
        assert f"/{old}/ {new} 301!" in (site / "_redirects").read_text()


def test_an_old_address_can_lead_to_one_page_only(project):
    project.write("content/exercises/bridge.yaml", project.read("content/exercises/bridge.yaml")
                  + "redirect_from:\n  - /exercises/pelvic-tilt/\n")
    lines = [str(p) for p in project.check().errors]
    line = project.read("content/exercises/bridge.yaml").splitlines().index("  - /exercises/pelvic-tilt/") + 1
    assert (f"content/exercises/bridge.yaml:{line}: /exercises/pelvic-tilt/ is already the address of the exercise "
            "`pelvic-tilt`; an old address can lead to one page only: remove it here, or there") in lines


def test_an_old_address_that_is_its_own_current_address_is_refused_at_its_line(project):
    project.replace("content/services.yaml", "id: south-physio\n", "id: south-physio\n    redirect_from:\n"
                    "      - /services/south-physio/\n")
    line = project.read("content/services.yaml").splitlines().index("      - /services/south-physio/") + 1
    assert [str(p) for p in project.check().errors] == [
        f"content/services.yaml:{line}: /services/south-physio/ is the current address of the service `south-physio`, "
        "not an old one; remove it from `redirect_from`"]


def test_every_tap_to_call_link_is_999_111_or_a_uk_number(example_site):
    numbers = {number for page in example_site.rglob("*.html")
               for number in re.findall(r'href="tel:([^"]*)"', page.read_text(encoding="utf-8"))}
    assert {"999", "111"} <= numbers, "the care cards must let a patient tap to call 999 and 111"
    bad = [n for n in numbers if n not in ("999", "111") and not re.fullmatch(r"0\d{9,10}|\+44\d{9,10}", n)]
    assert not bad, f"not callable UK numbers: {bad}"
    services = yaml.safe_load((REPO / "content/services.yaml").read_text())["services"]
    phones = {re.sub(r"\D", "", s["self_referral"]["phone"]) for s in services if (s.get("self_referral") or {}).get("phone")}
    assert phones and phones <= numbers, "every service phone number is tap-to-call somewhere"


def test_the_self_referral_page_prints_where_its_hidden_lists_and_its_button_lead(page, tmp_path):
    # Printed, a closed "More emergency symptoms" list is its summary alone, and the button an address-less box.
    pages, text = pdf_of(page, "/self-referral/", tmp_path)
    assert pages <= 2, f"{pages} pages"
    text = text.replace("/ ", "/")  # an address wraps only after a slash
    assert f"for each part of the body are on this page online, {BASE}/self-referral/, and in each leaflet" in text
    assert f"Find your GP practice: {BASE}/find/" in text and text.count("Find your GP practice") == 1


def test_example_self_referral_lists_every_red_flag_marked_for_it(example_site):
    page = (example_site / "self-referral/index.html").read_text(encoding="utf-8")
    step_1 = page[:page.index('id="find-your-route"')]
    flags = yaml.safe_load((REPO / "content/red-flags.yaml").read_text(encoding="utf-8"))["flags"]
    marked = [flag for flag in flags if flag.get("self_referral")]
    assert len(marked) >= 10
    # As a patient reads them: Jinja writes an apostrophe as &#39;, which html.escape(quote=False) does not
    listed = {(flag, html.unescape(text)) for flag, text in re.findall(r'data-red-flag="([^"]+)">([^<]*)<', step_1)}
    for flag in flags:
        assert (flag["id"], flag["text"]) in listed, f"{flag['id']} is in the library but not on /self-referral/"


@pytest.mark.parametrize("old,said", [
    ("/services/", "/services/ is already the address of the Physiotherapy services page; change or remove it in "
                   "`redirect_from`: two pages cannot share one address"),
    ("/services/south-physio/", "/services/south-physio/ is the current address of the service `south-physio`, "
                                "not an old one; remove it from `redirect_from`"),
])
def test_a_services_old_address_is_judged_at_its_own_line_in_a_one_line_list(project, old, said):
    project.replace("content/services.yaml", "id: south-physio\n", f"id: south-physio\n    redirect_from: [{old}]\n")
    line = project.read("content/services.yaml").splitlines().index(f"    redirect_from: [{old}]") + 1
    assert f"content/services.yaml:{line}: {said}" in [str(p) for p in project.check().errors]


def test_an_old_address_is_never_the_home_page_nor_listed_twice(project):
    knee = "conditions/knee-pain.md"
    project.replace(knee, "  - /conditions/sore-knee/", "  - /conditions/sore-knee/\n  - /")
    home = project.read(knee).splitlines().index("  - /") + 1
    assert any(line.startswith(f"{knee}:{home}: `redirect_from[2]` is `/`, which is not in the right form")
               for line in [str(p) for p in project.check().errors])
    project.replace(knee, "\n  - /\n", "\n  - /conditions/sore-knee/\n")
    assert [str(p) for p in project.check().errors] == [
        f"{knee}:{home}: /conditions/sore-knee/ is listed twice in `redirect_from`; delete one"]
