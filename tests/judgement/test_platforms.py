"""The platform rules: lengths as each network counts them, the fold, tag
limits, and where a document's platforms come from."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.conftest import RunCli
from twitter_text import parse_tweet

from align_lint.documents import Document, document_from_text
from align_lint.judgement.lengths import count, grapheme_count
from align_lint.report.records import Finding, Severity
from align_lint.rules.platforms import bundled_profiles
from align_lint.run.linter import Linter

PROFILES = bundled_profiles()
X = PROFILES.find("x")
BLUESKY = PROFILES.find("bluesky")
MASTODON = PROFILES.find("mastodon")
assert X is not None and BLUESKY is not None and MASTODON is not None

FAMILY = "\U0001f469\u200d\U0001f469\u200d\U0001f467\u200d\U0001f466"  # 👩‍👩‍👧‍👦: 7 code points
FLAG = "\U0001f1eb\U0001f1f7"  # 🇫🇷: 2 regional indicators
SKIN = "\U0001f44b\U0001f3fd"  # 👋🏽: hand and skin tone


def on(platform: str, text: str) -> str:
    return f"---\nplatform: {platform}\n---\n{text}"


def findings(linter: Linter, text: str, rule: str | None = None) -> list[Finding]:
    result = linter.lint_text(text, path="post.md")
    return [f for f in result.findings if rule is None or f.rule == rule]


# -- counting -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Plain ASCII text, nothing else.",
        "Read it at https://example.com/a/very/long/path/that/is/much/longer/than/23/characters",
        "Short link example.com and www.example.org/pricing too",
        "日本語のテキスト、導入期間が短縮されました。",
        "한국어 텍스트와 中文 mixed with English",
        f"Emoji {FAMILY} {FLAG} {SKIN} 😷 ❤️ end",
        "Café déjà vu — “quotes” and … ellipsis",
    ],
)
def test_x_weighted_length_is_twitter_texts(text: str) -> None:
    assert X is not None
    assert count(text, X, 280).length == parse_tweet(text).weightedLength


def test_x_counts_a_link_as_23_cjk_and_emoji_as_2() -> None:
    assert X is not None
    assert count("https://example.com/" + "a" * 100, X, 280).length == 23
    assert count("日本", X, 280).length == 4
    assert count(FAMILY, X, 280).length == 2


def test_x_over_is_the_first_character_past_the_limit() -> None:
    assert X is not None
    text = "a" * 270 + "日本語です" + "tail"  # 270 + 10 = 280 after "です"
    counted = count(text, X, 280)
    assert counted.length == 284
    assert counted.over == 275
    assert count("a" * 280, X, 280).over is None


@pytest.mark.parametrize(
    ("text", "graphemes"),
    [(FAMILY, 1), (FLAG, 1), (SKIN, 1), (f"{FAMILY}{FAMILY} hi", 5), ("e\u0301", 1), ("abc", 3)],
)
def test_bluesky_counts_graphemes(text: str, graphemes: int) -> None:
    assert BLUESKY is not None
    assert grapheme_count(text) == graphemes
    assert count(text, BLUESKY, 300).length == graphemes


def test_bluesky_limit_in_graphemes_not_code_points() -> None:
    assert BLUESKY is not None
    text = FAMILY * 300  # 2,100 code points, 300 graphemes
    assert count(text, BLUESKY, 300).over is None
    counted = count(text + FLAG, BLUESKY, 300)
    assert (counted.length, counted.over) == (301, len(text))


def test_mastodon_counts_links_as_23_and_mentions_by_local_part() -> None:
    assert MASTODON is not None
    link = "https://example.com/" + "x" * 80
    assert count(link, MASTODON, 500).length == 23
    assert count("@ana@example.social", MASTODON, 500).length == len("@ana")


def test_mastodon_counts_grapheme_clusters() -> None:
    # Mastodon's StatusLengthValidator counts grapheme clusters: a family emoji is one.
    assert MASTODON is not None
    assert count(FAMILY * 500, MASTODON, 500).over is None
    assert count(FAMILY * 500 + FLAG, MASTODON, 500).length == 501


# -- platform-length ------------------------------------------------------------------


def test_platform_length_covers_the_part_past_the_limit(linter: Linter) -> None:
    body = "word " * 60  # 300 characters, 299 after trimming
    text = on("x", body)
    [finding] = findings(linter, text, "platform-length")
    start = text.index(body) + 280
    assert (finding.start, finding.end) == (start, text.index(body) + len(body.rstrip()))
    assert finding.text == text[finding.start : finding.end]
    assert "X: 299 weighted characters, over the limit of 280 by 19" in finding.message
    assert (finding.line, finding.column) == (4, 281)


def test_platform_length_near_miss_at_the_limit(linter: Linter) -> None:
    assert not findings(linter, on("x", "a" * 280 + "\n\n"), "platform-length")


def test_no_platform_no_platform_finding(linter: Linter) -> None:
    assert not [f for f in findings(linter, "word " * 1000) if f.category == "platform"]


def test_front_matter_and_comments_are_not_counted(linter: Linter) -> None:
    text = on("x", "a" * 270 + "<!-- a long reviewer note that is not published at all -->")
    assert not findings(linter, text, "platform-length")


def test_each_platform_is_checked(linter: Linter) -> None:
    text = on("X, Bluesky, LinkedIn", "word " * 62)  # 309 characters
    messages = [f.message for f in findings(linter, text, "platform-length")]
    assert len(messages) == 2
    assert messages[0].startswith("X: 309 weighted") or messages[1].startswith("X: 309 weighted")
    assert any(m.startswith("Bluesky: 309 graphemes") for m in messages)


# -- outcome-after-fold ---------------------------------------------------------------

PREAMBLE = (
    "We spent the summer talking to the people who run onboarding at forty companies. "
    "Most of them told us the same thing: setting up a new team took too long, and the "
    "checklist we gave them was out of date before it was finished. "
)
OUTCOME = "The new planner cut onboarding time by 60% in Q3."


def test_outcome_after_the_fold_is_flagged_on_the_outcome(linter: Linter) -> None:
    text = on("linkedin", PREAMBLE + OUTCOME)
    [finding] = findings(linter, text, "outcome-after-fold")
    assert finding.start >= text.index(OUTCOME)
    assert finding.end <= len(text)
    assert finding.message.startswith("LinkedIn: the first business outcome")


def test_outcome_before_the_fold_passes(linter: Linter) -> None:
    assert not findings(linter, on("linkedin", OUTCOME + " " + PREAMBLE), "outcome-after-fold")


def test_the_only_claim_after_the_fold_is_flagged(linter: Linter) -> None:
    text = on("instagram", PREAMBLE + "Our demo video hit 1.2 million views.")
    [finding] = findings(linter, text, "outcome-after-fold")
    assert "only claim" in finding.message
    assert "views" in finding.text


QUIET = (
    "We rebuilt the setup flow over the winter: fewer screens, clearer defaults, a "
    "checklist that remembers where you stopped and an import for the spreadsheets "
    "everyone starts from. It took four rewrites to get right."
)
QUIET_OUTCOME = "Teams on the new flow converted to paid plans twice as often."


def test_the_fold_reads_the_outcome_when_only_the_platform_needs_it(linter: Linter) -> None:
    """A post with an outcome and no metric or results talk gives no reported
    rule a reason to analyse its outcome; in a batch (the prefiltered pass)
    its platform's fold still reads it, as in a lone draft (the full pass)."""
    body = QUIET + "\n\n" + QUIET_OUTCOME
    text = on("linkedin", body)
    others = [document_from_text(f"Notes for week {n}.", f"note{n}.md") for n in range(4)]
    *_, result = linter.lint_documents([*others, document_from_text(text, "post.md")])
    [finding] = [f for f in result.findings if f.rule == "outcome-after-fold"]
    assert finding.text == "converted to paid plans"
    assert [finding] == findings(linter, text, "outcome-after-fold")
    *_, without = linter.lint_documents([*others, document_from_text(body, "post.md")])
    assert without.findings == ()


