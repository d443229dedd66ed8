"""The blind-review scorer (scripts/score_blind_review.py) counts right, direct and clarity against the key."""
from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("score_blind_review", ROOT / "scripts" / "score_blind_review.py")
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)

ANSWERS = """| Cell | Match | How | Clarity | Reason |
|---|---|---|---|---|
| 1 | Clam | direct | 4 | Knees open. |
| 2 | Bridge | elimination | 3 | Hips up, I think. |
| 3 | Clam | direct | 5 | Wrong cell: this is the bridge's name twice over. |
Direct matches: 2 of 3; average clarity: 4
"""
KEY = "1 -> clam\n2 -> bridge\n3 -> heel-slide\n"


def test_a_match_is_right_only_by_the_title_of_the_exercise_in_that_cell():
    found = score.verdicts(ANSWERS, score.key(KEY), score.titles())
    assert found == {"clam": score.Verdict(True, True, 4), "bridge": score.Verdict(True, False, 3),
                     "heel-slide": score.Verdict(False, False, 5)}
    assert score.summary(found) == "2 of 3 right, 1 from the drawing alone, clarity 4.00 (12 / 3)"


def test_changes_lists_only_the_drawings_whose_verdict_moved():
    before = {"clam": score.Verdict(True, True, 4), "bridge": score.Verdict(True, True, 4)}
    now = {"clam": score.Verdict(True, True, 4), "bridge": score.Verdict(True, False, 3)}
    assert score.changes(now, before) == ["bridge: direct 4 -> elimination 3"]


def test_pooled_averages_each_drawing_over_the_reviews_lowest_first():
    one = {"clam": score.Verdict(True, True, 4), "bridge": score.Verdict(True, False, 3)}
    two = {"clam": score.Verdict(True, True, 5), "bridge": score.Verdict(True, True, 2)}
    assert score.pooled([one, two]) == ["2.50  1 of 2 direct  bridge", "4.50  2 of 2 direct  clam"]


def test_the_command_pools_the_reviews_given_with_with(tmp_path, capsys, monkeypatch):
    for n in (1, 2):
        (tmp_path / f"answers{n}.md").write_text(ANSWERS, encoding="utf-8")
        (tmp_path / f"key{n}.txt").write_text(KEY, encoding="utf-8")
    argv = ["score", str(tmp_path / "answers1.md"), str(tmp_path / "key1.txt"),
            "--with", str(tmp_path / "answers2.md"), str(tmp_path / "key2.txt")]
    monkeypatch.setattr("sys.argv", argv)
    score.main()
    out = capsys.readouterr().out.splitlines()
    assert out == ["2 of 3 right, 1 from the drawing alone, clarity 4.00 (12 / 3)",
                   "3.00  0 of 2 direct  bridge", "4.00  2 of 2 direct  clam", "5.00  0 of 2 direct  heel-slide"]
