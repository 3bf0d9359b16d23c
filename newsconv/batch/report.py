"""Reports of a batch (``--report``): one row per input, as JSON, JSON Lines or CSV; reading
them back for ``--resume``; the summary line and the exit code.

JSON Lines reports concatenate: the reports of N shards joined with ``cat`` are one report of
the whole batch. ``--resume`` reads any of the three formats, and several files at once, so a
run with ``--resume 'shard-*.csv' --report all.csv`` also merges shard reports into one.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from newsconv.batch.plan import STDIO, input_key
from newsconv.batch.work import Result
from newsconv.errors import ConfigError, ExitCode
from newsconv.files import LIST_LIMIT, read_bytes_limited

REPORT_COLUMNS = ("input", "status", "outputs", "error", "title", "date", "authors", "source", "warnings",
                  "seconds", "code")
_LISTS = ("outputs", "authors", "warnings")


def report_rows(results: list[Result]) -> list[dict[str, object]]:
    return [
        {"input": r.input, "status": r.status, "outputs": r.outputs, "error": r.error, "title": r.title,
         "date": r.date, "authors": r.authors, "source": r.source, "warnings": r.warnings,
         "seconds": round(r.seconds, 3), "code": r.code}
        for r in results
    ]


def render_report(path: Path, results: list[Result], summary: dict[str, object]) -> bytes:
    """The report's bytes, in the format its suffix names: ``.csv`` (UTF-8 with a BOM, so that
    Excel shows Chinese right), ``.jsonl`` (a row a line), else JSON with a summary."""
    from newsconv import __version__

    rows = report_rows(results)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(REPORT_COLUMNS)
        for row in rows:
            writer.writerow(["; ".join(map(str, v)) if isinstance(v, list) else v for v in row.values()])
        return ("\ufeff" + buffer.getvalue()).encode("utf-8")
    if suffix == ".jsonl":
        return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows).encode("utf-8")
    document = {"newsconv": __version__, "summary": summary, "files": rows}
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def write_report(path: Path, results: list[Result], summary: dict[str, object]) -> None:
    """Written atomically: an interrupted run never leaves half a report."""
    from newsconv.files import atomic_write

    atomic_write(path, render_report(path, results, summary), overwrite=True)


# ---------------------------------------------------------------------------- reading back


def read_reports(paths: list[Path]) -> dict[str, dict[str, object]]:
    """The rows of earlier reports (JSON, JSON Lines or CSV, shards concatenated or not), by
    input; a later row for the same input wins."""
    rows: dict[str, dict[str, object]] = {}
    for path in paths:
        for row in _rows(path):
            name = row.get("input")
            if isinstance(name, str) and name and name != STDIO:
                rows[input_key(name)] = row
    return rows


def _rows(path: Path) -> list[dict[str, object]]:
    name = str(path)
    try:
        text = read_bytes_limited(path, LIST_LIMIT, error=ConfigError, what="a report").decode("utf-8-sig")
    except FileNotFoundError:
        raise ConfigError("no such report; --resume reads the --report of an earlier run", path=name) from None
    except OSError as exc:
        raise ConfigError(f"cannot read the report ({exc.strerror})", path=name) from None
    except UnicodeDecodeError:
        raise ConfigError("is not a newsconv report (not UTF-8)", path=name) from None
    try:
        rows = _json_rows(text) if text.lstrip().startswith("{") else _csv_rows(text)
    except (json.JSONDecodeError, csv.Error) as exc:
        raise ConfigError(f"is not a newsconv report ({exc})", path=name) from None
    if not isinstance(rows, list) or not all(isinstance(r, dict) and "input" in r for r in rows):
        raise ConfigError("is not a newsconv report (no rows with an input column)", path=name)
    return rows


def _json_rows(text: str) -> object:
    """A JSON report's rows, or the rows of JSON Lines (one report or several joined)."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError:
        return [json.loads(line) for line in text.splitlines() if line.strip()]
    if isinstance(document, dict) and "files" in document:
        return document["files"]
    return [document]


def _csv_rows(text: str) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    reader = csv.DictReader(io.StringIO(text.replace("\ufeff", "")))
    if "input" not in (reader.fieldnames or ()) or "status" not in (reader.fieldnames or ()):
        raise csv.Error("no input and status columns")
    for record in reader:
        if record.get("input") == "input":
            continue  # the header of the next report, where reports were joined with cat
        row: dict[str, object] = dict(record)
        for key in _LISTS:
            value = record.get(key) or ""
            row[key] = [v for v in value.split("; ") if v]
        try:
            row["seconds"] = float(record.get("seconds") or 0)
        except ValueError:
            row["seconds"] = 0.0
        rows.append(row)
    return rows


# ---------------------------------------------------------------------------- summary, exit code


def summarize(results: list[Result], seconds: float) -> dict[str, object]:
    """Counts for the summary line and the JSON report. ``resumed``: rows taken from --resume
    reports (they keep their own status there)."""
    current = [r for r in results if not r.resumed]
    count = {status: sum(r.status == status for r in current) for status in ("converted", "skipped", "failed")}
    timed_out = sum(r.code == ExitCode.TIMEOUT for r in current)
    return {**count, "timed out": timed_out, "not run": sum(r.status == "not run" for r in current),
            "resumed": len(results) - len(current), "inputs": len(results), "seconds": round(seconds, 3),
            "per_second": round(count["converted"] / seconds, 2) if seconds > 0 else None}


def exit_code(results: list[Result], outcome: str, *, fail_fast: bool = False) -> int:
    """130 when interrupted, 143 when terminated; 0 when nothing failed; the failure's own code
    when --fail-fast stopped the batch or every input failed the same way; else 1."""
    if outcome == "interrupted":
        return int(ExitCode.INTERRUPTED)
    if outcome == "terminated":
        return int(ExitCode.TERMINATED)
    failed = [r for r in results if r.status == "failed"]
    if not failed:
        return int(ExitCode.OK)
    if fail_fast:
        return failed[0].code
    codes = {r.code for r in failed}
    if len(failed) == len(results) and len(codes) == 1:
        return codes.pop()
    return int(ExitCode.PARTIAL)
