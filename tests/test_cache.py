"""The cache of slow files (msksite/render/cache.py): a warm build gives the same bytes as a cold one, a corrupt
entry is never trusted, --no-cache bypasses it, and the pools render exactly what one process would."""
from __future__ import annotations

import importlib
import os
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from conftest import TODAY
from msksite import index, load, pipeline, pool, store, validate
from msksite.plan import File
from msksite.render import cache, files, templates

# The module, not the function of the same name that msksite.validate exports.
stored = importlib.import_module("msksite.validate.stored")


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def entries(root: Path) -> list[Path]:
    return sorted(p for p in (root / store.FOLDER).rglob("*") if p.is_file())


def no_drawing(*_):
    raise AssertionError("drew a file the cache holds")


def test_a_warm_build_takes_every_slow_file_from_the_cache_and_writes_the_same_bytes(project, monkeypatch):
    assert project.build(project.root / "cold").ok
    assert entries(project.root), "the cold build filled the cache"
    monkeypatch.setitem(files.RENDERERS, "qr", no_drawing)
    monkeypatch.setitem(files.RENDERERS, "drawing", no_drawing)
    assert project.build(project.root / "warm").ok
    assert tree(project.root / "cold") == tree(project.root / "warm")


def test_a_corrupt_or_truncated_entry_is_made_again_not_trusted(project):
    assert project.build(project.root / "cold").ok
    for i, entry in enumerate(entries(project.root)):
        data = entry.read_bytes()
        entry.write_bytes(data[: len(data) // 2] if i % 2 else data.replace(b"<svg", b"<svg onload='x'", 1) + b" ")
    assert project.build(project.root / "again").ok
    assert tree(project.root / "cold") == tree(project.root / "again")


def test_an_entry_signed_by_anyone_else_is_not_trusted(project, monkeypatch, tmp_path):
    """A cache folder committed to the repository, or copied from another machine, is made again: its entries
    were signed with another key, even where they hash right."""
    assert project.build(project.root / "cold").ok
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "another-user"))
    store._secret.cache_clear()
    try:
        monkeypatch.setitem(files.RENDERERS, "qr", no_drawing)
        with pytest.raises(AssertionError, match="drew a file the cache holds"):
            project.build(project.root / "again")
    finally:
        store._secret.cache_clear()

def test_no_cache_neither_reads_nor_writes_it(project, monkeypatch):
    result = pipeline.build(project.root, project.root / "out", TODAY, search=False, cache=False)
    assert result.ok and not (project.root / store.FOLDER).exists()


def test_a_change_to_the_data_or_to_the_generator_changes_the_key(monkeypatch):
    one, two = File("/qr/a.svg", "qr", "https://x.example/a/"), File("/qr/a.svg", "qr", "https://x.example/b/")
    assert cache.key_of(one) != cache.key_of(two)
    before = cache.key_of(one)
    monkeypatch.setattr(store, "generator_version", lambda: "another version")
    assert cache.key_of(one) != before


def test_the_pool_renders_exactly_what_one_process_renders(project, monkeypatch):
    plan = pipeline.check(project.root, TODAY, cache=False).plan
    slow = [f for f in plan.files if f.kind in cache.SLOW_KINDS]
    assert len(slow) >= 5
    serial = [files.render_file(f) for f in slow]
    monkeypatch.setattr(cache, "POOL_FROM", 1)
    assert cache._render_all(slow, files.render_file) == serial


