"""What a user sees while a batch runs, on stderr: a progress bar on a terminal (rich), one line
per file with -v, nothing with -q; the failures and a summary line either way."""

from __future__ import annotations

import time
from pathlib import Path

import typer

from newsconv.batch.work import Result


class Progress:
    def __init__(self, total: int, *, quiet: bool, verbose: bool, single: bool, terminal: bool) -> None:
        self.total, self.quiet, self.verbose, self.single = total, quiet, verbose, single
        self.bar: object | None = None
        self.done = 0
        self.start = time.perf_counter()
        if not quiet and not verbose and not single and total > 1 and terminal:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeRemainingColumn
            from rich.progress import Progress as Bar

            # No refresh thread: worker processes are forked from this process while the batch
            # runs (a lost worker is replaced), and forking a process with threads is unsafe.
            self.bar = Bar(
                TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                TextColumn("{task.fields[rate]}"), TimeRemainingColumn(), TextColumn("{task.fields[current]}"),
                console=Console(stderr=True), transient=True, auto_refresh=False,
            )
            self.bar.start()  # type: ignore[attr-defined]
            self.task = self.bar.add_task("converting", total=total, rate="", current="")  # type: ignore[attr-defined]

    def finished(self, result: Result) -> None:
        """A result as it arrives (in any order): moves the bar."""
        self.done += 1
        if self.bar is not None:
            elapsed = max(time.perf_counter() - self.start, 1e-9)
            self.bar.update(self.task, advance=1, rate=f"{self.done / elapsed:.1f}/s",  # type: ignore[attr-defined]
                            current=Path(result.input).name[:40])
            self.tick()

    def tick(self) -> None:
        if self.bar is not None:
            self.bar.refresh()  # type: ignore[attr-defined]

    def say(self, text: str) -> None:
        if self.bar is not None:
            self.bar.console.print(text, markup=False, highlight=False)  # type: ignore[attr-defined]
        else:
            typer.echo(text, err=True)

    def report(self, result: Result) -> None:
        """A result in input order: a line for each failure (and each file with -v)."""
        for warning in result.warnings:
            if not self.quiet:
                self.say(f"newsconv: {result.input}: warning: {warning}")
        if result.status == "failed":
            self.say(f"newsconv: error: {result.error}")
        elif result.status == "not run":
            return
        elif self.verbose:
            outputs = ", ".join(result.outputs)
            self.say(f"newsconv: {result.status} {result.input} -> {outputs} ({result.seconds:.2f} s)")
        elif self.single and not self.quiet and result.outputs != ["stdout"] and result.status == "converted":
            self.say(f"newsconv: {result.input} -> {', '.join(result.outputs)}")

    def close(self, summary: dict[str, object], outcome: str) -> None:
        if self.bar is not None:
            self.bar.stop()  # type: ignore[attr-defined]
        stopped = {"interrupted": "interrupted", "terminated": "stopped by SIGTERM"}.get(outcome)
        if self.quiet or self.single:
            if stopped:
                typer.echo(f"newsconv: {stopped}", err=True)
            return
        rate = summary.get("per_second")
        line = (f"newsconv: {stopped + ': ' if stopped else ''}{summary['converted']} converted, "
                f"{summary['skipped']} skipped, {summary['failed']} failed")
        if summary["timed out"]:
            line += f" ({summary['timed out']} timed out)"
        if summary["resumed"]:
            line += f", {summary['resumed']} done before (--resume)"
        if summary["not run"]:
            line += f", {summary['not run']} not run"
        line += f" in {summary['seconds']:.1f} s" + (f" ({rate} files/s)" if rate else "")
        typer.echo(line, err=True)
