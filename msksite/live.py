"""The site `serve` keeps in memory between edits, and how it brings the served folder up to date after one.

Each rebuild runs the whole `check` (every file loaded, every check across the site, the plan made again), but
with a memo, so only changed files are read and validated again, and with the last good rendering, so only pages
whose plan entries changed are rendered again (plan/page.py says why that is enough). Only when the whole check
passes are files written, and then only those whose bytes changed; a failed rebuild writes nothing.
"""
from __future__ import annotations

import gc
import time
import traceback
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from . import pipeline
from .editor import LOCAL_PROXY
from .index import IndexFailed
from .memo import Memo
from .problems import Problems
from .render import Rendered
from .store import Store
from .write import output_problem, update_site, write_site


@dataclass(frozen=True)
class Update:
    """What one rebuild found and changed: its problems, and the output paths it wrote or deleted."""

    problems: Problems
    changed: tuple[str, ...] = ()
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.problems.errors


class LiveSite:
    """The last good site of one project and output folder, with everything needed to rebuild it after an edit."""

    def __init__(self, root: Path, out: Path, today: date, editor_proxy: str = LOCAL_PROXY) -> None:
        self.root, self.out, self.today, self.editor_proxy = root, out, today, editor_proxy
        self.memo = Memo()
        self.rendered: Rendered | None = None       # the last good rendering, for the next one to start from
        self.written: dict[str, str | bytes] = {}  # every file of the site on disk, as last written

    def rebuild(self) -> Update:
        """Check the sources again; when the whole check passes, write what changed (each file whole), else nothing."""
        start = time.perf_counter()
        unsafe = output_problem(self.root, self.out)
        if unsafe:
            problems = Problems(self.root)
            problems.add(self.out, None, f"the output folder {unsafe}", "choose another --out folder, such as _site")
            return Update(problems)
        try:
            checked = pipeline.check(self.root, self.today, cache=True, write_cache=True, memo=self.memo,
                                     last=self.rendered, editor_proxy=self.editor_proxy)
            changed = self._write(checked) if checked.outputs is not None else []
        except Exception:  # a bug, not a bad source: say so in the page, and start the next rebuild from nothing
            self.memo, self.rendered = Memo(), None
            problems = Problems(self.root)
            problems.add("build.py", None, "the rebuild failed unexpectedly:\n" + traceback.format_exc(),
                         "please report this; the last good site was kept")
            return Update(problems)
        return Update(checked.problems, tuple(changed), time.perf_counter() - start)

    def _write(self, checked: pipeline.Checked) -> list[str]:
        if not self.written:  # the first good build: a whole new folder, indexed and swapped in as `build` does
            try:
                pipeline.write_indexed(self.out, checked.outputs, Store(self.root, "pagefind"))
            except IndexFailed as err:  # serve the pages anyway; the next change tries the index again
                checked.problems.warn(self.out, None, f"the search index could not be built: {err}",
                                      "search will not work until it is")
                write_site(self.out, checked.outputs)
            changed = list(checked.outputs)
            # The memo and the rendering are a million objects that live as long as the server: keep them out of
            # the garbage collector's full passes, each of which would otherwise add a pause to a later edit.
            gc.collect()
            gc.freeze()
        else:
            changed = update_site(self.out, checked.outputs, self.written)
        self.written, self.rendered = checked.outputs, checked.rendered
        self.memo.sweep()
        return changed
