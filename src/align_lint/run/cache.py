"""The result cache: a document whose bytes, name and settings were linted before
is not linted again.

An entry's key hashes everything a result depends on: the file's bytes and its
display path (the path picks Markdown or text and the ``per_file`` settings),
the whole configuration and working directory, every rule and lexicon as
loaded (and, for a document under a nested config, that config and its
rules: ``settings_key``), and the
versions of align (and its source, for edited checkouts), Python, spaCy and the
pipeline package that ``model`` resolves to. Entries are
small JSON files under ``<dir>/v2/``; JSON, not pickle, so a cache directory
from elsewhere can at worst be wrong, never run code. An entry that is
missing, unreadable, corrupt or written for another key is a miss: the
document is linted and the entry rewritten. So is one that is not a regular
file (a link, a FIFO: a cache directory can come from elsewhere), is larger
than MAX_ENTRY_BYTES, or holds JSON of the wrong shape, types or depth.
Writes go to a temporary file renamed into place, so a reader never sees half
an entry.

What the run's pipeline reported (its name, notices and the rules it can run)
is cached too (keyed by everything but
the document), so a fully warm run never imports spaCy.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import stat
import sys
import tempfile
from collections.abc import Mapping
from dataclasses import fields, is_dataclass, replace
from enum import Enum
from importlib import metadata
from pathlib import Path
from typing import Any

from align_lint.analysis.records import PipelineInfo
from align_lint.datafiles.lines import read_data_file
from align_lint.documents import Source
from align_lint.errors import AlignError
from align_lint.report.records import (
    DocumentResult,
    FailOn,
    Finding,
    Score,
    ScoreLine,
    Severity,
)
from align_lint.rules.catalog import Catalog
from align_lint.rules.platforms import bundled_profiles_path
from align_lint.settings.config import Config
from align_lint.version import __version__

CACHE_DIRNAME = ".align_cache"
# v2: findings carry their fingerprint, results their fail_under/fail_on/hidden.
# v3: results carry the document's date, author and platform (the scorecard).
_FORMAT = "v3"
# An entry holds one document's findings: a few KB, a few MB for a document
# with thousands of findings. Anything larger was not written by align.
MAX_ENTRY_BYTES = 32 * 1024 * 1024
# A huge draft's lines (DocumentResult.source_lines) are not stored: its findings are,
# with their context written in (``DocumentResult.with_contexts``).
_NOT_STORED = frozenset({"source_lines"})
_RESULT_FIELDS = ",".join(
    f"{cls.__name__}:{'/'.join(f.name for f in fields(cls) if f.name not in _NOT_STORED)}"
    for cls in (DocumentResult, Finding, Score, ScoreLine)
)


def default_cache_dir(config: Config) -> Path:
    """``.align_cache`` beside the configuration file (as ruff keeps its cache
    beside pyproject.toml), or in the working directory when there is none."""
    return Path(config.root or Path.cwd()) / CACHE_DIRNAME


def environment_key(config: Config, catalog: Catalog) -> str:
    """What every entry of one run shares: configuration, rules and the lexicons
    their claims read (an edited lexicon changes results as an edited rule
    does), versions."""
    parts = [
        f"align {__version__} {_source_digest()}",
        f"python {sys.version_info[:2]}",
        f"spacy {_version('spacy')}",
        f"model {_model_version(config.model)}",
        f"results {_RESULT_FIELDS}",
        f"cwd {Path.cwd()}",
        # Not the baseline: it filters results after the cache, never inside it.
        json.dumps(_stable(replace(config, baseline=None)), sort_keys=True),
        json.dumps(_stable(catalog.rules), sort_keys=True),
        json.dumps(_stable(catalog.rule_set.lexicons), sort_keys=True),
        # The platform profiles the platform rules count against (an edited
        # limit changes results as an edited rule does): their bytes, not parsed.
        f"platforms {_digest(_profile_bytes())}",
        f"own platforms {_digest(_profile_bytes(config.platform_profiles))}",
    ]
    return _digest("\0".join(parts).encode())


def _profile_bytes(path: str | None = None) -> bytes:
    """A profile file's bytes: the bundled one's, or a config's own file."""
    if not path:
        return bundled_profiles_path().read_bytes()
    try:  # a config's: a regular file, read up to the cap (as the profiles are loaded)
        return read_data_file(Path(path), path, AlignError)
    except AlignError:
        return b""


def settings_key(config: Config, catalog: Catalog) -> str:
    """What a document's own config adds to its key when it is not the run's:
    the config (its directory, per_file, thresholds) and the rules and lexicons
    its packs load."""
    parts = [
        json.dumps(_stable(config), sort_keys=True),
        json.dumps(_stable(catalog.rules), sort_keys=True),
        json.dumps(_stable(catalog.rule_set.lexicons), sort_keys=True),
        f"own platforms {_digest(_profile_bytes(config.platform_profiles))}",
    ]
    return _digest("\0".join(parts).encode())


