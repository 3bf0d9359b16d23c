"""Batch scaling: how planning and converting grow with the number of inputs.

    python benchmarks/batch_scale.py [--sizes 200,1000,2000,5000,20000] [--plan-sizes 1000,5000,20000,100000]
                                     [--jobs 2] [--formats docx,pdf,md,html] [--before]

Inputs are small articles (the seed's first paragraphs) in folders of 1,000, the same names in
every folder, as copies of an archive are. Planning (finding the inputs, naming every output,
the same-file and collision checks) is timed in this process; converting is a whole
`newsconv convert -j N` command, run under `nice`, with the peak memory of its largest
process. --before also times the planning of the batch runner before it was indexed (from git
history), for the sizes up to 5,000. Prints Markdown tables.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import types
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "dawa-tianjia.txt"
BEFORE = "0fcd139"  # the last commit with the pairwise checks


def make_inbox(folder: Path, count: int) -> Path:
    text = SEED.read_text(encoding="utf-8")
    small = "\n".join(text.splitlines()[:12]) + "\n"
    for n in range(count):
        sub = folder / f"part{n // 1000:03}"
        if n % 1000 == 0:
            sub.mkdir(parents=True)
        (sub / f"article{n % 1000:03}.txt").write_text(small.replace("田家街道", f"田家街道{n}号", 1),
                                                        encoding="utf-8")
    return folder


def plan_seconds(inbox: Path, out: Path, formats: list[str]) -> float:
    """What `newsconv convert` does before its first conversion, timed."""
    from newsconv.batch.command import Request, plan_batch, settings_for

    request = Request(inputs=[str(inbox)], to=",".join(formats), out_dir=out)
    settings = settings_for(request)
    start = time.perf_counter()
    plan_batch(request, settings)
    return time.perf_counter() - start


def before_module() -> types.ModuleType | None:
    """The batch runner as it was before planning was indexed, loaded from git history."""
    try:
        source = subprocess.run(["git", "-C", str(ROOT), "show", f"{BEFORE}:newsconv/batch.py"], check=True,
                                capture_output=True, text=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    import newsconv.files

    def same_file(a: Path, b: Path) -> bool:  # the check it used, since replaced by files.SameFiles
        try:
            return a.resolve() == b.resolve() or (b.exists() and a.exists() and os.path.samefile(a, b))
        except OSError:
            return False

    newsconv.files.same_file = same_file  # type: ignore[attr-defined]
    module = types.ModuleType("newsconv_batch_before")
    sys.modules[module.__name__] = module  # dataclasses look their module up
    exec(compile(source, "newsconv/batch.py@" + BEFORE, "exec"), module.__dict__)  # noqa: S102 - our own history
    return module


def plan_seconds_before(module: types.ModuleType, inbox: Path, out: Path, formats: list[str]) -> float:
    start = time.perf_counter()
    jobs = module.expand_inputs([str(inbox)])
    module.plan_targets(jobs, formats, output=None, out_dir=out, template="{stem}")
    module.check_plan(jobs, overwrite=False, skip_existing=False, binary_to_terminal=lambda _f: False)
    return time.perf_counter() - start


_MEASURE = ("import resource, subprocess, sys, time\n"
            "start = time.perf_counter(); subprocess.run(sys.argv[1:], check=True)\n"
            "print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")


def convert(inbox: Path, out: Path, formats: list[str], jobs: int) -> tuple[float, float]:
    """(seconds, peak memory of the largest process in MiB) of a whole command. A fresh process
    runs it, so that the peak is this command's own (the kernel keeps the largest of the tree)."""
    command = ["nice", sys.executable, "-m", "newsconv", "convert", str(inbox), "-t", ",".join(formats),
               "-d", str(out), "-j", str(jobs), "-q", "--report", str(out.parent / f"{out.name}.csv")]
    measured = subprocess.run([sys.executable, "-c", _MEASURE, *command], check=True, capture_output=True,
                              text=True).stdout.split()
    return float(measured[0]), int(measured[1]) / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="200,1000,2000,5000,20000", help="inputs to convert (0: none)")
    parser.add_argument("--plan-sizes", default="1000,5000,20000,100000", help="inputs to plan")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--formats", default="docx,pdf,md,html")
    parser.add_argument("--before", action="store_true", help="also time the planning before it was indexed")
    args = parser.parse_args()
    formats = args.formats.split(",")
    plan_sizes = [int(n) for n in args.plan_sizes.split(",") if n]
    sizes = [int(n) for n in args.sizes.split(",") if n and int(n)]
    before = before_module() if args.before else None
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        inboxes = {n: make_inbox(root / f"in{n}", n) for n in sorted(set(plan_sizes) | set(sizes))}
        print(f"| inputs ({len(formats)} formats each) | planning | planning before it was indexed |")
        print("|---:|---:|---:|")
        for n in plan_sizes:
            seconds = min(plan_seconds(inboxes[n], root / f"plan{n}", formats) for _ in range(3))
            old = ""
            if before is not None and n <= 5000:
                old = f"{plan_seconds_before(before, inboxes[n], root / f'plan{n}', formats):.2f} s"
            print(f"| {n:,} | {seconds:.2f} s | {old} |")
        if not sizes:
            return 0
        convert(inboxes[sizes[0]], root / "warm", formats, args.jobs)  # font caches, page cache
        print(f"\n| inputs | `newsconv convert -j {args.jobs}` | articles/s | largest process |")
        print("|---:|---:|---:|---:|")
        took: dict[int, float] = {}
        for n in sizes:
            seconds, peak = convert(inboxes[n], root / f"out{n}", formats, args.jobs)
            took[n] = seconds
            print(f"| {n:,} | {seconds:.1f} s | {n / seconds:.1f} | {peak:.0f} MiB |", flush=True)
        for small in sorted(took):
            if small * 10 in took:
                print(f"\n{small * 10:,} inputs took {took[small * 10] / took[small]:.1f} times as long as {small:,}")
        print(f"\ncores: {os.cpu_count()}, load average at the end: {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
