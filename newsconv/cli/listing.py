"""The commands that list what newsconv has: formats, profiles and fonts."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from newsconv.cli.common import STDIO, app, guarded, pad, read_source
from newsconv.errors import ExitCode, NewsconvError


@app.command()
def formats() -> None:
    """List the input and output formats (pandoc's output formats included)."""
    from newsconv.readers import READERS, SUFFIXES
    from newsconv.writers import WRITERS

    typer.echo("Input formats:")
    for name in READERS:
        suffixes = " ".join(s for s, f in SUFFIXES.items() if f == name)
        typer.echo(f"  {name:<8} {suffixes}")
    typer.echo("Output formats:")
    for name, info in WRITERS.items():
        typer.echo(f"  {name:<8} {info.suffix:<7} {info.description}")
    try:
        from newsconv.writers.pandoc import output_formats, suffix

        typer.echo("Output formats through pandoc:")
        for name in output_formats():
            typer.echo(f"  {name:<22} {suffix(name)}")
    except NewsconvError as exc:
        typer.echo(f"  (pandoc is not available: {exc})")


profiles_app = typer.Typer(
    help="List the built-in profiles, or print one to start your own.",
    epilog="Examples:\n\n\b\nnewsconv profiles\nnewsconv profiles show gbt9704 > office.toml",
    no_args_is_help=False,
    invoke_without_command=True,
)
app.add_typer(profiles_app, name="profiles")


@profiles_app.callback(invoke_without_command=True)
def profiles(ctx: typer.Context) -> None:
    """List the built-in profiles (the look of the outputs)."""
    if ctx.invoked_subcommand is not None:
        return
    from newsconv.profiles import builtin_names, load_profile

    for name in builtin_names():
        typer.echo(f"{name:<10} {load_profile(name).description}")


@profiles_app.command("show")
def profiles_show(name: Annotated[str, typer.Argument(help="A built-in profile's name.")]) -> None:
    """Print a built-in profile's TOML, to copy and change."""

    def body() -> int:
        from newsconv.profiles import builtin_text

        sys.stdout.write(builtin_text(name))
        return int(ExitCode.OK)

    guarded(False, body)


@app.command(
    epilog=(
        "Examples:\n\n\b\n"
        "newsconv fonts --profile gbt9704            # each role's face: installed, or a stand-in\n"
        "newsconv fonts article.txt                  # characters of the article no font has\n"
        "newsconv fonts --fontconfig --profile gbt9704 > ~/.config/fontconfig/conf.d/60-newsconv.conf"
    )
)
def fonts(
    inputs: Annotated[
        list[str] | None, typer.Argument(metavar="[INPUT]", help="Articles to check for characters no font has.")
    ] = None,
    profile: Annotated[str, typer.Option("--profile", metavar="NAME|FILE", help="The profile to look at.")] = "news",
    fontconfig: Annotated[
        bool, typer.Option("--fontconfig", help="Print a fontconfig file that draws the profile's fonts on Linux.")
    ] = False,
    from_format: Annotated[
        str | None, typer.Option("-f", "--from", metavar="FORMAT", help="Input format (default: by suffix).")
    ] = None,
    encoding: Annotated[
        str | None, typer.Option("--encoding", metavar="NAME", help="Input encoding (default: detected).")
    ] = None,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks.")] = False,
) -> None:
    """Show the face each role of a profile draws with in PDF output, and whether it is the
    font the profile names (installed) or a stand-in; for articles, the characters no font of
    the profile has (they would print as empty boxes)."""

    def body() -> int:
        from newsconv.profiles import load_profile

        loaded = load_profile(profile)
        if fontconfig:
            from newsconv.fontconfig import aliases

            sys.stdout.write(aliases(loaded))
            return int(ExitCode.OK)
        _list_fonts(loaded)
        for source in inputs or ():
            _report_coverage(source, loaded, from_format, encoding)
        return int(ExitCode.OK)

    guarded(debug, body)


def _list_fonts(profile: object) -> None:
    """Per role, the face drawn for each font the profile names, and whether it is that font."""
    from newsconv.profiles import Profile
    from newsconv.writers.pdf.fonts import role_sources, stand_ins

    assert isinstance(profile, Profile)
    typer.echo(f"{'role':<12} {pad('font', 16)} {'found':<9} drawn with")
    for role_name in profile.roles:
        role = profile.role(role_name)
        east_asian, latin, _ = role_sources(profile, role_name)
        for n, (name, source) in enumerate(((role.east_asian, east_asian), (role.latin, latin))):
            status = "stand-in" if source.stand_in else "installed" if source.found_as == "installed" else "named"
            typer.echo(f"{role_name if n == 0 else '':<12} {pad(name, 16)} {status:<9} {source.describe()}")
    _, _, fallbacks = role_sources(profile, "body")
    for n, source in enumerate(fallbacks):
        typer.echo(f"{'fallback' if n == 0 else '':<12} {'':<16} {'':<9} {source.describe()}")
    missing = list(dict.fromkeys(item.font for item in stand_ins(profile)))
    if missing:
        typer.echo(f"\nNot installed, drawn with stand-ins: {', '.join(missing)}. Install them for the look "
                   "the profile names.")


def _report_coverage(source: str, profile: object, from_format: str | None, encoding: str | None) -> None:
    from newsconv.convert import input_format, parse
    from newsconv.readers import ReadOptions
    from newsconv.writers.pdf import describe_uncovered, document_flowables, uncovered

    data = read_source(source)
    name = "<stdin>" if source == STDIO else source
    fmt = input_format(None if source == STDIO else source, data, from_format)
    doc = parse(data, fmt, ReadOptions(encoding=encoding, source=name))
    missing = uncovered(document_flowables(doc, profile))  # type: ignore[arg-type]
    if missing:
        typer.echo(f"{name}: no font has {describe_uncovered(missing, limit=1000)}")
    else:
        typer.echo(f"{name}: every character has a font")


