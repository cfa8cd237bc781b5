"""examples/custom: a company's own config and rule pack, linted from its directory
as the company would (and as CI does)."""

from __future__ import annotations

import json

from tests.conftest import EXAMPLES, RunCli

CUSTOM = EXAMPLES / "custom"


def test_the_custom_pack_lints_with_its_own_config(run_cli: RunCli) -> None:
    result = run_cli("lint", "-f", "json", ".", cwd=CUSTOM)
    assert result.returncode == 1, result.stderr
    documents = {d["path"]: d for d in json.loads(result.stdout)["documents"]}
    # exclude: [archive/] leaves the old recap out of the walk.
    assert sorted(documents) == [
        "drafts/teaser.md",
        "newsletter/2024-10.md",
        "posts/customer-story.md",
        "posts/product-update.md",
    ]
    update = documents["posts/product-update.md"]
    # The company rule fires, in the heading and in the front matter's title (the
    # copy a search result shows), and per_file (posts/**: fail_on warning) fails the post.
    assert [(f["rule"], f["text"], f["line"]) for f in update["findings"]] == [
        ("acme-old-product-name", "Acme Pipes", 2),
        ("acme-old-product-name", "Acme Pipes", 5),
    ]
    assert (update["score"], update["passed"]) == (70, False)
    # per_file drafts/**: vanity-metric is info there, so the teaser loses nothing.
    teaser = documents["drafts/teaser.md"]
    assert [(f["rule"], f["severity"]) for f in teaser["findings"]] == [("vanity-metric", "info")]
    assert teaser["score"] == 100 and teaser["passed"]
    # The inline suppression in the customer story is used, so nothing is reported.
    story = documents["posts/customer-story.md"]
    assert story["findings"] == [] and story["passed"]


def test_the_custom_pack_examples_hold(run_cli: RunCli) -> None:
    result = run_cli("check-rules", "rules/", cwd=CUSTOM)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("all hold: 7 examples of 2 rules")


def test_the_custom_pack_overrides_and_turns_off_bundled_rules(run_cli: RunCli) -> None:
    rows = {
        r["id"]: r for r in json.loads(run_cli("rules", "-f", "json", cwd=CUSTOM).stdout)["rules"]
    }
    assert rows["hype-word"]["pack"] == "rules/acme.yaml" and rows["hype-word"]["weight"] == 8
    assert rows["exclamation-pileup"]["turned_off"] is True
    assert rows["acme-old-product-name"]["enabled"] is True


def test_the_newsletter_folder_uses_its_own_nested_config(run_cli: RunCli) -> None:
    """newsletter/.align.yaml is the closest config of the posts beneath it, from
    wherever align runs: its thresholds, not examples/custom's."""
    for cwd, path in (
        (CUSTOM, "newsletter/2024-10.md"),
        (EXAMPLES.parent, "examples/custom/newsletter/2024-10.md"),
    ):
        shown = run_cli("config", "--format", "json", path, cwd=cwd)
        assert shown.returncode == 0, shown.stderr
        effective = json.loads(shown.stdout)
        assert effective["config_file"].endswith("newsletter/.align.yaml")
        settings = effective["settings"]
        assert (settings["fail_under"]["value"], settings["platform"]["value"]) == (85, "email")
        assert settings["fail_under"]["source"].endswith("newsletter/.align.yaml:10")
