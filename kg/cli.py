"""The `kg` command: parses arguments, calls one library function, prints, maps errors to exit codes.

Exit codes: 0 success; 1 the build finished but skipped inputs; 2 bad usage or input;
3 the graph has SHACL violations (or warnings with --strict), or is inconsistent (kg reason, --reason);
4 an internal error (a bug: the message says how to report it); 130 interrupted (Ctrl-C).
A traceback is printed only with --debug.
"""
from __future__ import annotations

import argparse
import contextlib
import sys
import traceback
from pathlib import Path

from . import __version__
from .errors import KgError

EXIT_OK, EXIT_SKIPPED, EXIT_USAGE, EXIT_INVALID, EXIT_INTERNAL, EXIT_INTERRUPTED = 0, 1, 2, 3, 4, 130


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="kg", description="Entente: knowledge graphs of diplomacy from news.")
    p.add_argument("--debug", action="store_true", help="show tracebacks")
    p.add_argument("--version", action="version", version=f"kg (Entente) {__version__}",
                   help="print the version and exit")
    sub = p.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="build the graph of a folder, file or JSONL of articles")
    b.add_argument("inputs", nargs="+", type=Path, metavar="INPUT",
                   help="article files (.txt), folders of them, or .jsonl files, e.g. examples/articles")
    b.add_argument("-o", "--out", type=Path, default=Path("exports"), help="output folder (default: exports)")
    b.add_argument("--workers", type=int, default=None, help="extraction processes (default: one per core)")
    b.add_argument("--dask", default=None, metavar="tcp://HOST:PORT",
                   help="run the extraction on this Dask distributed scheduler")
    b.add_argument("--into", type=Path, default=None, metavar="OUT",
                   help="add the articles to an earlier build in OUT (old articles are not re-extracted), "
                        "or finish a build into OUT that was stopped (what it had extracted is reused)")
    b.add_argument("--base", default=None, help="base IRI for resources")
    b.add_argument("--no-validate", action="store_true", help="skip SHACL validation")
    b.add_argument("--shacl-engine", choices=("turbo", "pyshacl"), default="turbo",
                   help="turbo (pyshacl-turbo, the default) or pyshacl (the reference, about 20x slower)")
    b.add_argument("--strict", action="store_true", help="fail on SHACL warnings too")
    b.add_argument("--reason", action="store_true",
                   help="add the inferred graph (inferred.nq, and in graph.nq/.trig); check consistency with HermiT")
    b.add_argument("--quiet", action="store_true", help="print nothing but errors")
    v = sub.add_parser("validate", help="validate a graph with the SHACL shapes")
    v.add_argument("file", type=Path, metavar="GRAPH",
                   help="build folder or graph file (.trig, .nq, .ttl, .nt, .jsonld, .rdf), e.g. exports")
    v.add_argument("--strict", action="store_true", help="fail on warnings too")
    v.add_argument("--html", type=Path, default=None, help="also write the report as an HTML page here")
    r = sub.add_parser("reason", help="infer (inverses, kg:metWith, types) and check consistency with HermiT")
    r.add_argument("file", type=Path, metavar="GRAPH",
                   help="build folder or graph file (.trig, .nq, .ttl, .nt, .jsonld, .rdf)")
    r.add_argument("-o", "--out", type=Path, default=None,
                   help="write the inferred triples here (.nq/.trig: in the graph .../graph/inferred)")
    e = sub.add_parser("eval", help="score a built graph against gold annotations")
    e.add_argument("gold", type=Path, help="folder of gold JSON files (the seeds-gold format)")
    e.add_argument("--graph", type=Path, default=Path("exports"),
                   help="build folder or graph file (default: exports, i.e. exports/graph.trig)")
    e.add_argument("--json", action="store_true", help="print the scores as JSON")
    q = sub.add_parser("query", help="run SPARQL over a built graph (text, a .rq file, or a saved query name)")
    q.add_argument("query", metavar="QUERY_OR_FILE",
                   help="SPARQL text, a .rq file, or the name of a saved query "
                        "(kg/resources/queries/NAME.rq, e.g. meetings-between)")
    q.add_argument("--graph", type=Path, default=Path("exports"),
                   help="build folder or graph file (default: exports, i.e. exports/graph.trig)")
    q.add_argument("--format", choices=["table", "csv", "json"], default="table",
                   help="table (cells cut at 80 characters), csv or json (SPARQL 1.1 results formats)")
    q.add_argument("--param", action="append", default=[], metavar="NAME=VALUE",
                   help="bind ?NAME: a Wikidata Q-id (Q7747), an IRI, a number or text; repeatable")
    q.add_argument("--allow-service", action="store_true",
                   help="let SERVICE clauses call the endpoints they name (refused by default)")
    a = sub.add_parser("actors", help="find actors of a build by name, in any language or case, with their ids")
    a.add_argument("name", metavar="NAME",
                   help="a name in any language or grammatical case (Putin, Путина, Путін), or a Wikidata id")
    a.add_argument("--graph", type=Path, default=Path("exports"),
                   help="build folder or graph file (default: exports)")
    a.add_argument("--json", action="store_true", help="print the matches as JSON, with full IRIs")
    ld = sub.add_parser("load", help="upload a built graph to a SPARQL store (Graph Store Protocol, PUT per graph)")
    ld.add_argument("out", type=Path, help="build folder or graph file")
    ld.add_argument("--endpoint", required=True,
                    help="Graph Store URL, e.g. http://localhost:7878/store or "
                         "http://localhost:7200/repositories/REPO/rdf-graphs/service")
    ld.add_argument("--user", help="basic auth user (with --password)")
    ld.add_argument("--password", help="basic auth password (default: $KG_PASSWORD)")
    ld.add_argument("--token", help="bearer token, or \"SCHEME TOKEN\" such as \"GDB eyJ...\" (default: $KG_TOKEN)")
    ld.add_argument("--auth", choices=("basic", "digest"), default="basic",
                    help="how --user/--password are sent: basic (default; a Digest challenge is answered too) "
                         "or digest only (Virtuoso's /sparql-graph-crud-auth)")
    ld.add_argument("--default-graph", metavar="IRI", default=None,
                    help="put the default graph's triples in this named graph, for stores with no unnamed "
                         "default graph (Virtuoso)")
    ld.add_argument("--batch", type=int, default=50_000, help="triples per request (default: 50000)")
    ld.add_argument("--timeout", type=float, default=30.0,
                    help="seconds to wait for each answer of the store (default: 30)")
    return p


