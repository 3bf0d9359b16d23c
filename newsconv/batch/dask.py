"""The jobs of a batch on a Dask cluster (``--dask tcp://HOST:8786``, or ``--dask local``), with
the behaviour of a local run: the same results, progress, report, exit codes and Ctrl-C.

Workers read the inputs and write the outputs themselves on a file system they share with the
command (paths are sent absolute), or, with ``--dask-return``, get each input's bytes from the
command and send the outputs' bytes back, and the command writes them. Either way outputs are
written atomically. A worker lost while converting is retried by Dask on another worker; an
input that kills workers again and again fails alone. An input over its time limit is reported,
and its worker restarted (by its nanny) so that it stops.

``distributed`` is an optional dependency (``pip install 'newsconv[dask]'``), imported here only.
"""

from __future__ import annotations

import logging
import os
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsconv.batch.plan import STDIO, Job
from newsconv.batch.pool import TICK, Control, Task
from newsconv.batch.work import Result, Settings, read_job
from newsconv.errors import InternalError, NewsconvError, TimedOut, UsageError

if TYPE_CHECKING:
    from newsconv.batch.run import Engine

Finished = Callable[[Job, Result], bool]


def run_dask(jobs: Iterator[Job], settings: Settings, task: Task, engine: Engine, control: Control, finished: Finished,
             tick: Callable[[], None] | None) -> None:
    client, cluster = _connect(str(engine.dask), engine.workers)
    try:
        _check_workers(client)
        batch = _DaskBatch(client, settings, task, engine.timeout, finished)
        batch.run(jobs, control, tick)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _connect(address: str, workers: int) -> tuple[Any, Any]:
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise UsageError("--dask needs Dask's distributed scheduler; "
                         "install it with pip install 'newsconv[dask]'") from None
    logging.getLogger("distributed").setLevel(logging.ERROR)
    if address == "local":
        cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=logging.ERROR)
        return Client(cluster), cluster
    try:
        return Client(address, timeout="10s"), None
    except (OSError, TimeoutError, ValueError) as exc:
        raise UsageError(f"--dask {address}: cannot reach the Dask scheduler ({exc}); start one with "
                         "`dask scheduler` and give its tcp:// address, or use --dask local") from None


def _newsconv_version() -> str:
    from newsconv import __version__

    return __version__


def _check_workers(client: Any) -> None:
    """Every worker must run this newsconv: a worker without it would fail every input."""
    from newsconv import __version__

    try:
        versions = client.run(_newsconv_version, on_error="return")
    except Exception as exc:  # noqa: BLE001 - the cluster's own error, reported as a usage problem
        raise UsageError(f"--dask: the workers cannot run newsconv ({type(exc).__name__}: {exc}); "
                         f"install newsconv {__version__} on every worker") from None
    if not versions:
        raise UsageError("--dask: the cluster has no workers; start some with `dask worker ADDRESS`")
    wrong = {worker: v for worker, v in versions.items() if v != __version__}
    if wrong:
        worker, found = next(iter(wrong.items()))
        shown = found if isinstance(found, str) else f"{type(found).__name__}: {found}"
        raise UsageError(f"--dask: worker {worker} has newsconv {shown}, this command {__version__}; "
                         "install the same version everywhere")


