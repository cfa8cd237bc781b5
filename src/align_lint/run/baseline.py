"""A baseline: the findings a repository already had, so only new ones count.

``align baseline PATH...`` records every finding of every document as an
entry ``{rule, text, fingerprint, count}`` under the document's path;
``align lint --baseline FILE`` hides, per document, as many findings of each
fingerprint as the baseline counts (a third copy of a finding known twice is
new) and judges the document again on what is left. Fingerprints
(``judgement/fingerprint.py``) hold no line or column, so a finding stays
known when lines are inserted above it.

The file is JSON a reviewer can read in a pull request: sorted by path, then
rule, text and fingerprint, two-space indented, one entry per finding kind;
paths are relative to the baseline file's directory (posix), so it works from
any working directory and on any machine.

The filter runs on the stream of results after the result cache, in the
main process: cached results never depend on a baseline.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import Any

from align_lint.documents.paths import TooLarge, read_regular_file
from align_lint.errors import AlignError
from align_lint.judgement.scoring import rescored
from align_lint.report.records import DocumentResult

BASELINE_VERSION = 1
DEFAULT_BASELINE = ".align-baseline.json"
# A baseline is reviewed and committed: anything near this size is not one.
MAX_BASELINE_BYTES = 256 * 1024 * 1024


@dataclass(frozen=True, order=True)
class Entry:
    """Findings of one kind in one document: ``count`` of them."""

    rule: str
    text: str
    fingerprint: str
    count: int = 1


@dataclass(frozen=True)
class Baseline:
    """Entries per document path (posix, relative to ``directory``)."""

    directory: Path
    documents: Mapping[str, tuple[Entry, ...]] = field(default_factory=dict)

    @property
    def entry_count(self) -> int:
        return sum(entry.count for entries in self.documents.values() for entry in entries)

    def key(self, path: str) -> str:
        """A result's path as this baseline names it."""
        return document_key(path, self.directory)


def document_key(path: str, directory: Path) -> str:
    """``path`` (as reports show it: relative to the working directory, or
    absolute) relative to ``directory``, in posix form."""
    absolute = os.path.abspath(path)
    try:
        relative = os.path.relpath(absolute, os.path.abspath(directory))
    except ValueError:  # another drive (Windows)
        relative = absolute
    return PurePath(relative).as_posix()


# -- reading and writing ------------------------------------------------------------


def read_baseline(path: Path) -> Baseline:
    """The baseline in ``path``; an AlignError (one line naming it) when it is
    missing, unreadable, not JSON, of another version or of the wrong shape."""
    try:
        # A config names the baseline, and a pull request can make it a link to
        # /dev/zero: only a regular file is read, and at most the cap of it.
        data = json.loads(read_regular_file(path, MAX_BASELINE_BYTES))
    except TooLarge:
        raise AlignError(f"{path}: not a baseline file (larger than 256 MB)") from None
    except FileNotFoundError:
        raise AlignError(
            f"{path}: no such baseline file (write one with: align baseline PATH... -o {path})"
        ) from None
    except OSError as exc:
        raise AlignError(f"{path}: cannot read the baseline ({exc.strerror or exc})") from None
    except (ValueError, RecursionError) as exc:
        raise AlignError(
            f"{path}: not a baseline file: invalid JSON ({_first_line(exc)})"
        ) from None
    return Baseline(path.parent, _documents(data, path))


def _documents(data: Any, path: Path) -> dict[str, tuple[Entry, ...]]:
    if not isinstance(data, dict) or "version" not in data:
        raise AlignError(f"{path}: not a baseline file (no version)")
    if data["version"] != BASELINE_VERSION or isinstance(data["version"], bool):
        raise AlignError(
            f"{path}: baseline version {json.dumps(data['version'])} is not supported "
            f"(this align reads version {BASELINE_VERSION}; write it again with align baseline)"
        )
    documents = data.get("documents")
    if not isinstance(documents, dict) or set(data) != {"version", "documents"}:
        raise AlignError(f"{path}: not a baseline file (expected version and documents only)")
    return {name: _entries(entries, path, name) for name, entries in documents.items()}


def _entries(entries: Any, path: Path, name: str) -> tuple[Entry, ...]:
    if not isinstance(entries, list):
        raise AlignError(f"{path}: {name}: not a list of entries")
    return tuple(_entry(entry, path, name) for entry in entries)


def _entry(entry: Any, path: Path, name: str) -> Entry:
    strings = ("rule", "text", "fingerprint")
    if (
        not isinstance(entry, dict)
        or set(entry) != {*strings, "count"}
        or not all(isinstance(entry[key], str) for key in strings)
        or not isinstance(entry["count"], int)
        or isinstance(entry["count"], bool)
        or entry["count"] < 1
    ):
        raise AlignError(
            f"{path}: {name}: an entry must be {{rule, text, fingerprint, count >= 1}} "
            f"(got {_first_line(json.dumps(entry, ensure_ascii=False))[:80]})"
        )
    return Entry(entry["rule"], entry["text"], entry["fingerprint"], entry["count"])


def _first_line(value: object) -> str:
    return str(value).splitlines()[0] if str(value) else ""


def baseline_of(results: Iterable[DocumentResult], directory: Path) -> Baseline:
    """Every finding of ``results`` as entries (error documents have none)."""
    counts: dict[str, Counter[Entry]] = {}
    for result in results:
        found = counts.setdefault(document_key(result.path, directory), Counter())
        for finding in result.findings:
            found[Entry(finding.rule, finding.text, finding.fingerprint)] += 1
    return Baseline(directory, _collected(counts))


