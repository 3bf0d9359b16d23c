"""Worker processes for a batch: one input at a time each, a time limit per input, and a worker
that is lost (killed for memory, crashed) or stopped (over its time limit) replaced, so that no
input can end the batch or hold a worker for ever.

``concurrent.futures`` cannot do this: a lost worker breaks its whole pool, and a running task
cannot be stopped. Here each worker has its own pipe, the main process knows which input each
one is on and since when, and it waits on the pipes and on the processes themselves.

Workers never outlive the main process: on Linux the kernel kills them when it dies
(``PR_SET_PDEATHSIG``), elsewhere a watchdog thread in each worker notices it is orphaned.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsconv.batch.plan import Job
from newsconv.batch.work import Result, Settings, warm
from newsconv.errors import InternalError, Terminated, TimedOut

if TYPE_CHECKING:  # multiprocessing is imported when a pool starts: one process (-j 1) never needs it
    import multiprocessing
    from multiprocessing.connection import Connection

Task = Callable[[Job, Settings], Result]
TICK = 0.25  # seconds between looks at Ctrl-C, the clock and the progress bar
# Test hook, for the test suite only: a worker kills itself (SIGKILL) when it is given the input
# of this file name, as the kernel's out-of-memory killer would. Never set it otherwise.
KILL_HOOK = "NEWSCONV_TEST_KILL_WORKER"
_PR_SET_PDEATHSIG = 1


@dataclass(slots=True)
class _Worker:
    process: multiprocessing.process.BaseProcess
    conn: Connection
    job: Job | None = None
    started: float = 0.0


class Pool:
    """``size`` worker processes running ``task`` on one job at a time each."""

    def __init__(self, size: int, settings: Settings, task: Task, timeout: float | None) -> None:
        self.size, self.settings, self.task, self.timeout = size, settings, task, timeout
        import multiprocessing

        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        self.context = multiprocessing.get_context(method)
        if method == "fork":
            warm(settings)
        self.workers: list[_Worker] = []

    # ------------------------------------------------------------------ workers

    def _spawn(self) -> _Worker:
        for stream in (sys.stdout, sys.stderr):  # a forked child must not flush the parent's buffers again
            try:
                stream.flush()
            except (OSError, ValueError, AttributeError):
                pass
        parent_end, child_end = self.context.Pipe(duplex=True)
        process = self.context.Process(target=_serve, args=(child_end, self.settings, self.task, os.getpid()),
                                       daemon=True, name="newsconv-worker")
        process.start()
        child_end.close()
        worker = _Worker(process, parent_end)
        self.workers.append(worker)
        return worker

    def _discard(self, worker: _Worker) -> None:
        """Stop a worker now (SIGKILL: an output it was writing has no name yet, see atomic_write)."""
        if worker.process.is_alive():
            worker.process.kill()
        worker.process.join(5)
        worker.conn.close()
        self.workers.remove(worker)

    def close(self) -> None:
        """Idle workers are told to stop; any still running is killed."""
        for worker in self.workers:
            if worker.job is None:
                try:
                    worker.conn.send(None)
                except OSError:
                    pass
        deadline = time.monotonic() + 2
        for worker in list(self.workers):
            worker.process.join(max(0.0, deadline - time.monotonic()))
            self._discard(worker)

    # ------------------------------------------------------------------ running

    def run(self, jobs: Iterator[Job], control: Control, finished: Callable[[Job, Result], bool],
            tick: Callable[[], None] | None = None) -> None:
        """Give each idle worker the next job until none is left (or the batch is stopping);
        ``finished`` sees every result and returns False to stop giving out jobs (--fail-fast)."""
        giving = True
        try:
            while True:
                if giving and not control.finishing:
                    giving = self._give(jobs)
                busy = [w for w in self.workers if w.job is not None]
                if not busy:
                    break
                if control.stop_now:
                    for job, result in self._answered(busy):
                        finished(job, result)  # (converted before the stop: counted so, not "not run")
                    for worker in busy:
                        if worker.job is not None:
                            self._discard(worker)  # their inputs are not run
                    break
                for job, result in self._collect(busy):
                    if not finished(job, result):
                        giving = False
                if tick is not None:
                    tick()
        finally:
            self.close()

    def _give(self, jobs: Iterator[Job]) -> bool:
        while len(self.workers) < self.size:
            self._spawn()
        for worker in [w for w in self.workers if w.job is None]:
            job = next(jobs, None)
            if job is None:
                return False
            try:
                worker.conn.send(job)
            except OSError:  # it died while idle: replace it and try again
                self._discard(worker)
                worker = self._spawn()
                worker.conn.send(job)
            worker.job, worker.started = job, time.monotonic()
        return True

    def _answered(self, busy: list[_Worker]) -> list[tuple[Job, Result]]:
        """The results busy workers have sent already, without waiting for the others (a worker that
        wrote its output and answered just before the batch was stopped)."""
        out: list[tuple[Job, Result]] = []
        for worker in busy:
            job = worker.job
            assert job is not None
            try:
                answered = worker.conn.poll(0)
                result = worker.conn.recv() if answered else None
            except Exception:  # noqa: BLE001 - EOF or half a message: no answer to count
                answered = False
            if answered:
                worker.job = None
                out.append((job, result))
        return out

    def _collect(self, busy: list[_Worker]) -> list[tuple[Job, Result]]:
        now = time.monotonic()
        wait_for = TICK
        if self.timeout is not None:
            wait_for = min(wait_for, min(w.started for w in busy) + self.timeout - now)
        from multiprocessing.connection import wait

        ready = set(wait([w.conn for w in busy] + [w.process.sentinel for w in busy], max(0.0, wait_for)))
        now = time.monotonic()
        out: list[tuple[Job, Result]] = []
        for worker in busy:
            job = worker.job
            assert job is not None
            if worker.conn in ready:
                try:
                    result = worker.conn.recv()
                except Exception:  # noqa: BLE001 - EOF or half a message: the worker died while answering
                    result = self._lost(worker)
                else:
                    worker.job = None
            elif worker.process.sentinel in ready:
                result = self._lost(worker)
            elif self.timeout is not None and now - worker.started >= self.timeout:
                result = self._stopped(worker)
            else:
                continue
            out.append((job, result))
        return out

    def _lost(self, worker: _Worker) -> Result:
        job = worker.job
        assert job is not None
        worker.process.join(5)
        code = worker.process.exitcode
        self._discard(worker)
        how = f"was killed by {_signal_name(-code)}" if code is not None and code < 0 else f"exited ({code})"
        if code == -signal.SIGKILL:
            how += " (out of memory?)"
        error = InternalError(f"the worker process converting it {how}; the other inputs went on. "
                              "Convert it alone to see why", path=job.source)
        return Result(job.index, job.source, "failed").fail(error)

    def _stopped(self, worker: _Worker) -> Result:
        job = worker.job
        assert job is not None and self.timeout is not None
        elapsed = time.monotonic() - worker.started
        self._discard(worker)
        error = TimedOut(f"timed out after {_seconds(self.timeout)} s and was stopped; "
                         "--timeout gives it longer (--timeout 0: no limit)", path=job.source)
        return Result(job.index, job.source, "failed", seconds=elapsed).fail(error)


def _seconds(value: float) -> str:
    return f"{value:g}"


def _signal_name(number: int) -> str:
    try:
        return signal.Signals(number).name
    except ValueError:
        return f"signal {number}"


# ---------------------------------------------------------------------------- in a worker


def _serve(conn: Connection, settings: Settings, task: Task, parent: int) -> None:
    """A worker's life: jobs in, results out, one at a time, until told to stop or orphaned."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the main process's to handle
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _die_with_parent(parent)
    kill_on = os.environ.get(KILL_HOOK)
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        if kill_on and os.path.basename(job.source) == kill_on:
            os.kill(os.getpid(), signal.SIGKILL)
        conn.send(task(job, settings))