class _DaskBatch:
    def __init__(self, client: Any, settings: Settings, task: Task, timeout: float | None,
                 finished: Finished) -> None:
        self.client, self.settings, self.task, self.timeout, self.finished = client, settings, task, timeout, finished
        self.shared = client.scatter(settings, broadcast=True, hash=False)
        self.prefix = f"newsconv-{uuid.uuid4().hex[:8]}"
        self.pending: dict[Any, Job] = {}  # future -> the job as planned here
        self.started: dict[str, float] = {}  # task key -> when a worker took it (for --timeout)

    def capacity(self) -> int:
        return max(1, sum(self.client.nthreads().values()))

    def run(self, jobs: Iterator[Job], control: Control, tick: Callable[[], None] | None) -> None:
        giving, capacity, checked = True, self.capacity(), time.monotonic()
        while True:
            if giving and not control.finishing:
                giving = self._give(jobs, capacity)
            if not self.pending:
                break
            if control.stop_now:
                for future in self.pending:
                    future.cancel()
                break
            for job, result in self._collect():
                if not self.finished(job, result):
                    giving = False
            if tick is not None:
                tick()
            if time.monotonic() - checked > 5:  # workers come and go
                capacity, checked = self.capacity(), time.monotonic()

    def _give(self, jobs: Iterator[Job], capacity: int) -> bool:
        while len(self.pending) < capacity:
            job = next(jobs, None)
            if job is None:
                return False
            try:
                remote = self._for_workers(job)
            except NewsconvError as exc:  # --dask-return: the input could not be read here
                self.finished(job, Result(job.index, job.source, "failed").fail(exc))
                continue
            future = self.client.submit(self.task, remote, self.shared, pure=False, key=f"{self.prefix}-{job.index}")
            self.pending[future] = job
        return True

    def _for_workers(self, job: Job) -> Job:
        """The job as a worker needs it: the input's bytes (--dask-return, stdin), else absolute
        paths on the shared file system."""
        if self.settings.return_outputs or job.source == STDIO:
            data = job.data if job.data is not None else read_job(job, self.settings)
            return replace(job, data=data)
        targets = {fmt: None if t is None else Path(os.path.abspath(t)) for fmt, t in job.targets.items()}
        return replace(job, source=os.path.abspath(job.source), targets=targets, base=None)

    def _collect(self) -> list[tuple[Job, Result]]:
        from distributed import wait

        try:
            done, _ = wait(list(self.pending), timeout=TICK, return_when="FIRST_COMPLETED")
        except TimeoutError:
            done = set()
        out = [(self.pending[f], self._result(f, self.pending.pop(f))) for f in done]
        if self.timeout is not None and self.pending:
            out.extend(self._stop_slow())
        return out

    def _result(self, future: Any, job: Job) -> Result:
        self.started.pop(future.key, None)
        if future.status == "finished":
            return _as_planned(future.result(), job)
        error = future.exception() if future.status == "error" else None
        if type(error).__name__ == "KilledWorker":
            message = ("every Dask worker that converted it died (out of memory? a crash?); the other inputs "
                       "went on. Convert it alone with -j 1 to see why")
        else:
            message = f"the Dask task failed: {type(error).__name__}: {error}"
        return Result(job.index, job.source, "failed").fail(InternalError(message, path=job.source))

    def _stop_slow(self) -> list[tuple[Job, Result]]:
        """Inputs past their time limit, counted from when a worker took them: cancelled, and
        their workers restarted so that the conversion really stops."""
        assert self.timeout is not None
        now = time.monotonic()
        running: dict[str, str] = {}
        for worker, keys in self.client.processing().items():
            for key in keys:
                running[key] = worker
                self.started.setdefault(key, now)
        out: list[tuple[Job, Result]] = []
        slow_workers: list[str] = []
        for future, job in list(self.pending.items()):
            began = self.started.get(future.key)
            if began is None or now - began < self.timeout:
                continue
            future.cancel()
            del self.pending[future]
            self.started.pop(future.key, None)
            if future.key in running:
                slow_workers.append(running[future.key])
            error = TimedOut(f"timed out after {self.timeout:g} s and was stopped; --timeout gives it longer "
                             "(--timeout 0: no limit)", path=job.source)
            out.append((job, Result(job.index, job.source, "failed", seconds=now - began).fail(error)))
        if slow_workers:
            try:
                self.client.restart_workers(slow_workers, raise_for_error=False)
            except Exception:  # noqa: BLE001 - a worker without a nanny cannot be restarted; it finishes alone
                pass
        return out


def _as_planned(result: Result, job: Job) -> Result:
    """A worker's result with the names as the command was given them (workers saw absolute
    paths), so that the report is the same row for row as a local run's."""
    names = {os.path.abspath(t): str(t) for t in job.targets.values() if t is not None}
    if job.source != STDIO:
        names[os.path.abspath(job.source)] = job.source
    result.input = job.source
    result.outputs = [names.get(o, o) for o in result.outputs]
    for absolute, given in names.items():
        if result.error.startswith(absolute + ":"):
            result.error = given + result.error[len(absolute):]
    return result
