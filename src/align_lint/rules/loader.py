"""Rule packs: find them, parse them, check that they hang together.

A pack is a YAML file with a ``rules:`` list (or a directory of such files).
The bundled pack ships inside the package as ``align_lint.rulepack``; in a
source checkout that package is the top-level ``rules/`` directory.

Packs load in order (bundled first, then extra packs as given) and a later
pack may change what came before it:

* a rule with ``override: true`` replaces the rule of the same id from an
  earlier pack (without it, a repeated id is an error, so nobody shadows a
  bundled rule by accident);
* a pack-level ``disable: [ids or categories]`` turns off rules loaded before
  it. A turned-off rule is gone: it neither reports nor serves as context, and
  references to it from other rules match nothing (as a rule skipped by the
  blank pipeline does);
* a pack's ``lexicons:`` declare word lists or extend earlier ones
  (``lexicons.py``). The bundled lexicons (``rules/lexicons/``) are the shared
  vocabulary and load even without the bundled rules.
"""

from __future__ import annotations

import stat
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from align_lint.datafiles.declare import Reading, quoted
from align_lint.datafiles.lines import LineDict, LineList, read_yaml_file, with_lines
from align_lint.documents.paths import display_path
from align_lint.errors import RuleError, did_you_mean, problems_of
from align_lint.rules.keys import PACK
from align_lint.rules.lexicons import Lexicon, PackLexicons, combine_lexicons, pack_lexicons
from align_lint.rules.schema import CATEGORIES, Rule, parse_rule

PACK_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class TurnedOff:
    """A rule a later pack turned off with ``disable:``, and where."""

    rule: Rule
    by: str  # "my-pack.yaml:3"


@dataclass(frozen=True)
class Pack:
    """One pack file: its rules, and the earlier rules it turns off."""

    source: str
    rules: tuple[Rule, ...]
    disable: tuple[tuple[str, int], ...] = ()  # (id or category, line)
    lexicons: PackLexicons = field(default_factory=PackLexicons)


@dataclass(frozen=True)
class RuleSet:
    """The active rules in load order, with lookups by id and category."""

    rules: tuple[Rule, ...]
    turned_off: tuple[TurnedOff, ...] = ()
    lexicons: Mapping[str, Lexicon] = field(default_factory=dict)

    def __iter__(self) -> Iterator[Rule]:
        return iter(self.rules)

    def __len__(self) -> int:
        return len(self.rules)

    def get(self, rule_id: str) -> Rule | None:
        return self._by_id.get(rule_id)

    def expand(self, reference: str) -> frozenset[str]:
        """Rule ids a reference names: itself if it is an id, else its category's rules."""
        if reference in self._by_id:
            return frozenset({reference})
        return self._by_category.get(reference, frozenset())

    # Looked up once per reference of every rule: indexes keep loading and
    # checking 10,000 rules linear (a scan per lookup made it quadratic).
    @cached_property
    def _by_id(self) -> dict[str, Rule]:
        return {rule.id: rule for rule in self.rules}

    @cached_property
    def _by_category(self) -> dict[str, frozenset[str]]:
        ids: dict[str, set[str]] = {}
        for rule in self.rules:
            ids.setdefault(rule.category, set()).add(rule.id)
        return {category: frozenset(members) for category, members in ids.items()}

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(rule.id for rule in self.rules)


def bundled_pack_dir() -> Path:
    """The bundled pack: ``align_lint/rulepack`` in an installed wheel, or the
    top-level ``rules/`` of a source checkout (editable installs and tests).

    Located by path rather than importlib.resources because the pack is data
    with no ``__init__.py``, which editable installs do not map as a package.
    """
    package = Path(__file__).resolve().parents[1]
    installed = package / "rulepack"
    if installed.is_dir():
        return installed
    return package.parents[1] / "rules"


def bundled_lexicon_dir() -> Path:
    return bundled_pack_dir() / "lexicons"


# An optional pack shipped with align, named as ``align:devrel`` where a path may stand.
BUNDLED_PREFIX = "align:"


def optional_pack_dir() -> Path:
    """Packs shipped with align but loaded only when named (``align:devrel``)."""
    return bundled_pack_dir() / "packs"


def optional_packs() -> list[str]:
    return sorted(p.stem for p in optional_pack_dir().glob("*.yaml"))


def pack_path(pack: str) -> Path:
    """A pack as named in config or ``--rules``: a path, or ``align:NAME`` for an
    optional bundled pack (an unknown name is an error that lists the known ones)."""
    if not pack.startswith(BUNDLED_PREFIX):
        return Path(pack)
    name = pack[len(BUNDLED_PREFIX) :]
    known = optional_packs()
    if name not in known:
        named = [BUNDLED_PREFIX + k for k in known]
        raise RuleError(
            f"{pack}: no such bundled pack (bundled: {', '.join(named)}){did_you_mean(pack, named)}"
        )
    return optional_pack_dir() / f"{name}.yaml"


