"""Platform profiles: what each network lets a post be, as data.

``rules/platforms/profiles.yaml`` (``align_lint/rulepack/platforms`` in a wheel)
holds, per network, the length limit and how the network counts it, the part
shown before the feed folds the post, and the hashtag and mention limits, each
figure with the page that documents it and the date it was checked. This module
reads that file into frozen ``Profile`` records, and turns the names people
write ("Twitter/X", "LinkedIn, X", "IG") into profiles. The counting itself is
the judgement's (``judgement/platforms.py``).

A mistake in a profile file is a RuleError naming ``file:line`` and the key.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from pathlib import Path
from typing import Any

from align_lint.datafiles.declare import quoted, shown
from align_lint.datafiles.lines import LineDict, read_yaml_file
from align_lint.errors import RuleError, did_you_mean
from align_lint.rules.loader import bundled_pack_dir

COUNTINGS = ("code-points", "graphemes", "x-weighted")
MENTION_COUNTINGS = ("as-written", "local-part")
_FIGURE_KEYS = frozenset({"limit", "visible", "source", "checked"})
_LENGTH_KEYS = _FIGURE_KEYS | {"counted", "urls", "mentions"}
_PROFILE_KEYS = frozenset({"name", "aliases", "length", "fold", "hashtags", "mentions"})
# Several platforms in one value: "LinkedIn, X", "x; threads", "X | Bluesky".
# Not "/": "Twitter/X" is one network.
_LIST_SEPARATORS = re.compile(r"[,;|\n]")


@dataclass(frozen=True)
class Figure:
    """One documented number: its value, where it is documented, when checked."""

    value: int
    source: str
    checked: str  # ISO date


@dataclass(frozen=True)
class Profile:
    id: str  # "x", "linkedin": the key in the profile file
    name: str  # "X", "LinkedIn": how messages name it
    aliases: tuple[str, ...]
    length: Figure
    counted: str  # one of COUNTINGS
    url_length: int | None = None  # a link counts this much; None: as written
    mentions_counted: str = "as-written"
    fold: Figure | None = None
    hashtags: Figure | None = None
    mentions: Figure | None = None

    @property
    def counted_as(self) -> str:
        """The unit of the length, as messages say it."""
        return {
            "x-weighted": "weighted characters",
            "graphemes": "graphemes",
            "code-points": "characters",
        }[self.counted]


@lru_cache(maxsize=1024)  # a few names, looked up for every document
def normalised(name: str) -> str:
    """A platform name as compared: lower case, letters and digits only, so
    "Twitter/X", "twitter-x" and "TwitterX" are one name."""
    return re.sub(r"[^0-9a-z]", "", name.casefold())


def platform_names(value: Any) -> tuple[str, ...]:
    """The platform names a setting or a calendar cell holds: a string with
    names separated by commas, semicolons or bars ("LinkedIn, X"), or a list."""
    if isinstance(value, str):
        parts: Iterable[Any] = _LIST_SEPARATORS.split(value)
    elif isinstance(value, list | tuple):
        parts = value
    else:
        return ()
    names = (str(part).strip() for part in parts if part is not None)
    return tuple(dict.fromkeys(name for name in names if name))


@dataclass(frozen=True)
class Profiles:
    profiles: tuple[Profile, ...]
    source: str
    # Channels with nothing to check (email, a blog): named without a mistake.
    unchecked: tuple[str, ...] = ()

    def known(self, name: str) -> bool:
        """Does ``name`` name a profile, or a channel with nothing to check?"""
        key = normalised(name)
        return key in self.by_name or key in {normalised(n) for n in self.unchecked}

    @cached_property
    def by_name(self) -> Mapping[str, Profile]:
        # Kept on the instance: a cache keyed by the Profiles hashed every
        # profile on each look-up (a few looks a document).
        return _index(self)

    def find(self, name: str) -> Profile | None:
        return self.by_name.get(normalised(name))

    def unknown_message(self, name: str) -> str:
        """Why ``name`` is not a platform, with the known ones (and a guess)."""
        known = [profile.id for profile in self.profiles]
        guess = did_you_mean(normalised(name), list(self.by_name))
        return f"unknown platform {quoted(name)}{guess} (known: {', '.join(known)})"

    def resolve(self, names: Iterable[str]) -> tuple[tuple[Profile, ...], tuple[str, ...]]:
        """The profiles ``names`` name (each once, in order), and the names of none."""
        found: dict[str, Profile] = {}
        unknown: list[str] = []
        for name in names:
            profile = self.find(name)
            if profile is None and not self.known(name):
                unknown.append(name)
            elif profile is None:
                continue
            else:
                found.setdefault(profile.id, profile)
        return tuple(found.values()), tuple(unknown)


def _index(profiles: Profiles) -> dict[str, Profile]:
    index: dict[str, Profile] = {}
    for profile in profiles.profiles:
        for name in (profile.id, profile.name, *profile.aliases):
            index.setdefault(normalised(name), profile)
    return index


def bundled_profiles_path() -> Path:
    return bundled_pack_dir() / "platforms" / "profiles.yaml"


@cache
def bundled_profiles() -> Profiles:
    """The profiles align ships, read once per process."""
    return read_profiles(bundled_profiles_path())


def profiles_for(path: str | None) -> Profiles:
    """The bundled profiles, or those with the profiles of a user's file
    (config ``platform_profiles``) over them: the same id replaces a bundled
    profile, a new one adds a network."""
    if path is None:
        return bundled_profiles()
    # Read each time, not cached per process: the editor server makes a new
    # catalog when a config changes, and must see an edited profile file.
    bundled = bundled_profiles()
    own = read_profiles(Path(path))
    replaced = {profile.id for profile in own.profiles}
    kept = tuple(p for p in bundled.profiles if p.id not in replaced)
    unchecked = tuple(dict.fromkeys((*bundled.unchecked, *own.unchecked)))
    merged = Profiles(kept + own.profiles, own.source, unchecked)
    _check_names(merged)
    return merged


def read_profiles(path: Path, source: str | None = None) -> Profiles:
    """A profile file read and checked; RuleError ``file:line: …`` if it is wrong."""
    source = source or str(path)
    data = read_yaml_file(path, source, RuleError)
    if not isinstance(data, LineDict) or not isinstance(data.get("platforms"), LineDict):
        line = data.line if isinstance(data, LineDict) else 1
        raise RuleError(f"{source}:{max(line, 1)}: a profile file is a mapping with 'platforms:'")
    platforms: LineDict = data["platforms"]
    if not platforms:
        raise RuleError(f"{source}:{platforms.line}: platforms: no profile in it")
    profiles = tuple(
        _profile(str(key), value, _Where(source, platforms.line_of(key), f"platforms.{key}"))
        for key, value in platforms.items()
    )
    unchecked = _aliases(
        data.get("unchecked"), _Where(source, data.line_of("unchecked"), "unchecked")
    )
    result = Profiles(profiles, source, unchecked)
    _check_names(result)
    return result


@dataclass(frozen=True)
class _Where:
    source: str
    line: int
    key: str

    def fail(self, problem: str, line: int | None = None) -> RuleError:
        return RuleError(f"{self.source}:{line or self.line}: {self.key}: {problem}")

    def inner(self, data: LineDict, key: str) -> _Where:
        return _Where(self.source, data.line_of(key), f"{self.key}.{key}")


def _profile(key: str, data: Any, where: _Where) -> Profile:
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", key):
        raise where.fail("a platform id is lower-case letters, digits and dashes")
    mapping = _mapping(data, where, _PROFILE_KEYS, required=("length",))
    length = _mapping(mapping["length"], where.inner(mapping, "length"), _LENGTH_KEYS)
    inner = where.inner(mapping, "length")
    counted = _choice(length, "counted", COUNTINGS, inner)
    return Profile(
        id=key,
        name=_text(mapping.get("name", key), where.inner(mapping, "name")),
        aliases=_aliases(mapping.get("aliases"), where.inner(mapping, "aliases")),
        length=_figure(length, "limit", inner),
        counted=counted,
        url_length=_number(length["urls"], inner.inner(length, "urls"))
        if "urls" in length
        else None,
        mentions_counted=_choice(length, "mentions", MENTION_COUNTINGS, inner, "as-written"),
        fold=_optional(mapping, "fold", "visible", where),
        hashtags=_optional(mapping, "hashtags", "limit", where),
        mentions=_optional(mapping, "mentions", "limit", where),
    )


def _mapping(
    data: Any, where: _Where, allowed: frozenset[str], required: tuple[str, ...] = ()
) -> LineDict:
    if not isinstance(data, LineDict):
        raise where.fail(f"must be a mapping (got {shown(data)})")
    for name in data:
        if name not in allowed:
            raise where.fail(
                f"unknown key {quoted(name)}{did_you_mean(name, sorted(allowed))}",
                data.line_of(name),
            )
    for name in required:
        if name not in data:
            raise where.fail(f"{name} is required", data.line)
    return data


def _optional(mapping: LineDict, key: str, value_key: str, where: _Where) -> Figure | None:
    if key not in mapping or mapping[key] is None:
        return None
    inner = where.inner(mapping, key)
    return _figure(_mapping(mapping[key], inner, _FIGURE_KEYS), value_key, inner)


def _figure(data: LineDict, value_key: str, where: _Where) -> Figure:
    for name in (value_key, "source", "checked"):
        if name not in data:
            raise where.fail(f"{name} is required (every figure names its source and date)")
    value = _number(data[value_key], where.inner(data, value_key))
    source = _text(data["source"], where.inner(data, "source"))
    checked = data["checked"]
    if isinstance(checked, datetime.date):
        checked = checked.isoformat()
    if not isinstance(checked, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", checked):
        raise where.inner(data, "checked").fail(
            f"must be a date, YYYY-MM-DD (got {shown(checked)})"
        )
    return Figure(value, source, checked)


def _number(value: Any, where: _Where) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise where.fail(f"must be a whole number of at least 1 (got {shown(value)})")
    return value


def _text(value: Any, where: _Where) -> str:
    if not isinstance(value, str) or not value.strip():
        raise where.fail(f"must be a non-empty string (got {shown(value)})")
    return value.strip()


def _choice(
    data: LineDict, key: str, choices: tuple[str, ...], where: _Where, default: str | None = None
) -> str:
    value = data.get(key, default)
    if value not in choices:
        got = "nothing" if value is None else shown(value)
        raise where.inner(data, key).fail(f"must be one of {', '.join(choices)} (got {got})")
    return str(value)


def _aliases(value: Any, where: _Where) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise where.fail(f"must be a list of names (got {shown(value)})")
    return tuple(v.strip() for v in value)


def _check_names(profiles: Profiles) -> None:
    """No name may mean two networks ("threads" both Threads and Mastodon)."""
    owner: dict[str, str] = {}
    for profile in profiles.profiles:
        for name in (profile.id, profile.name, *profile.aliases):
            key = normalised(name)
            first = owner.setdefault(key, profile.id)
            if first != profile.id:
                raise RuleError(
                    f"{profiles.source}: platforms.{profile.id}: the name {quoted(name)} "
                    f"already names {first}"
                )
