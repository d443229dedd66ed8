"""Every kind of clinician mistake gives `path:line: message; hint`, all of them in one run."""
from __future__ import annotations

import subprocess
import sys

import pytest
import yaml

from conftest import REPO, TODAY
from msksite.drawing import checks

KNEE = "conditions/knee-pain.md"
SERVICES = "content/services.yaml"
PRACTICES = "content/practices.yaml"
DISTRICTS = "content/postcode-districts.yaml"
EXERCISE = "content/exercises/bridge.yaml"
BACK = "conditions/low-back-pain.md"
FLAGS = "content/red-flags.yaml"
SECTION = "content/sections/work-and-fit-notes.md"

# (name, file, text to find, replacement, expected "path:line: ..." start, words the message must contain)
CASES = [
    ("malformed yaml", KNEE, "title: Knee pain", "title: Knee pain\n  bad: [", f"{KNEE}:3:",
     "this line is indented further than the line above allows; line it up with the field above it"),
    ("unknown field", KNEE, "review_due:", "reveiw_due:", f"{KNEE}:25:", "did you mean `review_due`"),
    ("missing field", KNEE, "summary: Knee pain often gets better in a few weeks with rest, movement and painkillers.\n", "",
     f"{KNEE}:2:", "`summary` is missing; add a `summary:` line here (see docs/leaflet-format.md)"),
    ("wrong type", KNEE, "self_referral_suitable: true", "self_referral_suitable: maybe", f"{KNEE}:7:", "true or false"),
    ("bad body area", KNEE, "body_area: knee", "body_area: kneee", f"{KNEE}:4:",
     "`body_area` is `kneee`, which is not allowed; did you mean `knee`? (the choices: back, neck,"),
    ("unknown prop", "content/exercises/bridge.yaml", "props: [floor]", "props: [floor, yoga-mat]",
     "content/exercises/bridge.yaml:27:", "`illustration.pose.props[2]` is `yoga-mat`, which is not allowed; use one "
     "of: floor, chair,"),
    ("prop in the wrong place", "content/exercises/bridge.yaml", "props: [floor]",
     "props: [floor, {name: chair, at: near_foot}]", "content/exercises/bridge.yaml:27:",
     "`illustration.pose.props[2]` a chair cannot go at near_foot"),
    ("prop group with a misspelt name", "content/exercises/bridge.yaml", "props: [floor]",
     "props: [floor, {name: chiar, at: near_hand}]", "content/exercises/bridge.yaml:27:",
     "`illustration.pose.props[2].name` is `chiar`, which is not allowed; did you mean `chair`?"),
    ("prop group with a misspelt key", "content/exercises/bridge.yaml", "props: [floor]",
     "props: [floor, {name: chair, att: near_hand}]", "content/exercises/bridge.yaml:27:",
     "unknown field `att`; did you mean `at`?"),
    ("unknown area of a shared section", SECTION, "areas: [back]", "areas: [knees]", f"{SECTION}:4:",
     "`applies_to.areas[1]` is `knees`, which is not allowed; did you mean `knee`? (the choices: back,"),
    ("bad date", KNEE, "reviewed: 2026-01-01", "reviewed: 2026-13-01", f"{KNEE}:24:",
     "`reviewed` is `2026-13-01`, which is not a date; the month (the middle number) must be from 01 to 12"),
    ("waiting time measured in the future", SERVICES, "measured: 2025-06-01", "measured: 2026-12-01",
     f"{SERVICES}:41:", "the waiting time for South Physiotherapy was measured on 2026-12-01, which is in the future; "
     "use the date it was measured"),
    ("day past the end of its month", SERVICES, "measured: 2025-06-01", "measured: 2026-11-31", f"{SERVICES}:41:",
     "South Physiotherapy: `waiting_time.measured` is `2026-11-31`, which is not a date; November 2026 has 30 days: "
     "check the day (the last number)"),
    ("tab indent", KNEE, "  - sore knee", "\t- sore knee", f"{KNEE}:6:",
     "this line is indented with a tab; indent with spaces (two for each level), never tabs"),
    ("unclosed quote", KNEE, "title: Knee pain", "title: 'Knee pain", f"{KNEE}:2:",
     "a quote opened on this line is never closed; add the closing quote at the end of the text"),
    ("second colon", KNEE, "title: Knee pain", "title: Knee pain: what to do", f"{KNEE}:2:",
     "this line has a second colon (:), so it cannot be read; put the text after the first colon in double quotes"),
    ("star at the start", KNEE, "  - sore knee", "  - *sore* knee", f"{KNEE}:6:",
     "a value here starts with `*` or `&`, which is not allowed; to start text with * (for *italics*) or &, put the "
     "whole text in double quotes"),
    ("start of exercises with none", KNEE, "exercises:\n  - bridge\n", "exercises_start: Start these after 3 days.\n",
     f"{KNEE}:32:", "`exercises_start` is set, but `exercises` lists none: add the exercises, or remove exercises_start"),
    ("old address as a full web address", KNEE, "  - /conditions/sore-knee/", "  - https://msk.example.org/conditions/sore-knee/",
     f"{KNEE}:31:", "`redirect_from[1]` is `https://msk.example.org/conditions/sore-knee/`, which is not in the right "
     "form; write it as /conditions/sore-knee/ (an address on this site: no https:// or site name, lower case"),
    ("not a date", KNEE, "reviewed: 2026-01-01", "reviewed: last spring", f"{KNEE}:24:", "not a date"),
    ("review overdue", KNEE, "review_due: 2028-12-31", "review_due: 2024-01-01", f"{KNEE}:25:", "is in the past"),
    ("review too far", KNEE, "review_due: 2028-12-31", "review_due: 2030-06-01", f"{KNEE}:25:", "more than 3 years"),
    ("no emergency tier and no reason", KNEE,
     "  emergency:\n    - you cannot put any weight on your leg after a fall\n", "", f"{KNEE}:12:", "safety_netting has no `emergency:` list"),
    # a red flag meant but written as text would show patients its id instead of its wording
    ("red flag without the space", KNEE, "- flag: fever-with-pain", "- flag:fever-with-pain", f"{KNEE}:17:",
     "`flag:fever-with-pain` would be shown to patients as written, not as the red flag's wording; write it as "
     "`- flag: fever-with-pain`, with a space after `flag:`"),
    ("red flag id as text", KNEE, "- flag: fever-with-pain", "- fever-with-pain", f"{KNEE}:17:",
     "`fever-with-pain` would be shown to patients as written"),
    ("empty text", KNEE, "summary: Knee pain often gets better in a few weeks with rest, movement and painkillers.",
     "summary:", f"{KNEE}:3:", "`summary` is empty; write the text after the colon"),
    ("colon in a list line", KNEE, "    - the pain has not got better after 6 weeks",
     "    - see a GP if: the pain has not got better after 6 weeks", f"{KNEE}:14:",
     "`safety_netting.non_urgent[1]` has a colon in it, so it is read as two parts; put the whole line in double quotes"),
    ("red flag in the leaflet's own tier", KNEE, "    - the pain has not got better after 6 weeks",
     "    - flag: fever-with-pain", f"{KNEE}:14:",
     "names the red flag `fever-with-pain`, but red flags cannot go here; move it under the tier"),
    ("wait too long", "content/services.yaml", "      weeks: 6", "      weeks: 260", "content/services.yaml:22:",
     "North MSK Physiotherapy: `waiting_time.weeks` is 260; it must be at most 104; check the number"),
    ("off-site old address", KNEE, "  - /conditions/sore-knee/", "  - //evil.example/", f"{KNEE}:",
     "`redirect_from[1]` is `//evil.example/`, which is not in the right form; write a site address that starts and "
     "ends with /"),
    ("red flag with no id", KNEE, "- flag: fever-with-pain", "- flag:", f"{KNEE}:17:",
     "the red flag's id is missing after `flag:`; write one from content/red-flags.yaml"),
    ("red flag with a capital", KNEE, "- flag: fever-with-pain", "- Flag: fever-with-pain", f"{KNEE}:17:",
     "write `flag:` in small letters, not `Flag:`"),
    ("unknown related", KNEE, "  - low-back-pain", "  - low-back-pian", f"{KNEE}:23:", "did you mean `low-back-pain`"),
    ("http source", KNEE, "url: https://www.nhs.uk", "url: http://www.nhs.uk", f"{KNEE}:29:", "https://"),
    ("script in body", KNEE, "Rest it for a day", "<script>alert(1)</script>\n\nRest it for a day", f"{KNEE}:44:",
     "must not run code"),
    ("event handler", KNEE, "Rest it for a day", '<img src="x" onerror="alert(1)"> Rest it for a day', f"{KNEE}:44:",
     "must not run code"),
    ("iframe", KNEE, "Rest it for a day", "<iframe src='https://example.org'></iframe>\n\nRest", f"{KNEE}:44:",
     "must not run code"),
    ("missing sections", KNEE, "## Check if you have knee pain", "## Signs", f"{KNEE}:35:",
     "there is no `## Check if you have ...` section; add one listing the common symptoms"),
    ("renamed section", KNEE, "## Check if you have knee pain", "## Symptoms of knee pain", f"{KNEE}:37:",
     "`## Symptoms of knee pain` must start with `Check if you have`, word for word, with a capital only at the "
     "start; e.g. `## Check if you have knee pain`"),
    ("section in title case", KNEE, "## How you can ease knee pain yourself", "## How You Can Ease Knee Pain Yourself",
     f"{KNEE}:42:", "`## How You Can Ease Knee Pain Yourself` must start with `How you can ease`"),
    ("h1 in body", KNEE, "Knee pain is common.", "# Knee pain\n\nKnee pain is common.", f"{KNEE}:35:", "`#` heading"),
    ("no front matter close", KNEE, "exercises:\n  - bridge\n---", "exercises: []", f"{KNEE}:1:",
     "never closed"),
    ("duplicate key", KNEE, "body_area: knee", "body_area: knee\nbody_area: back", f"{KNEE}:5:", "appears twice"),
    ("unknown exercise", KNEE, "  - bridge", "  - bridges", f"{KNEE}:33:", "did you mean `bridge`"),
    ("exercise without alt text", "content/exercises/bridge.yaml", "  alt: A person lying", "  caption: A person lying",
     "content/exercises/bridge.yaml:22:", "unknown field `caption`; remove it, or check the spelling against "
     "docs/exercise-format.md"),
    ("service field missing", "content/services.yaml", "    provider: Test Community Health NHS Trust\n", "", "content/services.yaml:2:",
     "`provider` is missing; add a `provider:` line here (see the other entries in this file, or the same file in "
     "the example project)"),
    ("exercise alt text missing", "content/exercises/bridge.yaml",
     "  alt: A person lying on their back with their knees bent and feet flat on the floor. Their hips are lifted so their body makes a straight line from their shoulders to their knees.\n",
     "", "content/exercises/bridge.yaml:21:", "`alt` is missing; add an `alt:` line here (see docs/exercise-format.md)"),
    ("practice in a district not listed", PRACTICES, "postcode: WX1 1AD", "postcode: WX2 1AD", f"{PRACTICES}:5:",
     "Northtown Surgery is in district WX2, which content/postcode-districts.yaml does not list, so /find/ tells "
     "people at WX2 1AD that it does not cover them; add `- district: WX2` with `service: north-msk` to that file"),
    ("practice in another service's district", PRACTICES, "postcode: WX1 1AD", "postcode: WX9 1AD", f"{PRACTICES}:5:",
     "Northtown Surgery (north-msk) is in district WX9, which content/postcode-districts.yaml gives to south-physio, "
     "so /find/ gives people there two answers; check the practice's service and postcode; if people in WX9 may be "
     "with either service, list WX9 for each, with `shared: true` on every entry"),
    ("practice closing in the future", PRACTICES, "    fcp: true\n", "    closed: 2027-01-31\n    fcp: true\n",
     f"{PRACTICES}:12:", "Southtown Surgery closes on 2027-01-31, which is in the future, and its page would say it "
     "has closed; add `closed:` (and `moved_to:`) on the day it closes"),
    ("self-referral left empty", SERVICES, "      web: https://example.org/north/refer\n      phone: \"01632 960001\"\n"
     "      phone_hours: Monday to Friday, 8am to 6pm\n", "", f"{SERVICES}:7:", "North MSK Physiotherapy: "
     "self_referral has nothing under it: add `web:` or `phone:` (with `phone_hours:`) under it, or delete the line "
     "if people cannot refer themselves"),
    ("two leaflets with one title", "conditions/low-back-pain.md", "title: Low back pain", "title: Knee  PAIN",
     "conditions/low-back-pain.md:2:", "the title `Knee  PAIN` is already the title of conditions/knee-pain.md; give "
     "each leaflet its own title"),
    ("red flag moved to a less urgent tier in the library", FLAGS, "    tier: urgent_care\n", "    tier: urgent\n",
     f"{KNEE}:19:", "`crack-at-injury` is a red flag of tier `urgent` in content/red-flags.yaml, not `urgent_care` "
     "(that is less urgent than here: have a clinician check the library's change); move it under `urgent:`; a "
     "shared red flag's tier is set once, in the library, so if the library's tier is what changed by mistake, put "
     "it back there instead"),
    ("field indented one space too little", SERVICES, "      web: https://example.org/north/refer",
     "     web: https://example.org/north/refer", f"{SERVICES}:9:", "this line is indented further than the line "
     "above allows; line it up with the field above it; if it continues that text, put the whole text in double "
     "quotes; or, if this line is right, the `web:` line above is indented 1 space(s) too little"),
    ("field moved out of its group", SERVICES, '      phone: "01632 960001"', '    phone: "01632 960001"',
     f"{SERVICES}:10:", "this line is indented further than the line above allows; line it up with the field above "
     "it; or, if this line is right, the `phone:` line above is indented 2 space(s) too little"),
    ("red flag sign not in the right form", FLAGS, "    tier: emergency\n", "    tier: emergency\n    signs: [Numb Bottom]\n",
     f"{FLAGS}:6:", "saddle-numbness: `signs[1]` is `Numb Bottom`, which is not in the right form; write one to four "
     "lower-case words, each of which may end in *, e.g. numb* bottom"),
    ("on the back with no pregnancy line", EXERCISE, "  - If you are more than 16 weeks pregnant, ask your midwife",
     "  - If you have had a hip replacement, ask your surgeon", f"{EXERCISE}:4:", "this exercise starts lying on your "
     "back, and no `check_first` line says what to do if pregnant; add one under `check_first:`, such as: - If you "
     "are more than 16 weeks pregnant"),
    ("exercise pose typo", "content/exercises/bridge.yaml", "props: [floor]", "props: [flor]",
     "content/exercises/bridge.yaml:27:", "not allowed"),
    ("exercise with seven steps", EXERCISE, "  - Hold for a few seconds.\n", "  - Hold.\n  - Hold.\n  - Hold.\n  - Hold.\n",
     f"{EXERCISE}:5:", "`steps` has 7 items; at most 6 are allowed"),
    ("exercise with one step", EXERCISE,
     "  - Squeeze your bottom muscles.\n  - Slowly lift your hips until your body makes a straight line from your shoulders to your knees.\n  - Hold for a few seconds.\n",
     "", f"{EXERCISE}:5:", "`steps` has 1 item(s); it needs at least 2"),
    ("exercise with four stop signs", EXERCISE, "  - the pain gets much worse\n",
     "  - the pain gets much worse\n  - you feel dizzy\n  - you feel sick\n", f"{EXERCISE}:18:", "at most 3 are allowed"),
    ("upside down", EXERCISE, "    trunk: -110", "    trunk: 180", f"{EXERCISE}:",
     "`illustration.pose.trunk` must be between -135 and 135 degrees, not 180"),
    ("pose joint past its range", EXERCISE, "knee: 90, ankle: 20}", "knee: -90, ankle: 20}", f"{EXERCISE}:26:",
     "`near.knee` is -90 degrees, which a knee cannot bend (in side views it goes from 0 to 160)"),
    ("start joint past its range", EXERCISE, "    props: [floor]\n", "    start:\n      near: {knee: 170}\n    props: [floor]\n",
     f"{EXERCISE}:28:", "`start.near.knee` is 170 degrees, which a knee cannot bend"),
    ("start through the floor", EXERCISE, "    props: [floor]\n", "    start:\n      trunk: -60\n    props: [floor]\n",
     f"{EXERCISE}:27:", "in the start position the toes, ankle and hand would go through the floor"),
    ("start same as end", EXERCISE, "    props: [floor]\n", "    start: {neck: 20}\n    props: [floor]\n",
     f"{EXERCISE}:27:", "`start` is the same as the end position, so the drawing shows no movement"),
    ("toes outside a foot close-up", EXERCISE, "    props: [floor]\n", "    toes: up\n    props: [floor]\n",
     f"{EXERCISE}:23:", "toes is only used with view: foot or inset: near_foot"),
    ("fingers outside a hand close-up", EXERCISE, "    props: [floor]\n", "    fingers: [fist]\n    props: [floor]\n",
     f"{EXERCISE}:23:", "fingers is only used with view: hand or inset: near_hand"),
    ("too many fingers shapes", EXERCISE, "    trunk: -110\n", "    view: hand\n    fingers: [straight, hook, fist, hook]\n",
     f"{EXERCISE}:23:", "fingers takes 1 to 3 shapes"),
    ("fingers sequence with a start", EXERCISE, "    trunk: -110\n",
     "    view: hand\n    fingers: [straight, fist]\n    start: {neck: 0}\n", f"{EXERCISE}:23:",
     "a sequence of fingers shapes is drawn in turn, so leave out start"),
    ("numbered pictures without a start", EXERCISE, "    props: [floor]\n",
     "    numbered: true\n    props: [floor]\n",
     f"{EXERCISE}:23:", "numbered draws the start and the end as pictures numbered 1 and 2: give start"),
    ("numbered pictures in a close-up", EXERCISE, "    trunk: -110\n",
     "    view: hand\n    numbered: true\n    start: {neck: 0}\n", f"{EXERCISE}:23:",
     "numbered draws the start and the end as pictures numbered 1 and 2: give start, with view: side, front or foot "
     "(or hand, with helping_hand), and leave out stacked"),
    ("steps without a start", EXERCISE, "    props: [floor]\n", "    steps:\n      - {neck: 0}\n    props: [floor]\n",
     f"{EXERCISE}:23:", "steps lists the positions between the start and the end: give start too"),
    ("inset with numbered pictures", EXERCISE, "    props: [floor]\n",
     "    numbered: true\n    inset: near_knee\n    start: {neck: 0}\n    props: [floor]\n",
     f"{EXERCISE}:23:", "inset is not drawn with numbered or stacked pictures (they show the start and the end "
     "instead): leave out one of them"),
    ("inset in a close-up", EXERCISE, "    trunk: -110\n", "    view: foot\n    inset: head\n", f"{EXERCISE}:23:",
     "view: foot is already a close-up; leave out inset and close_up"),
    ("props on the shoulder blades close-up", EXERCISE, "    trunk: -110\n", "    view: back\n    close_up: true\n",
     f"{EXERCISE}:23:", "view: back with close_up draws the shoulder blades big from behind, with an arrow each side of "
     "its own: leave out arrows and props"),
    ("alt text says picture", EXERCISE, "  alt: A person lying", "  alt: Picture of a person lying", f"{EXERCISE}:22:",
     "should describe the position"),
    ("alt text too long", EXERCISE, "  alt: A person lying", "  alt: " + "Their knees stay bent up. " * 14 + "A person lying",
     f"{EXERCISE}:22:", "characters long; keep it to 350 or fewer, since a screen reader reads it in one go"),
    ("missing required red flag", KNEE, "    - flag: fever-with-pain\n", "", f"{KNEE}:12:",
     "the red flag `fever-with-pain` is required in every knee leaflet but is missing; add `- flag: fever-with-pain` under `urgent:`"),
    ("red flag in the wrong tier", BACK, "  urgent:\n    - flag: fever-with-pain\n  emergency:\n    - flag: saddle-numbness",
     "  urgent:\n    - flag: saddle-numbness\n  emergency:\n    - flag: fever-with-pain", f"{BACK}:11:",
     "`saddle-numbness` is a red flag of tier `emergency` in content/red-flags.yaml, not `urgent`; move it under `emergency:`"),
    ("unknown red flag", BACK, "flag: saddle-numbness", "flag: saddle-numbnes", f"{BACK}:13:",
     "there is no red flag called `saddle-numbnes`; did you mean `saddle-numbness`?"),
    ("red flag item of the wrong shape", BACK, "    - flag: saddle-numbness", "    - flg: saddle-numbness", f"{BACK}:13:",
     "`flg:` is not a field here; did you mean `flag:`, to name a red flag from content/red-flags.yaml?"),
    ("red flag listed twice", BACK, "  emergency:\n    - flag: saddle-numbness", "  emergency:\n    - flag: saddle-numbness\n    - flag: saddle-numbness",
     f"{BACK}:14:", "the red flag `saddle-numbness` is listed twice"),
    ("red flag past its review date", FLAGS, "review_due: 2028-12-31", "review_due: 2025-01-01", f"{FLAGS}:14:",
     "review_due 2025-01-01 is in the past"),
    ("red flag required outside its areas", FLAGS, "required_in: [back]", "required_in: [back, knee]", f"{FLAGS}:7:",
     "required_in names knee, which is not in areas"),
    ("red flag id twice", FLAGS, "id: fever-with-pain", "id: saddle-numbness", f"{FLAGS}:16:", "red flag id `saddle-numbness` is used twice"),
    ("red flag with a bad tier", FLAGS, "tier: urgent_care", "tier: soon", f"{FLAGS}:30:", "use one of: emergency, urgent_care or urgent"),
    ("no route for younger people", SERVICES,
     "      younger_people: If you are under 18, see a GP. They can refer you to the physiotherapy team for children and young people.\n",
     "", f"{SERVICES}:30:", "eligibility has minimum_age 18 but no `younger_people`"),
    ("shared section for a leaflet that does not exist", SECTION, "leaflets: [knee-pain]", "leaflets: [knee-pian]",
     f"{SECTION}:5:", "there is no leaflet called `knee-pian`; did you mean `knee-pain`?"),
    ("shared section with its own h2", SECTION, "If you are off sick", "## Off sick\n\nIf you are off sick", f"{SECTION}:10:",
     "a `##` heading is not allowed in a shared section"),
    ("shared section that applies nowhere", SECTION, "  areas: [back]\n  leaflets: [knee-pain]\n", "  areas: []\n",
     f"{SECTION}:3:", "applies_to is empty"),
    ("link to a leaflet that does not exist", KNEE, "Rest it for a day", "See [back pain](/conditions/bad-back/). Rest it for a day",
     f"{KNEE}:44:", "`/conditions/bad-back/` is not a page or file of this site"),
    ("link to a heading that does not exist", KNEE, "Rest it for a day", "See [back pain](/conditions/low-back-pain/#nope). Rest it for a day",
     f"{KNEE}:44:", "`/conditions/low-back-pain/` has no heading `#nope`"),
    ("image from another site", KNEE, "Rest it for a day", "![knee](https://images.example.org/knee.png) Rest it for a day",
     f"{KNEE}:44:", "the image `https://images.example.org/knee.png` is not on this site"),
    ("link without its last slash", KNEE, "Rest it for a day", "See [back pain](/conditions/low-back-pain). Rest it for a day",
     f"{KNEE}:44:", "`/conditions/low-back-pain` is not a page or file of this site; add / at the end: "
     "/conditions/low-back-pain/"),
    ("misspelt link", KNEE, "Rest it for a day", "See [back pain](/conditions/low-bak-pain/). Rest it for a day",
     f"{KNEE}:44:", "`/conditions/low-bak-pain/` is not a page or file of this site; did you mean "
     "`/conditions/low-back-pain/`?"),
    ("link on the site's own domain", KNEE, "Rest it for a day",
     "See [back pain](https://MSK.Example.org/conditions/low-bak-pain/). Rest it for a day",
     f"{KNEE}:44:", "`/conditions/low-bak-pain/` is not a page or file of this site; did you mean"),
    ("heading without its space", KNEE, "Rest it for a day", "##Rest\n\nRest it for a day", f"{KNEE}:44:",
     "`##Rest` is not a heading: it needs a space after the #s; write `## Rest`"),
    ("heading that skips a level", KNEE, "Rest it for a day", "#### Rest\n\nRest it for a day", f"{KNEE}:44:",
     "this heading jumps from ## to ####, so screen readers skip a level; use ###"),
    ("link without its ]", KNEE, "Rest it for a day", "See [back pain(/conditions/low-back-pain/). Rest it for a day",
     f"{KNEE}:44:", "`[back pain(/` looks like a link with its `]` missing; write it as [words](address)"),
    ("link without its [", KNEE, "Rest it for a day", "See back pain](/conditions/low-back-pain/). Rest it for a day",
     f"{KNEE}:44:", "looks like a link with its `[` missing"),
    ("link with a space", KNEE, "Rest it for a day", "See [back pain] (/conditions/low-back-pain/). Rest it for a day",
     f"{KNEE}:44:", "`] (/` looks like a link with a space between `]` and `(`; remove the space"),
    ("empty section", KNEE, "A physiotherapist can show you exercises.", "", f"{KNEE}:46:",
     "the section `## Treatment from a GP or physiotherapist` is empty; write what goes under it, or delete the heading"),
    ("related to itself", KNEE, "  - low-back-pain", "  - knee-pain", f"{KNEE}:23:",
     "a leaflet cannot list itself in `related`; delete this line"),
    ("exercise listed twice", KNEE, "  - bridge", "  - bridge\n  - bridge", f"{KNEE}:34:",
     "`bridge` is listed twice in `exercises`; delete one"),
    ("blank line before the front matter", KNEE, "---\ntitle: Knee pain", "\n---\ntitle: Knee pain", f"{KNEE}:1:",
     "the file starts with 1 blank line(s) before its first ---; delete them"),
    ("navigation to no page", "site_config.yaml", "    href: /self-referral/", "    href: /self-referal/",
     "site_config.yaml:17:", "`/self-referal/` is not a page or file of this site; did you mean `/self-referral/`?"),
    ("dose as a sentence", EXERCISE, "dose:\n  repetitions: Do this 5 to 10 times.\n  hold: Hold for 5 seconds.\n"
     "  how_often: Do this once or twice a day.\n", "dose: Do this 10 times a day.\n", f"{EXERCISE}:10:",
     "`dose` should be a group of fields, not `Do this 10 times a day.`; write its fields (repetitions, how_often "
     "and, if wanted, hold) on the lines under it, indented by two spaces"),
    ("shared section heading that skips a level", SECTION, "If you are off sick", "#### Time off\n\nIf you are off sick",
     f"{SECTION}:", "this heading jumps from ## to ####, so screen readers skip a level; use ###"),
    ("shared section field missing", SECTION, "reviewer: \"Example content: not yet clinically reviewed\"\n", "",
     f"{SECTION}:", "add a `reviewer:` line here (see docs/leaflet-format.md)"),
    ("unclosed quote with quotes after it", KNEE, "title: Knee pain", 'title: "Knee pain', f"{KNEE}:2:",
     "a quote opened on this line is never closed"),
    ("no colon after a field name", KNEE, "body_area: knee", "body_area knee", f"{KNEE}:4:",
     "this line has no colon after its field name; write it as `field: value`"),
    ("javascript link", KNEE, "Rest it for a day", "[click](javascript:alert(1)) Rest it for a day",
     f"{KNEE}:44:", "a `javascript:` link is not allowed"),
    ("javascript reference link", KNEE, "Rest it for a day", "Rest it for a day [r1].\n\n[r1]: javascript:alert(10)",
     f"{KNEE}:46:", "a `javascript:` link is not allowed"),
    ("javascript autolink", KNEE, "Rest it for a day", "<javascript:alert(7)> Rest it for a day",
     f"{KNEE}:44:", "a `javascript:` link is not allowed"),
    ("javascript link in entities", KNEE, "Rest it for a day", "[x](&#106;avascript:alert(8)) Rest it for a day",
     f"{KNEE}:44:", "a `javascript:` link is not allowed"),
    ("data link", KNEE, "Rest it for a day", "[click](data:text/html;base64,PHNjcmlwdD4=) Rest it for a day",
     f"{KNEE}:44:", "a `data:` link is not allowed"),
    ("insecure link", KNEE, "Rest it for a day", "[advice](http://example.org/knee) Rest it for a day",
     f"{KNEE}:44:", "the link `http://example.org/knee` is not secure; use the https:// address"),
    ("relative link", KNEE, "Rest it for a day", "[advice](low-back-pain) Rest it for a day",
     f"{KNEE}:44:", "the link `low-back-pain` is not a full address"),
    ("empty services file", SERVICES, None, "", f"{SERVICES}:1:", "the file is empty; compare it with the same file"),
    ("bad phone", SERVICES, '"01632 960001"', '"0163 29"', f"{SERVICES}:9:", "not a UK phone number"),
    ("duplicate service id", SERVICES, "id: south-physio", "id: north-msk", f"{SERVICES}:24:", "used twice"),
    ("non-https form", SERVICES, "web: https://example.org/north/refer", "web: http://example.org/north/refer",
     f"{SERVICES}:8:", "https://"),
    ("phone without hours", SERVICES, "      phone_hours: Monday to Friday, 8am to 6pm\n", "", f"{SERVICES}:7:", "phone_hours"),
    ("unknown service", PRACTICES, "service: north-msk", "service: north-mks", f"{PRACTICES}:6:", "did you mean `north-msk`"),
    ("bad ods code", PRACTICES, "code: Z99001", "code: Z9901", f"{PRACTICES}:2:", "one capital letter then five digits"),
    ("moved to but not closed", PRACTICES, "    service: north-msk\n", "    service: north-msk\n    moved_to: Z99002\n",
     f"{PRACTICES}:7:", "has `moved_to` but is not closed; add `closed:`"),
    ("moved to a practice not there", PRACTICES, "    service: north-msk\n",
     "    service: north-msk\n    closed: 2026-01-31\n    moved_to: Z99003\n", f"{PRACTICES}:8:",
     "`moved_to: Z99003` is not a practice in this file; use the code of the practice its patients moved to, as "
     "it is written in this file"),
    ("closed practice moved to itself", PRACTICES, "    service: north-msk\n",
     "    service: north-msk\n    closed: 2026-01-31\n    moved_to: Z99001\n", f"{PRACTICES}:8:",
     "a practice cannot move to itself"),
    ("closed practice moved to a closed one", PRACTICES, "    service: north-msk\n  - code: Z99002\n",
     "    service: north-msk\n    closed: 2026-01-31\n    moved_to: Z99002\n  - code: Z99002\n    closed: 2026-01-31\n",
     f"{PRACTICES}:8:", "`moved_to: Z99002` (Southtown Surgery) has closed too; use the code of the practice its "
     "patients moved to"),
    ("moved to in small letters", PRACTICES, "    service: north-msk\n",
     "    service: north-msk\n    closed: 2026-01-31\n    moved_to: z99002\n", f"{PRACTICES}:8:",
     "`moved_to` is `z99002`, which is not in the right form; NHS ODS practice codes are one capital letter then five "
     "digits"),
    ("bad postcode", PRACTICES, "postcode: WX1 1AD", "postcode: wx1 1ad", f"{PRACTICES}:5:", "full postcode"),
    ("duplicate practice", PRACTICES, "code: Z99002", "code: Z99001", f"{PRACTICES}:7:", "used twice"),
    ("district twice", DISTRICTS, "    shared: true\n  - district: WX5\n    service: south-physio\n    shared: true",
     "    shared: true\n  - district: WX5\n    service: south-physio", f"{DISTRICTS}:9:", "covered by two services"),
]


