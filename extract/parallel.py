"""Running one function over many seeds, in several processes when asked."""
from __future__ import annotations

import os
from multiprocessing import Pool


def ordered_map(func, items: list, jobs: int):
    """``func`` over ``items`` in order, in ``jobs`` processes when more than one is asked
    for (0: one per CPU).  Results come back in the order of ``items``, so output does
    not depend on ``jobs``."""
    jobs = jobs or os.cpu_count() or 1
    if jobs == 1 or len(items) < 2:
        yield from map(func, items)
        return
    with Pool(min(jobs, len(items))) as pool:
        yield from pool.imap(func, items, chunksize=max(1, min(32, len(items) // (jobs * 8))))
