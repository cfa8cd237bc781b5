"""``align explain --platforms``: every platform profile's figures and sources,
as the platform rules count against them (also shown under ``align explain``
of a platform rule)."""

from __future__ import annotations

from align_lint.rules.platform_rules import PLATFORM_RULES
from align_lint.rules.platforms import Figure, Profile, Profiles, bundled_profiles

PLATFORM_RULE_IDS = frozenset(rule.id for rule in PLATFORM_RULES)


def profiles_text(profiles: Profiles | None = None) -> str:
    """Each profile: its limits, how its length is counted, and each figure's
    source and the date it was checked."""
    profiles = profiles or bundled_profiles()
    blocks = [
        "Platform profiles (the limits platform-length, outcome-after-fold, hashtag-limit "
        "and mention-limit check):"
    ]
    blocks += [_profile_text(profile) for profile in profiles.profiles]
    return "\n\n".join(blocks) + "\n"


def _profile_text(profile: Profile) -> str:
    names = ", ".join((profile.id, *profile.aliases))
    lines = [f"{profile.name}  (names: {names})"]
    length = f"{profile.length.value:,} {profile.counted_as}"
    extras = []
    if profile.url_length is not None:
        extras.append(f"a link counts {profile.url_length}")
    if profile.mentions_counted == "local-part":
        extras.append("a mention counts its local part only")
    if extras:
        length += f" ({'; '.join(extras)})"
    lines.append(_figure_line("length", length, profile.length))
    for label, figure, unit in (
        ("before the fold", profile.fold, profile.counted_as),
        ("hashtags", profile.hashtags, "a post"),
        ("mentions", profile.mentions, "a post"),
    ):
        if figure is not None:
            lines.append(_figure_line(label, f"{figure.value:,} {unit}", figure))
    return "\n".join(lines)


def _figure_line(label: str, value: str, figure: Figure) -> str:
    return f"  {label}: {value}\n    {figure.source}; checked {figure.checked}"