def _stable(value: Any) -> Any:
    """Plain data with sets sorted, so the same settings hash the same in every
    process (a frozenset's order, and so its repr, changes with the hash seed)."""
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: _stable(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, (set, frozenset)):
        return sorted((_stable(item) for item in value), key=repr)
    if isinstance(value, Mapping):
        return [[_stable(k), _stable(v)] for k, v in value.items()]
    if isinstance(value, (list, tuple)):
        return [_stable(item) for item in value]
    if isinstance(value, Enum):
        return _stable(value.value)
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return repr(value)


def _source_digest() -> str:
    """align's own code: an edited checkout must not reuse results of the old code."""
    package = Path(__file__).resolve().parents[1]  # align_lint/, not run/
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "-"


def _model_version(model: str) -> str:
    """The pipeline package ``model`` names (auto: the first installed
    candidate) and its version, found without importing spaCy."""
    from align_lint.analysis.pipeline import AUTO, AUTO_CANDIDATES, BLANK

    if model == BLANK:
        return BLANK
    candidates = AUTO_CANDIDATES if model == AUTO else (model,)
    for name in candidates:
        try:
            installed = importlib.util.find_spec(name) is not None
        except (ImportError, ValueError):
            installed = False
        if installed:
            return f"{name} {_version(name.replace('_', '-'))}"
        meta = Path(name) / "meta.json"  # a pipeline directory, as spaCy loads one
        if meta.is_file():
            return f"{Path(name).resolve()} {_digest(meta.read_bytes())}"
    return "none"


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class ResultCache:
    def __init__(self, directory: Path, environment: str) -> None:
        self.directory = directory / _FORMAT
        self.environment = environment
        self.hits = 0
        self.misses = 0

    def key(self, source: Source, settings: str = "") -> str:
        """``settings``: the ``settings_key`` of a document whose config is not
        the run's (a nested config), so the same text under two configs never
        shares an entry."""
        # A calendar row is keyed by all its Document is made from (its text,
        # cell, line and columns), not by the whole file's bytes.
        data = source.data if source.row is None else repr(source.row).encode()
        parts = [self.environment.encode(), settings.encode(), source.name.encode(), data]
        return _digest(b"\0".join(parts))

    def get(self, key: str) -> DocumentResult | None:
        entry = self._read(key)
        try:
            result = result_from_dict(entry["result"]) if entry else None
        except (KeyError, TypeError, ValueError):
            result = None  # a foreign or outdated entry: lint again
        if result is None:
            self.misses += 1
        else:
            self.hits += 1
        return result

    def put(self, key: str, result: DocumentResult) -> None:
        # A huge draft's findings read their context off its lines: written in.
        self._write(key, {"key": key, "result": result_to_dict(result.with_contexts())})

    def get_info(self) -> PipelineInfo | None:
        """What the pipeline of an earlier run in this environment reported."""
        entry = self._read(self._info_key)
        try:
            if entry is None:
                return None
            info = entry["result"]
            name, notices, runnable = info["pipeline"], info["notices"], info["runnable"]
            if isinstance(name, str) and all(isinstance(n, str) for n in notices + runnable):
                return PipelineInfo(name, tuple(notices), tuple(runnable))
        except (KeyError, TypeError):
            pass
        return None

    def put_info(self, info: PipelineInfo) -> None:
        entry = {"pipeline": info.name, "notices": info.notices, "runnable": info.runnable}
        self._write(self._info_key, {"key": self._info_key, "result": entry})

    @property
    def _info_key(self) -> str:
        return f"run-{self.environment}"

    def _path(self, key: str) -> Path:
        return self.directory / key[-2:] / f"{key}.json"

    def _read(self, key: str) -> dict[str, Any] | None:
        try:
            entry = json.loads(_read_entry(self._path(key)))
        except (OSError, ValueError, RecursionError):
            # RecursionError: JSON nested thousands deep, which no entry we write is.
            return None
        if not isinstance(entry, dict) or entry.get("key") != key:
            return None
        return entry

    def _write(self, key: str, entry: dict[str, Any]) -> None:
        """Best effort: a cache that cannot be written only makes runs slower."""
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            _ensure_gitignore(self.directory.parent)
            handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
            # dumps, not dump: only dumps uses the C encoder.
            text = json.dumps(entry, ensure_ascii=False, separators=(",", ":"))
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                stream.write(text)
            os.replace(temporary, path)
        except OSError:
            pass