def test_leaflets_checked_in_a_pool_give_what_one_process_gives_problems_included(project, monkeypatch):
    """Checked up front in a pool, each leaflet's model and problems are those of one process, reported in the
    same order, with the cache and without it; and a build from what the pool checked writes the same bytes."""
    project.write("conditions/sore-knee.md", project.read("conditions/knee-pain.md")
                  .replace("title: Knee pain", "title: Sore knee").replace("body_area: knee", "body_area: kneee"))
    serial = pipeline.check(project.root, TODAY, cache=False)
    assert serial.problems.errors, "the broken leaflet is reported"
    asked = []
    def spy(function, items, least):
        asked.append(len(items))
        return pool.in_pool(function, items, least)
    monkeypatch.setattr(stored, "in_pool", spy)
    monkeypatch.setattr(stored, "POOL_FROM", 1)
    for cache in (False, True):
        pooled = pipeline.check(project.root, TODAY, cache=cache)
        assert pooled.problems.items == serial.problems.items
    assert asked == [3, 3], "every leaflet was checked up front, with the cache (which holds none) and without"
    (project.root / "conditions/sore-knee.md").unlink()
    assert project.build(project.root / "pooled").ok
    monkeypatch.setattr(stored, "POOL_FROM", 10_000)
    assert pipeline.build(project.root, project.root / "serial", TODAY, search=False, cache=False).ok
    assert tree(project.root / "serial") == {k: v for k, v in tree(project.root / "pooled").items()
                                             if not k.startswith("pagefind/")}


def pid_of(_) -> int:
    return os.getpid()


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="one core: the pool renders in this process by design")
def test_the_pool_really_uses_other_processes():
    assert set(pool.in_pool(pid_of, range(32), at_least=1)) - {os.getpid()}
    assert set(pool.in_pool(pid_of, range(32), at_least=33)) == {os.getpid()}


def test_pages_rendered_in_a_pool_are_the_pages_one_process_renders(project, monkeypatch):
    assert project.build(project.root / "serial").ok
    monkeypatch.setattr(templates, "POOL_FROM", 1)
    assert project.build(project.root / "pooled").ok
    assert tree(project.root / "serial") == tree(project.root / "pooled")


def test_a_layout_error_met_in_the_pool_is_reported_as_in_one_process(project, monkeypatch):
    from conftest import REPO
    (project.root / "layouts").unlink()
    shutil.copytree(REPO / "layouts", project.root / "layouts")
    page = project.root / "layouts/condition.html"
    page.write_text(page.read_text().replace("{% block content %}", "{% block content %}{{ leaflet.intro | nofilter }}", 1))
    serial = project.check().report()
    monkeypatch.setattr(templates, "POOL_FROM", 1)
    assert project.check().report() == serial
    assert "layouts/condition.html" in serial and "the last good site was kept" in serial


@pytest.mark.parametrize("data", [b"", b"not a signature\n<svg/>", b"\n", b"x" * 32 + b"<svg/>"])
def test_an_entry_without_its_signature_is_a_miss(tmp_path, data):
    files_cache = cache.FileCache(tmp_path)
    files_cache.put("ab" * 32, "<svg/>")
    assert files_cache.get("ab" * 32) == "<svg/>"
    (tmp_path / store.FOLDER / "files" / "ab" / ("ab" * 32)).write_bytes(data)
    assert files_cache.get("ab" * 32) is None


def test_an_entry_moved_to_another_key_is_a_miss(tmp_path):
    kept = store.Store(tmp_path, "files")
    kept.put("ab" * 32, b"<svg/>")
    folder = tmp_path / store.FOLDER / "files"
    (folder / "cd").mkdir()
    (folder / "ab" / ("ab" * 32)).rename(folder / "cd" / ("cd" * 32))
    assert kept.get("cd" * 32) is None


def test_a_warm_build_checks_no_leaflet_again_and_renders_no_page_again(project, monkeypatch):
    assert project.build(project.root / "cold").ok
    monkeypatch.setattr(validate, "validate_leaflet", no_drawing)
    monkeypatch.setattr(templates, "render_page", no_drawing)
    assert project.build(project.root / "warm").ok
    assert tree(project.root / "cold") == tree(project.root / "warm")


def test_a_leaflet_checked_from_the_cache_reports_its_warnings_again(project):
    text = project.read("conditions/knee-pain.md")
    project.write("conditions/knee-pain.md", text.replace("title: Knee pain", "title: Knee pain\nnot_a_field: 1", 1))
    cold = pipeline.build(project.root, project.root / "_site", TODAY, search=False).problems.report()
    warm = pipeline.build(project.root, project.root / "_site", TODAY, search=False).problems.report()
    assert cold == warm and "not_a_field" in cold