def load_rule_set(extra_packs: Iterable[str] = (), *, default_rules: bool = True) -> RuleSet:
    paths: list[Path] = [bundled_lexicon_dir()]
    if default_rules:
        paths.append(bundled_pack_dir())
    paths.extend(pack_path(pack) for pack in extra_packs)
    return combine_packs(read_packs(pack_files(paths)))


def read_packs(files: Iterable[Path]) -> list[Pack]:
    """Every pack, read in order; one error listing the mistakes of all of them."""
    packs: list[Pack] = []
    failed: list[RuleError] = []
    for file in files:
        try:
            packs.append(read_pack(file))
        except RuleError as error:
            failed.append(error)
    if failed:
        raise RuleError.several(problems_of(failed))
    return packs


def combine_packs(packs: Iterable[Pack]) -> RuleSet:
    """Apply packs in order: ``disable:`` first, then the pack's rules, where
    ``override: true`` replaces an earlier rule of the same id. Every mistake
    is collected, then raised as one error."""
    rules: dict[str, Rule] = {}
    turned_off: dict[str, TurnedOff] = {}
    lexicons: list[PackLexicons] = []
    problems: list[str] = []
    for pack in packs:
        lexicons.append(pack.lexicons)
        for reference, line in pack.disable:
            targets = [r for r in rules.values() if reference in (r.id, r.category)]
            if not targets:
                known = [*rules, *(r.category for r in rules.values())]
                problems.append(
                    f"{pack.source}:{line}: disable: no rule or category {quoted(reference)} "
                    f"was loaded before this pack{did_you_mean(reference, known)}"
                )
            for target in targets:
                turned_off[target.id] = TurnedOff(rules.pop(target.id), f"{pack.source}:{line}")
        duplicates = _duplicate_problems(pack.rules)
        problems.extend(duplicates.values())
        for rule in pack.rules:
            problem = _override_problem(rule, rules.get(rule.id), rules)
            if problem:
                problems.append(problem)
            if rule.id in duplicates and duplicates[rule.id].startswith(f"{rule.origin}: "):
                continue  # the second of a pack's two rules with one id
            turned_off.pop(rule.id, None)
            rules[rule.id] = rule
    try:
        rule_set = check_rule_set(
            list(rules.values()),
            turned_off=tuple(turned_off.values()),
            lexicons=combine_lexicons(lexicons),
        )
    except RuleError as error:
        problems.extend(error.problems)
    if problems:
        raise RuleError.several(problems)
    return rule_set


def _override_problem(rule: Rule, earlier: Rule | None, rules: Mapping[str, Rule]) -> str:
    """What is wrong with a rule replacing (or not) an earlier one, or ``""``."""
    if earlier is not None and not rule.override and earlier.origin.path != rule.origin.path:
        return (
            f"{rule.origin}: duplicate rule id {quoted(rule.id)} (first defined at "
            f"{earlier.origin}); add 'override: true' to replace it"
        )
    if earlier is None and rule.override:
        return (
            f"{rule.origin}: rule {rule.id}: override: true, but no earlier pack "
            f"defines {quoted(rule.id)}{did_you_mean(rule.id, rules)}"
        )
    return ""