@pytest.mark.parametrize("name,rel,old,new,where,words", CASES, ids=[c[0] for c in CASES])
def test_broken_input_names_file_line_and_fix(project, name, rel, old, new, where, words):
    if old is None:
        project.write(rel, new)  # replace the whole file
    else:
        project.replace(rel, old, new)
    problems = project.check()
    lines = [str(p) for p in problems.errors]
    assert any(line.startswith(where) and words in line for line in lines), "\n".join(lines)


def test_a_misspelt_key_is_one_problem_not_two(project):
    project.replace(KNEE, "title: Knee pain", "titel: Knee pain")
    lines = [str(p) for p in project.check().errors]
    assert lines == [f"{KNEE}:2: unknown field `titel`; did you mean `title`?"], lines


@pytest.mark.parametrize("old,new,where", [
    ("    props: [floor]\n", "    numbered: true\n    props: [floor]\n", f"{EXERCISE}:23:"),  # not a valid pose
    ("    neck: 20\n", "    neck: 20\n    neck: 10\n", f"{EXERCISE}:26:"),  # not readable
])
def test_a_leaflet_linking_a_broken_exercise_adds_no_second_problem(project, old, new, where):
    # The exercise file has its own error; "there is no exercise called `bridge`; did you mean ...?" on the leaflet
    # that links it sent the clinician to the wrong file.
    project.replace(EXERCISE, old, new)
    lines = [str(p) for p in project.check().errors]
    assert len(lines) == 1 and lines[0].startswith(where), lines


