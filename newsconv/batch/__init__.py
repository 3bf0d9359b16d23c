"""Batch conversion: inputs to jobs, jobs to worker processes or a Dask cluster, results to
progress, a report and an exit code.

    plan.py    finding inputs, naming outputs, the same-file and collision checks, shards, resume
    work.py    one input: bytes and options in, bytes out (``convert_article``), files around it
    pool.py    worker processes that survive a lost worker and stop an input over its time limit
    dask.py    the same jobs on a Dask cluster (optional: ``newsconv[dask]``)
    run.py     one behaviour for every engine: results in input order, Ctrl-C, SIGTERM
    report.py  reports (JSON, JSON Lines, CSV), reading them back for --resume, the exit code
"""

from newsconv.batch.plan import (
    STDIO,
    Job,
    check_plan,
    expand_inputs,
    mark_done_before,
    parse_shard,
    plan_targets,
    read_list,
    render_name,
    shard_of,
    template_fields,
)
from newsconv.batch.report import exit_code, read_reports, summarize, write_report
from newsconv.batch.run import DEFAULT_TIMEOUT, Engine, run_all
from newsconv.batch.work import Article, Options, Result, Settings, convert_article, probe, resumed, run_job

__all__ = [
    "DEFAULT_TIMEOUT", "STDIO", "Article", "Engine", "Job", "Options", "Result", "Settings", "check_plan",
    "convert_article", "expand_inputs", "exit_code", "mark_done_before", "parse_shard", "plan_targets", "probe",
    "read_list", "read_reports", "render_name", "resumed", "run_all", "run_job", "shard_of", "summarize",
    "template_fields", "write_report",
]