def test_a_platform_without_a_fold_has_no_fold_finding(linter: Linter) -> None:
    assert not findings(linter, on("mastodon", PREAMBLE + OUTCOME), "outcome-after-fold")


# -- hashtag-limit and mention-limit --------------------------------------------------


def test_hashtags_past_the_limit(linter: Linter) -> None:
    tags = "#saas #onboarding #planner #teams #ops #b2b #q3"
    text = on("instagram", "Onboarding takes four days. " + tags)
    [finding] = findings(linter, text, "hashtag-limit")
    assert finding.text == "#b2b #q3"
    assert "allows 5 hashtags in a post; this one has 7" in finding.message


def test_hashtag_near_misses(linter: Linter) -> None:
    text = on("threads", "Item #1 is live, see example.com/#pricing and the #launch notes.")
    assert not findings(linter, text, "hashtag-limit")


def test_mentions_past_the_limit_and_emails_are_not_mentions(linter: Linter) -> None:
    mentions = " ".join(f"@team{n}" for n in range(22))
    [finding] = findings(linter, on("instagram", mentions), "mention-limit")
    assert finding.text == "@team20 @team21"
    assert not findings(linter, on("instagram", "Mail a@example.com " * 30), "mention-limit")


# -- where the platform comes from -------------------------------------------------------

