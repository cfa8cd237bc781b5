"""Benchmark ``align server``: edit-to-diagnostics latency and memory under edits.

    python bench/server.py [--edits 200] [--documents 50] [--memory-edits 1000]

Starts ``python -m align_lint server`` as an editor would (stdio), with the
debounce set to 0 so the figure is the server's own work (an editor adds the
300 ms pause after the last keystroke on top). Two phases, one server:

* latency: one 300-word post, ``--edits`` whole-document changes, each a new
  version; the time from sending ``didChange`` to receiving the
  ``publishDiagnostics`` of that version (median and p95), and the server's
  CPU time per edit (which a shared, busy machine inflates less);
* memory: ``--documents`` posts open, ``--memory-edits`` changes round-robin
  across them; the server's resident memory (VmRSS) after the warm-up, after
  a tenth of the edits and at the end, and its peak (VmHWM).

Targets (issue 13): latency ≤ 150 ms median, ≤ 300 ms p95; memory ≤ 400 MB
after 1,000 edits across 50 documents, and no growth per edit. Prints a
Markdown section for bench/RESULTS.md. Needs the lsp extra (pygls).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import time
from pathlib import Path

from lsprotocol import types
from pygls.lsp.client import LanguageClient

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import post

ROOT = Path(__file__).resolve().parents[1]
WORDS = 300


def three_hundred_words(index: int) -> str:
    """A Markdown post of about 300 words: generated posts joined, then cut."""
    words: list[str] = []
    part = index * 7
    while len(words) < WORDS:
        body = post(part).split("---\n", 2)[2]  # without front matter
        words += body.split(" ")
        part += 1
    return " ".join(words[:WORDS]).rstrip() + ".\n"


def edited(text: str, edit: int) -> str:
    """A new version of the same size: one sentence at the end changes."""
    return f"{text}\nEdit {edit}: the launch got {1000 + edit:,} likes.\n"


class Session:
    """One server and a client that waits for the diagnostics of a version."""

    def __init__(self) -> None:
        self.client = LanguageClient("align-bench", "1")
        self.waiting: dict[tuple[str, int], asyncio.Future[float]] = {}

        @self.client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def published(params: types.PublishDiagnosticsParams) -> None:
            future = self.waiting.pop((params.uri, params.version or 0), None)
            if future is not None and not future.done():
                future.set_result(time.perf_counter())

        @self.client.feature(types.CLIENT_REGISTER_CAPABILITY)
        def register(params: types.RegistrationParams) -> None:
            pass

    async def start(self, workspace: Path) -> None:
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "OPENBLAS_NUM_THREADS": "1"}
        await self.client.start_io(sys.executable, "-m", "align_lint", "server", env=env)
        await self.client.initialize_async(
            types.InitializeParams(
                capabilities=types.ClientCapabilities(),
                root_uri=workspace.as_uri(),
                initialization_options={"debounceMs": 0},
            )
        )
        self.client.initialized(types.InitializedParams())

    @property
    def pid(self) -> int:
        server = self.client._server
        assert server is not None
        return server.pid

    def expect(self, uri: str, version: int) -> asyncio.Future[float]:
        future: asyncio.Future[float] = asyncio.get_running_loop().create_future()
        self.waiting[(uri, version)] = future
        return future

    async def open(self, uri: str, text: str) -> None:
        done = self.expect(uri, 1)
        self.client.text_document_did_open(
            types.DidOpenTextDocumentParams(
                text_document=types.TextDocumentItem(
                    uri=uri, language_id="markdown", version=1, text=text
                )
            )
        )
        await asyncio.wait_for(done, 120)

    async def change(self, uri: str, version: int, text: str) -> float:
        """Seconds from sending the change to its diagnostics arriving."""
        done = self.expect(uri, version)
        sent = time.perf_counter()
        self.client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
                content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)],
            )
        )
        return await asyncio.wait_for(done, 60) - sent

    async def stop(self) -> None:
        await self.client.shutdown_async(None)
        self.client.exit(None)
        await self.client.stop()


def cpu_seconds(pid: int) -> float:
    """User and system CPU time a process has used (/proc/PID/stat)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def memory_mb(pid: int) -> tuple[float, float]:
    """(resident, peak resident) of a process, in MB, from /proc."""
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        fields[key] = value.strip()
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


