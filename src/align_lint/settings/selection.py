"""Which rules report, at which severity, against which thresholds, per document.

The engine always runs every loaded rule, so a rule that is not selected (or
whose finding is suppressed) still serves as context (``unless``,
``downgrade``, ``when``, ``match.rules``) for the rules that use it.
Selection only decides which findings are *reported*.

``select``/``ignore`` work as in ruff: layers apply in precedence order (see
``config.py``); a layer with ``select`` starts again from exactly what it
selects, a layer with only ``ignore`` removes from what came before. Within a
layer a rule id is more specific than a category, and at the same specificity
``ignore`` wins: ``select: [vanity], ignore: [vanity-metric]`` keeps the other
vanity rules; ``select: [vanity-metric], ignore: [vanity]`` keeps
vanity-metric alone.

``severity`` overrides make new findings (``dataclasses.replace``), never
change one; a finding the engine downgraded to ``info`` (tied to an outcome)
stays ``info``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace

from align_lint.datafiles.declare import quoted
from align_lint.errors import AlignError, ConfigError, did_you_mean
from align_lint.report.records import FailOn, Finding, Severity
from align_lint.rules.catalog import Catalog
from align_lint.rules.loader import load_rule_set
from align_lint.rules.platforms import Profiles, platform_names, profiles_for
from align_lint.rules.schema import CATEGORIES, Rule
from align_lint.settings.config import Config, Layer


def check_name(
    catalog: Catalog, reference: str, where: str, error: type[AlignError] = ConfigError
) -> None:
    if reference not in catalog.names:
        raise error(
            f"{where}: unknown rule or category {quoted(reference)}"
            f"{did_you_mean(reference, catalog.names)}"
        )


def check_layer(catalog: Catalog, layer: Layer, error: type[AlignError] = ConfigError) -> None:
    """Every id and category a layer names must exist (with a suggestion if not),
    and so must the platforms a config or the command line names."""
    if error is ConfigError:
        # A document's own platform (front matter, a calendar row) naming no
        # profile is a finding on that document (unknown-platform), so one odd
        # row does not stop the run; a config's or --platform's stops it here.
        check_platforms(layer, catalog.profiles)
    for key, references in (
        ("select", layer.select or ()),
        ("ignore", layer.ignore),
        ("severity", tuple(name for name, _ in layer.severity)),
    ):
        for reference in references:
            where = layer.label(key)
            check_name(catalog, reference, where, error)
            turned_off = catalog.turned_off_by(reference)
            if key == "select" and turned_off:
                raise error(
                    f"{where}: rule {quoted(reference)} is turned off by {turned_off} and "
                    "cannot be selected"
                )
            rule = catalog.get(reference)
            if key == "select" and rule is not None and not rule.report:
                raise error(
                    f"{where}: rule {quoted(reference)} is a context rule (report: false); "
                    "it never reports, so it cannot be selected"
                )


def check_platforms(layer: Layer, profiles: Profiles) -> None:
    """Every platform ``layer`` names must have a profile."""
    names = platform_names(layer.platform)
    if not names:
        return
    for name in names:
        if not profiles.known(name):
            raise ConfigError(f"{layer.label('platform')}: {profiles.unknown_message(name)}")


def load_catalog(config: Config) -> Catalog:
    """The packs a Config names plus the built-in rules; the config's own
    select/ignore/severity are checked against them (ConfigError if unknown)."""
    rule_set = load_rule_set(config.rules, default_rules=config.default_rules)
    catalog = Catalog(rule_set, profiles=profiles_for(config.platform_profiles))
    for layer in (*config.run_layers, *(entry.layer for entry in config.per_file)):
        check_layer(catalog, layer)
    return catalog


@dataclass(frozen=True)
class Settings:
    """What applies to one document once every layer is folded."""

    selected: frozenset[str]
    severity: Mapping[str, Severity] = field(default_factory=dict)
    fail_under: int = 70
    fail_on: FailOn = FailOn.ERROR
    platform: str | None = None

    def apply(self, findings: Iterable[Finding], rules: Mapping[str, Rule]) -> list[Finding]:
        """Drop findings of rules not selected; re-level the ones with an override."""
        kept = []
        for finding in findings:
            if finding.rule not in self.selected:
                continue
            level = self.severity.get(finding.rule)
            rule = rules.get(finding.rule)
            downgraded = rule is not None and finding.severity is not rule.severity
            if level is not None and level is not finding.severity and not downgraded:
                finding = replace(finding, severity=level)
            kept.append(finding)
        return kept


def resolve(layers: Iterable[Layer], catalog: Catalog) -> Settings:
    """Fold layers (lowest precedence first) into one document's Settings."""
    reported = catalog.reported
    enabled = {rule.id for rule in reported}
    severity: dict[str, Severity] = {}
    fail_under, fail_on, platform = 70, FailOn.ERROR, None
    for layer in layers:
        if layer.select is not None or layer.ignore:
            enabled = _fold_selection(enabled, layer, reported)
        by_category = [(n, s) for n, s in layer.severity if n in CATEGORIES]
        by_id = [(n, s) for n, s in layer.severity if n not in CATEGORIES]
        for name, level in by_category + by_id:  # an id beats its category
            for rule_id in catalog.expand(name):
                severity[rule_id] = level
        fail_under = fail_under if layer.fail_under is None else layer.fail_under
        fail_on = layer.fail_on or fail_on
        platform = layer.platform or platform
    return Settings(frozenset(enabled), severity, fail_under, fail_on, platform)


def _fold_selection(enabled: set[str], layer: Layer, rules: tuple[Rule, ...]) -> set[str]:
    result = set() if layer.select is not None else set(enabled)
    for rule in rules:
        selected = _specificity(rule, layer.select or ())
        ignored = _specificity(rule, layer.ignore)
        if ignored and ignored >= selected:
            result.discard(rule.id)
        elif selected:
            result.add(rule.id)
    return result


def _specificity(rule: Rule, references: Iterable[str]) -> int:
    """2 when a reference names the rule's id, 1 for its category, 0 for neither."""
    best = 0
    for reference in references:
        if reference == rule.id:
            return 2
        if reference == rule.category:
            best = 1
    return best