LONG = "word " * 62


def test_platform_from_the_command_line(run_cli: RunCli, tmp_path: Path) -> None:
    (tmp_path / "post.md").write_text(LONG)
    result = run_cli("lint", "--no-cache", "--platform", "twitter", "post.md", cwd=tmp_path)
    assert result.returncode == 1
    assert "platform-length X: 309 weighted characters" in result.stdout
    both = run_cli(
        "lint",
        "--no-cache",
        "--platform",
        "x",
        "--platform",
        "bluesky,linkedin",
        "-f",
        "json",
        "post.md",
        cwd=tmp_path,
    )
    messages = [f["message"] for f in json.loads(both.stdout)["documents"][0]["findings"]]
    assert sorted(m.split(":")[0] for m in messages) == ["Bluesky", "X"]


def test_platform_from_the_config_file(run_cli: RunCli, tmp_path: Path) -> None:
    (tmp_path / ".align.yaml").write_text("platform: Twitter/X\n")
    (tmp_path / "post.md").write_text(LONG)
    result = run_cli("lint", "--no-cache", "post.md", cwd=tmp_path)
    assert "platform-length" in result.stdout


def test_platform_from_front_matter_list(linter: Linter) -> None:
    text = "---\nplatform: [bluesky, x]\n---\n" + LONG
    assert len(findings(linter, text, "platform-length")) == 2


def test_platform_from_calendar_meta(linter: Linter) -> None:
    document = document_from_text(LONG, "calendar.csv")
    row = Document(
        document.source,
        document.text,
        document.analysis_text,
        record=3,
        meta={"platform": "LinkedIn, X"},
    )
    [result] = linter.lint_documents([row])
    assert [f.message.split(":")[0] for f in result.findings if f.rule == "platform-length"] == [
        "X"
    ]


def test_the_command_line_replaces_the_drafts_platform(run_cli: RunCli, tmp_path: Path) -> None:
    (tmp_path / "post.md").write_text(on("x", LONG))
    result = run_cli("lint", "--no-cache", "--platform", "linkedin", "post.md", cwd=tmp_path)
    assert result.returncode == 0, result.stdout


@pytest.mark.parametrize(
    ("files", "args", "where"),
    [
        ({}, ("--platform", "x,pinterest"), "--platform: unknown platform 'pinterest'"),
        (
            {".align.yaml": "fail_under: 60\nplatform: linkdin\n"},
            (),
            ".align.yaml:2: platform: unknown platform 'linkdin' (did you mean 'linkedin'?)",
        ),
    ],
)
def test_unknown_platform_in_config_or_flags_is_exit_2(
    run_cli: RunCli, tmp_path: Path, files: dict[str, str], args: tuple[str, ...], where: str
) -> None:
    for name, content in files.items():
        (tmp_path / name).write_text(content)
    (tmp_path / "post.md").write_text("Revenue grew 12% in Q3.\n")
    result = run_cli("lint", "--no-cache", *args, "post.md", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"align: error: {where} (known: x, bluesky, threads, mastodon, linkedin, instagram, facebook, tiktok)"
    ]