async def run(edits: int, documents: int, memory_edits: int, workspace: Path) -> str:
    session = Session()
    started = time.perf_counter()
    await session.start(workspace)
    first = (workspace / "post-0.md").as_uri()
    base = three_hundred_words(0)
    await session.open(first, base)
    first_diagnostics = time.perf_counter() - started

    for warm in range(2, 7):  # a few edits before timing: the first lints compile matchers
        await session.change(first, warm, edited(base, warm))
    cpu_before = cpu_seconds(session.pid)
    latencies = [
        await session.change(first, version, edited(base, version))
        for version in range(7, 7 + edits)
    ]
    cpu_per_edit = (cpu_seconds(session.pid) - cpu_before) / edits

    uris = [(workspace / f"post-{n}.md").as_uri() for n in range(documents)]
    texts = [three_hundred_words(n) for n in range(documents)]
    for uri, text in zip(uris[1:], texts[1:], strict=True):
        await session.open(uri, text)
    versions = dict.fromkeys(uris, 1)
    versions[first] = 7 + edits
    rss_open, _ = memory_mb(session.pid)
    samples: list[tuple[int, float]] = []
    for edit in range(1, memory_edits + 1):
        n = edit % documents
        versions[uris[n]] += 1
        await session.change(uris[n], versions[uris[n]], edited(texts[n], edit))
        if edit in (memory_edits // 10, memory_edits // 2, memory_edits):
            samples.append((edit, memory_mb(session.pid)[0]))
    _, peak = memory_mb(session.pid)
    await session.stop()
    return report(latencies, cpu_per_edit, first_diagnostics, rss_open, samples, peak, documents)


def report(
    latencies: list[float],
    cpu_per_edit: float,
    first: float,
    rss_open: float,
    samples: list[tuple[int, float]],
    peak: float,
    documents: int,
) -> str:
    ms = sorted(x * 1000 for x in latencies)
    median = statistics.median(ms)
    p95 = ms[max(0, round(0.95 * len(ms)) - 1)]
    final = samples[-1][1]
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    when = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    lines = [
        "## Language server (`align server`)",
        "",
        f"Produced by `python bench/server.py` on {when} (load average {load} at the end):"
        f" one server over stdio, debounce 0, {WORDS}-word posts.",
        "",
        "| what | target | measured | met |",
        "| --- | --- | --- | --- |",
        f"| didChange → publishDiagnostics, warm ({len(ms)} edits) | ≤ 150 ms median, ≤ 300 ms p95"
        f" | {median:.0f} ms median, {p95:.0f} ms p95 (min {ms[0]:.0f}, max {ms[-1]:.0f})"
        f" | {'yes' if median <= 150 and p95 <= 300 else 'no'} |",
        f"| memory after {samples[-1][0]} edits across {documents} documents | ≤ 400 MB, no growth"
        f" | {final:.0f} MB resident (peak {peak:.0f} MB)"
        f" | {'yes' if peak <= 400 else 'no'} |",
        "",
        f"The server's CPU time per edit (user + system, what a busy machine does not inflate"
        f" as much as wall time): {cpu_per_edit * 1000:.0f} ms."
        f" Start to the first diagnostics (spaCy load included): {first:.1f} s."
        f" Resident memory with {documents} documents open: {rss_open:.0f} MB; "
        + ", ".join(f"after {edit} edits: {mb:.0f} MB" for edit, mb in samples)
        + ".",
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=200)
    parser.add_argument("--documents", type=int, default=50)
    parser.add_argument("--memory-edits", type=int, default=1000)
    args = parser.parse_args(argv)
    import tempfile

    with tempfile.TemporaryDirectory(prefix="align-bench-server-") as folder:
        text = asyncio.run(run(args.edits, args.documents, args.memory_edits, Path(folder)))
    print(text, end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
