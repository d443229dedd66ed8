#!/usr/bin/env python3
"""Time `build.py serve` from an edit to the served page showing it, over real HTTP, on N synthetic leaflets.

    .venv/bin/python bench/serve_bench.py --leaflets 1000 --edits 7

It makes bench.py's synthetic project, starts the real server on a free port and waits for its first build and
search index. Each edit writes a new word into one leaflet's body (as an editor saves it) and polls that leaflet's
page every few milliseconds until the word is served; the time from the write to then is one figure. Before the
next edit it waits for the search page to stop saying it is updating (the index has caught up), as it would
between a clinician's edits, and reports that time too.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

from bench import TODAY, make_project  # noqa: E402
from msksite.store import FOLDER  # noqa: E402
from msksite.serve import UPDATING  # noqa: E402  (what the search page says while the index lags)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode()
    except OSError:
        return ""


def wait(condition, what: str, seconds: float, every: float = 0.005) -> float:
    """Seconds until condition() holds, polling every `every` seconds."""
    start = time.perf_counter()
    while not condition():
        if time.perf_counter() - start > seconds:
            raise SystemExit(f"timed out after {seconds:.0f} s waiting for {what}")
        time.sleep(every)
    return time.perf_counter() - start


def edit(path: Path, word: str) -> None:
    """Put `word` at the start of the leaflet's first section, replacing the last edit's word."""
    text = path.read_text()
    text = re.sub(r"Benchword\d+ ", "", text)
    path.write_text(re.sub(r"(\n## [^\n]+\n\n)", rf"\1{word} ", text, count=1))


def memory(pid: int) -> str:
    """The server's peak and current resident memory (Linux), Pagefind's own process not included."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return "not known on this system"
    kb = {line.split(":")[0]: int(line.split()[1]) for line in status.splitlines()
          if line.startswith(("VmHWM", "VmRSS"))}
    return f"peak {kb['VmHWM'] / 1024:.0f} MB, now {kb['VmRSS'] / 1024:.0f} MB"


def run(root: Path, edits: int) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    log = open(root.parent / "serve.log", "w")
    server = subprocess.Popen([sys.executable, str(REPO / "build.py"), "serve", "--root", str(root), "--port",
                               str(port), "--today", TODAY.isoformat()], stdout=log, stderr=subprocess.STDOUT)
    try:
        first = wait(lambda: get(url + "/") != "", "the first build", 900, every=0.2)
        wait(lambda: UPDATING not in get(url + "/search/"), "the first search index", 900, every=0.2)
        print(f"first build served after {first:.1f} s (server log: {root.parent / 'serve.log'})")
        served, indexed = [], []
        for n in range(edits):
            slug = f"condition-{(n * 7) % len(list((root / 'conditions').glob('*.md'))):04d}"
            word = f"Benchword{n}{int(time.time())}"
            page = f"{url}/conditions/{slug}/"
            start = time.perf_counter()
            edit(root / "conditions" / f"{slug}.md", word)
            served.append(wait(lambda: word in get(page), f"{word} on {page}", 60))
            indexed.append(time.perf_counter() - start
                           + wait(lambda: UPDATING not in get(url + "/search/"), "the index", 300, every=0.05))
            print(f"edit {n + 1}: served {served[-1]:.3f} s, search index caught up {indexed[-1]:.2f} s", flush=True)
            time.sleep(0.5)
        print(f"edit -> page served: median {statistics.median(served):.3f} s (min {min(served):.3f}, "
              f"max {max(served):.3f}) over {edits} edits")
        print(f"edit -> search index caught up: median {statistics.median(indexed):.2f} s")
        print(f"server memory: {memory(server.pid)}")
        print("load average (1, 5, 15 min): " + ", ".join(f"{load:.1f}" for load in os.getloadavg())
              + f" on {os.cpu_count()} cores (other work on the machine slows every figure)")
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--leaflets", type=int, default=1000)
    parser.add_argument("--edits", type=int, default=7)
    parser.add_argument("--work", type=Path, default=REPO / "bench" / "out" / "serve")
    args = parser.parse_args()
    # The QR code and drawing cache (content-addressed, so never stale) outlives the project between runs: the first
    # build then takes half the time, and it is the edits that are measured.
    kept = args.work / "file-cache"
    if (args.work / "project" / FOLDER).is_dir():
        shutil.rmtree(kept, ignore_errors=True)
        (args.work / "project" / FOLDER).rename(kept)
    root = make_project(args.leaflets, args.work / "project")
    if kept.is_dir():
        kept.rename(root / FOLDER)
    print(f"leaflets: {args.leaflets}", flush=True)
    run(root, args.edits)


if __name__ == "__main__":
    main()
