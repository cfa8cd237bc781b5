"""Content calendars (issue 15 item 1): .csv, .tsv and .xlsx read one document
per row, each finding at its exact place in the file (or in its workbook cell)."""

from __future__ import annotations

import codecs
import json
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import RunCli
from tests.report.formatters.test_sarif import schema_errors

from align_lint.documents.calendar import CalendarRow, Columns, calendar_rows, document_from_row
from align_lint.documents.document import LineIndex
from align_lint.errors import EmptyDraft, InputError
from align_lint.report.formatters.sarif import report_to_sarif
from align_lint.report.records import DocumentResult
from align_lint.run.linter import Linter

VANITY = "We just crossed 10k followers and 2M views!"
FIXED = "The March webinar brought 40 qualified demo requests and $120k in new pipeline."


def rows(text: str, name: str = "cal.csv", columns: Columns | None = None) -> list[Any]:
    return list(calendar_rows(name, text.encode("utf-8"), columns))


def posts(text: str, name: str = "cal.csv", columns: Columns | None = None) -> list[CalendarRow]:
    return [row for row in rows(text, name, columns) if isinstance(row, CalendarRow)]


def cell_text(row: CalendarRow) -> str:
    return row.text[row.cell_start : row.cell_end]


# ---- reading rows ----------------------------------------------------------------


def test_each_row_is_a_record_with_its_row_number_meta_and_id() -> None:
    found = posts(
        "ID,Date,Network,Owner,Goal,Message\n"
        "P-1,2026-03-02,X,Dana,leads,First post\n"
        "\n"
        ",,,,,\n"
        'P-2,2026-03-03,"LinkedIn, X",Omar,,Second post\n'
    )
    assert [(r.record, r.first_line, cell_text(r), r.record_id) for r in found] == [
        (2, 2, "First post", "P-1"),
        (5, 5, "Second post", "P-2"),  # empty rows skipped, but counted as a sheet counts them
    ]
    assert dict(found[0].meta) == {
        "id": "P-1",
        "date": "2026-03-02",
        "network": "X",
        "owner": "Dana",
        "goal": "leads",
        "platform": "X",
        "author": "Dana",
    }
    assert dict(found[1].meta)["platform"] == "LinkedIn, X"
    assert "goal" not in dict(found[1].meta)  # an empty cell is no setting


@pytest.mark.parametrize(
    ("header", "text_at", "platform"),
    [
        # Ayrshare's bulk post CSV
        ("post,platforms,mediaUrls,scheduleDate", 0, "twitter, linkedin"),
        # Oktopost's message import: Message, not the link's Description
        ("Network,Message,LinkUrl,LinkTitle,ImageUrl,Description", 1, "Twitter"),
        # Publer's bulk upload
        ("Date,Message,Link(s),Media URL(s),Title,Label(s)", 1, None),
        # SocialBee's import
        ("text,link,imageUrls,gifUrls,videoUrls,postAtSpecificTime", 0, None),
        # PostFast's bulk import
        ("scheduled_at,account_id,content,media_urls,first_comment", 2, None),
    ],
)
def test_scheduling_tools_bulk_files_work_without_settings(
    header: str, text_at: int, platform: str | None
) -> None:
    width = header.count(",") + 1
    cells = ["2026-03-02 10:00"] * width
    cells[text_at] = "Launch day"
    if platform:
        cells[0 if text_at else 1] = f'"{platform}"'
    (row,) = posts(f"{header}\n{','.join(cells)}\n")
    assert cell_text(row) == "Launch day"
    assert dict(row.meta).get("platform") == platform
    if "date" in header.lower() or "time" in header.lower() or "scheduled" in header.lower():
        assert dict(row.meta)["date"] == "2026-03-02 10:00"


def test_columns_named_in_config_or_flags_win_over_common_names() -> None:
    text = "text,Post copy,Where\nnot this,this one,Bluesky\n"
    (row,) = posts(text, columns=Columns(text="post_copy", platform="where"))
    assert cell_text(row) == "this one"
    assert dict(row.meta)["platform"] == "Bluesky"
    assert dict(row.meta)["text"] == "not this"  # the other columns are the row's meta


def test_a_named_column_that_is_not_there_is_one_error_naming_the_header() -> None:
    with pytest.raises(InputError, match=r"^cal\.csv:2: no column 'Copy' \(--text-column"):
        rows("\nid,text\n1,hi\n", columns=Columns(text="Copy"))


