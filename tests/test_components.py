"""Each component folder has a macro, a README of its options and an example; the example must render sensibly."""
from __future__ import annotations


import pytest
import yaml

from conftest import REPO
from msksite.render import make_env
from msksite.model import CareAdvice, NetLine
from msksite.schema import Service
from msksite.schema.directory import WaitingTime

COMPONENTS = REPO / "layouts" / "components"
MACROS = {"care-cards": "careCards", "demo-banner": "demoBanner", "get-physio": "getPhysio",
          "review-dates": "reviewDates", "service-route": "serviceRoute", "waiting-time": "waitingTime"}
# What each example must show: the proof the component did its job.
EXPECT = {
    "care-cards": ["nhsuk-card--care--non-urgent", "nhsuk-card--care--urgent", "nhsuk-card--care--emergency",
                   "Call 999 or go to A&amp;E now if:", "you cannot put any weight on your leg after a fall",
                   "Go to an urgent treatment centre or A&amp;E today if:", 'href="tel:999"', 'href="tel:111"',
                   'href="https://111.nhs.uk/"'],
    "demo-banner": ["example content awaiting clinical sign-off"],
    "get-physio": ['href="/self-referral/"', "Check if you can refer yourself",
                   'Check if you can refer yourself: <span class="app-address"><span>https://msk.example.org/</span>'
                   '<wbr><span>self-referral/</span></span></p>'],
    "review-dates": ["Page last reviewed: 1 November 2026.<br>", "Next review due: 1 November 2029."],
    "service-route": ["Refer yourself online to Example MSK Physiotherapy", 'href="tel:01632960001"',
                      'Physiotherapy:<br><span class="app-address"><span>https://example.org/</span><wbr><span>refer<',
                      "Monday to Friday, 8am to 6pm"],
    "waiting-time": ["<strong>6 weeks</strong> (measured on 2 November 2026)"],
}
def care_advice(tiers: dict) -> CareAdvice:
    return CareAdvice(**{tier: tuple(NetLine(text) for text in lines) for tier, lines in tiers.items()})


TYPES = {"care": care_advice, "service": Service.model_validate, "wait": WaitingTime.model_validate}


def test_every_component_folder_is_complete():
    folders = sorted(p.name for p in COMPONENTS.iterdir() if p.is_dir())
    assert folders == sorted(MACROS)
    for name in folders:
        for part in ("macro.html", "README.md", "example.yaml"):
            assert (COMPONENTS / name / part).is_file(), f"{name}/{part}"


@pytest.mark.parametrize("name", sorted(MACROS))
def test_component_example_renders(name):
    example = yaml.safe_load((COMPONENTS / name / "example.yaml").read_text()) or {}
    args = {k: TYPES[k](v) if k in TYPES else v for k, v in example.items()}
    env = make_env(REPO / "layouts")
    macro = getattr(env.get_template(f"components/{name}/macro.html").module, MACROS[name])
    html = str(macro(**args))
    for text in EXPECT[name]:
        assert text in html, f"{name}: {text!r} missing from\n{html}"
