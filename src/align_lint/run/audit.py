"""``align audit``: lint every row of warehouse exports (Parquet, CSV, JSON Lines).

An audit reads tables, not drafts: each input file is a *partition*, each row
a post whose text is in one column. Every post is linted as ``align lint``
lints a file with that text (the same Linter, ``lint_batch``, so the same
findings), and each partition's results go to their own output file, named
like the input file (a Hive-style ``year=2020/part-0.parquet`` keeps its
folders), so the output is partitioned like the input and ``--resume`` can
skip the partitions whose output exists.

One row out per row in: id, score, passed, a count per rule category, the
findings as a nested list (rule, severity, start, end, text; offsets are
characters in the text) and the error when the post could not be linted.

Two engines run the same partition code: ``local`` (here; the worker pool of
``workers.py`` over the rows of every partition) and ``dask``
(``dask_engine.py``). pyarrow is imported only here, and this module only by
the audit command, so ``align lint`` never pays for it.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from align_lint.documents.sources import Source
from align_lint.errors import AlignError, EmptyDraft, InputError
from align_lint.report.records import DocumentResult
from align_lint.run.workers import BATCH, InOrder

if TYPE_CHECKING:
    import pyarrow as pa

    from align_lint.run.linter import Linter, Outcome

INSTALL_HINT = "pip install 'align-lint[audit]'"
# Input suffixes and how each is read; a directory is walked for these.
TABLE_KINDS = {
    ".parquet": "parquet",
    ".pq": "parquet",
    ".csv": "csv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
OUTPUT_FORMATS = ("parquet", "jsonl")
MARKUPS = {"text": ".txt", "markdown": ".md"}  # how a post's text is read, by suffix
READ_ROWS = 4 * BATCH  # rows read from a file at a time (pyarrow batch size)
_PART_SUFFIX = ".part"  # an output being written; renamed when its partition is done


def require_pyarrow() -> None:
    """An audit needs pyarrow, an extra: say how to install it, in one line."""
    import importlib.util

    if importlib.util.find_spec("pyarrow") is None:
        raise AlignError(f"align audit needs pyarrow: install it with {INSTALL_HINT}")


# -- the plan: partitions in, files out -------------------------------------------


@dataclass(frozen=True)
class Partition:
    """One input file: where it is, the name its output takes (its path below
    the input directory, or its file name) and how it is read."""

    path: str
    name: str
    kind: str

    def output(self, directory: Path, fmt: str) -> Path:
        return directory / Path(self.name).with_suffix("." + fmt)


@dataclass(frozen=True)
class AuditPlan:
    """What an audit reads, how, and where it writes: plain data, so the dask
    engine ships it to workers as it is."""

    partitions: tuple[Partition, ...]
    output: Path
    text_column: str
    id_column: str | None = None
    fmt: str = "parquet"
    markup: str = "text"
    categories: tuple[str, ...] = ()

    def todo(self, resume: bool) -> tuple[list[Partition], list[Partition]]:
        """The partitions to audit and, with ``resume``, those already done."""
        if not resume:
            return list(self.partitions), []
        done = [p for p in self.partitions if p.output(self.output, self.fmt).exists()]
        finished = set(done)
        return [p for p in self.partitions if p not in finished], done


def find_partitions(inputs: Sequence[str]) -> tuple[Partition, ...]:
    """The table files of the inputs: files as given, directories walked in
    sorted order (hidden entries skipped). Two inputs whose outputs would
    share a name are an error, as is a file of another kind."""
    found: list[Partition] = []
    for given in inputs:
        path = Path(given)
        if path.is_dir():
            found.extend(_walk(path))
        elif path.is_file():
            found.append(Partition(str(path), path.name, _kind(path)))
        else:
            raise AlignError(f"{given}: no such file or directory")
    _refuse_shared_outputs(found)
    return tuple(found)


def _walk(top: Path) -> Iterator[Partition]:
    for directory, subdirectories, files in os.walk(top):
        subdirectories[:] = sorted(d for d in subdirectories if not d.startswith("."))
        for name in sorted(files):
            path = Path(directory) / name
            if name.startswith(".") or path.suffix.lower() not in TABLE_KINDS:
                continue
            found = Partition(str(path), path.relative_to(top).as_posix(), _kind(path))
            yield found


def _kind(path: Path) -> str:
    kind = TABLE_KINDS.get(path.suffix.lower())
    if kind is None:
        known = ", ".join(TABLE_KINDS)
        raise AlignError(f"{path}: not a table align audit reads (it reads {known})")
    return kind


def _refuse_shared_outputs(partitions: Iterable[Partition]) -> None:
    seen: dict[str, str] = {}
    for partition in partitions:
        stem = Path(partition.name).with_suffix("").as_posix()
        if stem in seen:
            raise AlignError(
                f"{partition.path} and {seen[stem]} would write the same output "
                f"({stem}); audit them separately"
            )
        seen[stem] = partition.path


def check_output(output: Path, inputs: Sequence[str], *, resume: bool) -> None:
    """The output directory must not be inside an input (a later walk would
    read the results) and must not hold results unless resuming."""
    target = output.resolve()
    for given in inputs:
        source = Path(given).resolve()
        if target == source or (source.is_dir() and source in target.parents):
            raise AlignError(f"-o {output}: inside the input {given}; write the results elsewhere")
    if output.exists() and not output.is_dir():
        raise AlignError(f"-o {output}: exists and is not a directory (results are a directory)")
    if output.is_dir() and any(output.iterdir()) and not resume:
        raise AlignError(
            f"-o {output}: already holds results; --resume skips its finished partitions, "
            "or remove it to start again"
        )


def rule_categories(linter: Linter) -> tuple[str, ...]:
    """The categories of the run's rules, sorted: one count column each, the
    same in every partition whatever it finds."""
    return tuple(sorted({rule.category for rule in linter.catalog.rules}))


# -- reading rows ----------------------------------------------------------------------


@dataclass(frozen=True)
class Rows:
    """Some consecutive rows of a partition: their texts and ids (the row
    number in the file when there is no id column)."""

    first: int
    texts: list[str | None]
    ids: pa.Array


def read_rows(partition: Partition, text_column: str, id_column: str | None) -> Iterator[Rows]:
    """The rows of a partition, READ_ROWS at a time. A file that cannot be read,
    or lacks a column, raises an InputError naming it."""
    import pyarrow as pa

    columns = [text_column] if id_column is None else [text_column, id_column]
    first = 0
    for batch in _batches(partition, columns):
        _check_columns(partition, batch.schema, columns)
        texts = _texts(partition, batch.column(text_column), text_column)
        ids = (
            batch.column(id_column)
            if id_column is not None
            else pa.array(range(first, first + batch.num_rows), pa.int64())
        )
        if batch.num_rows:
            yield Rows(first, texts, ids)
        first += batch.num_rows


def _batches(partition: Partition, columns: list[str]) -> Iterator[pa.RecordBatch]:
    import pyarrow as pa

    try:
        yield from _open(partition, columns)
    except (pa.ArrowException, OSError, ValueError) as exc:
        if isinstance(exc, InputError):
            raise
        message = f"{partition.path}: cannot read as {partition.kind}: {_first_line(exc)}"
        raise InputError(message) from None


def _open(partition: Partition, columns: list[str]) -> Iterator[pa.RecordBatch]:
    import pyarrow as pa

    if partition.kind == "parquet":
        import pyarrow.parquet as pq

        parquet = pq.ParquetFile(partition.path)
        _check_columns(partition, parquet.schema_arrow, columns)
        yield from parquet.iter_batches(batch_size=READ_ROWS, columns=columns)
    elif partition.kind == "csv":
        import pyarrow.csv as csv

        # Every column read as text: a CSV has no types, and a block inferring
        # an id as a number would make a later one with "A-12" unreadable.
        convert = csv.ConvertOptions(
            include_columns=columns,
            column_types=dict.fromkeys(columns, pa.string()),
            include_missing_columns=True,
        )
        reader = csv.open_csv(partition.path, convert_options=convert)
        _check_columns(partition, _csv_header(partition), columns)
        yield from reader
    else:
        import pyarrow.json as pj

        table = pj.read_json(partition.path)
        _check_columns(partition, table.schema, columns)
        yield from table.select(columns).to_batches(max_chunksize=READ_ROWS)


def _csv_header(partition: Partition) -> pa.Schema:
    """The CSV's own columns (``include_missing_columns`` fills absent ones with
    nulls, which must be an error instead)."""
    import pyarrow as pa
    import pyarrow.csv as csv

    reader = csv.open_csv(
        partition.path, read_options=csv.ReadOptions(block_size=1 << 16)
    )  # reads the first block only
    return pa.schema(reader.schema)


def _check_columns(partition: Partition, schema: pa.Schema, columns: list[str]) -> None:
    names = set(schema.names)
    for column in columns:
        if column not in names:
            have = ", ".join(schema.names) or "none"
            raise InputError(f"{partition.path}: no column {column!r} (columns: {have})")


def _texts(partition: Partition, column: pa.Array, name: str) -> list[str | None]:
    import pyarrow as pa

    if not (pa.types.is_string(column.type) or pa.types.is_large_string(column.type)):
        raise InputError(f"{partition.path}: column {name!r} holds {column.type}, not text")
    texts: list[str | None] = column.to_pylist()
    return texts


def _first_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__


def sources_of(rows: Rows, partition: Partition, markup: str) -> list[Source]:
    """Each row as the Source ``align lint`` would read from a file holding its
    text (the suffix of the name picks plain text or Markdown)."""
    suffix = MARKUPS[markup]
    return [
        Source(f"{partition.name}#{rows.first + offset}{suffix}", (text or "").encode())
        for offset, text in enumerate(rows.texts)
    ]


# -- results out -----------------------------------------------------------------------


def result_schema(id_type: pa.DataType, categories: Sequence[str]) -> pa.Schema:
    import pyarrow as pa

    finding = pa.struct(
        [
            ("rule", pa.string()),
            ("severity", pa.string()),
            ("start", pa.int32()),
            ("end", pa.int32()),
            ("text", pa.string()),
        ]
    )
    return pa.schema(
        [
            ("id", id_type),
            ("score", pa.int32()),
            ("passed", pa.bool_()),
            *((f"count_{category}", pa.int32()) for category in categories),
            ("findings", pa.list_(finding)),
            ("error", pa.string()),
        ]
    )


def result_row(row_id: Any, outcome: Outcome, categories: Sequence[str]) -> dict[str, Any]:
    """One output row: the post's score, verdict, counts and findings, or its error."""
    row: dict[str, Any] = {"id": row_id}
    if isinstance(outcome, DocumentResult):
        counts = dict.fromkeys(categories, 0)
        for finding in outcome.findings:
            counts[finding.category] = counts.get(finding.category, 0) + 1
        row.update(score=outcome.score.value, passed=outcome.passed, error=None)
        row.update({f"count_{category}": counts[category] for category in categories})
        row["findings"] = [
            {
                "rule": finding.rule,
                "severity": finding.severity.label,
                "start": finding.start,
                "end": finding.end,
                "text": finding.text,
            }
            for finding in outcome.findings
        ]
        return row
    row.update(score=None, passed=None, findings=None, error=_row_error(outcome))
    row.update({f"count_{category}": None for category in categories})
    return row