def test_an_edit_checks_and_renders_only_what_it_changed(project, monkeypatch):
    assert project.build(project.root / "cold").ok
    checked, rendered = [], []
    check_leaflet, render_page = validate.validate_leaflet, templates.render_page
    monkeypatch.setattr(validate, "validate_leaflet", lambda doc, *a, **k: checked.append(doc.slug) or check_leaflet(doc, *a, **k))
    monkeypatch.setattr(templates, "render_page", lambda env, c, a, page: rendered.append(page.url) or render_page(env, c, a, page))
    project.replace("conditions/knee-pain.md", "Rest it for a day", "Rest it for a day or two")
    assert project.build(project.root / "warm").ok
    assert checked == ["knee-pain"]
    assert rendered == ["/conditions/knee-pain/"]
    result = pipeline.build(project.root, project.root / "cache-off", TODAY, search=False, cache=False)
    assert result.ok and tree(project.root / "warm") == tree(project.root / "cache-off")


def test_every_page_of_the_example_site_can_be_keyed():
    from conftest import REPO
    plan = pipeline.check(REPO, TODAY, cache=False).plan
    seen: dict = {}
    assert len({store.fingerprint(page, seen) for page in plan.pages}) == len(plan.pages)


def test_a_build_deletes_the_entries_it_did_not_use(project):
    assert project.build().ok
    before = set(entries(project.root))
    project.replace("conditions/knee-pain.md", "Rest it for a day", "Rest it for a day or two")
    assert project.build().ok
    after = set(entries(project.root))
    assert len(after) == len(before), "one leaflet's front matter, check and page replaced, not added to"
    assert len(before - after) == 3 and len(after - before) == 3
    project.replace("conditions/knee-pain.md", "Rest it for a day or two", "Rest it for a day")
    assert not pipeline.check(project.root, TODAY).problems.errors
    assert set(entries(project.root)) == after, "check neither adds to the cache nor prunes it"


def test_a_warm_build_takes_the_search_index_from_the_cache_and_a_failed_index_prunes_nothing(project, monkeypatch):
    assert project.build(project.root / "cold", search=True).ok
    bundles = sorted((project.root / store.FOLDER / "pagefind").rglob("*"))
    assert [p for p in bundles if p.is_file()], "the cold build kept its bundle"
    real_run = index._run
    monkeypatch.setattr(index, "_run", no_drawing)
    assert project.build(project.root / "warm", search=True).ok
    assert tree(project.root / "cold") == tree(project.root / "warm")
    project.replace("conditions/knee-pain.md", "Rest it for a day", "Rest it for a day or two")
    monkeypatch.setattr(index, "_run", real_run)
    monkeypatch.setattr(index, "_pagefind", lambda *a, **k: (_ for _ in ()).throw(index.IndexFailed("broken")))
    assert "could not be built" in project.build(project.root / "warm", search=True).problems.report()
    assert sorted((project.root / store.FOLDER / "pagefind").rglob("*")) == bundles, "kept for the next build"


def test_a_leaflet_from_the_cache_is_keyed_by_its_entry_and_an_edit_gives_a_new_one(project):
    assert project.build().ok
    leaflets = {leaflet.slug: leaflet for leaflet in pipeline.check(project.root, TODAY).site.leaflets}
    assert all(leaflet.cache_origin for leaflet in leaflets.values())
    knee = leaflets["knee-pain"]
    assert store.fingerprint(knee, {}) == store.fingerprint(replace(knee, sections=()), {}), "not walked"
    project.replace("conditions/knee-pain.md", "Rest it for a day", "Rest it for a day or two")
    edited = next(l for l in pipeline.check(project.root, TODAY).site.leaflets if l.slug == "knee-pain")
    assert edited.cache_origin != knee.cache_origin
    assert store.fingerprint(edited, {}) != store.fingerprint(knee, {})
    uncached = next(l for l in pipeline.check(project.root, TODAY, cache=False).site.leaflets if l.slug == "knee-pain")
    assert not uncached.cache_origin


