"""Optional packs shipped with align (``rules/packs/``), loaded only when named as
``align:NAME`` in ``rules:`` or ``--rules``."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import RunCli

# Stars of a project with neither GitHub nor a repository named; "GitHub stars"
# and a repo's stars are attention in the bundled pack too
# (tests/analysis/test_claims_open_classes.py).
STARS = "Our open-source CLI just passed 7,000 stars! Thanks, everyone.\n"
HOTEL = "The hotel has 4,000 stars in its reviews, and the pool opens in May.\n"


def test_repo_stars_are_attention_only_with_the_devrel_pack(
    run_cli: RunCli, tmp_path: Path
) -> None:
    draft = tmp_path / "post.md"
    draft.write_text(STARS)
    assert run_cli("lint", str(draft)).returncode == 0
    result = run_cli("lint", "--rules", "align:devrel", str(draft))
    assert result.returncode == 1
    assert '"7,000 stars"' in result.stdout


def test_a_project_starred_beside_its_contributors_is_attention(
    run_cli: RunCli, tmp_path: Path
) -> None:
    draft = tmp_path / "recap.md"
    draft.write_text(
        "With 90 contributors so far, our starter template has been starred 3,400 times.\n\n"
        "The guest house was starred 3,400 times in the travel guide's listings.\n"
    )
    result = run_cli("lint", "--rules", "align:devrel", str(draft))
    assert '"starred 3,400 times"' in result.stdout
    assert ":3:" not in result.stdout, result.stdout


def test_a_small_count_of_stars_called_a_record_is_attention(
    run_cli: RunCli, tmp_path: Path
) -> None:
    draft = tmp_path / "post.md"
    draft.write_text(
        "Our repo picked up a record 45 stars in a single day.\n\n"
        "Our repo picked up 45 stars over the holidays.\n"
    )
    result = run_cli("lint", "--rules", "align:devrel", str(draft))
    assert '"45 stars"' in result.stdout, result.stdout
    assert ":3:" not in result.stdout, result.stdout


def test_stars_away_from_github_are_no_audience(run_cli: RunCli, tmp_path: Path) -> None:
    draft = tmp_path / "hotel.md"
    draft.write_text(HOTEL)
    result = run_cli("lint", "--rules", "align:devrel", str(draft))
    assert "vanity-metric" not in result.stdout, result.stdout


def test_a_config_names_the_pack_not_a_file_beside_it(run_cli: RunCli, tmp_path: Path) -> None:
    (tmp_path / ".align.yaml").write_text("rules: [align:devrel]\n")
    (tmp_path / "post.md").write_text(STARS)
    result = run_cli("lint", "post.md", cwd=tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr


def test_an_unknown_bundled_pack_is_one_line_and_exit_2(run_cli: RunCli, tmp_path: Path) -> None:
    draft = tmp_path / "post.md"
    draft.write_text(STARS)
    result = run_cli("lint", "--rules", "align:devrl", str(draft))
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "align: error: align:devrl: no such bundled pack (bundled: align:devrel) "
        "(did you mean 'align:devrel'?)"
    ]