def _read_entry(path: Path) -> bytes:
    """An entry's bytes, if it is a regular file of at most MAX_ENTRY_BYTES.

    A cache directory can come from elsewhere (a restored CI cache, a pull
    request): ``O_NOFOLLOW`` refuses a link (to ``/dev/zero``, say),
    ``O_NONBLOCK`` keeps a FIFO from blocking the open, the type is checked on
    the open descriptor, and no more than the cap is ever read."""
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    descriptor = os.open(path, flags)
    with open(descriptor, "rb", closefd=True) as stream:
        found = os.fstat(descriptor)
        if not stat.S_ISREG(found.st_mode) or found.st_size > MAX_ENTRY_BYTES:
            raise ValueError("not a cache entry")
        data = stream.read(MAX_ENTRY_BYTES + 1)
    if len(data) > MAX_ENTRY_BYTES:  # it grew after the fstat
        raise ValueError("not a cache entry")
    return data


def _ensure_gitignore(root: Path) -> None:
    """Write the cache's .gitignore once. ``O_EXCL`` and ``O_NOFOLLOW``: a
    dangling link planted there must not make align create its target."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    try:
        descriptor = os.open(root / ".gitignore", flags, 0o644)
    except FileExistsError:
        return
    with open(descriptor, "w", encoding="utf-8", closefd=True) as stream:
        stream.write("# Created by align: the result cache.\n*\n")


def result_to_dict(result: DocumentResult) -> dict[str, Any]:
    data = _plain(result)
    assert isinstance(data, dict)
    return data


def _plain(value: Any) -> Any:
    """Dataclasses as dicts, tuples as lists, enums as their values: what
    ``dataclasses.asdict`` gives, without its deep copy of every value (which was
    most of the time a cold run spent writing the cache)."""
    if is_dataclass(value) and not isinstance(value, type):
        return {
            field.name: _plain(getattr(value, field.name))
            for field in fields(value)
            if field.name not in _NOT_STORED
        }
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    if isinstance(value, Enum):
        return value.value
    return value


def result_from_dict(data: dict[str, Any]) -> DocumentResult:
    """The result an entry holds; TypeError, KeyError or ValueError for anything
    align did not write. Every value's type is checked, not just the shape: a
    string where a line number belongs would otherwise crash a formatter later,
    far from the cache."""
    _check_fields(DocumentResult, data)
    score = _check_fields(Score, data["score"])
    findings = tuple(_finding(f) for f in _check_list(data["findings"]))
    return DocumentResult(
        **{
            **data,
            "findings": findings,
            "score": Score(
                value=score["value"],
                lines=tuple(_score_line(line) for line in _check_list(score["lines"])),
            ),
            "fail_reasons": tuple(_check_list(data["fail_reasons"], str)),
            "fail_on": FailOn(data["fail_on"]),
        }
    )


def _score_line(data: Any) -> ScoreLine:
    checked = _check_fields(ScoreLine, data)
    return ScoreLine(**{**checked, "charges": tuple(_check_list(checked["charges"], int))})


def _finding(data: Any) -> Finding:
    checked = _check_fields(Finding, data)
    return Finding(**{**checked, "severity": Severity(checked["severity"])})


# The JSON type of each field of the records an entry holds (lists for tuples
# and nested records, checked where they are read).
_FIELD_TYPES: dict[type, dict[str, type | tuple[type, ...]]] = {
    DocumentResult: {
        "path": str,
        "record": (int, type(None)),
        "findings": list,
        "score": dict,
        "passed": bool,
        "fail_reasons": list,
        "error": str,
        "fail_under": int,
        "fail_on": str,
        "hidden": int,
        "record_id": str,
        "cell": str,
        **dict.fromkeys(("date", "author", "platform"), str),
    },
    Score: {"value": int, "lines": list},
    ScoreLine: {"rule": str, "category": str, "count": int, "cost": int, "charges": list},
    Finding: {
        **dict.fromkeys(("start", "end", "line", "column", "end_line", "end_column"), int),
        **dict.fromkeys(("rule", "category", "message", "suggestion", "text"), str),
        **dict.fromkeys(("scope", "context", "fingerprint"), str),
        "severity": int,
    },
}


def _check_fields(record: type, data: Any) -> dict[str, Any]:
    """``data`` if it is a dict with exactly ``record``'s fields, each of its type."""
    types = _FIELD_TYPES[record]
    if not isinstance(data, dict) or data.keys() != types.keys():
        raise TypeError(f"not a {record.__name__}")
    for name, kind in types.items():
        value = data[name]
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise TypeError(f"{record.__name__}.{name}: {type(value).__name__}")
    return data


def _check_list(value: Any, kind: type = object) -> list[Any]:
    if not isinstance(value, list) or not all(isinstance(item, kind) for item in value):
        raise TypeError("not a list")
    return value
