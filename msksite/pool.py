"""Work spread over every core: rendering a page or file and checking a leaflet are pure functions of each item, so a
pool of forked workers gives the same results, in the same order, as one process (tests/test_cache.py and
test_build.py compare them)."""
from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

MAX_WORKERS = 8


def in_pool(function: Callable[[T], R], items: Sequence[T], at_least: int) -> list[R]:
    """function(item) for every item, in order: in this process when there are fewer than `at_least` items (a pool
    costs more to start than they take), else in a pool of forked workers, one per core."""
    workers = min(os.cpu_count() or 1, MAX_WORKERS)
    if len(items) < at_least or workers < 2 or sys.platform != "linux":
        return [function(item) for item in items]
    # fork, not spawn: spawn runs the caller's main script again in each worker, which breaks any script without a
    # __main__ guard, and fork lets a worker use what this process has set up (compiled templates) without pickling
    # it. The workers only run pure rendering code on their own items, so the locks of other threads (the dev
    # server's, a test's browser driver's) that fork copies are never touched. On other systems, where fork is
    # unsafe, items render in this process.
    with ProcessPoolExecutor(workers, mp_context=get_context("fork")) as pool:
        return list(pool.map(function, items, chunksize=max(1, len(items) // (workers * 4))))
