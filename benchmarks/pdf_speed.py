"""PDF speed: the seed in fresh processes, 100 corpus articles in one process on one core, and
LibreOffice converting newsconv's DOCX of the same articles, which a clerk would otherwise do.

    python benchmarks/pdf_speed.py [--runs 11] [--cold] [--corpus ../shared/corpus]
    python benchmarks/pdf_speed.py --runs 15 --against ../newsconv-old   # a checkout of another revision

--against DIR compares the seed's fresh-process time with another source tree (a checkout of an
older revision), run for run in turn, so that both see the machine at the same speed.
--cold also times the first PDF on a fresh machine: an empty font cache (NEWSCONV_CACHE_DIR), for
the seed (news), a notice (gbt9704) and an article with characters outside the shipped subsets
(a block of the whole Noto Serif SC is converted); --load N keeps N busy processes running
meanwhile, as on a shared machine. Prints Markdown tables. Needs LibreOffice (soffice) for the comparison
row; it is skipped without it.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "dawa-tianjia.txt"
NOTICE = ROOT / "tests" / "data" / "notice.txt"
RARE = "罕见字测试\n\n正文里有通用规范汉字表之外的字：繁体的「證」與「權」，日文的売。\n"
NEWSCONV = [sys.executable, "-m", "newsconv"]

# Run in a child process pinned to one core: read the articles, render each to PDF, report.
_ONE_CORE = r"""
import json, os, resource, sys, time
from pathlib import Path
os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
from newsconv.convert import parse, render
from newsconv.profiles import load_profile
from newsconv.readers import ReadOptions
paths = [Path(p) for p in json.loads(sys.argv[1])]
profile = load_profile(sys.argv[2])
render(parse(paths[0].read_bytes(), "text", ReadOptions()), "pdf", profile)  # fonts loaded, as in a batch
start = time.perf_counter()
size = 0
for path in paths:
    size += len(render(parse(path.read_bytes(), "text", ReadOptions()), "pdf", profile))
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "peak_mb": peak, "bytes": size}))
"""


def fresh_process(runs: int, env: dict[str, str]) -> list[float]:
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "seed.pdf"
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run([*NEWSCONV, "convert", str(SEED), "-t", "pdf", "-o", str(out), "--overwrite", "-q"],
                           check=True, env=env)
            times.append(time.perf_counter() - start)
    return times


# A fresh process that converts the seed with the newsconv found first in the tree given.
_FROM_TREE = (
    "import sys; sys.path.insert(0, sys.argv[1]); import newsconv; "
    "assert newsconv.__file__.startswith(sys.argv[1]), newsconv.__file__; "
    "from newsconv.cli import main; sys.argv = ['newsconv', *sys.argv[2:]]; main()"
)


def interleaved(runs: int, trees: list[Path]) -> list[list[float]]:
    """Seed -> PDF fresh-process times for each source tree, the trees taking turns."""
    times: list[list[float]] = [[] for _ in trees]
    with tempfile.TemporaryDirectory() as tmp:
        args = ["convert", str(SEED), "-t", "pdf", "-o", str(Path(tmp) / "seed.pdf"), "--overwrite", "-q"]
        for n in range(runs + 1):  # the first round warms the caches and is not counted
            for i, tree in enumerate(trees):
                start = time.perf_counter()
                subprocess.run([sys.executable, "-c", _FROM_TREE, str(tree), *args], check=True)
                if n:
                    times[i].append(time.perf_counter() - start)
    return times


def cold_run(article: Path, profile: str) -> tuple[float, list[str]]:
    """The first PDF with an empty font cache: seconds, and what newsconv said on stderr."""
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, NEWSCONV_CACHE_DIR=str(Path(tmp) / "cache"))
        start = time.perf_counter()
        done = subprocess.run([*NEWSCONV, "convert", str(article), "-t", "pdf", "-o", str(Path(tmp) / "s.pdf"),
                               "--profile", profile, "-v"], check=True, env=env, capture_output=True, text=True)
        said = [line for line in done.stderr.splitlines() if "stand-ins" not in line]
        return time.perf_counter() - start, said


_BUSY = "import time\nend = time.time() + 3600\nwhile time.time() < end: pass\n"


def cold_runs(load: int) -> None:
    busy = [subprocess.Popen([sys.executable, "-c", _BUSY]) for _ in range(load)]
    try:
        with tempfile.TemporaryDirectory() as tmp:
            rare = Path(tmp) / "rare.txt"
            rare.write_text(RARE, encoding="utf-8")
            print(f"\n| first PDF on a fresh machine (empty cache; {load} busy processes beside it) | time |")
            print("|---|---:|")
            for label, article, profile in (("seed, news", SEED, "news"), ("notice, gbt9704", NOTICE, "gbt9704"),
                                            ("characters outside the subsets, news", rare, "news")):
                seconds, said = cold_run(article, profile)
                print(f"| {label} | {seconds:.1f} s |")
                for line in said[:-1]:
                    print(f"|   stderr: `{line}` | |")
    finally:
        for proc in busy:
            proc.kill()


def one_core(paths: list[Path], profile: str) -> dict[str, float]:
    done = subprocess.run([sys.executable, "-c", _ONE_CORE, json.dumps([str(p) for p in paths]), profile],
                          check=True, capture_output=True, text=True)
    return json.loads(done.stdout)


def libreoffice(paths: list[Path], profile_name: str) -> float | None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None
    from newsconv.convert import parse, render
    from newsconv.profiles import load_profile
    from newsconv.readers import ReadOptions

    profile = load_profile(profile_name)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = []
        for path in paths:
            target = folder / f"{path.stem}.docx"
            target.write_bytes(render(parse(path.read_bytes(), "text", ReadOptions()), "docx", profile))
            files.append(str(target))
        # one soffice run for all files (the fastest way to use it), with a profile folder of its own
        profile_dir = f"-env:UserInstallation=file://{folder / 'lo'}"
        subprocess.run([soffice, profile_dir, "--headless", "--terminate_after_init"],
                       capture_output=True, check=False, timeout=300)  # the first start makes the profile
        start = time.perf_counter()
        subprocess.run([soffice, profile_dir, "--headless", "--convert-to", "pdf", "--outdir", str(folder / "pdf"),
                        *files], capture_output=True, check=True, timeout=3600)
        seconds = time.perf_counter() - start
        made = len(list((folder / "pdf").glob("*.pdf")))
        if made != len(files):
            raise SystemExit(f"LibreOffice made {made} of {len(files)} PDFs")
        return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--cold", action="store_true", help="also time the first PDF with an empty font cache")
    parser.add_argument("--load", type=int, default=0, help="busy processes beside the --cold runs")
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--profile", default="news")
    parser.add_argument("--against", type=Path, help="another source tree to compare the seed's time with")
    args = parser.parse_args()
    if args.against is not None:
        compileall.compile_dir(args.against / "newsconv", quiet=1)
        compileall.compile_dir(ROOT / "newsconv", quiet=1)
        ours, theirs = interleaved(args.runs, [ROOT, args.against.resolve()])
        print("| seed → PDF, fresh process, runs in turn | median | min | max |")
        print("|---|---:|---:|---:|")
        for label, times in (("this tree", ours), (str(args.against), theirs)):
            print(f"| {label} ({args.runs} runs) | {statistics.median(times) * 1000:.0f} ms "
                  f"| {min(times) * 1000:.0f} ms | {max(times) * 1000:.0f} ms |")
        return 0

    # byte-compile newsconv as `pip install .` does (an editable install under
    # PYTHONDONTWRITEBYTECODE would otherwise recompile every module on every run)
    import newsconv

    compileall.compile_dir(Path(newsconv.__file__).parent, quiet=1)
    env = dict(os.environ)
    fresh_process(1, env)  # make sure the font caches exist
    times = fresh_process(args.runs, env)
    print("| seed → PDF, fresh process | median | min | max |")
    print("|---|---:|---:|---:|")
    print(f"| `newsconv convert … -t pdf` ({args.runs} runs) | {statistics.median(times) * 1000:.0f} ms "
          f"| {min(times) * 1000:.0f} ms | {max(times) * 1000:.0f} ms |")
    if args.cold:
        cold_runs(args.load)

    paths = sorted((args.corpus / "raw").glob("*.txt"))[:100]
    if not paths:
        print(f"\nno corpus at {args.corpus}; skipping the batch figures", file=sys.stderr)
        return 0
    ours = one_core(paths, args.profile)
    rate = len(paths) / ours["seconds"]
    print(f"\n| {len(paths)} corpus articles → PDF ({args.profile}) | time | articles/s | peak memory |")
    print("|---|---:|---:|---:|")
    print(f"| newsconv, one process, one core | {ours['seconds']:.2f} s | {rate:.1f} | {ours['peak_mb']:.0f} MB |")
    office = libreoffice(paths, args.profile)
    if office is None:
        print("| LibreOffice (not installed) | | | |")
    else:
        print(f"| LibreOffice, newsconv's DOCX → PDF, one soffice run | {office:.2f} s | {len(paths) / office:.1f} | |")
        print(f"\nnewsconv is {office / ours['seconds']:.1f} times as fast as LibreOffice for the same articles.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
