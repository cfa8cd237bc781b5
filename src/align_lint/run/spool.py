"""Results of a large run, in input order, mostly on disk.

A report of 100k documents would hold every finding and its line of context
in memory until the formatter is done. The spool keeps the first ``KEEP``
results in memory (so small runs never touch the disk) and pickles the rest
into an anonymous temporary file, which only this process wrote and reads back
(``os.pread`` at remembered offsets, so two iterations never disturb each
other). The formatters stream it a document at a time.
"""

from __future__ import annotations

import os
import pickle
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from typing import IO, overload

from align_lint.report.records import DocumentResult

KEEP = 1000


class ResultSpool(Sequence[DocumentResult]):
    def __init__(self, results: Iterable[DocumentResult] = (), *, keep: int = KEEP) -> None:
        self._kept: list[DocumentResult] = []
        self._keep = keep
        self._file: IO[bytes] | None = None
        self._spans: list[tuple[int, int]] = []  # (offset, length) in the file
        self._end = 0
        for result in results:
            self.append(result)

    def append(self, result: DocumentResult) -> None:
        if len(self._kept) < self._keep:
            self._kept.append(result)
            return
        if self._file is None:
            # Closed (and so deleted) with the spool; no name on disk meanwhile.
            self._file = tempfile.TemporaryFile(prefix="align-results-")  # noqa: SIM115
        data = pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
        self._file.write(data)
        self._spans.append((self._end, len(data)))
        self._end += len(data)

    def __len__(self) -> int:
        return len(self._kept) + len(self._spans)

    def __iter__(self) -> Iterator[DocumentResult]:
        yield from self._kept
        for offset, length in self._spans:
            yield self._load(offset, length)

    @overload
    def __getitem__(self, index: int) -> DocumentResult: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[DocumentResult]: ...
    def __getitem__(self, index: int | slice) -> DocumentResult | Sequence[DocumentResult]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("result index out of range")
        if index < len(self._kept):
            return self._kept[index]
        return self._load(*self._spans[index - len(self._kept)])

    def _load(self, offset: int, length: int) -> DocumentResult:
        assert self._file is not None
        self._file.flush()
        result: DocumentResult = pickle.loads(os.pread(self._file.fileno(), length, offset))
        return result

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]
