"""How the align process holds its memory: glibc keeps freed memory for the
next batch (``keep_freed_heap``), and the cyclic collector sleeps through
start-up (``pause_collector``).

The model's every batch allocates and frees tens of megabytes of arrays. With
glibc's defaults the top of the heap is given back to the kernel once more
than twice the (adaptive) mmap threshold of it is free, and taken again by the
next batch, each page faulted in and zeroed anew: on 600 generated posts with
``--jobs 1``, 360,000 page faults and 1.2 s of system time (13 % of the run's
CPU). Keeping up to TRIM_THRESHOLD free at the top of the heap, and serving
arrays below MMAP_THRESHOLD from the heap, made that 84,000 faults and 0.5 s,
with the same peak memory (292 → 295 MB): what a batch frees, the next one
reuses.
"""

from __future__ import annotations

import ctypes
import gc
import os
import sys

# glibc's mallopt parameters (malloc.h).
_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3
MMAP_THRESHOLD = 64 * 1024 * 1024
TRIM_THRESHOLD = 128 * 1024 * 1024
# A user's own glibc tuning wins (the same parameters as environment variables).
_USER_SETTINGS = ("MALLOC_TRIM_THRESHOLD_", "MALLOC_MMAP_THRESHOLD_", "MALLOC_TOP_PAD_")


def keep_freed_heap() -> bool:
    """Set glibc's trim and mmap thresholds for this process (and the workers it
    forks); False where there is no glibc ``mallopt`` or the user set their own."""
    if not sys.platform.startswith("linux") or any(n in os.environ for n in _USER_SETTINGS):
        return False
    try:
        libc = ctypes.CDLL(None)
        mallopt = libc.mallopt
    except (OSError, AttributeError):
        return False
    if not _is_glibc():
        return False  # musl's mallopt ignores these, others may mean else
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    # mallopt answers 1 on success; the mmap threshold first, as glibc's own
    # MALLOC_*_ variables are applied, and both or neither.
    return bool(mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD)) and bool(
        mallopt(_M_TRIM_THRESHOLD, TRIM_THRESHOLD)
    )


def _is_glibc() -> bool:
    # confstr answers at once; platform.libc_ver reads the Python binary (40 ms).
    try:
        return os.confstr("CS_GNU_LIBC_VERSION") is not None
    except (ValueError, OSError):
        return False


# The collector's thresholds from before the CLI paused it for its start-up.
_PAUSED: tuple[int, int, int] | None = None


def pause_collector() -> None:
    """Pause the cyclic garbage collector for a program's start-up: imports and
    the model's load make about a million objects that live for the whole run,
    and the collector walked them again and again (two full and 300 young
    collections, 0.17 s of a one-draft lint's 1.3 s) to find no garbage.
    ``resume_collector`` ends the pause. For the CLI only: a program that
    imports align keeps its own collector settings.

    A zero threshold, not ``gc.disable()``: srsly enables the collector again
    after each msgpack load (the model's weights are msgpack)."""
    global _PAUSED
    if _PAUSED is None and gc.get_threshold()[0]:
        _PAUSED = gc.get_threshold()
        gc.set_threshold(0)


def resume_collector() -> None:
    """End the start-up pause, if there is one: what is alive now (the loaded
    pipeline, the compiled rules, the modules) moves to the collector's
    permanent generation, so later full collections skip it, and worker
    processes forked after this share those pages instead of copying them
    when a collection touches them."""
    global _PAUSED
    if _PAUSED is not None:
        gc.freeze()
        gc.set_threshold(*_PAUSED)
        _PAUSED = None
