"""``align lint`` on a post whose front matter holds its social copy: findings
point inside the front matter, and ``front_matter_copy`` in the config file
chooses the keys (issue 12 item 2)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import RunCli

POST = """\
---
date: 2024-05-01
blurb: Our teaser hit 40,000 impressions
social:
  linkedin: >-
    Thrilled that we passed
    25,000 followers this week
---

Invoices are now paid a day sooner, which freed two hours of support time a week.
"""


def front_matter_findings(run_cli: RunCli, folder: Path) -> list[tuple[int, int, str]]:
    result = run_cli("lint", "--no-cache", "--format", "json", "post.md", cwd=folder)
    assert result.returncode in (0, 1), result.stderr
    (document,) = json.loads(result.stdout)["documents"]
    return sorted(
        (f["line"], f["column"], f["text"]) for f in document["findings"] if f["line"] < 8
    )


def test_social_copy_in_front_matter_is_linted_at_its_line_and_column(
    run_cli: RunCli, tmp_path: Path
) -> None:
    (tmp_path / "post.md").write_text(POST, encoding="utf-8")
    found = front_matter_findings(run_cli, tmp_path)
    assert (7, 5, "25,000 followers") in found  # the folded line, at its column
    assert not [spot for spot in found if spot[0] == 3]  # blurb is not a default key


def test_the_config_file_chooses_the_keys_and_an_empty_list_turns_it_off(
    run_cli: RunCli, tmp_path: Path
) -> None:
    (tmp_path / "post.md").write_text(POST, encoding="utf-8")
    (tmp_path / ".align.yaml").write_text("front_matter_copy: [blurb]\n", encoding="utf-8")
    found = front_matter_findings(run_cli, tmp_path)
    assert (3, 23, "40,000 impressions") in found
    assert not [spot for spot in found if spot[0] in (6, 7)]
    (tmp_path / ".align.yaml").write_text("front_matter_copy: []\n", encoding="utf-8")
    assert front_matter_findings(run_cli, tmp_path) == []
