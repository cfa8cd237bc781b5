"""Resident memory of one ``align lint`` run, by phase of the judgement (issue 11).

    python bench/phases.py DRAFT.md [OUT.json]

Runs ``align lint --no-cache --format json --jobs 1 DRAFT`` in this process
(the report goes to /dev/null), samples VmRSS every 0.05 s from a thread, and
prints, per phase, the lowest and highest sample: ``start`` (reading, masking,
the analysis), ``judge``, ``reported`` (settings, suppressions, platform
rules), ``fingerprint``, ``score``, ``write``; then VmHWM and user+sys CPU.
The phases are marked by wrapping the functions that begin them, so a phase
too short for a sample is missing. Linux only (/proc/self/status).
"""

from __future__ import annotations

import atexit
import json
import os
import resource
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

_phase = ["start"]
_ranges: dict[str, list[float]] = {}


def _status_mb(field: str) -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field):
                return int(line.split()[1]) / 1024
    return 0.0


def _sample() -> None:
    while True:
        phase, rss = _phase[0], _status_mb("VmRSS")
        low_high = _ranges.setdefault(phase, [rss, rss])
        low_high[0], low_high[1] = min(low_high[0], rss), max(low_high[1], rss)
        time.sleep(0.05)


def _mark(owner: Any, name: str, phase: str, after: str | None = None) -> None:
    original: Callable[..., Any] = getattr(owner, name)

    def marked(*args: Any, **kwargs: Any) -> Any:
        _phase[0] = phase
        try:
            return original(*args, **kwargs)
        finally:
            if after:
                _phase[0] = after

    setattr(owner, name, marked)


def _report(out: str | None) -> None:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    result = {
        "phases": {phase: [round(v, 1) for v in low_high] for phase, low_high in _ranges.items()},
        "peak_mb": round(_status_mb("VmHWM"), 1),
        "cpu_s": round(usage.ru_utime + usage.ru_stime, 1),
    }
    text = json.dumps(result, indent=1)
    print(text, file=sys.__stderr__)
    if out:
        with open(out, "w") as file:
            file.write(text)


def main() -> None:
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    draft, out = sys.argv[1], sys.argv[2] if len(sys.argv) == 3 else None
    import align_lint.judgement.logic as logic
    import align_lint.run.linter as linter
    from align_lint.cli.app import main as align

    _mark(logic.Judge, "judge", "judge")
    _mark(linter.Linter, "reported", "reported")
    _mark(linter, "fingerprint_in_place", "fingerprint")
    _mark(linter, "score_findings", "score", after="write")
    threading.Thread(target=_sample, daemon=True).start()
    atexit.register(_report, out)
    sys.argv = ["align", "lint", "--no-cache", "--format", "json", "--jobs", "1", draft]
    sys.stdout = open(os.devnull, "w")  # noqa: SIM115 (open to the end of the process)
    align()


if __name__ == "__main__":
    main()