def _drawing_bug(pose, variant="still", detail=False):
    raise ZeroDivisionError("a bug in the drawing code")


CANNOT_DRAW = f"{EXERCISE}:23: this pose cannot be drawn as written (the still drawing failed: ZeroDivisionError);"


def test_a_pose_the_drawing_code_fails_on_is_a_problem_not_a_traceback(project, monkeypatch):
    # No shipped pose, nor any one word away, fails to draw (test_drawing_near_poses.py), so a bug in the drawing code
    # is stood in for here: whatever it raises, check names the pose's line (and, an error, stops the build).
    monkeypatch.setattr(checks, "scene", _drawing_bug)
    lines = [str(p) for p in project.check().errors]
    assert CANNOT_DRAW in "\n".join(lines), lines


def test_a_pose_an_earlier_build_drew_is_not_drawn_again_and_a_changed_one_is(project, monkeypatch):
    assert project.build().ok  # it remembers each pose it drew
    monkeypatch.setattr(checks, "scene", _drawing_bug)
    assert not project.check().errors
    project.replace(EXERCISE, "    neck: 20\n", "    neck: 10\n")
    assert CANNOT_DRAW in "\n".join(str(p) for p in project.check().errors)


def test_all_problems_reported_in_one_run(project):
    project.replace(KNEE, "review_due:", "reveiw_due:")
    project.replace(PRACTICES, "code: Z99001", "code: bad")
    project.replace("conditions/low-back-pain.md", "body_area: back", "body_area: spine")
    paths = {p.path for p in project.check().errors}
    assert paths == {KNEE, PRACTICES, "conditions/low-back-pain.md"}


