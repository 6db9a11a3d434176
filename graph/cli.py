"""The ``dealgraph`` command: a thin layer over the Python API in :mod:`graph`."""
from __future__ import annotations

import logging
import sys
from pathlib import Path

import click

from . import __version__
from .errors import user_error
from .server import DEFAULT_TIMEOUT

EXPORT_FORMATS = ["turtle", "nt", "jsonld", "xml", "trig", "nquads", "graphml", "csv", "facts"]
QUERY_FORMATS = ["table", "csv", "tsv", "json"]
ALLOW_SERVICE_HELP = ("Run SERVICE, LOAD and FROM/USING graphs that are not in the data; refused by default "
                      "because they make the engine request any address or read local files.")


class _Group(click.Group):
    """Turns the library's errors and the environment's (:func:`graph.errors.user_error`) into
    ``Error: <what>: <why>`` on stderr and exit code 1, no traceback."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except Exception as exc:
            error = user_error(exc)
            if error is None:
                raise
            raise click.ClickException(str(error)) from None


graph_argument = click.argument("graph_file", metavar="GRAPH", type=click.Path())  # a graph file or a store folder


def credential_options(command):
    """--user and --password-env, for endpoints that ask for credentials (the password never on the command line)."""
    command = click.option("--password-env", metavar="VAR",
                           help="Read --user's password from the environment variable VAR.")(command)
    return click.option("--user", metavar="NAME", help="Log in to the endpoint as NAME (HTTP Basic or Digest).")(command)


def credentials(user: str | None, password_env: str | None) -> dict[str, str | None]:
    """The user and password of --user / --password-env, as keyword arguments of push and remote_query."""
    from .server import password_from_env

    if (user is None) != (password_env is None):
        raise click.UsageError("--user and --password-env go together")
    return {"user": user, "password": password_from_env(password_env) if password_env else None}


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="dealgraph")
def cli() -> None:
    """Turn deal news (funding rounds, investments, mergers, acquisitions) into a
    knowledge graph you can open in a browser, query with SPARQL and export.

    \b
    Example:
      dealgraph build -o out            # the sample articles shipped with dealgraph
      dealgraph query out/graph.ttl 'SELECT ?s WHERE { ?s a dg:Organization }'
    """
    # rdflib logs a traceback for each ill-formed literal it reads ("yesterday"^^xsd:date); validate reports them
    logging.getLogger("rdflib.term").setLevel(logging.ERROR)


def _report_input_errors(errors) -> None:
    for err in errors:
        click.echo(f"{err.label}: {err}", err=True)


@cli.command()
@click.argument("paths", nargs=-1, metavar="[PATH]...")
@click.option("-o", "--out", "out_dir", default=None, type=click.Path(file_okay=False),
              help="Folder for graph.ttl, graph.html and facts.jsonl [default: out, unless --store is given].")
@click.option("--store", "store", default=None, type=click.Path(file_okay=False),
              help="Keep the graph in this Oxigraph store folder, incrementally: articles already stored are "
                   "not read again, changed ones are replaced.")
@click.option("-j", "--jobs", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Extract in this many processes (same output as one).")
@click.option("--scheduler", metavar="ADDRESS", default=None,
              help="Extract on a Dask distributed cluster (e.g. tcp://10.0.0.5:8786); needs dealgraph[distributed].")
def build(paths: tuple[str, ...], out_dir: str | None, store: str | None, jobs: int, scheduler: str | None) -> None:
    """Build a graph from articles: .txt, .html, .jsonl files, folders, or - for stdin.

    With no PATH, builds from the sample articles shipped inside dealgraph.
    Unreadable inputs are reported and skipped; the exit code is then 1.

    \b
    Example:
      dealgraph build news/ extra.html -o out
      dealgraph build news/ --store store/ --jobs 2     # run daily: adds only what is new
    """
    from .pipeline import build as run_build

    bars: list = []

    def show_progress(done: int, total: int) -> None:
        if not bars:
            bars.append(click.progressbar(length=total, label="Reading articles", file=sys.stderr))
            bars[0].__enter__()
        bars[0].update(done - bars[0].pos)

    try:
        result = run_build(list(paths) or None, out_dir if out_dir or store else "out", store=store, jobs=jobs,
                           scheduler=scheduler, progress=show_progress if sys.stderr.isatty() else None)
    finally:
        for bar in bars:
            bar.__exit__(None, None, None)
    corpus = result.corpus
    update = result.store_update
    if update is not None:
        click.echo(f"store {store}: {len(update.added)} articles added, {len(update.replaced)} replaced, "
                   f"{len(update.unchanged)} unchanged, {len(update.rewritten)} rewritten for renamed entities "
                   f"in {result.seconds:.1f} s")
    else:
        click.echo(f"{len(corpus.articles)} articles, {len(corpus.entities)} entities, {len(corpus.facts)} facts "
                   f"in {result.seconds:.1f} s")
    for path in result.written:
        click.echo(f"wrote {path}")
    _report_input_errors(result.errors)
    if result.errors:
        sys.exit(1)


@cli.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--format", "fmt", type=click.Choice(["facts", "table"]), default="facts", show_default=True,
              help="facts: JSON Lines, one fact per line; table: one readable line per fact.")
def extract(paths: tuple[str, ...], fmt: str) -> None:
    """Print the facts read from articles, without writing a graph.

    \b
    Example:
      dealgraph extract article.txt --format facts > facts.jsonl
    """
    from .export import generate_facts
    from .pipeline import read_corpus

    errors: list = []
    corpus = read_corpus(paths, errors=errors)
    if fmt == "facts":
        sys.stdout.write(generate_facts(corpus.facts))
    else:
        for f in corpus.facts:
            what = f.object if f.object else f"{f.currency} {f.amount:,.0f}" + (f" ({f.round})" if f.round else "")
            click.echo(f"{f.article}\t{f.subject}\t{f.relation}\t{what}\t{f.confidence:.2f}")
    _report_input_errors(errors)
    if errors:
        sys.exit(1)


@cli.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--gold", "gold_dirs", multiple=True, required=True, type=click.Path(exists=True),
              help="A folder (or file) of NAME.gold.json annotations; repeatable. Articles without one are not scored.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="table: per-relation precision, recall and F1; json: the same figures as JSON.")
@click.option("-v", "--verbose", is_flag=True, help="Also list every missed fact and every false one, with its sentence.")
def evaluate(paths: tuple[str, ...], gold_dirs: tuple[str, ...], fmt: str, verbose: bool) -> None:
    """Measure extraction on your own annotated articles.

    Reads the articles at PATH, extracts their facts as `extract` does, and compares
    them with the gold files (the format is in the README, "Measuring extraction").

    \b
    Example:
      dealgraph evaluate news/ --gold news/
      dealgraph evaluate news/*.txt --gold gold/ --verbose
    """
    from .evaluate import evaluate as score, format_score, load_gold
    from .pipeline import read_corpus

    gold = load_gold(gold_dirs)
    errors: list = []
    corpus = read_corpus(paths, errors=errors)
    sys.stdout.write(format_score(score(corpus.facts, gold), fmt, verbose))
    _report_input_errors(errors)
    if errors:
        sys.exit(1)


@cli.command()
@click.argument("graph_file", metavar="GRAPH", required=False, type=click.Path())
@click.argument("query", required=False)
@click.option("-f", "--file", "query_file", type=click.Path(allow_dash=True), help="Read the query from a .rq file.")
@click.option("-n", "--named", "named", metavar="NAME", help="Run a query of the shipped library (see --list).")
@click.option("-p", "--param", "params", multiple=True, metavar="KEY=VALUE",
              help="A parameter of a named query, e.g. -p company=WeDoctor (repeatable).")
@click.option("--list", "list_named", is_flag=True, help="List the named queries and their parameters.")
@click.option("--endpoint", metavar="URL", help="Query this SPARQL 1.1 endpoint instead of a GRAPH.")
@click.option("--format", "fmt", type=click.Choice(QUERY_FORMATS), default="table", show_default=True,
              help="json is the W3C SPARQL 1.1 results JSON. CONSTRUCT/DESCRIBE print Turtle (JSON-LD for json).")
@click.option("--allow-service", is_flag=True, help=ALLOW_SERVICE_HELP)
@click.option("--timeout", metavar="S", type=click.FloatRange(0, min_open=True), default=None,
              help="Stop the query after S seconds (an endpoint: when it sends nothing for S seconds).")
@credential_options
def query(graph_file: str | None, query: str | None, query_file: str | None, named: str | None, params: tuple[str, ...],
          list_named: bool, endpoint: str | None, fmt: str, allow_service: bool, timeout: float | None,
          user: str | None, password_env: str | None) -> None:
    """Run a SPARQL 1.1 SELECT, ASK, CONSTRUCT or DESCRIBE query over a saved graph,
    or one of the named analyst queries.

    The prefixes dg: (ontology), id:, rdfs:, xsd:, owl:, prov:, dct:, schema:, skos:
    and wd: (Wikidata) are predefined. Updates are refused, and so are SERVICE and FROM
    a graph that is not in GRAPH (see --allow-service). A .trig or .nq graph keeps
    one named graph per article, for GRAPH patterns.

    \b
    Example:
      dealgraph query --list
      dealgraph query out/graph.ttl --named investors-of -p company=WeDoctor
      dealgraph query out/graph.ttl 'SELECT ?who WHERE { ?w dg:investedIn ?c . ?w rdfs:label ?who }'
      dealgraph query out/graph.ttl -f investors.rq --format csv --timeout 30
      dealgraph query --endpoint http://127.0.0.1:7878/query --named people
      dealgraph query --endpoint http://db:8890/sparql-auth --user dba --password-env VT_PASSWORD -n people
    """
    from .query import answer_text, format_result, named_queries, named_query

    if list_named:
        for q in named_queries().values():
            args = " ".join(f"-p {k}=...  " for k in q.params)
            click.echo(f"{q.name}  {args}\n    {q.title}")
            for k, (default, help_text) in q.params.items():
                click.echo(f"    {k}: {help_text} (default: {default})")
        return
    if endpoint is not None and graph_file is not None and query is None:
        graph_file, query = None, graph_file  # 'query --endpoint URL "SELECT ..."': the one argument is the query
    if (graph_file is None) == (endpoint is None):
        raise click.UsageError("give a GRAPH file or store, or --endpoint URL (or --list)")
    if sum(x is not None for x in (query, query_file, named)) != 1:
        raise click.UsageError("give exactly one of QUERY, -f FILE or --named NAME")
    if params and named is None:
        raise click.UsageError("-p/--param goes with --named")
    if named is not None:
        values = {}
        for item in params:
            key, sep, value = item.partition("=")
            if not sep or not key:
                raise click.UsageError(f"-p expects KEY=VALUE, got {item!r}")
            values[key.strip()] = value
        text = named_query(named).render(**values)
    else:
        from .ingest import read_text

        text = query if query is not None else read_text(query_file)
    if endpoint is not None:
        from .server import remote_query

        sys.stdout.write(format_result(remote_query(endpoint, text, timeout=timeout, **credentials(user, password_env)),
                                       fmt))
        return
    sys.stdout.write(answer_text(graph_file, text, fmt, timeout=timeout, allow_service=allow_service))


@cli.command()
@graph_argument
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), required=True, help="Output format.")
@click.option("-o", "--output", default="-", show_default=True, help="Output file, or - for stdout.")
def export(graph_file: str, fmt: str, output: str) -> None:
    """Convert a saved graph to another format.

    \b
    Example:
      dealgraph export out/graph.ttl --format jsonld -o graph.jsonld
      dealgraph export out/graph.ttl --format csv -o facts.csv
    """
    from .export import generate, write_atomic
    from .pipeline import load_corpus

    text = generate(load_corpus(graph_file), fmt)
    if output == "-":
        sys.stdout.write(text)
    else:
        write_atomic(output, text)
        click.echo(f"wrote {output}", err=True)


@cli.command()
@graph_argument
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="The HTML file to write.")
@click.option("--focus", metavar="NAME", help="Show only the neighbourhood of this entity (a name or alias).")
@click.option("--depth", default=1, show_default=True, type=click.IntRange(0, 10), help="How many links around --focus.")
@click.option("--min-degree", default=0, show_default=True, type=click.IntRange(0), help="Drop nodes with fewer links.")
@click.option("--relation", "relations", multiple=True, metavar="RELATION",
              help="Keep only these relations (repeatable), e.g. --relation led_round --relation invested_in.")
@click.option("--size", "size_by", type=click.Choice(["degree", "funding"]), default="degree", show_default=True,
              help="Node size at opening: by number of links or by disclosed funding (the page has a switch).")
def view(graph_file: str, output: str, focus: str | None, depth: int, min_degree: int, relations: tuple[str, ...],
         size_by: str) -> None:
    """Write a self-contained HTML view of a saved graph, to open in a browser (works offline).

    Click a node or an edge for its facts, evidence sentences and source articles;
    search, filter by relation or entity type, and switch how nodes are sized.

    \b
    Example:
      dealgraph view out/graph.ttl -o graph.html
      dealgraph view out/graph.ttl -o tencent.html --focus Tencent --depth 2
      dealgraph view out/graph.ttl -o deals.html --relation led_round --relation acquired --min-degree 2
    """
    from datetime import datetime, timezone

    from .export import write_atomic
    from .network import build_graph
    from .pipeline import load_corpus
    from .view import neighbourhood, render_html

    g = neighbourhood(build_graph(load_corpus(graph_file)), focus=focus, depth=depth, min_degree=min_degree,
                      relations=relations or None)
    parts = [f"around {focus} ({depth} link{'s' if depth != 1 else ''})" if focus else "",
             f"relations: {', '.join(relations)}" if relations else "", f"min degree {min_degree}" if min_degree else ""]
    saved = datetime.fromtimestamp(Path(graph_file).stat().st_mtime, timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    counts = f"{g.number_of_nodes()} nodes, {g.number_of_edges()} edges"
    subtitle = "; ".join(p for p in [f"{counts} from {Path(graph_file).name}, saved {saved}", *parts] if p)
    write_atomic(output, render_html(g, title=f"dealgraph: {Path(graph_file).name}", subtitle=subtitle, size_by=size_by))
    click.echo(f"wrote {output} ({counts})", err=True)


@cli.command()
@graph_argument
def validate(graph_file: str) -> None:
    """Check a saved graph against the dealgraph SHACL shapes (ontology/shapes.ttl).

    Prints each violation with the node, the property and what is wrong; the exit
    code is 1 when the graph does not conform.

    \b
    Example:
      dealgraph validate out/graph.ttl
    """
    from .export import read_graph
    from .shacl import validate as run_validate

    report = run_validate(read_graph(graph_file))
    if report.conforms:
        click.echo(f"{graph_file}: conforms to the dealgraph shapes")
        return
    for violation in report.violations:
        click.echo(str(violation))
    click.echo(f"{graph_file}: {len(report.violations)} violation(s) of the dealgraph shapes", err=True)
    sys.exit(1)


@cli.command()
@click.argument("store", metavar="STORE", type=click.Path(file_okay=False, exists=True))
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (loopback by default).")
@click.option("--port", default=7878, show_default=True, type=click.IntRange(0, 65535), help="Port (0: any free port).")
@click.option("--allow-updates", is_flag=True, help="Accept SPARQL updates at /update and graph writes at /store.")
@click.option("--allow-service", is_flag=True, help=ALLOW_SERVICE_HELP)
@click.option("--timeout", metavar="S", default=DEFAULT_TIMEOUT, show_default=True,
              type=click.FloatRange(0, min_open=True), help="Stop a request (a query and its answer) after S seconds.")
def serve(store: str, host: str, port: int, allow_updates: bool, allow_service: bool, timeout: float) -> None:
    """Serve a store as a SPARQL 1.1 endpoint, with a query page that works offline.

    Queries go to /query (GET or POST) and, with --allow-updates, updates to /update,
    as the Oxigraph server lays them out. A build into the served store is picked up
    within a second. Stop with Ctrl-C.

    \b
    Example:
      dealgraph build news/ --store store/
      dealgraph serve store/ --port 7878      # then open http://127.0.0.1:7878/
    """
    from .server import serve as run_server

    def ready(url: str) -> None:
        mode = "read-write" if allow_updates else "read-only"
        click.echo(f"serving {store} ({mode}) at {url} ; SPARQL endpoint {url}query ; Ctrl-C to stop", err=True)

    try:
        run_server(store, host, port, allow_updates=allow_updates, allow_service=allow_service, timeout=timeout,
                   ready=ready)
    except OSError as exc:
        raise click.ClickException(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    click.echo("stopped", err=True)


@cli.command()
@graph_argument
@click.option("--endpoint", required=True, metavar="URL",
              help="A SPARQL 1.1 Graph Store Protocol endpoint, e.g. http://127.0.0.1:7878/store (Oxigraph), "
                   "http://localhost:3030/ds/data (Fuseki) or http://localhost:8890/sparql-graph-crud-auth (Virtuoso).")
@credential_options
def push(graph_file: str, endpoint: str, user: str | None, password_env: str | None) -> None:
    """Load a graph or store into a triple store, one named graph per article (each replaced)
    and the entities in https://w3id.org/dealgraph/id/graph/entities. Query it with the union
    of its graphs as the default graph.

    \b
    Example:
      dealgraph push store/ --endpoint http://127.0.0.1:7878/store
      read -rs VT_PASSWORD; export VT_PASSWORD   # typed, so it is in no command line or history
      dealgraph push store/ --endpoint http://db:8890/sparql-graph-crud-auth --user dba --password-env VT_PASSWORD
    """
    from .pipeline import load_corpus
    from .rdf import to_rdf
    from .server import push as run_push

    login = credentials(user, password_env)  # before the graph is read: a missing password fails at once
    # through the data model, so a .ttl file (which has no named graphs) is pushed one graph per article too
    click.echo(f"pushed {run_push(to_rdf(load_corpus(graph_file)), endpoint, **login)} graphs to {endpoint}", err=True)


def main() -> None:
    cli(prog_name="dealgraph")


if __name__ == "__main__":
    main()
