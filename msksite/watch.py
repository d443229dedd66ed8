"""Watch the project's sources through inotify (watchdog) and call back on the server's loop once edits settle."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tornado.ioloop import IOLoop
from watchdog.events import (DirCreatedEvent, DirDeletedEvent, DirMovedEvent, FileClosedEvent, FileCreatedEvent,
                             FileDeletedEvent, FileModifiedEvent, FileMovedEvent, FileSystemEvent,
                             FileSystemEventHandler)
from watchdog.observers import Observer
from watchdog.observers.api import ObservedWatch

# What changes a file. Not opening or reading one: the rebuild reads every changed file, and must not wake itself.
CHANGES = [FileCreatedEvent, FileModifiedEvent, FileClosedEvent, FileDeletedEvent, FileMovedEvent,
           DirCreatedEvent, DirDeletedEvent, DirMovedEvent]
# An editor's save is a burst (write, close; or write a copy and rename it over the file), so the rebuild waits for
# it to end. A file closed after writing, renamed or deleted is whole, so a short wait is enough; a write that is not
# yet closed may be followed by more, so it waits longer.
SETTLE = {"closed": 0.005, "moved": 0.005, "deleted": 0.005}
SETTLE_WRITING = 0.1


class SourceWatcher(FileSystemEventHandler):
    """Calls `changed` on the loop once changes to the watched files and folders have settled (SETTLE)."""

    def __init__(self, root: Path, watched: tuple[str, ...], loop: IOLoop, changed: Callable[[], None]) -> None:
        self.root, self.loop, self.changed = root, loop, changed
        self.folders = [root / name for name in watched if (root / name).is_dir()]
        self.files = {str(root / name) for name in watched if not (root / name).is_dir()}
        self._timer = None
        self._observer = Observer()
        self._watches: dict[Path, ObservedWatch] = {}

    def start(self) -> None:
        for folder in self.folders:
            self._watch(folder)
        # Files at the top (site_config.yaml) are watched through the project folder, which also holds the output
        # folder: on_any_event keeps to the named files.
        self._observer.schedule(self, str(self.root), recursive=False, event_filter=CHANGES)
        self._observer.daemon = True
        self._observer.start()

    def stop(self) -> None:
        self._observer.stop()

    def _watch(self, folder: Path) -> None:
        """Watch a folder, again if it was deleted and made anew (a checkout can): inotify watched the old one."""
        old = self._watches.pop(folder, None)
        if old is not None:
            try:
                self._observer.unschedule(old)
            except KeyError:
                pass
        self._watches[folder] = self._observer.schedule(self, str(folder), recursive=True, event_filter=CHANGES)

    def on_any_event(self, event: FileSystemEvent) -> None:
        paths = [str(event.src_path), str(getattr(event, "dest_path", "") or "")]
        made = Path(paths[1] or paths[0])
        if event.is_directory and event.event_type in ("created", "moved") and made in self.folders:
            self.loop.add_callback(self._watch, made)
        if any(path in self.files or self._in_folder(path) for path in paths if path):
            delay = SETTLE.get(event.event_type, SETTLE_WRITING)
            self.loop.add_callback(self._restart_timer, delay)  # from watchdog's thread to the server's

    def _in_folder(self, path: str) -> bool:
        return any(Path(path).is_relative_to(folder) for folder in self.folders)

    def _restart_timer(self, delay: float) -> None:
        if self._timer is not None:
            self.loop.remove_timeout(self._timer)
        self._timer = self.loop.call_later(delay, self._fire)

    def _fire(self) -> None:
        self._timer = None
        self.changed()