def test_stale_waiting_time_is_a_warning_not_an_error(project):
    problems = project.check()
    assert not problems.errors
    assert [str(p) for p in problems.warnings] == [
        f"{SERVICES}:41: warning: the waiting time for South Physiotherapy was measured on 2025-06-01, more than "
        "120 days ago, so pages say it is not currently available; ask the service for a current figure"]


def test_a_review_falling_due_within_six_weeks_is_a_warning_and_fails_check_soon(project):
    # An overdue review stops every deploy, so the team hears first: a warning on every check, and `check --soon`
    # (run weekly on GitHub) failing while the date falls within six weeks.
    project.replace(KNEE, "review_due: 2028-12-31", "review_due: 2026-12-20")
    warnings = [str(p) for p in project.check().warnings]
    assert f"{KNEE}:25: warning: review_due 2026-12-20 is in 27 day(s): after it, `check` fails and the site cannot " \
           "be deployed; ask the reviewer to re-check it now and set a new date" in warnings
    command = [sys.executable, str(REPO / "build.py"), "check", "--root", str(project.root), "--today", str(TODAY)]
    assert subprocess.run(command, capture_output=True).returncode == 0
    soon = subprocess.run([*command, "--soon"], capture_output=True, text=True)
    assert soon.returncode == 1
    assert "Checking the site as it will be on 4 January 2027, in 42 days." in soon.stdout
    assert f"{KNEE}:25: review_due 2026-12-20 is in the past" in soon.stderr


