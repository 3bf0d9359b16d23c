"""The jobs of a batch on a Dask cluster (``--dask tcp://HOST:8786``, or ``--dask local``), with
the behaviour of a local run: the same results, progress, report, exit codes and Ctrl-C.

Workers read the inputs and write the outputs themselves on a file system they share with the
command (paths are sent absolute), or, with ``--dask-return``, get each input's bytes from the
command and send the outputs' bytes back, and the command writes them. Either way outputs are
written atomically. A worker lost while converting is retried by Dask on another worker; an
input that kills workers again and again fails alone. An input over its time limit is reported,
and its worker's process killed so that it stops (its nanny starts a new one).

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
from newsconv.batch.work import Result, Settings, read_job, warm
from newsconv.errors import InternalError, NewsconvError, TimedOut, UsageError

if TYPE_CHECKING:
    from newsconv.batch.run import Engine

try:
    from distributed import WorkerPlugin
except ImportError:  # without Dask, --dask says how to install it
    WorkerPlugin = object

Finished = Callable[[Job, Result], bool]
_WORKERS_DIED = ("every Dask worker converting it died, also with no other input beside it (out of memory? "
                 "a crash?); the other inputs went on. Convert it alone to see why")


class _Warm(WorkerPlugin):  # type: ignore[misc, valid-type]
    """The batch's settings on every worker, also on each worker that joins or is restarted
    later (data scattered to workers is lost with them), and the writers and fonts loaded
    there before any input's time limit starts."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def setup(self, worker: object) -> None:
        warm(self.settings)


def run_dask(jobs: Iterator[Job], settings: Settings, task: Task, engine: Engine, control: Control, finished: Finished,
             tick: Callable[[], None] | None) -> None:
    client, cluster = _connect(str(engine.dask), engine.workers)
    try:
        _check_workers(client)
        plugin = f"newsconv-{uuid.uuid4().hex[:8]}"
        client.register_plugin(_Warm(settings), name=plugin)
        batch = _DaskBatch(client, settings, task, engine.timeout, finished, plugin)
        try:
            batch.run(jobs, control, tick)
        finally:
            _forget_plugin(client, plugin)
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
    for name in ["distributed", *[n for n in logging.root.manager.loggerDict if n.startswith("distributed.")]]:
        logging.getLogger(name).setLevel(logging.ERROR)  # the cluster's chatter is not the user's business
    if address == "local":
        cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=logging.ERROR)
        return Client(cluster), cluster
    try:
        return Client(address, timeout="10s"), None
    except (OSError, TimeoutError, ValueError) as exc:
        raise UsageError(f"--dask {address}: cannot reach the Dask scheduler ({exc}); start one with "
                         "`dask scheduler` and give its tcp:// address, or use --dask local") from None