def test_a_warm_build_parses_only_the_front_matter_of_a_file_that_changed(project, monkeypatch):
    assert project.build(project.root / "cold").ok
    parsed, split = [], load.split_front_matter
    monkeypatch.setattr(load, "split_front_matter", lambda path, *a: parsed.append(path.name) or split(path, *a))
    project.replace("conditions/knee-pain.md", "Rest it for a day", "Rest it for a day or two")
    assert project.build(project.root / "warm").ok
    assert parsed == ["knee-pain.md"]
    project.replace("conditions/knee-pain.md", "title: Knee pain", "title: Knee pain\ntitle: again")
    for _ in range(2):
        assert "`title` appears twice" in pipeline.build(project.root, project.root / "_site", TODAY).problems.report()


def test_an_edit_to_the_front_matter_renders_again_every_page_that_lists_the_leaflet(project, monkeypatch):
    assert project.build(project.root / "cold").ok
    rendered, render_page = [], templates.render_page
    monkeypatch.setattr(templates, "render_page", lambda env, c, a, page: rendered.append(page.url) or render_page(env, c, a, page))
    project.replace("conditions/knee-pain.md", "title: Knee pain", "title: Sore knee")
    assert project.build(project.root / "warm").ok
    assert {"/conditions/knee-pain/", "/conditions/"} <= set(rendered)
    result = pipeline.build(project.root, project.root / "cache-off", TODAY, search=False, cache=False)
    assert result.ok and tree(project.root / "warm") == tree(project.root / "cache-off")


@pytest.mark.parametrize("linked", [store.FOLDER, f"{store.FOLDER}/checked"])
def test_a_cache_folder_that_is_a_link_is_not_used_and_nothing_where_it_points_is_touched(project, tmp_path, linked):
    # a link committed with `git add -f` would have the build write entries, and delete "stale" ones, anywhere
    victim = tmp_path / "victim"
    for rel in ("docs/thesis.txt", "ab/" + "ab" * 32, "x"):
        (victim / rel).parent.mkdir(parents=True, exist_ok=True)
        (victim / rel).write_text("mine")
    before = tree(victim)
    link = project.root / linked
    link.parent.mkdir(parents=True, exist_ok=True)
    link.symlink_to(victim, target_is_directory=True)
    assert project.build().ok
    assert project.build().ok
    assert tree(victim) == before


def test_an_entry_that_is_a_link_or_a_pipe_is_a_miss_and_prune_leaves_what_it_points_to(tmp_path):
    kept = store.Store(tmp_path, "files")
    kept.put("ab" * 32, b"<svg/>")
    folder = tmp_path / store.FOLDER / "files" / "ab"
    outside = tmp_path / "outside.txt"
    outside.write_bytes((folder / ("ab" * 32)).read_bytes())
    (folder / ("ab" * 32)).unlink()
    (folder / ("ab" * 32)).symlink_to(outside)
    assert store.Store(tmp_path, "files").get("ab" * 32) is None, "a signed entry read through a link"
    os.mkfifo(folder / ("cd" * 32))
    assert store.Store(tmp_path, "files").get("cd" * 32) is None, "waited on a pipe"
    store.Store(tmp_path, "files").prune()
    assert outside.read_bytes() and not (folder / ("ab" * 32)).is_symlink() and not (folder / ("cd" * 32)).exists()


def test_prune_beside_another_build_pruning_the_same_cache_does_not_fail(tmp_path, monkeypatch):
    # Two test workers each building the example site pruned one cache: an entry the other had just deleted
    # raised FileNotFoundError, and every test of that worker errored.
    old = store.Store(tmp_path, "files")
    for name in ("ab" * 32, "cd" * 32):
        old.put(name, b"<svg/>")
    real_unlink = os.unlink

    def deleted_by_the_other_build_first(path, *args, **kwargs):
        real_unlink(path)
        return real_unlink(path, *args, **kwargs)
    monkeypatch.setattr(store.os, "unlink", deleted_by_the_other_build_first)
    store.Store(tmp_path, "files").prune()
    assert not [p for p in (tmp_path / store.FOLDER / "files").rglob("*") if p.is_file()], "every unused entry went"