def test_a_row_without_text_is_reported_once_not_linted() -> None:
    found = rows("id,text,goal\n1,,leads\n2,Hello,\n")
    assert isinstance(found[0], EmptyDraft)
    assert str(found[0]) == "cal.csv#2: no text in column 'text', skipped"
    assert found[0].path == "cal.csv#2"
    assert isinstance(found[1], CalendarRow)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('id,text\n1,ok\n2,"never\nclosed\n3,x\n', r"^cal\.csv:3: a quoted cell .* never closed"),
        ('id,text\n1,"quoted"tail\n', r"^cal\.csv:2: text after the closing quote"),
        ("id,text\n1,Hello, world,X\n", r"^cal\.csv:2: row 2 has 4 cells, the header 2"),
        ("id,date\n1,2026-03-02\n", r"^cal\.csv:1: no text column in the header"),
    ],
)
def test_a_malformed_calendar_is_one_error_naming_file_and_line(text: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        rows(text)


def test_trailing_empty_cells_beyond_the_header_are_not_an_error() -> None:
    (row,) = posts("id,text\n1,Hello,,\n")
    assert cell_text(row) == "Hello"


def test_tsv_cells_split_at_tabs_only() -> None:
    (row,) = posts("Date\tNetwork\tMessage\n2026-03-02\tX\tHello, world\n", name="cal.tsv")
    assert cell_text(row) == "Hello, world"


def test_a_file_of_blank_lines_is_skipped_as_an_empty_draft() -> None:
    with pytest.raises(EmptyDraft):
        rows("\n\n")


# ---- exact places ------------------------------------------------------------------


def test_line_index_counts_the_lines_of_the_file_from_first_line() -> None:
    index = LineIndex("ab\ncd", first_line=7)
    assert index.position(4) == (8, 2)
    assert index.line_text(8) == "cd"
    assert index.line_start(8) == 3


def test_analysis_sees_only_the_text_cell_with_doubled_quotes_as_one() -> None:
    (row,) = posts('id,text,goal\n1,"He said ""Best"" launch,\nsecond line",leads\n')
    document = document_from_row("cal.csv", row)
    assert document.text == '1,"He said ""Best"" launch,\nsecond line",leads'
    # The cell's first line is short: a break put there on purpose, kept.
    assert document.analysis_text == '   He said  "Best"  launch,\nsecond line       '
    assert len(document.analysis_text) == len(document.text)
    assert document.lines.position(document.text.index("second")) == (3, 1)
    assert document.block_starts == (3,)


def place_in_file(data: bytes, line: int, column: int, length: int) -> str:
    """The text at a 1-based line and code-point column of the file's bytes
    (lines end at CRLF, LF or CR; a byte-order mark is not a column)."""
    text = data.decode("utf-8-sig")
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    rest = "\n".join(lines[line - 1 :])
    return rest[column - 1 : column - 1 + length]


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
@pytest.mark.parametrize("bom", [b"", codecs.BOM_UTF8])
def test_findings_point_at_their_text_in_the_files_bytes(
    linter: Linter, tmp_path: Path, newline: str, bom: bytes
) -> None:
    content = newline.join(
        [
            "id,platform,text",
            'A-1,X,"Quick note, ""team"":' + newline + newline + f'{VANITY}"',
            "",
            f'A-2,LinkedIn,"Line one 🚀{newline}then ""quoted"" 10k followers!"',
            f"A-3,X,{FIXED}",
            "",
        ]
    )
    path = tmp_path / "cal.csv"
    data = bom + content.encode("utf-8")
    path.write_bytes(data)
    report = linter.lint_paths([str(path)])
    by_record = {r.record: r for r in report.results}
    assert sorted(by_record) == [2, 4, 5]  # records, not lines
    spans = [f for r in report.results for f in r.findings if f.scope == "span"]
    assert {f.text for f in spans} >= {"10k followers", "2M views"}
    for finding in spans:
        assert finding.line == finding.end_line
        at = place_in_file(data, finding.line, finding.column, len(finding.text))
        assert at == finding.text
        assert finding.end_column == finding.column + len(finding.text)
    lines = {f.text: f.line for f in spans}
    assert lines["2M views"] == 4 and lines["10k followers"] == 7
    assert by_record[5].record_id == "A-3" and by_record[5].passed


# ---- workbooks -----------------------------------------------------------------------


def make_workbook(path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "March"
    sheet.append(["ID", "Network", "Copy", "Owner"])
    sheet.append(["M-1", "X", f"Intro line.\n{VANITY}", "Dana"])
    sheet.append([None, None, None, None])
    sheet.append(["M-2", "LinkedIn", None, "Omar"])
    sheet.append(["M-3", "LinkedIn", FIXED, "Omar"])
    notes = book.create_sheet("Read me")
    notes.append(["This workbook is our calendar."])
    april = book.create_sheet("April plan")
    april.append(["post", "platforms"])
    april.append(["Our thread got 5k likes!", "Threads"])
    book.save(path)


def test_a_workbook_is_read_cell_by_cell_in_every_sheet_with_a_text_column(
    tmp_path: Path,
) -> None:
    path = tmp_path / "cal.xlsx"
    make_workbook(path)
    found = list(calendar_rows("cal.xlsx", path.read_bytes()))
    assert [type(row).__name__ for row in found] == [
        "CalendarRow",
        "EmptyDraft",
        "CalendarRow",
        "CalendarRow",
    ]
    first, _, third, april = found
    assert isinstance(third, CalendarRow) and third.record_id == "M-3"
    assert isinstance(first, CalendarRow) and isinstance(april, CalendarRow)
    assert (first.record, first.cell, first.record_id, first.text) == (
        2,
        "March!C2",
        "M-1",
        f"Intro line.\n{VANITY}",
    )
    assert dict(first.meta)["platform"] == "X" and dict(first.meta)["author"] == "Dana"
    assert april.cell == "'April plan'!A2"
    assert str(found[1]) == "cal.xlsx#4: no text in column 'Copy', skipped"


def test_a_workbooks_findings_are_placed_inside_their_cell(linter: Linter, tmp_path: Path) -> None:
    path = tmp_path / "cal.xlsx"
    make_workbook(path)
    report = linter.lint_paths([str(path)])
    first = next(r for r in report.results if r.cell == "March!C2")
    views = next(f for f in first.findings if f.text == "2M views")
    assert (views.line, views.column) == (2, 35)
    assert f"Intro line.\n{VANITY}".split("\n")[1][34:42] == "2M views"


def test_a_file_that_is_no_workbook_is_one_error() -> None:
    with pytest.raises(InputError, match=r"^cal\.xlsx: not an Excel workbook"):
        list(calendar_rows("cal.xlsx", b"id,text\n1,hello\n"))


def test_sarif_names_the_row_or_the_cell_as_a_logical_location(
    linter: Linter, tmp_path: Path, sarif_schema: dict[str, Any]
) -> None:
    make_workbook(tmp_path / "cal.xlsx")
    (tmp_path / "cal.csv").write_text(f"id,text\nC-1,{VANITY}\n", encoding="utf-8")
    report = linter.lint_paths([str(tmp_path / "cal.csv"), str(tmp_path / "cal.xlsx")])
    sarif = report_to_sarif(report)
    assert schema_errors(sarif, sarif_schema) == []
    locations = [result["locations"][0] for result in sarif["runs"][0]["results"]]
    csv_location = next(loc for loc in locations if loc["logicalLocations"][0]["kind"] == "row")
    assert csv_location["logicalLocations"][0]["name"] == "row 2"
    assert csv_location["logicalLocations"][0]["properties"] == {"recordId": "C-1"}
    assert csv_location["physicalLocation"]["region"]["startLine"] == 2
    cell = next(loc for loc in locations if loc["logicalLocations"][0]["kind"] == "cell")
    logical = cell["logicalLocations"][0]
    assert logical["fullyQualifiedName"] == "March!C2" and logical["name"] == "C2"
    assert "region" not in cell["physicalLocation"]
    assert logical["properties"]["sheet"] == "March"
    assert logical["properties"]["startLine"] >= 1


# ---- the command line ----------------------------------------------------------------


def test_cli_lints_a_calendar_and_reports_each_row(run_cli: RunCli, tmp_path: Path) -> None:
    (tmp_path / "cal.csv").write_text(
        f"id,network,text\nR-1,X,{VANITY}\nR-2,X,\nR-3,LinkedIn,{FIXED}\n", encoding="utf-8"
    )
    result = run_cli("lint", "-f", "json", "cal.csv", cwd=tmp_path)
    report = json.loads(result.stdout)
    documents = [
        (d["path"], d["record"], d.get("record_id"), d["passed"]) for d in report["documents"]
    ]
    assert documents == [("cal.csv", 2, "R-1", False), ("cal.csv", 4, "R-3", True)]
    assert result.returncode == 1
    assert result.stderr.count("cal.csv#3: no text in column 'text', skipped") == 1
    text = run_cli("lint", "cal.csv", cwd=tmp_path).stdout
    assert "cal.csv:2:23: warning vanity-metric" in text
    assert "cal.csv#2 (id R-1): score" in text


def test_cli_column_flags(run_cli: RunCli, tmp_path: Path) -> None:
    (tmp_path / "cal.csv").write_text(f"text,Draft,Where\nignored,{VANITY},X\n", encoding="utf-8")
    result = run_cli(
        "lint", "-f", "json", "--text-column", "draft", "--platform-column", "Where", "cal.csv",
        cwd=tmp_path,
    )  # fmt: skip
    (document,) = json.loads(result.stdout)["documents"]
    assert {f["text"] for f in document["findings"]} >= {"10k followers"}
    assert all(f["column"] > len("ignored,") for f in document["findings"])


def test_a_malformed_calendar_exits_2_and_the_other_files_are_reported(
    run_cli: RunCli, tmp_path: Path
) -> None:
    (tmp_path / "bad.csv").write_text('id,text\n1,"open\n', encoding="utf-8")
    (tmp_path / "post.md").write_text(VANITY + "\n", encoding="utf-8")
    result = run_cli("lint", "-f", "json", "bad.csv", "post.md", cwd=tmp_path)
    assert result.returncode == 2
    report = json.loads(result.stdout)
    assert [d["path"] for d in report["documents"]] == ["bad.csv", "post.md"]
    assert report["documents"][0]["error"].startswith("bad.csv:2: a quoted cell")
    assert "bad.csv:2: a quoted cell opened on this line is never closed" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_walk_takes_the_calendars_the_config_globs_match(run_cli: RunCli, tmp_path: Path) -> None:
    (tmp_path / ".align.yaml").write_text('calendars: ["plan/*.csv"]\n', encoding="utf-8")
    (tmp_path / "plan").mkdir()
    (tmp_path / "plan" / "march.csv").write_text(f"id,text\n1,{VANITY}\n", encoding="utf-8")
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "prices.csv").write_text("sku,price\na,1\n", encoding="utf-8")
    (tmp_path / "post.md").write_text(FIXED + "\n", encoding="utf-8")
    result = run_cli("lint", "-f", "json", ".", cwd=tmp_path)
    paths = [(d["path"], d["record"]) for d in json.loads(result.stdout)["documents"]]
    assert paths == [("plan/march.csv", 2), ("post.md", None)]


def test_a_calendar_in_the_cache_keeps_each_rows_own_result(
    run_cli: RunCli, tmp_path: Path
) -> None:
    (tmp_path / "cal.csv").write_text(
        f"id,text\n1,{VANITY}\n2,{VANITY}\n3,{FIXED}\n", encoding="utf-8"
    )
    first = run_cli("lint", "-f", "json", "cal.csv", cwd=tmp_path).stdout
    second = run_cli("lint", "-f", "json", "cal.csv", cwd=tmp_path).stdout
    assert first == second
    lines = [
        (d["record"], [f["line"] for f in d["findings"]]) for d in json.loads(second)["documents"]
    ]
    assert lines[0][1] and set(lines[0][1]) == {2} and set(lines[1][1]) == {3}
    assert lines[2] == (4, [])


def test_results_carry_record_id_and_cell() -> None:
    result = DocumentResult.not_linted("a.csv", "x", record=3)
    assert (result.record_id, result.cell) == ("", "")


def test_json_of_calendar_rows_is_valid_against_the_report_schema(
    run_cli: RunCli, tmp_path: Path
) -> None:
    import jsonschema
    from tests.conftest import ROOT

    schema = json.loads((ROOT / "schemas" / "report.schema.json").read_text(encoding="utf-8"))
    make_workbook(tmp_path / "cal.xlsx")
    result = run_cli("lint", "-f", "json", "cal.xlsx", cwd=tmp_path)
    report = json.loads(result.stdout)
    assert report["documents"][0]["cell"] == "March!C2"
    assert report["documents"][0]["record_id"] == "M-1"
    jsonschema.Draft202012Validator(schema).validate(report)


def test_a_utf16_calendar_is_named_as_such_not_misread() -> None:
    from align_lint.documents.sources import Source, calendar_sources

    data = codecs.BOM_UTF16_LE + "id,text\n1,hello\n".encode("utf-16-le")
    (error,) = list(calendar_sources(Source("cal.csv", data)))
    assert isinstance(error, InputError)
    assert str(error).startswith("cal.csv: UTF-16 text, not UTF-8")
    assert error.path == "cal.csv"