def test_an_impossible_date_does_not_hide_the_other_mistakes_in_its_file(project):
    # YAML could not read 2026-11-31, and the whole file was set aside: a wrong phone number two entries on came
    # only on the next run.
    project.replace(SERVICES, "measured: 2025-06-01", "measured: 2026-11-31")
    project.replace(SERVICES, 'phone: "01632 960001"', 'phone: "01632 96O001"')
    errors = [str(p) for p in project.check().errors]
    assert [e.split(":")[1] for e in errors] == ["9", "41"], errors


def test_a_red_flags_signs_in_own_words_on_a_less_urgent_card_are_an_error(project):
    # A clinician typed cauda equina symptoms in their own words under "See a GP or physiotherapist": check passed.
    project.replace(FLAGS, "    tier: emergency\n", "    tier: emergency\n    signs: [numb* bottom, bladder]\n")
    project.replace(KNEE, "    - the pain has not got better after 6 weeks\n",
                    "    - the pain has not got better after 6 weeks\n    - you have numbness around your bottom\n")
    project.replace(KNEE, "    - you cannot put any weight on your leg after a fall\n",
                    "    - you cannot put any weight on your leg after a fall\n    - your bladder stops working\n")
    lines = [str(p) for p in project.check().errors]
    assert lines == [f"{KNEE}:15: this line says “numbness” and “bottom”, a sign of the red flag `saddle-numbness`, "
                     "which is more urgent (`emergency`): \"you have numbness around your bottom or genitals\"; "
                     "if it is that, use `- flag: saddle-numbness` under `emergency:` instead; if not, "
                     "reword it"], "on a card as urgent as the flag's, its words are fine"


