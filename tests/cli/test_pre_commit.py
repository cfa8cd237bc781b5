"""The pre-commit hook, run by real pre-commit against this checkout.

pre-commit clones the hook repository at a commit and installs it into its
own virtualenv, so this runs the *committed* HEAD of this checkout (commit
before running it) and installs align with spaCy and the model from the
package index into a temporary PRE_COMMIT_HOME: slow, but it is the only way
to know the manifest works for a user.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from tests.conftest import ROOT, clean_git_env, git

VANITY = "We just crossed 10k followers and 2M views!\n"
FIXED = (
    "# March webinar\n\n"
    "The March webinar brought 40 qualified demo requests and $120k in new pipeline.\n"
)


def test_manifest_is_valid_for_pre_commit() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pre_commit", "validate-manifest", ".pre-commit-hooks.yaml"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    import yaml

    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "align" and hook["entry"] == "align lint"
    assert hook["language"] == "python" and hook["require_serial"] is True
    assert hook["types_or"] == ["markdown", "mdx", "plain-text"]


@pytest.mark.parametrize("name", ["post.md", "post.markdown", "post.mdx", "tweet.txt"])
def test_the_hook_sees_every_format_align_reads(name: str) -> None:
    """pre-commit picks files by identify's tags: ``.mdx`` is tagged ``mdx``,
    not ``markdown``, so a hook without it never saw an MDX post (issue 12)."""
    import yaml
    from identify.identify import tags_from_filename

    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert tags_from_filename(name) & set(hook["types_or"])


@pytest.mark.slow
def test_hook_fails_on_a_vanity_post_and_passes_once_it_is_fixed(tmp_path: Path) -> None:
    rev = git("rev-parse", "HEAD", cwd=ROOT)
    site = tmp_path / "site"
    (site / "posts").mkdir(parents=True)
    git("init", "-q", ".", cwd=site)
    post = site / "posts" / "launch.md"
    post.write_text(VANITY, encoding="utf-8")
    (site / "notes.py").write_text("followers = 10_000  # not a post: never linted\n")
    (site / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {ROOT.as_posix()}\n    rev: {rev}\n    hooks:\n      - id: align\n",
        encoding="utf-8",
    )
    git("add", "-A", cwd=site)
    env = {
        k: v
        for k, v in clean_git_env().items()
        if not k.startswith("PRE_COMMIT") and k not in {"GITHUB_ACTIONS", "VIRTUAL_ENV"}
    }
    env["PRE_COMMIT_HOME"] = str(tmp_path / "pre-commit-home")

    def pre_commit() -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "pre_commit", "run", "--all-files", "--color", "never"],
            cwd=site,
            env=env,
            capture_output=True,
            text=True,
            timeout=1500,  # the first run builds the hook's virtualenv with spaCy
        )

    failed = pre_commit()
    output = failed.stdout + failed.stderr
    assert failed.returncode == 1, output
    assert "align (business alignment" in output and "Failed" in output
    assert "- exit code: 1" in output
    assert (
        'posts/launch.md:1:17: warning vanity-metric "10k followers" is a vanity metric' in output
    )
    assert "posts/launch.md: score 50/100 FAIL" in output
    assert "notes.py" not in output

    post.write_text(FIXED, encoding="utf-8")
    git("add", "-A", cwd=site)
    passed = pre_commit()
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "Passed" in passed.stdout