def _collected(counts: Mapping[str, Counter[Entry]]) -> dict[str, tuple[Entry, ...]]:
    """Counted entries, sorted; documents without any left out. The text kept
    for one fingerprint is the first in sort order, so writing is stable."""
    documents: dict[str, tuple[Entry, ...]] = {}
    for name in sorted(counts):
        by_fingerprint: dict[tuple[str, str], Entry] = {}
        for entry, count in sorted(counts[name].items()):
            if count <= 0:
                continue
            key = (entry.rule, entry.fingerprint)
            known = by_fingerprint.get(key)
            total = count + (known.count if known else 0)
            by_fingerprint[key] = Entry(
                entry.rule, known.text if known else entry.text, entry.fingerprint, total
            )
        if by_fingerprint:
            documents[name] = tuple(sorted(by_fingerprint.values()))
    return documents


def baseline_json(baseline: Baseline) -> str:
    """Sorted, stable, reviewable: the same findings always give the same bytes."""
    data = {
        "version": BASELINE_VERSION,
        "documents": {
            name: [
                {
                    "rule": entry.rule,
                    "text": entry.text,
                    "fingerprint": entry.fingerprint,
                    "count": entry.count,
                }
                for entry in entries
            ]
            for name, entries in sorted(baseline.documents.items())
        },
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def write_baseline(baseline: Baseline, path: Path) -> None:
    """Atomically: a temporary file beside ``path`` renamed over it, so a
    reader (or an interrupted run) never sees half a baseline."""
    text = baseline_json(baseline)
    try:
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".align-baseline-")
        try:
            with os.fdopen(handle, "w", encoding="utf-8", errors="surrogateescape") as stream:
                stream.write(text)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise AlignError(f"{path}: cannot write the baseline ({exc.strerror})") from None


# -- applying it --------------------------------------------------------------------


@dataclass(frozen=True)
class Fixed:
    """A baseline entry of a linted document that matched ``count`` findings fewer
    than it counts."""

    document: str
    entry: Entry
    count: int


class BaselineFilter:
    """Hides the known findings of a stream of results and remembers which
    entries matched nothing (fixed).

    ``renames`` (called at most once, and only when a linted document is not
    in the baseline while some baseline document no longer exists) maps a
    renamed document's new key to its old one, so it keeps its entries."""

    def __init__(
        self,
        baseline: Baseline,
        weights: Mapping[str, int],
        renames: Callable[[], Mapping[str, str]] | None = None,
    ) -> None:
        self.baseline = baseline
        self._weights = weights
        self._renames_source = renames
        self._renames: Mapping[str, str] | None = None
        self._missing: bool | None = None
        self._left: dict[str, Counter[str]] = {}  # baseline key → fingerprint → not yet seen
        self._now_at: dict[str, str] = {}  # baseline key → the key its document has now

    def apply(self, results: Iterable[DocumentResult]) -> Iterator[DocumentResult]:
        for result in results:
            left = None if result.error else self._left_for(result.path)
            if left is None:
                yield result
                continue
            kept = []
            for finding in result.findings:
                if left[finding.fingerprint] > 0:
                    left[finding.fingerprint] -= 1
                else:
                    kept.append(finding)
            hidden = len(result.findings) - len(kept)
            yield rescored(result, tuple(kept), self._weights, hidden)

    def _left_for(self, path: str) -> Counter[str] | None:
        key = self.baseline.key(path)
        known = key if key in self.baseline.documents else self._renamed_from(key)
        if known is None:
            return None
        if known not in self._left:
            self._now_at[known] = key
            self._left[known] = Counter()
            for entry in self.baseline.documents[known]:
                self._left[known][entry.fingerprint] += entry.count
        return self._left[known]

    def _renamed_from(self, key: str) -> str | None:
        if self._renames_source is None or not self._missing_documents():
            return None
        if self._renames is None:
            self._renames = self._renames_source()
        old = self._renames.get(key)
        return old if old in self.baseline.documents and old not in self._now_at else None

    def _missing_documents(self) -> bool:
        """Whether a baseline document no longer exists (asked once: most
        linted documents are clean, so not in the baseline)."""
        if self._missing is None:
            self._missing = any(
                not (self.baseline.directory / name).exists() for name in self.baseline.documents
            )
        return self._missing

    def fixed(self) -> list[Fixed]:
        """Entries of the linted documents that fewer findings matched than they count."""
        found = []
        for name in sorted(self._left):
            for entry, gone in self._unmatched(name):
                if gone:
                    found.append(Fixed(self._now_at[name], entry, gone))
        return found

    def _unmatched(self, name: str) -> Iterator[tuple[Entry, int]]:
        """Each entry of a baseline document with how many of its count no
        finding matched (0 for a document this run did not lint)."""
        left = Counter(self._left.get(name, {}))  # a copy: entries may share a fingerprint
        for entry in self.baseline.documents[name]:
            gone = min(left[entry.fingerprint], entry.count)
            left[entry.fingerprint] -= gone
            yield entry, gone

    def pruned(self) -> Baseline:
        """The baseline without its fixed entries, and renamed documents' entries
        under their new paths; documents this run did not lint are kept as they are."""
        counts: dict[str, Counter[Entry]] = {}
        for name in self.baseline.documents:
            target = counts.setdefault(self._now_at.get(name, name), Counter())
            for entry, gone in self._unmatched(name):
                target[Entry(entry.rule, entry.text, entry.fingerprint)] += entry.count - gone
        return Baseline(self.baseline.directory, _collected(counts))