def _forget_plugin(client: Any, name: str) -> None:
    """Leave a shared cluster as it was; a worker lost meanwhile has nothing to forget."""
    try:
        client.unregister_worker_plugin(name)
    except Exception:  # noqa: BLE001 - the cluster's own error; the batch is done either way
        pass


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
                 finished: Finished, plugin: str) -> None:
        self.client, self.settings, self.task, self.timeout, self.finished = client, settings, task, timeout, finished
        self.plugin = plugin
        self.prefix = f"newsconv-{uuid.uuid4().hex[:8]}"
        self.pending: dict[Any, Job] = {}  # future -> the job as planned here
        self.started: dict[str, float] = {}  # task key -> when a worker took it (for --timeout)
        self.resubmits = 0
        self.where: dict[str, str] = {}  # task key -> the worker processing it
        self.tries: dict[int, int] = {}  # job index -> times it was sent again
        self.lost: list[tuple[Job, Result]] = []  # jobs the cluster lost too often
        self.suspects: list[Job] = []  # jobs whose workers all died: tried again one at a time
        self.alone: int | None = None  # the suspect being converted with nothing beside it

    def capacity(self) -> int:
        return max(1, sum(self.client.nthreads().values()))

    def run(self, jobs: Iterator[Job], control: Control, tick: Callable[[], None] | None) -> None:
        more, stopped, capacity, checked = True, False, self.capacity(), time.monotonic()
        while True:
            going = not control.finishing and not stopped
            if going and self.suspects:
                if not self.pending:  # the others are done: the next suspect is converted alone
                    self._give_alone()
            elif going and more:
                more = self._give(jobs, capacity)
            if not self.pending and not self.lost and not (going and self.suspects):
                break
            if control.stop_now:
                self._stop_all()
                break
            for job, result in self._collect():
                if not self.finished(job, result):
                    stopped = True
            if tick is not None:
                tick()
            if time.monotonic() - checked > 5:  # workers come and go
                capacity, checked = self.capacity(), time.monotonic()

    def _give_alone(self) -> None:
        job = self.suspects.pop(0)
        self.alone = job.index
        self._again(job)

    def _give(self, jobs: Iterator[Job], capacity: int) -> bool:
        while len(self.pending) < capacity:
            job = next(jobs, None)
            if job is None:
                return False
            try:
                remote = self._for_workers(job)
            except NewsconvError as exc:  # --dask-return: the input could not be read here
                if not self.finished(job, Result(job.index, job.source, "failed").fail(exc)):
                    return False
                continue
            self._submit(job, remote, f"{self.prefix}-{job.index}")
        return True

    def _for_workers(self, job: Job) -> Job:
        """The job as a worker needs it: the input's bytes (--dask-return, stdin), else absolute
        paths on the shared file system."""
        if self.settings.return_outputs or job.source == STDIO:
            data = job.data if job.data is not None else read_job(job, self.settings)
            return replace(job, data=data)
        targets = {fmt: None if t is None else Path(os.path.abspath(t)) for fmt, t in job.targets.items()}
        # The plan found these outputs absent (or --overwrite allows them): one found now was
        # written by an earlier attempt at this job, on a worker that died before answering.
        return replace(job, source=os.path.abspath(job.source), targets=targets, base=None, replace=set(targets))

    def _collect(self) -> list[tuple[Job, Result]]:
        from distributed import wait

        self._resubmit_lost()
        done = [f for f in self.pending if f.status in ("finished", "error")]
        if not done:
            try:
                wait(list(self.pending), timeout=TICK, return_when="FIRST_COMPLETED")
            except Exception:  # noqa: BLE001 - a timeout, or a future the cluster dropped (resubmitted next time)
                pass
            done = [f for f in self.pending if f.status in ("finished", "error")]
        out, self.lost = self.lost, []
        for future in done:
            job = self.pending.pop(future)
            result = self._result(future, job)
            if result is not None:
                out.append((job, result))
        if self.timeout is not None and self.pending:
            out.extend(self._stop_slow())
        return out

    def _resubmit_lost(self) -> None:
        """Futures the cluster cancelled itself (a worker restarted under them) are sent again."""
        for future in [f for f in self.pending if f.status == "cancelled"]:
            job = self.pending.pop(future)
            self.started.pop(future.key, None)
            self.where.pop(future.key, None)
            self._again(job)

    def _again(self, job: Job) -> None:
        """Send a job again after the cluster lost it or its result (a worker died: perhaps another
        input killed it), up to ten times; then it fails."""
        self.resubmits += 1
        self.tries[job.index] = self.tries.get(job.index, 0) + 1
        if self.tries[job.index] > 10:
            error = InternalError(_WORKERS_DIED, path=job.source)
            self.lost.append((job, Result(job.index, job.source, "failed").fail(error)))
            return
        self._submit(job, self._for_workers(job), f"{self.prefix}-{job.index}-{self.resubmits}")

    def _submit(self, job: Job, remote: Job, key: str) -> None:
        future = self.client.submit(_on_worker, self.task, remote, self.plugin, pure=False, key=key)
        self.pending[future] = job

    def _result(self, future: Any, job: Job) -> Result | None:
        """The job's result; None when it was lost on its way back (the worker holding it died)
        and was sent again, or must be tried alone."""
        self.started.pop(future.key, None)
        self.where.pop(future.key, None)
        result = self._outcome(future, job)
        if result is not None and job.index == self.alone:
            self.alone = None
        return result

    def _outcome(self, future: Any, job: Job) -> Result | None:
        if future.status == "finished":
            try:
                return _as_planned(future.result(), job)
            except Exception:  # noqa: BLE001 - lost with its worker: convert it again
                self._again(job)
                return None
        error = future.exception() if future.status == "error" else None
        if type(error).__name__ == "KilledWorker":
            # Every worker it was on died; so did those of any input beside it on them. Only an
            # input that kills workers when it is converted alone fails; the others are saved.
            if job.index != self.alone:
                self.suspects.append(job)
                return None
            message = _WORKERS_DIED
        else:
            message = f"the Dask task failed: {type(error).__name__}: {error}"
        return Result(job.index, job.source, "failed").fail(InternalError(message, path=job.source))

    def _stop_slow(self) -> list[tuple[Job, Result]]:
        """Inputs past their time limit, counted from when a worker took them: cancelled, and
        their workers' processes killed so that the conversion really stops. An input moved to
        another worker (its worker was lost) starts its time again."""
        assert self.timeout is not None
        now = time.monotonic()
        for worker, keys in self.client.processing().items():
            for key in keys:
                if self.where.get(key) != worker:
                    self.where[key], self.started[key] = worker, now
        out: list[tuple[Job, Result]] = []
        slow: list[str] = []
        for future, job in list(self.pending.items()):
            began = self.started.get(future.key)
            if began is None or now - began < self.timeout:
                continue
            future.cancel()
            del self.pending[future]
            self.started.pop(future.key, None)
            slow.append(self.where.pop(future.key))
            error = TimedOut(f"timed out after {self.timeout:g} s and was stopped; --timeout gives it longer "
                             "(--timeout 0: no limit)", path=job.source)
            out.append((job, Result(job.index, job.source, "failed", seconds=now - began).fail(error)))
        if slow:
            self._stop_workers(slow)
        return out

    def _stop_all(self) -> None:
        """A second Ctrl-C or SIGTERM: the inputs being converted are not waited for (they are
        reported as not run), and the workers busy with them are stopped like timed-out ones."""
        keys = {f.key for f in self.pending}
        busy = [w for w, running in self.client.processing().items() if keys & set(running)]
        for future in self.pending:
            future.cancel()
        self.pending.clear()
        if busy:
            self._stop_workers(busy)

    def _stop_workers(self, workers: list[str]) -> None:
        """Kill the processes of workers busy with stopped inputs. Their nannies start new ones
        at once (the workers' own event loops may be too busy to answer)."""
        replies = self.client.run(_kill_worker_process, workers=workers, nanny=True, on_error="return")
        alone = [w for w, reply in replies.items() if isinstance(reply, BaseException)]
        if alone:  # no nanny: the worker ends itself when it can, and does not come back
            self.client.run(os._exit, 1, workers=alone, wait=False)


def _on_worker(task: Task, job: Job, plugin: str) -> Result:
    """What a Dask worker runs for one input: the task, with the settings its plugin holds."""
    from distributed import get_worker

    return task(job, get_worker().plugins[plugin].settings)


def _kill_worker_process(dask_worker: Any) -> None:
    """Run by a worker's nanny: kill its worker process (the nanny starts a new one)."""
    import signal

    process = getattr(getattr(dask_worker, "process", None), "process", None)
    if process is None or not process.pid:
        raise RuntimeError("no worker process")
    os.kill(process.pid, signal.SIGKILL)


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
