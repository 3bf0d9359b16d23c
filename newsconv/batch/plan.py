"""The plan of a batch, made whole before anything is written: every input found, every output
named, outputs that would replace an input or each other refused, shards and resumed inputs
set apart.

Every step is linear in the number of inputs: inputs and outputs are indexed (by file identity,
and by folder and case-folded name), never compared pairwise, and each folder is resolved once.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from newsconv.errors import NewsconvError, OutputError, UsageError
from newsconv.files import SameFiles, safe_name

STDIO = "-"
TEMPLATE_FIELDS = ("stem", "title", "date", "source", "format")
ARTICLE_FIELDS = frozenset({"title", "date", "source"})  # known only once the input is read
_FIELD = re.compile(r"\{([^{}]*)\}")


@dataclass(slots=True)
class Job:
    """One input and where each of its formats goes (a path, or None for stdout)."""

    index: int
    source: str
    base: Path | None = None  # the folder it was found in, for mirroring under -d
    targets: dict[str, Path | None] = field(default_factory=dict)
    skip: set[str] = field(default_factory=set)  # formats whose output is newer than the input
    problem: NewsconvError | None = None  # found while planning: the job fails without running
    data: bytes | None = None  # the input itself, when the main process read it (stdin, --dask-return)
    done_before: dict[str, object] | None = None  # its row in a --resume report: not converted again
    replace: set[str] = field(default_factory=set)  # formats whose output an earlier run wrote (--resume)

    @property
    def shard_key(self) -> str:
        """The name a shard is chosen by: the path below the folder it was found in (the same on
        every machine that mounts the folder elsewhere), else the name as given."""
        if self.base is not None and self.source != STDIO:
            return Path(self.source).relative_to(self.base).as_posix()
        return self.source


# ---------------------------------------------------------------------------- finding inputs


def expand_inputs(args: Iterable[str], globs: Iterable[str] = (), files_from: Iterable[str] = ()) -> list[Job]:
    """Jobs for the named inputs: files as given, folders walked (sorted, recursively) for files
    that match ``globs`` (default: every suffix newsconv reads), ``-`` for stdin. A name that
    does not exist becomes a job that fails with a clear message."""
    from newsconv.readers import SUFFIXES

    patterns = list(globs)
    jobs: list[Job] = []
    seen: set[str] = set()

    def add(source: str, base: Path | None = None) -> None:
        key = source if source == STDIO else os.path.abspath(source)
        if key not in seen:
            seen.add(key)
            jobs.append(Job(len(jobs), source, base))

    for arg in [*args, *files_from]:
        if arg != STDIO and os.path.isdir(arg):
            root = Path(arg)
            for parts, path in _walk(arg):
                if patterns:
                    rel, file = Path(*parts), Path(path)  # PurePath.match: the glob rules users know
                    if any(rel.match(p) or file.match(p) for p in patterns):
                        add(path, root)
                elif os.path.splitext(parts[-1])[1].lower() in SUFFIXES:
                    add(path, root)
        else:
            add(arg)
    return jobs


def _walk(root: str) -> list[tuple[tuple[str, ...], str]]:
    """Every file below ``root`` as (relative parts, path), sorted as paths sort; hidden files
    and folders (``.git``, ``.DS_Store``, newsconv's own temporary files) left out, links to
    folders not followed."""
    found: list[tuple[tuple[str, ...], str]] = []
    stack: list[tuple[str, tuple[str, ...]]] = [(root, ())]
    while stack:
        folder, rel = stack.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                if entry.is_dir(follow_symlinks=False):
                    stack.append((entry.path, (*rel, entry.name)))
                elif entry.is_file():
                    found.append(((*rel, entry.name), os.path.join(root, *rel, entry.name)))
            except OSError:
                continue
    found.sort()
    return found


def read_list(text: str) -> list[str]:
    """Paths from a ``--files-from`` list: one a line; blank lines and ``#`` comments skipped."""
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


# ---------------------------------------------------------------------------- shards


def parse_shard(text: str) -> tuple[int, int]:
    """``--shard K/N``: the K-th of N parts, counted from 1."""
    match = re.fullmatch(r"\s*(\d+)\s*/\s*(\d+)\s*", text)
    if not match or not 1 <= int(match[1]) <= int(match[2]):
        raise UsageError(f"--shard: {text!r} is not K/N with 1 <= K <= N (for example --shard 2/8)")
    return int(match[1]), int(match[2])


def shard_of(key: str, count: int) -> int:
    """The part (1 to ``count``) an input belongs to: a hash of its name, the same on every
    machine and every run, so N jobs with --shard 1/N … N/N convert each input exactly once."""
    digest = hashlib.blake2b(key.encode("utf-8", "surrogateescape"), digest_size=8).digest()
    return int.from_bytes(digest, "big") % count + 1


# ---------------------------------------------------------------------------- naming outputs


def template_fields(template: str) -> list[str]:
    names = _FIELD.findall(template)
    unknown = [n for n in names if n not in TEMPLATE_FIELDS]
    if unknown:
        known = ", ".join("{" + f + "}" for f in TEMPLATE_FIELDS)
        raise UsageError(f"--name: unknown field {{{unknown[0]}}}; use {known}")
    if ".." in Path(_FIELD.sub("x", template)).parts or template.startswith(("/", "\\")):
        raise UsageError("--name: the template must name a file inside the output folder (no '..', no leading '/')")
    return names


def render_name(template: str, values: dict[str, str]) -> Path:
    """The relative path a template gives: each field's value made safe as one file name, each
    folder of the template likewise; never empty, never outside the output folder."""
    return Path(*_render_parts(template, values))


def _render_parts(template: str, values: dict[str, str]) -> list[str]:
    parts = []
    for segment in re.split(r"[/\\]", template):
        filled = _FIELD.sub(lambda m: safe_name(values.get(m.group(1), ""), fallback=""), segment)
        parts.append(safe_name(filled, fallback=values.get("stem") or "untitled"))
    return [p for p in parts if p] or [values.get("stem") or "untitled"]


def plan_targets(jobs: list[Job], formats: Iterable[str], *, output: str | None, out_dir: Path | None,
                 template: str, fields: dict[int, dict[str, str]] | None = None,
                 files: SameFiles | None = None) -> None:
    """Fill each job's targets: ``-o``, else ``out_dir`` (mirroring the folders inputs were
    found in), else beside the input, named by the template."""
    from newsconv.writers import suffix_for

    files = files or SameFiles()
    formats = list(formats)
    suffixes = {fmt: suffix_for(fmt) for fmt in formats}
    mirrored: dict[tuple[str, str], str] = {}  # (input folder, folder named) -> output folder
    folders: dict[str, Path] = {}  # output folders checked to be inside the output folder
    for job in jobs:
        if output is not None or (job.source == STDIO and out_dir is None):
            for fmt in formats:
                job.targets[fmt] = None if output in (None, STDIO) else Path(output)
            continue
        stem = "stdin" if job.source == STDIO else os.path.splitext(os.path.basename(job.source))[0]
        values = {"stem": stem, **((fields or {}).get(job.index, {}))}
        parent = os.path.dirname(job.source) or "."
        if out_dir is None:
            root = folder = parent
        elif job.base is None:
            root = folder = str(out_dir)
        else:
            root, key = str(out_dir), (parent, str(job.base))
            if key not in mirrored:
                mirrored[key] = str(out_dir / Path(parent).relative_to(job.base))
            folder = mirrored[key]
        names = _names(template, values, formats)
        real_root = files.folder(root)
        for fmt in formats:
            sub, name = names[fmt]
            target_folder = os.path.join(folder, *sub) if sub else folder
            if target_folder not in folders:
                real = files.folder(target_folder)
                if real != real_root and not real.startswith(real_root.rstrip(os.sep) + os.sep):
                    raise UsageError(f"{target_folder}: the name would leave the output folder {real_root}")
                folders[target_folder] = Path(target_folder)
            job.targets[fmt] = folders[target_folder] / (name + suffixes[fmt])


def _names(template: str, values: dict[str, str], formats: list[str]) -> dict[str, tuple[list[str], str]]:
    """(sub-folders, name) for each format; the template is filled once unless it names {format}."""
    def split(parts: list[str]) -> tuple[list[str], str]:
        return parts[:-1], parts[-1]

    if "{format}" in template:
        return {fmt: split(_render_parts(template, {**values, "format": fmt})) for fmt in formats}
    return dict.fromkeys(formats, split(_render_parts(template, values)))


# ---------------------------------------------------------------------------- checking the plan


class _Output(NamedTuple):
    index: int
    source: str
    fmt: str

    def __str__(self) -> str:
        return f"the {self.fmt} output of {self.source}"


def check_plan(jobs: list[Job], files: SameFiles, *, overwrite: bool, skip_existing: bool,
               binary_to_terminal: Callable[[str], bool], elsewhere: Iterable[Job] = ()) -> None:
    """Refuse, before anything is written, outputs that would replace a file the command reads
    (by any name) or each other; mark outputs that exist (skipped when newer than the input
    with --skip-existing, else the job fails unless --overwrite). ``elsewhere`` are jobs of
    other shards: their outputs count for collisions only."""
    from newsconv.writers import is_binary

    to_stdout = [(job, fmt) for job in jobs for fmt, t in job.targets.items() if t is None]
    if len(to_stdout) > 1:
        raise UsageError("only one output can go to stdout; use -t with one format, or -o/-d for files")
    for _job, fmt in to_stdout:
        if is_binary(fmt) and binary_to_terminal(fmt):
            raise UsageError(f"refusing to write {fmt.upper()} to the terminal; use -o FILE or redirect stdout")
    clashes: list[str] = []
    for job in (*jobs, *elsewhere):
        for fmt, target in job.targets.items():
            if target is not None:
                _claim(files, job, fmt, target, clashes)
    if clashes:
        more = f" and {len(clashes) - 3} more" if len(clashes) > 3 else ""
        raise UsageError(f"two inputs would write the same file: {'; '.join(clashes[:3])}{more}; "
                         "use --name with {stem} or another field, or -d to keep folders apart")
    for job in jobs:
        if job.done_before is None:
            _check_existing(job, files, overwrite=overwrite, skip_existing=skip_existing)


def _claim(files: SameFiles, job: Job, fmt: str, target: Path, clashes: list[str]) -> None:
    other = files.claim(target, _Output(job.index, job.source, fmt))
    if other is None:
        return
    if not isinstance(other, _Output):
        raise UsageError(f"{target}: the output would overwrite {other}; choose another name")
    if other.index == job.index:
        raise UsageError(f"-t {other.fmt} and -t {fmt} would both write {target}; ask for one of them, or put "
                         "{format} in --name to keep them apart (for example --name '{stem}-{format}')")
    clashes.append(f"{target} (from {other.source} and {job.source})")


def _check_existing(job: Job, files: SameFiles, *, overwrite: bool, skip_existing: bool) -> None:
    source_mtime: float | None = None
    for fmt, target in job.targets.items():
        if target is None:
            continue
        try:
            info = os.stat(target)
        except (OSError, ValueError):
            continue
        read = files.read_by(target, (info.st_dev, info.st_ino))
        if read is not None:
            same = "" if os.path.abspath(read) == os.path.abspath(target) else f" ({read} is the same file)"
            raise UsageError(f"{target}: the output would overwrite an input{same}; choose another name with -o or -d")
        if stat.S_ISDIR(info.st_mode) or (overwrite and not skip_existing) or fmt in job.replace:
            continue  # a folder in the way fails when written, with its own message
        if skip_existing:
            if source_mtime is None:
                source_mtime = _mtime(job.source)
            if info.st_mtime >= source_mtime:
                job.skip.add(fmt)
        elif job.problem is None:
            job.problem = OutputError("already exists; use --overwrite to replace it, or --skip-existing",
                                      path=str(target))


def _mtime(source: str) -> float:
    if source == STDIO:
        return float("inf")  # stdin is always new
    try:
        return os.stat(source).st_mtime
    except OSError:
        return float("inf")


# ---------------------------------------------------------------------------- resuming


def mark_done_before(jobs: list[Job], rows: dict[str, dict[str, object]]) -> int:
    """Set apart the inputs that a --resume report lists as converted (or skipped), with every
    output this run plans among its outputs and still present; the number set apart. Of the
    others, outputs the report lists may be replaced: the earlier run wrote them."""
    count = 0
    for job in jobs:
        if job.source == STDIO or job.problem is not None:
            continue
        row = rows.get(input_key(job.source))
        if row is None:
            continue
        listed = {os.path.abspath(str(o)) for o in row.get("outputs") or ()}  # type: ignore[attr-defined]
        planned = {fmt: t for fmt, t in job.targets.items() if t is not None}
        if (row.get("status") in ("converted", "skipped") and planned
                and all(os.path.abspath(t) in listed and os.path.isfile(t) for t in planned.values())):
            job.done_before = row
            count += 1
        else:
            job.replace = {fmt for fmt, t in planned.items() if os.path.abspath(t) in listed}
    return count


def input_key(source: str) -> str:
    return os.path.normcase(os.path.abspath(source))