def test_a_red_flag_for_another_body_area_is_a_warning(project):
    project.replace("conditions/low-back-pain.md", "  emergency:\n", "  urgent_care:\n    - flag: crack-at-injury\n"
                    "  emergency:\n")
    problems = project.check()
    assert not problems.errors
    assert "conditions/low-back-pain.md:13: warning: `crack-at-injury` is a red flag for knee, ankle-and-foot in " \
           "content/red-flags.yaml, not for back; check it is the flag you meant; if back leaflets need it, add back " \
           "to its `areas` in the library" in [str(w) for w in problems.warnings]


def test_a_service_id_written_twice_is_blamed_rather_than_the_practices_naming_the_lost_one(project):
    # "did you mean north-msk?" on each practice of the lost service would have moved them all to the wrong one.
    project.replace(SERVICES, "  - id: south-physio", "  - id: north-msk")
    lines = [str(p) for p in project.check().errors]
    assert f"{PRACTICES}:11: there is no service called `south-physio`; did the second `id: north-msk` " \
           f"({SERVICES} line 24) mean `south-physio`?" in lines, lines
    assert not any("did you mean" in line for line in lines), lines


def test_an_angle_out_of_range_does_not_hide_a_joint_bent_the_wrong_way(project):
    # The form saved a hip at 900 and a knee at -40: check named the hip, and the knee only once the hip was mended.
    project.replace(EXERCISE, "near: {shoulder: -20, hip: 0, knee: 90, ankle: 20}",
                    "near: {shoulder: -20, hip: 900, knee: -40, ankle: 20}")
    lines = [str(p) for p in project.check().errors]
    assert [line.split(": ", 1)[0] for line in lines] == [f"{EXERCISE}:26"] * 2, lines
    assert "must be between -180 and 180 degrees, not 900" in lines[0] + lines[1]
    assert "`near.knee` is -40 degrees, which a knee cannot bend" in lines[0] + lines[1]


