"""`build.py edit`: `serve`, plus Decap's proxy (decap-server) so /admin/ saves into this project's git repository.

The proxy (decap-server, pinned in package.json) listens on 127.0.0.1 only, and answers only requests for this
machine from the site served here (editor/proxy.cjs). In git mode every save is a commit: a draft
is a branch (cms/<collection>/<entry>), and publishing merges it, as the GitHub backend does with pull requests.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
from datetime import date
from pathlib import Path

from . import load
from .gate import present, read_text
from .problems import Problems
from .serve import serve
from .yamlsource import parse_yaml

DECAP_SERVER = Path("node_modules/decap-server/dist/index.js")
PROXY = Path(__file__).resolve().parent / "editor" / "proxy.cjs"  # decap-server's middleware behind a Host check


def why_not(root: Path) -> str | None:
    """Why the editor cannot run here, in words a clinician can act on, or None."""
    problems = Problems(root)  # read as every source is: through the gate, with YAML's dangerous parts refused
    text = read_text(root / load.CONFIG, root, problems) if present(root / load.CONFIG) else None
    doc = parse_yaml(text, root / load.CONFIG, problems) if text is not None else None
    if doc is None:
        return f"{load.CONFIG} cannot be read; run `python build.py check` to see why"
    config = doc.data
    if not isinstance(config, dict) or not config.get("editor"):
        return (f"{load.CONFIG} has no `editor:` block, so the site has no editor; add one (see README.md, "
                "\"Editing in the browser\")")
    if not (root / DECAP_SERVER).is_file() or not shutil.which("node"):
        return "decap-server is not installed; run `make setup` (or `npm ci`)"
    if subprocess.run(["git", "-C", str(root), "rev-parse", "--git-dir"], capture_output=True).returncode:
        return f"{root} is not a git repository; the editor saves each change as a git commit"
    return None


def edit(root: Path, out: Path, today: date, host: str, port: int, editor_port: int) -> int:
    problem = why_not(root)
    if problem:
        print(f"Cannot start the editor: {problem}.")
        return 1
    if subprocess.run(["git", "-C", str(root), "status", "--porcelain", "--untracked-files=no"],
                      capture_output=True, text=True).stdout.strip():
        print("Warning: this project has uncommitted changes. Commit them first: the editor switches branches "
              "to save drafts, and git refuses while changes are uncommitted.", flush=True)
    served = f"[{host}]" if ":" in host else host  # an IPv6 address is bracketed in a URL
    origins = " ".join(f"http://{name}:{port}" for name in dict.fromkeys(("127.0.0.1", "localhost", served)))
    env = {**os.environ, "GIT_REPO_DIRECTORY": str(root), "PORT": str(editor_port), "SITE_ORIGINS": origins,
           "LOG_LEVEL": "warn"}
    proxy = subprocess.Popen(["node", str(PROXY)], cwd=root, env=env)
    print(f"Editor: http://{host}:{port}/admin/ (saves go to the git repository in {root})", flush=True)
    # Stopped by a signal rather than Ctrl+C (a service manager, `kill`, a closed terminal), Python would end without
    # running `finally`, and the proxy lived on, still committing to the repository.
    for stop in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(stop, _exit)
    try:
        return serve(root, out, today, host, port, editor_proxy=f"http://127.0.0.1:{editor_port}/api/v1")
    finally:
        proxy.terminate()
        proxy.wait(timeout=10)


def _exit(signum: int, _frame: object) -> None:
    raise SystemExit(128 + signum)
