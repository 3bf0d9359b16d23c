"""Running a batch's jobs on an engine (the command's own process, worker processes or a Dask
cluster) with the same behaviour everywhere: results seen as they finish and again in input
order, outputs sent back written by the main process, Ctrl-C and SIGTERM handled alike, and a
row for every input (``not run`` for those a stop left out)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from newsconv.batch.plan import Job
from newsconv.batch.pool import Control, Pool, Task
from newsconv.batch.work import Result, Settings, deliver, not_run
from newsconv.errors import Terminated

# The time limit per input in a batch when --timeout is not given: far beyond any real article
# (the slowest pages of the corpus take under a second), short enough that a pathological input
# cannot hold a worker for an afternoon.
DEFAULT_TIMEOUT = 300.0


@dataclass(frozen=True, slots=True)
class Engine:
    """Where jobs run: ``workers`` processes (0: the command's own process), or a Dask cluster."""

    workers: int = 0
    timeout: float | None = None
    dask: str | None = None  # tcp://host:port, or "local"


class InOrder:
    """Results in input order, whatever order they finish in."""

    def __init__(self, jobs: list[Job], emit: Callable[[Result], None]) -> None:
        self.jobs = jobs
        self.emit = emit
        self.position = 0
        self.waiting: dict[int, Result] = {}

    def add(self, result: Result) -> None:
        self.waiting[result.index] = result
        while self.position < len(self.jobs) and self.jobs[self.position].index in self.waiting:
            self.emit(self.waiting.pop(self.jobs[self.position].index))
            self.position += 1

    def finish(self) -> None:
        """The rest, in order; inputs without a result were not run."""
        for job in self.jobs[self.position:]:
            self.emit(self.waiting.pop(job.index, None) or not_run(job))
        self.position = len(self.jobs)


def run_all(jobs: list[Job], settings: Settings, task: Task, engine: Engine, *,
            on_done: Callable[[Result], bool], on_ordered: Callable[[Result], None],
            on_tick: Callable[[], None] | None = None) -> str:
    """``task`` for every job. ``on_done`` sees each result as it finishes and returns False to
    stop starting new inputs (--fail-fast); ``on_ordered`` sees every input once, in input order.
    Returns "done", "interrupted" (Ctrl-C) or "terminated" (SIGTERM)."""
    ordered = InOrder(jobs, on_ordered)

    def finished(job: Job, result: Result) -> bool:
        if result.payloads:
            deliver(job, result, settings)
        go_on = on_done(result)
        ordered.add(result)
        return go_on

    stop = False

    def runnable() -> Iterator[Job]:
        """The jobs to send out; those the plan already failed are finished here."""
        nonlocal stop
        for job in jobs:
            if stop:
                return
            if job.problem is not None:
                stop = not finished(job, Result(job.index, job.source, "failed").fail(job.problem))
                continue
            yield job

    try:
        if engine.dask is not None:
            from newsconv.batch.dask import run_dask

            with Control() as control:
                run_dask(runnable(), settings, task, engine, control, finished, on_tick)
        elif engine.workers < 1:
            with Control(raise_now=True) as control:
                _run_here(runnable(), settings, task, finished)
        else:
            with Control() as control:
                pool = Pool(engine.workers, settings, task, engine.timeout)
                pool.run(runnable(), control, finished, on_tick)
    finally:
        ordered.finish()
    return control.outcome


def _run_here(jobs: Iterator[Job], settings: Settings, task: Task, finished: Callable[[Job, Result], bool]) -> None:
    try:
        for job in jobs:
            if not finished(job, task(job, settings)):
                return
    except (KeyboardInterrupt, Terminated):
        return