def main(argv: list[str] | None = None) -> int:
    _safe_streams()
    argv = list(sys.argv[1:] if argv is None else argv)
    if "--debug" in argv[1:]:  # `kg build ... --debug` as well as `kg --debug build ...`
        argv.remove("--debug")
        argv.insert(0, "--debug")
    try:
        args = _parser().parse_args(argv)
    except SystemExit as stop:  # argparse: --help (0) or a usage error (2, its message printed)
        return stop.code if isinstance(stop.code, int) else EXIT_USAGE
    try:
        return _run(args)
    except KgError as err:
        if args.debug:
            traceback.print_exc()
        print(f"error: {err.message}", file=sys.stderr)
        if err.hint:
            print(f"hint: {err.hint}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # the reader of our output went away (kg query ... | head)
        _silence_stdout()
        return EXIT_OK
    except Exception as err:  # a bug: say so, and how to report it
        if args.debug:
            traceback.print_exc()
        detail = " ".join(f"{type(err).__name__}: {err}".split())[:300]
        print(f"error: internal error ({detail})", file=sys.stderr)
        print("hint: this is a bug in Entente, not in your input; run the command again with --debug and report "
              "the traceback, the command and (if you can share it) the input on the project's issue tracker",
              file=sys.stderr)
        return EXIT_INTERNAL


def _safe_streams() -> None:
    """Messages name files whose names may not be valid UTF-8 (or the terminal's encoding): never crash on them."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(errors="backslashreplace")


def _silence_stdout() -> None:
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _run(args: argparse.Namespace) -> int:
    if args.command == "build":
        from .build import build
        from .iris import DEFAULT_BASE
        from .progress import Progress

        bar = Progress.for_stream(sys.stderr, quiet=args.quiet)
        try:
            report = build(args.inputs, args.into or args.out, workers=args.workers,
                           base=args.base or DEFAULT_BASE, validate=not args.no_validate,
                           into=args.into is not None, reason=args.reason, progress=bar, dask=args.dask,
                           shacl_engine=args.shacl_engine)
        finally:
            if bar:
                bar.end()
        if not args.quiet:
            print(report.summary())
        elif report.skipped:
            for s in report.skipped:
                print(f"skipped {s.source}: {s.reason}", file=sys.stderr)
        if report.validation and (report.validation.violations or (args.strict and report.validation.warnings)):
            return EXIT_INVALID
        if report.reasoning and report.reasoning.consistent is False:
            return EXIT_INVALID
        return EXIT_SKIPPED if report.skipped else EXIT_OK
    if args.command == "validate":
        from .validate import validate_file

        report = validate_file(args.file)
        print(report.as_text())
        if args.html:
            args.html.write_text(report.as_html(), encoding="utf-8")
        return EXIT_INVALID if report.violations or (args.strict and report.warnings) else EXIT_OK
    if args.command == "reason":
        from .reason import reason_file

        reasoning = reason_file(args.file, args.out)
        print(reasoning.summary())
        return EXIT_INVALID if reasoning.consistent is False else EXIT_OK
    if args.command == "eval":
        from .evaluate import evaluate

        result = evaluate(args.graph, args.gold)
        print(result.as_json() if args.json else result.as_text())
        return EXIT_OK
    if args.command == "query":
        from .query import format_result, parse_param_args, run_query

        result = run_query(args.graph, args.query, parse_param_args(args.param), allow_service=args.allow_service)
        sys.stdout.write(format_result(result, args.format))
        return EXIT_OK
    if args.command == "actors":
        from .actors import find_actors, format_actors

        matches = find_actors(args.graph, args.name)
        if matches or args.json:
            sys.stdout.write(format_actors(matches, as_json=args.json))
        if not matches:
            print(f"no actor of {args.graph} matches {args.name!r}", file=sys.stderr)
        return EXIT_OK
    if args.command == "load":
        import os

        from .load import Auth, load

        password = args.password if args.password is not None else (
            os.environ.get("KG_PASSWORD") if args.user is not None else None)
        token = args.token or (os.environ.get("KG_TOKEN") if args.user is None else None)
        report = load(args.out, args.endpoint, Auth(args.user, password, token, scheme=args.auth),
                      batch=args.batch, default_graph=args.default_graph, timeout=args.timeout)
        print(report.summary())
        return EXIT_OK
    return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