def test_unknown_platform_in_a_document_is_an_info_finding(linter: Linter) -> None:
    text = on("linkdin, x", "Revenue grew 12% in Q3.")
    [finding] = findings(linter, text, "unknown-platform")
    assert finding.severity is Severity.INFO
    assert finding.line == 2 and finding.text == "platform: linkdin, x"
    assert "unknown platform 'linkdin' (did you mean 'linkedin'?)" in finding.message


def test_explain_platforms_shows_figures_and_sources(run_cli: RunCli) -> None:
    result = run_cli("explain", "--platforms")
    assert result.returncode == 0
    assert "length: 280 weighted characters (a link counts 23)" in result.stdout
    assert "length: 300 graphemes" in result.stdout
    assert "before the fold: 210 characters" in result.stdout
    assert result.stdout.count("checked 2026-12-01") >= 12
    rule = run_cli("explain", "outcome-after-fold")
    assert "Platform profiles" in rule.stdout and "LinkedIn" in rule.stdout
    assert run_cli("explain").returncode == 2


def test_a_channel_with_nothing_to_check_is_not_a_mistake(
    run_cli: RunCli, tmp_path: Path, linter: Linter
) -> None:
    (tmp_path / ".align.yaml").write_text("platform: email\n")
    (tmp_path / "post.md").write_text(LONG)
    assert run_cli("lint", "--no-cache", "post.md", cwd=tmp_path).returncode == 0
    assert not [f for f in findings(linter, on("newsletter", LONG)) if f.category == "platform"]


# -- a team's own profiles ----------------------------------------------------------------

OWN_PROFILES = """\
platforms:
  linkedin:
    name: LinkedIn
    length: {limit: 100, counted: code-points, source: our house limit, checked: 2026-12-01}
  intranet:
    name: Intranet
    aliases: [workplace]
    length: {limit: 50, counted: code-points, source: the post box, checked: 2026-12-01}
"""


def test_a_config_s_profiles_replace_and_add_networks(run_cli: RunCli, tmp_path: Path) -> None:
    (tmp_path / "profiles").mkdir()
    (tmp_path / "profiles" / "own.yaml").write_text(OWN_PROFILES)
    (tmp_path / ".align.yaml").write_text("platform_profiles: profiles/own.yaml\n")
    (tmp_path / "post.md").write_text(on("workplace, linkedin", LONG))
    result = run_cli("lint", "--no-cache", "post.md", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert "platform-length Intranet: 309 characters, over the limit of 50" in result.stdout
    assert "platform-length LinkedIn: 309 characters, over the limit of 100" in result.stdout
    shown = run_cli("explain", "--platforms", cwd=tmp_path).stdout
    assert "Intranet  (names: intranet, workplace)" in shown
    assert "our house limit; checked 2026-12-01" in shown and "length: 280 weighted" in shown
    # Without the config: the bundled LinkedIn, and no such network as the intranet.
    (tmp_path / ".align.yaml").write_text("")
    plain = run_cli("lint", "--no-cache", "post.md", cwd=tmp_path)
    assert "platform-length" not in plain.stdout and "unknown platform 'workplace'" in plain.stdout


def test_a_broken_profile_file_is_one_line_and_exit_2(run_cli: RunCli, tmp_path: Path) -> None:
    (tmp_path / "own.yaml").write_text("platforms:\n  x:\n    name: X\n    length: {limit: 0}\n")
    (tmp_path / ".align.yaml").write_text("platform_profiles: own.yaml\n")
    (tmp_path / "post.md").write_text("Revenue grew 12%.\n")
    result = run_cli("lint", "--no-cache", "post.md", cwd=tmp_path)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    [line] = result.stderr.strip().splitlines()
    assert line.startswith(f"align: error: {tmp_path / 'own.yaml'}:4: platforms.x.length")
