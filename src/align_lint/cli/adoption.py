"""``--baseline``, ``--baseline-prune`` and ``--diff`` of ``align lint``, and
``align baseline``: what the command line adds to the filters of
``run/baseline.py`` and ``run/gitdiff.py`` (reading them before the run, so
a bad baseline or ref stops it at once; notices and pruning after it).
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import typer

from align_lint.cli.output import notice
from align_lint.report.records import DocumentResult, Report
from align_lint.run.baseline import (
    Baseline,
    BaselineFilter,
    baseline_of,
    document_key,
    read_baseline,
    write_baseline,
)
from align_lint.run.gitdiff import DiffFilter, changed_since, renames_since_baseline


@dataclass
class Filters:
    """The filters one ``align lint`` run applies after the cache, in order:
    the baseline first (it counts every finding, so an entry is fixed only when
    its finding is really gone), then ``--diff``."""

    baseline_file: Path | None = None
    baseline: BaselineFilter | None = None
    diff: DiffFilter | None = None

    def refine(self, results: Iterator[DocumentResult]) -> Iterator[DocumentResult]:
        if self.baseline is not None:
            results = self.baseline.apply(results)
        if self.diff is not None:
            results = self.diff.apply(results)
        return results

    def report_after(self, prune: bool) -> None:
        """Notices on stderr: fixed entries (or the pruned file), findings
        --diff left out."""
        if self.baseline is not None and self.baseline_file is not None:
            _report_fixed(self.baseline, self.baseline_file, prune)
        if self.diff is not None and self.diff.outside:
            count = self.diff.outside
            notice(
                f"{count} {_findings(count)} on lines unchanged since {self.diff.changed.ref} "
                "not reported (--diff)"
            )


def filters_for(
    baseline_file: Path | None,
    diff_ref: str | None,
    paths: Sequence[str],
    weights: Mapping[str, int],
) -> Filters | None:
    """The run's filters (None without any); a bad baseline or ref raises here."""
    if baseline_file is None and diff_ref is None:
        return None
    filters = Filters(baseline_file=baseline_file)
    if baseline_file is not None:
        known = read_baseline(baseline_file)
        filters.baseline = BaselineFilter(
            known, weights, lambda: _renamed_keys(known, baseline_file)
        )
    if diff_ref is not None:
        filters.diff = DiffFilter(changed_since(diff_ref, paths), weights)
    return filters


def _renamed_keys(baseline: Baseline, baseline_file: Path) -> dict[str, str]:
    """Renames git knows since the baseline was committed, as baseline keys."""
    directory = Path(os.path.realpath(baseline.directory))
    return {
        document_key(new, directory): document_key(old, directory)
        for new, old in renames_since_baseline(baseline_file).items()
    }


def _report_fixed(baseline: BaselineFilter, baseline_file: Path, prune: bool) -> None:
    fixed = sum(item.count for item in baseline.fixed())
    if prune:
        pruned = baseline.pruned()
        if pruned.documents != baseline.baseline.documents:
            write_baseline(pruned, baseline_file)
            what = (
                f"without its {fixed} fixed {_entries(fixed)}"
                if fixed
                else "with renamed documents under their new paths"
            )
            notice(f"{baseline_file}: rewritten {what}")
    elif fixed:
        notice(
            f"{fixed} baseline {_entries(fixed)} fixed; run align lint --baseline-prune "
            "to drop them"
        )


def write_new_baseline(report: Report, output: Path) -> None:
    """``align baseline``: every finding of ``report`` into ``output``."""
    baseline = baseline_of(report.results, Path(os.path.abspath(output.parent)))
    write_baseline(baseline, output)
    count, documents = baseline.entry_count, len(baseline.documents)
    typer.echo(
        f"wrote {output}: {count} {_findings(count)} in {documents} "
        f"{'document' if documents == 1 else 'documents'}"
    )


def _findings(count: int) -> str:
    return "finding" if count == 1 else "findings"


def _entries(count: int) -> str:
    return "entry" if count == 1 else "entries"