def pack_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Pack files in load order: files as given, directories' *.yaml sorted.

    Only regular files (or links to them) are packs: a FIFO named ``*.yaml``
    would block the read forever and a link to ``/dev/zero`` would fill memory.
    Such an entry is an error, not a notice, because skipping it would run
    fewer rules than the directory promises."""
    for path in paths:
        if path.is_dir():
            files = sorted(p for p in path.iterdir() if p.suffix in PACK_SUFFIXES)
            if not files:
                raise RuleError(f"{display_path(path)}: no rule packs (*.yaml) in this directory")
            for file in files:
                _check_regular(file)
            yield from files
        else:
            _check_regular(path)
            yield path


def _check_regular(path: Path) -> None:
    try:
        mode = path.stat().st_mode  # a link counts as what it points to
    except OSError:
        raise RuleError(f"{display_path(path)}: no such rule pack") from None
    if not stat.S_ISREG(mode):
        raise RuleError(f"{display_path(path)}: not a regular file, so not a rule pack")


def load_pack(path: Path) -> list[Rule]:
    return list(read_pack(path).rules)


def read_pack(path: Path) -> Pack:
    """One pack file, its keys checked against ``keys.PACK`` and each rule read;
    a mistake does not stop the reading, the error names every one."""
    source = display_path(path)
    data = read_yaml_file(path, source, RuleError)
    if not isinstance(data, LineDict) or not data:
        raise RuleError(f"{source}:1: a rule pack is a mapping with a 'rules:' list")
    values = PACK.read(data, Reading(source, RuleError, "pack", collect=True))
    entries = values.get("rules") or with_lines([], data.line)
    rules: list[Rule] = []
    failed: list[RuleError] = []
    for entry, line in zip(entries, entries.item_lines, strict=True):
        try:
            rules.append(parse_rule(entry, source, line))
        except RuleError as error:
            failed.append(error)
    if failed:
        raise RuleError.several(problems_of(failed))
    lexicons = pack_lexicons(values["lexicons"], source)
    return Pack(source, tuple(rules), _disable_lines(data, values["disable"]), lexicons)


def _disable_lines(data: LineDict, names: tuple[str, ...]) -> tuple[tuple[str, int], ...]:
    """Each name of ``disable:`` with its line, so a name that turns nothing off is
    reported where it was written."""
    if not names:
        return ()
    written = data["disable"]
    lines = written.item_lines if isinstance(written, LineList) else [data.line_of("disable")]
    return tuple(zip(names, lines, strict=True))


def _duplicate_problems(rules: Iterable[Rule]) -> dict[str, str]:
    """Rule id → the message for its second definition among ``rules``."""
    seen: dict[str, Rule] = {}
    problems: dict[str, str] = {}
    for rule in rules:
        if rule.id in seen:
            first = seen[rule.id].origin
            problems.setdefault(
                rule.id,
                f"{rule.origin}: duplicate rule id {quoted(rule.id)} (first defined at {first})",
            )
        else:
            seen[rule.id] = rule
    return problems


def check_rule_set(
    rules: list[Rule],
    *,
    turned_off: tuple[TurnedOff, ...] = (),
    lexicons: Mapping[str, Lexicon] | None = None,
) -> RuleSet:
    """Reject duplicate ids, references to nothing, and rules that reuse themselves,
    naming every one in one error.

    A reference to a turned-off rule is fine: it expands to no rules."""
    problems = list(_duplicate_problems(rules).values())
    known = {rule.id for rule in rules} | {t.rule.id for t in turned_off}
    rule_set = RuleSet(tuple(rules), turned_off, dict(lexicons or {}))
    for rule in rules:
        problems.extend(_claim_problems(rule, rule_set.lexicons))
        for reference in rule.references:
            if reference not in known and reference not in CATEGORIES:
                hint = did_you_mean(reference, [*known, *CATEGORIES])
                problems.append(
                    f"{rule.origin}: rule {rule.id}: unknown rule or category "
                    f"{quoted(reference)}{hint}"
                )
    for field_name, references in (
        ("match.rules", lambda rule: rule.match.rules),
        ("unless", lambda rule: rule.unless.sentence),
    ):
        try:
            _reject_cycles(rule_set, field_name, references)
        except RuleError as error:
            problems.append(error.message)
    if problems:
        raise RuleError.several(problems)
    return rule_set


def _claim_problems(rule: Rule, lexicons: Mapping[str, Lexicon]) -> list[str]:
    """A claim selection names lexicons that exist and are of its kind."""
    problems = []
    for claim in rule.match.claims:
        for name in claim.lexicons:
            lexicon = lexicons.get(name)
            if lexicon is None:
                problems.append(
                    f"{rule.origin}: rule {rule.id}: unknown lexicon {quoted(name)}"
                    f"{did_you_mean(name, lexicons)}"
                )
            elif lexicon.kind != claim.kind:
                problems.append(
                    f"{rule.origin}: rule {rule.id}: lexicon {quoted(name)} holds {lexicon.kind} "
                    f"terms, not {claim.kind} terms"
                )
    return problems


def _reject_cycles(
    rule_set: RuleSet, field: str, references: Callable[[Rule], tuple[str, ...]]
) -> None:
    """A rule may not depend on itself through ``field`` (directly or not):
    reuse loops never end, and an ``unless`` loop has no order to apply in."""
    done: set[str] = set()

    def visit(rule_id: str, path: tuple[str, ...]) -> None:
        if rule_id in done:
            return
        rule = rule_set.get(rule_id)
        assert rule is not None
        for reference in references(rule):
            for target in sorted(rule_set.expand(reference)):
                if target in path:
                    chain = " → ".join((*path, target))
                    raise RuleError(f"{rule.origin}: rule {rule.id}: {field} loops ({chain})")
                visit(target, (*path, target))
        done.add(rule_id)

    for rule in rule_set:
        visit(rule.id, (rule.id,))