def test_a_mistake_elsewhere_in_an_exercise_does_not_hide_its_pose_problems(project):
    project.replace(EXERCISE, "stop_if:\n", "stop_iff:\n")
    project.replace(EXERCISE, "knee: 90, ankle: 20}", "knee: -40, ankle: 20}")
    lines = [str(p) for p in project.check().errors]
    assert any("unknown field `stop_iff`" in line for line in lines), lines
    assert any(line.startswith(f"{EXERCISE}:26: `near.knee` is -40 degrees") for line in lines), lines


def test_the_weekly_workflow_runs_check_soon():
    flow = yaml.safe_load((REPO / ".github/workflows/reviews-due.yml").read_text())
    assert flow[True]["schedule"] and "workflow_dispatch" in flow[True]  # YAML 1.1 reads the key `on` as True
    steps = flow["jobs"]["check-soon"]["steps"]
    assert steps[-1]["run"] == ".venv/bin/python build.py check --soon"
    assert any("npm ci" in step.get("run", "") for step in steps), "rendering the pages needs nhsuk-frontend"


def test_clean_fixture_has_no_problems_but_the_stale_wait(project):
    assert [p.level for p in project.check().items] == ["warning"]


def test_hard_words_fail_the_reading_age_limit_at_the_hardest_sentence(project):
    # The error was at the body's first line, whatever made the text hard.
    hard = ("Patellofemoral discomfort constitutes an exceptionally prevalent musculoskeletal presentation, "
            "characteristically demonstrating spontaneous amelioration.")
    project.replace("conditions/knee-pain.md", "A physiotherapist can show you exercises.",
                    f"A physiotherapist can show you exercises. {hard} {hard} {hard}")
    lines = [str(p) for p in project.check().errors]
    assert any(l.startswith("conditions/knee-pain.md:48: the reading age is") and "above the site's limit of 11. "
               f"The hardest sentence is on this line: \"{hard}\"" in l for l in lines), lines


def test_file_name_that_is_not_an_address_is_refused(project):
    (project.root / "conditions/knee-pain.md").rename(project.root / "conditions/Knee Pain.md")
    lines = [str(p) for p in project.check().errors]
    assert "conditions/Knee Pain.md:1: the file name `Knee Pain.md` cannot be used as a web address; " \
           "rename it to `knee-pain.md` (lower case, hyphens, no spaces)" in lines


def test_two_sources_for_one_address_are_refused(project):
    project.write("content/pages/conditions.md", "---\ntitle: Clash\nsummary: A page that clashes.\n---\nText.\n")
    lines = [str(p) for p in project.check().errors]
    assert "content/pages/conditions.md:1: /conditions/ is already the address of the Conditions A to Z page; " \
           "rename this file: two pages cannot share one address" in lines


def test_no_page_or_old_address_may_take_a_folder_the_site_fills_itself(project):
    # a page at /admin/ was silently replaced by the editor, and one at /pagefind/ by the search index
    project.write("content/pages/admin.md", project.read("content/pages/about.md"))
    project.replace("conditions/knee-pain.md", "  - /conditions/sore-knee/", "  - /conditions/sore-knee/\n  - /qr/")
    lines = [str(p) for p in project.check().errors]
    assert "content/pages/admin.md:1: /admin/ is in /admin/, which the site keeps for its own files; use another " \
           "address" in lines
    assert "conditions/knee-pain.md:32: /qr/ is in /qr/, which the site keeps for its own files; use another " \
           "address" in lines


def test_a_value_that_fits_none_of_a_fields_shapes_is_one_problem_in_plain_words(project):
    # a prop is a name or a {name, at} group: each shape failed, under code names such as function-after[...]
    project.replace("content/exercises/bridge.yaml", "props: [floor]", "props: [floor, flor]")
    lines = [str(p) for p in project.check().errors]
    assert lines == ["content/exercises/bridge.yaml:27: `illustration.pose.props[2]` is `flor`, which is not allowed; "
                     "did you mean `floor`? (the choices: floor, chair, table, wall, step, towel, ball, tin, weight, "
                     "band, mat, bed, cushion or handrail)"]


def test_a_mistake_at_the_top_of_a_leaflet_does_not_hide_one_in_its_body(project):
    project.replace(KNEE, "reviewed: 2026-01-01", "reviewed: 31/12/2026")
    project.replace(KNEE, "## Check if you have knee pain", "## Symptoms of knee pain")
    lines = [str(p) for p in project.check().errors]
    assert any(line.startswith(f"{KNEE}:24:") for line in lines), lines
    assert any(line.startswith(f"{KNEE}:37: `## Symptoms of knee pain` must start with") for line in lines), lines


def test_a_misspelt_required_red_flag_is_one_problem_not_two(project):
    project.replace(KNEE, "- flag: fever-with-pain", "- flag: fever-with-pian")
    lines = [str(p) for p in project.check().errors]
    assert lines == [f"{KNEE}:17: there is no red flag called `fever-with-pian`; did you mean `fever-with-pain`?"]


