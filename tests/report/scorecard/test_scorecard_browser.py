"""The scorecard in a real browser (Debian's chromium, headless): it renders
something (the screenshot is not blank) and its script logs no error.

Slow: CI runs it (``pytest -m slow``, chromium installed by ``.ci/run``);
elsewhere it is skipped with a message when chromium is missing."""

from __future__ import annotations

import os
import shutil
import subprocess
import zlib
from pathlib import Path

import pytest
from tests.conftest import EXAMPLES

pytestmark = pytest.mark.slow

REPORT = EXAMPLES / "report" / "report.html"


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        message = "chromium is not installed (apt-get install -y chromium)"
        if os.environ.get("CI"):
            pytest.fail(f"{message}; CI must run the browser test", pytrace=False)
        pytest.skip(message)
    return found


def headless(*args: str) -> subprocess.CompletedProcess[str]:
    command = [
        chromium(),
        "--headless=new",
        "--no-sandbox",  # CI runs as root in a container
        "--disable-gpu",
        "--no-first-run",
        "--hide-scrollbars",
        *args,
    ]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


def test_the_page_renders_and_logs_no_console_error(tmp_path: Path) -> None:
    shot = tmp_path / "shot.png"
    page = REPORT.as_uri()
    rendered = headless(
        "--window-size=1200,1600", f"--screenshot={shot}", "--enable-logging=stderr", "--v=0", page
    )
    assert shot.exists(), rendered.stderr
    assert not _blank(shot), "the screenshot is one colour"
    # Chromium logs a page's console messages as CONSOLE(...) lines; an
    # uncaught error in the page's script is one of them.
    console = [line for line in rendered.stderr.splitlines() if "CONSOLE" in line]
    assert console == [], console
    # The sorting and filtering script ran without throwing: the DOM after it.
    dumped = headless("--dump-dom", "--enable-logging=stderr", "--v=0", page)
    assert 'id="t-documents"' in dumped.stdout
    assert "Uncaught" not in dumped.stderr


def _blank(png: Path) -> bool:
    """Whether a PNG is (nearly) one colour, decoded with zlib alone: its
    filtered scanlines of a single colour hold a handful of distinct byte
    values; text, charts and anti-aliasing give dozens."""
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    position, idat = 8, b""
    while position < len(data):
        length = int.from_bytes(data[position : position + 4], "big")
        if data[position + 4 : position + 8] == b"IDAT":
            idat += data[position + 8 : position + 8 + length]
        position += 12 + length
    return len(set(zlib.decompress(idat))) < 16