def _die_with_parent(parent: int) -> None:
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            if libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0:
                if os.getppid() != parent:  # it died before the request was made
                    os._exit(1)
                return
        except (OSError, AttributeError):
            pass

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, daemon=True, name="newsconv-orphan-watch").start()


# ---------------------------------------------------------------------------- Ctrl-C and SIGTERM


class Control:
    """Ctrl-C and SIGTERM while a batch runs. With workers, the handlers only count: the first
    Ctrl-C lets the running inputs finish and starts no more, a second stops them, SIGTERM stops
    them at once; the loop acts on it. In the command's own process (``raise_now``), Ctrl-C
    raises KeyboardInterrupt and SIGTERM raises Terminated, as usual."""

    def __init__(self, *, raise_now: bool = False) -> None:
        self.raise_now = raise_now
        self.interrupts = 0
        self.terminated = False
        self._saved: dict[int, object] = {}

    def __enter__(self) -> Control:
        if threading.current_thread() is threading.main_thread():
            for number in (signal.SIGINT, signal.SIGTERM):
                self._saved[number] = signal.signal(number, self._handle)
        return self

    def __exit__(self, *exc: object) -> None:
        for number, handler in self._saved.items():
            signal.signal(number, handler)  # type: ignore[arg-type]

    def _handle(self, number: int, _frame: object) -> None:
        if number == signal.SIGTERM:
            self.terminated = True
            if self.raise_now:
                raise Terminated
        else:
            self.interrupts += 1
            if self.raise_now:
                raise KeyboardInterrupt

    @property
    def finishing(self) -> bool:
        return self.interrupts > 0 or self.terminated

    @property
    def stop_now(self) -> bool:
        return self.interrupts > 1 or self.terminated

    @property
    def outcome(self) -> str:
        return "terminated" if self.terminated else "interrupted" if self.interrupts else "done"