def _row_error(problem: InputError) -> str:
    """The error without the row's made-up file name (the row has its id)."""
    if isinstance(problem, EmptyDraft):
        return "empty"
    name = problem.path or ""
    message = problem.message
    return message[len(name) + 2 :] if name and message.startswith(name + ": ") else message


@dataclass
class Tally:
    """Counts of an audit, added up over partitions (and over dask workers)."""

    partitions: int = 0
    resumed: int = 0
    posts: int = 0
    passed: int = 0
    failed: int = 0
    errors: int = 0
    findings: int = 0
    score_total: int = 0
    broken: list[str] = field(default_factory=list)  # one line per unreadable partition

    def add_row(self, row: dict[str, Any]) -> None:
        self.posts += 1
        if row["error"] is not None:
            self.errors += 1
            return
        self.passed += bool(row["passed"])
        self.failed += not row["passed"]
        self.findings += len(row["findings"])
        self.score_total += row["score"]

    def merge(self, other: Tally) -> None:
        for name in ("partitions", "resumed", "posts", "passed", "failed", "errors"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.findings += other.findings
        self.score_total += other.score_total
        self.broken.extend(other.broken)

    def summary(self, output: Path) -> str:
        linted = self.passed + self.failed
        mean = f", mean score {self.score_total / linted:.1f}" if linted else ""
        resumed = f" ({self.resumed} already done, skipped)" if self.resumed else ""
        errors = f", {self.errors} not linted (empty or unreadable)" if self.errors else ""
        broken = f", {len(self.broken)} unreadable" if self.broken else ""
        return (
            f"audit: {self.posts:,} posts in {self.partitions} partitions{resumed}{broken}: "
            f"{self.passed:,} passed, {self.failed:,} failed{errors}, "
            f"{self.findings:,} findings{mean} → {output}"
        )


class PartitionWriter:
    """Writes one partition's rows as they come, to a ``.part`` file renamed to
    its final name when the partition is done: an output that exists is whole,
    which is what ``--resume`` trusts."""

    def __init__(self, plan: AuditPlan, partition: Partition) -> None:
        self.plan = plan
        self.final = partition.output(plan.output, plan.fmt)
        self.final.parent.mkdir(parents=True, exist_ok=True)
        self.temporary = self.final.with_name(self.final.name + _PART_SUFFIX)
        self.tally = Tally(partitions=1)
        self._parquet: Any = None
        self._jsonl: Any = None
        self._empty = True

    def write(self, rows: Rows, outcomes: Sequence[Outcome]) -> None:
        records = [
            result_row(row_id, outcome, self.plan.categories)
            for row_id, outcome in zip(rows.ids.to_pylist(), outcomes, strict=True)
        ]
        for record in records:
            self.tally.add_row(record)
        if self.plan.fmt == "jsonl":
            self._write_jsonl(records)
        else:
            self._write_parquet(records, rows.ids.type)
        self._empty = False

    def _write_parquet(self, records: list[dict[str, Any]], id_type: pa.DataType) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = result_schema(id_type, self.plan.categories)
        if self._parquet is None:
            self._parquet = pq.ParquetWriter(self.temporary, schema)
        self._parquet.write_table(pa.Table.from_pylist(records, schema=self._parquet.schema))

    def _write_jsonl(self, records: list[dict[str, Any]]) -> None:
        if self._jsonl is None:
            self._jsonl = self.temporary.open("w", encoding="utf-8")
        for record in records:
            self._jsonl.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")

    def finish(self) -> Tally:
        """Close the file and give it its final name (an empty table too)."""
        if self._empty:
            self._write_nothing()
        if self._parquet is not None:
            self._parquet.close()
        if self._jsonl is not None:
            self._jsonl.close()
        os.replace(self.temporary, self.final)
        return self.tally

    def _write_nothing(self) -> None:
        if self.plan.fmt == "jsonl":
            self.temporary.write_text("", encoding="utf-8")
            return
        import pyarrow as pa

        self._write_parquet([], pa.int64())

    def abandon(self) -> None:
        """A partition that could not be read to its end leaves no output."""
        for handle in (self._parquet, self._jsonl):
            if handle is not None:
                handle.close()
        self.temporary.unlink(missing_ok=True)


def audit_partition(linter: Linter, plan: AuditPlan, partition: Partition) -> Tally:
    """One whole partition in this process: read, lint, write. The dask engine
    runs this on its workers; an unreadable partition is counted, not raised."""
    writer = PartitionWriter(plan, partition)
    try:
        for rows in read_rows(partition, plan.text_column, plan.id_column):
            # BATCH rows at a time, as the local engine's workers lint them:
            # the parsed documents of a whole read held at once cost memory.
            for start in range(0, len(rows.texts), BATCH):
                part = _slice(rows, start, BATCH)
                writer.write(part, linter.lint_batch(sources_of(part, partition, plan.markup)))
    except InputError as problem:
        writer.abandon()
        return Tally(partitions=1, broken=[problem.message])
    return writer.finish()


# -- the local engine ----------------------------------------------------------------


@dataclass(frozen=True)
class _Chunk:
    """What travels beside a batch through the worker pool: whose rows they
    are, or (``rows`` None) that the partition ended, well or not."""

    partition: Partition
    rows: Rows | None = None
    problem: InputError | None = None


def audit_local(
    linter: Linter,
    plan: AuditPlan,
    partitions: Sequence[Partition],
    *,
    jobs: int,
    on_partition: Callable[[Tally], None],
) -> Tally:
    """Every partition through ``linter`` in this process or ``jobs`` forked
    workers (rows of one partition and the next share the pool, so a run of
    many small files keeps every worker busy). Partitions are written in order;
    ``on_partition`` hears of each one done."""
    tally = Tally()
    writers: dict[Partition, PartitionWriter] = {}
    # The runner itself lints a small audit in one process (it counts rows, not files).
    runner = InOrder(linter.lint_batch, jobs=jobs, prepare=_loader(linter))
    for outcomes, chunk in runner.map(_chunks(plan, partitions)):
        writer = writers.get(chunk.partition)
        if writer is None:
            writer = writers[chunk.partition] = PartitionWriter(plan, chunk.partition)
        if chunk.rows is not None:
            writer.write(chunk.rows, outcomes)
            continue
        del writers[chunk.partition]
        if chunk.problem is not None:
            writer.abandon()
            done = Tally(partitions=1, broken=[chunk.problem.message])
        else:
            done = writer.finish()
        tally.merge(done)
        on_partition(done)
    return tally


def _chunks(
    plan: AuditPlan, partitions: Sequence[Partition]
) -> Iterator[tuple[list[Source], _Chunk]]:
    for partition in partitions:
        problem: InputError | None = None
        try:
            for rows in read_rows(partition, plan.text_column, plan.id_column):
                for start in range(0, len(rows.texts), BATCH):
                    part = _slice(rows, start, BATCH)
                    yield sources_of(part, partition, plan.markup), _Chunk(partition, part)
        except InputError as error:
            problem = error
        yield [], _Chunk(partition, problem=problem)


def _slice(rows: Rows, start: int, size: int) -> Rows:
    return Rows(rows.first + start, rows.texts[start : start + size], rows.ids.slice(start, size))


def _loader(linter: Linter) -> Callable[[], object]:
    """Before the workers fork: load the pipeline once, so they share it."""

    def load() -> object:
        return linter.engine_for(linter.config).analyzer

    return load


def make_plan(
    linter: Linter,
    inputs: Sequence[str],
    output: Path,
    *,
    text_column: str,
    id_column: str | None,
    fmt: str,
    markup: str,
) -> AuditPlan:
    """The audit of ``inputs`` into ``output`` (partitions found now: a missing
    input stops the run before anything is linted)."""
    return AuditPlan(
        partitions=find_partitions(inputs),
        output=output,
        text_column=text_column,
        id_column=id_column,
        fmt=fmt,
        markup=markup,
        categories=rule_categories(linter),
    )
