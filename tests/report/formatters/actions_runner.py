"""How the GitHub Actions runner reads a step's output, ported to Python for tests.

Follows actions/runner ``ActionCommand.TryParseV2`` (``::cmd k=v,k=v::data`` at
the start of a line, after leading whitespace), the legacy ``TryParse``
(``##[cmd k=v;k=v]data`` anywhere in a line, tried when V2 does not parse) and
``ActionCommandManager``'s ``stop-commands`` handling. Only the parsing is
ported, so tests can ask "which lines would the runner run as commands?".
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Commands the runner registers (others parse to nothing).
REGISTERED = frozenset(
    {
        "stop-commands", "set-env", "set-output", "save-state", "add-mask", "add-path",
        "add-matcher", "remove-matcher", "warning", "error", "notice", "debug",
        "group", "endgroup", "echo",
    }
)  # fmt: skip

_DATA = (("%0D", "\r"), ("%0A", "\n"), ("%25", "%"))
_PROPERTY = (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%"))
_LEGACY = (("%3B", ";"), ("%0D", "\r"), ("%0A", "\n"), ("%5D", "]"), ("%25", "%"))


@dataclass
class Command:
    name: str
    properties: dict[str, str] = field(default_factory=dict)
    data: str = ""


def _unescape(text: str, mappings: tuple[tuple[str, str], ...]) -> str:
    for escaped, plain in mappings:
        text = text.replace(escaped, plain)
    return text


def parse_v2(line: str, registered: frozenset[str] = REGISTERED) -> Command | None:
    message = line.lstrip()
    if not message.startswith("::"):
        return None
    end = message.find("::", 2)
    if end < 0:
        return None
    info = message[2:end]
    name, _, props = info.partition(" ")
    if name.lower() not in registered:
        return None
    command = Command(name.lower())
    if props:
        for item in props.strip().split(","):
            key, sep, value = item.partition("=")
            if item and sep and key and value:
                command.properties[key] = _unescape(value, _PROPERTY)
    command.data = _unescape(message[end + 2 :], _DATA)
    return command


def parse_legacy(line: str, registered: frozenset[str] = REGISTERED) -> Command | None:
    start = line.find("##[")
    if start < 0:
        return None
    close = line.find("]", start)
    if close < 0:
        return None
    info = line[start + 3 : close]
    name, _, props = info.partition(" ")
    if name.lower() not in registered:
        return None
    command = Command(name.lower())
    for item in props.split(";"):
        key, sep, value = item.partition("=")
        if item and sep and key and value:
            command.properties[key] = _unescape(value, _LEGACY)
    command.data = _unescape(line[close + 1 :], _LEGACY)
    return command


def run_log(output: str) -> list[Command]:
    """The commands the runner would process for this output, in order
    (stop-commands and its resume token included)."""
    processed: list[Command] = []
    registered = set(REGISTERED)
    stop_token: str | None = None
    for line in output.splitlines():
        command = parse_v2(line, frozenset(registered)) or parse_legacy(line, frozenset(registered))
        if command is None:
            continue
        if stop_token is not None:
            if command.name == stop_token.lower():
                processed.append(command)
                registered.discard(stop_token.lower())
                stop_token = None
            continue
        if command.name == "stop-commands":
            stop_token = command.data
            registered.add(stop_token.lower())
        processed.append(command)
    return processed