def test_a_mistake_in_one_directory_entry_does_not_hide_the_others(project):
    # one bad web address in services.yaml, or one bad postcode in practices.yaml, switched off the checks between
    # the files: another practice's unknown service, and the stale-wait warning, came only on the next run
    project.replace("content/services.yaml", "web: https://example.org/north/refer", "web: http://example.org/north/refer")
    project.replace("content/practices.yaml", "postcode: WX9 2EF", "postcode: WX9 2E")
    project.replace("content/practices.yaml", "service: north-msk", "service: north-mks")
    problems = project.check()
    lines = [str(p) for p in problems.errors]
    assert any(line.startswith("content/services.yaml:8:") and "https://" in line for line in lines), lines
    assert any(line.startswith("content/practices.yaml:10:") and "`WX9 2E`" in line for line in lines), lines
    assert "content/practices.yaml:6: there is no service called `north-mks`; did you mean `north-msk`?" in lines
    assert any("South Physiotherapy was measured on" in str(w) for w in problems.warnings)
    assert len(lines) == 3, "a service with a mistake of its own is still a service practices may name"


def test_a_mistake_elsewhere_does_not_hide_a_broken_link_to_a_leaflet(project):
    # the links were checked against the built site, which a mistake anywhere stops: one was found a run later
    project.replace(KNEE, "review_due:", "reveiw_due:")
    project.replace(KNEE, "Rest it for a day", "See [back pain](/conditions/low-bak-pain/) and [it](http://x.org). Rest")
    lines = [str(p) for p in project.check().errors]
    assert any("unknown field `reveiw_due`" in line for line in lines), lines
    assert f"{KNEE}:44: `/conditions/low-bak-pain/` is not a page or file of this site; did you mean " \
           "`/conditions/low-back-pain/`?" in lines
    assert any(line.startswith(f"{KNEE}:44: the link `http://x.org` is not secure") for line in lines), lines


@pytest.mark.parametrize("rel,old,new", [
    # a shared section's title is its ## heading, so ### is its first level
    (SECTION, "If you are off sick", "### Time off\n\nIf you are off sick"),
    # link text may run on to the next line: markdown-it makes it a link all the same
    (KNEE, "Rest it for a day", "Read [low back\npain](/conditions/low-back-pain/) too. Rest it for a day"),
    # the Do and Don't lists, exercises and care cards follow "How you can ease", so it may have no words of its own
    (KNEE, "Rest it for a day or two, then keep it moving.", ""),
])
def test_correct_markdown_is_not_taken_for_a_slip(project, rel, old, new):
    project.replace(rel, old, new)
    assert [str(p) for p in project.check().errors] == []


@pytest.mark.parametrize("prop", ["{name: chiar, at: near_hand}", "{name: chair, att: near_hand}",
                                  "{name: chair, at: near_foot}"])
def test_a_prop_group_with_a_mistake_is_one_problem_without_code_names(project, prop):
    project.replace("content/exercises/bridge.yaml", "props: [floor]", f"props: [floor, {prop}]")
    lines = [str(p) for p in project.check().errors]
    assert len(lines) == 1 and "{'" not in lines[0] and "function-after" not in lines[0], lines


def test_a_renamed_required_heading_is_found_by_whole_words_and_never_in_the_other_one(project):
    # "ease" is in "disease", and "symptoms" may be in a right "How you can ease ... symptoms yourself"
    project.replace(KNEE, "## Check if you have knee pain", "## Check if you have Osgood-Schlatter disease")
    project.replace(KNEE, "## How you can ease knee pain yourself", "## How to ease knee pain yourself")
    assert [str(p) for p in project.check().errors] == [
        f"{KNEE}:42: `## How to ease knee pain yourself` must start with `How you can ease`, word for word, with a "
        "capital only at the start; e.g. `## How you can ease knee pain yourself`"]
    project.replace(KNEE, "## Check if you have Osgood-Schlatter disease", "## Signs of knee pain")
    project.replace(KNEE, "## How to ease knee pain yourself", "## How you can ease knee pain symptoms yourself")
    assert [str(p) for p in project.check().errors] == [
        f"{KNEE}:35: there is no `## Check if you have ...` section; add one listing the common symptoms"]



def test_with_a_mistake_elsewhere_a_link_to_an_old_address_is_still_fine(project):
    project.replace(KNEE, "review_due:", "reveiw_due:")
    project.replace("conditions/low-back-pain.md", "## Check if you have low back pain",
                    "See [sore knee](/conditions/sore-knee/).\n\n## Check if you have low back pain")
    lines = [str(p) for p in project.check().errors]
    assert not [line for line in lines if "sore-knee" in line], lines


def test_a_mistake_in_one_red_flag_does_not_hide_the_leaflets_red_flag_checks(project):
    # one typo in the library used to switch off every leaflet's red-flag checks until it was mended
    project.replace(FLAGS, "tier: urgent_care", "tier: urgent_cere")
    project.replace(KNEE, "- flag: fever-with-pain", "- flag: fever-with-pian")
    lines = [str(p) for p in project.check().errors]
    assert any(line.startswith(f"{FLAGS}:") and "urgent_cere" in line for line in lines), lines
    assert f"{KNEE}:17: there is no red flag called `fever-with-pian`; did you mean `fever-with-pain`?" in lines
    assert not [line for line in lines if line.startswith(KNEE) and "crack-at-injury" in line], \
        "a leaflet naming the broken flag is not blamed"


def test_words_after_a_hash_that_yaml_drops_are_a_warning(project):
    project.replace(KNEE, "  - do not rest for long periods", "  - do not put ice on bare skin #it can burn")
    warnings = [str(w) for w in project.check().warnings]
    assert f"{KNEE}:11: warning: the words after ` #` are left out: YAML reads them as a note; to keep them, put " \
           "the whole text in double quotes" in warnings
    project.replace(KNEE, "  - do not put ice on bare skin #it can burn", "  - do not rest  # a note on purpose")
    assert not [w for w in project.check().warnings if "left out" in str(w)]


def test_a_live_site_refuses_every_entry_no_clinician_has_signed_off(project):
    # demo: false is the step to going live; starter content must not reach patients unreviewed.
    project.replace("site_config.yaml", "demo: true", "demo: false")
    lines = [line for line in project.check().report().splitlines() if "the site is live" in line]
    assert {line.split(":")[0] for line in lines} == {KNEE, BACK, FLAGS, SECTION}
    knee = project.read(KNEE).splitlines()
    assert any(line.startswith(f"{KNEE}:{knee.index(next(l for l in knee if l.startswith('reviewer:'))) + 1}: ")
               for line in lines)
    assert all("have a clinician check it, then set `reviewer` to their role" in line for line in lines)
    project.replace(KNEE, "Example content: not yet clinically reviewed", "MSK clinical lead")
    assert KNEE not in project.check().report()
