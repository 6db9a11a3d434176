"""The HTML view: a pyvis network in one self-contained file.

pyvis's template loads vis-network and Bootstrap from CDNs even in its inline
mode; here those tags are replaced by the vis-network copy that the installed
pyvis package ships, read at build time, so the page works offline and makes no
network request. The layout is computed here (deterministic, no physics in the
browser), so even graphs of thousands of nodes are interactive at once.

Everything read from articles reaches the page as JSON inside a
``<script type="application/json">`` block with ``<``, ``>`` and ``&`` escaped,
and the page's script writes it with ``textContent`` only: a name or sentence
holding HTML shows as text and runs nothing.
"""
from __future__ import annotations

import html
import json
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from importlib import resources
from pathlib import Path

import networkx as nx

COLORS = {
    "Organization": "#4e79a7", "Person": "#f28e2b", "Place": "#59a14f",
    "FundingRound": "#e15759", "Valuation": "#b07aa1",
}
SHAPES = {"Organization": "dot", "Person": "diamond", "Place": "triangle", "FundingRound": "square", "Valuation": "square"}
RELATION_COLORS = {
    "invested_in": "#4e79a7", "led_round": "#1f3b73", "acquired": "#e15759", "merged_with": "#ff9da7",
    "founded_by": "#f28e2b", "executive_of": "#edc948", "subsidiary_of": "#76b7b2", "headquartered_in": "#59a14f",
    "partner_of": "#9c755f", "raised": "#b07aa1", "valued_at": "#bab0ac",
}
SIZE_MODES = ("degree", "funding")
SPRING_LAYOUT_MAX = 300  # above this many nodes, a linear-time cluster layout instead of networkx's spring layout


def _vis_assets() -> tuple[str, str]:
    import pyvis

    lib = Path(pyvis.__file__).parent / "lib"
    folder = sorted(lib.glob("vis-*"))[-1]
    return (folder / "vis-network.min.js").read_text(encoding="utf-8"), (folder / "vis-network.css").read_text(encoding="utf-8")


# ---------------------------------------------------------------------------
def neighbourhood(g: nx.MultiDiGraph, focus: str | None = None, depth: int = 1, min_degree: int = 0,
                  relations: Iterable[str] | None = None) -> nx.MultiDiGraph:
    """Trim a graph for viewing: only some relations, only nodes of some degree, the
    neighbourhood of ``focus`` (a name or alias, any case) up to ``depth`` links."""
    from .errors import DealgraphError

    out = g.copy()
    if relations:
        keep = set(relations)
        unknown = keep - set(RELATION_COLORS)
        if unknown:
            raise DealgraphError(f"unknown relation {', '.join(sorted(unknown))}; choose from {', '.join(RELATION_COLORS)}")
        out.remove_edges_from([(u, v, k) for u, v, k, d in out.edges(keys=True, data=True) if d.get("relation") not in keep])
        out.remove_nodes_from([n for n in list(out) if out.degree(n) == 0])
    if focus is not None:
        wanted = focus.casefold()
        start = next((n for n, d in out.nodes(data=True)
                      if str(n).casefold() == wanted or wanted in (a.casefold() for a in d.get("aliases", []))), None)
        if start is None:
            raise DealgraphError(f"no entity named {focus!r} in the graph")
        out = out.subgraph(nx.ego_graph(out.to_undirected(as_view=True), start, radius=depth)).copy()
    if min_degree:
        out = out.subgraph([n for n in out if out.degree(n) >= min_degree]).copy()
    return out


def layout(g: nx.MultiDiGraph) -> dict:
    """Node positions, the same for the same graph: networkx's spring layout for small
    graphs, for large ones a linear-time layout that puts each node near its hub."""
    if g.number_of_nodes() <= SPRING_LAYOUT_MAX:
        simple = nx.Graph(g.to_undirected())
        pos = nx.spring_layout(simple, seed=7, k=3.0 / math.sqrt(max(len(simple), 1)), iterations=80) if len(simple) else {}
        scale = 110 * math.sqrt(max(len(simple), 4))
        return {n: (float(x) * scale, float(y) * scale) for n, (x, y) in pos.items()}
    return _hub_layout(g)


def _hub_layout(g: nx.MultiDiGraph) -> dict:
    undirected = g.to_undirected(as_view=True)
    degree = dict(undirected.degree())
    order = sorted(g.nodes, key=lambda n: (-degree[n], str(n)))
    owner: dict = {}
    frontier = []
    for n in order:  # hubs: nodes with no neighbour of higher degree
        if all(degree[m] <= degree[n] for m in undirected[n]) and not any(m in owner for m in undirected[n]):
            owner[n] = n
            frontier.append(n)
    while frontier:  # breadth-first: every node joins the nearest hub
        nxt = []
        for n in frontier:
            for m in sorted(undirected[n], key=str):
                if m not in owner:
                    owner[m] = owner[n]
                    nxt.append(m)
        frontier = nxt
    for n in order:
        owner.setdefault(n, n)
    members = defaultdict(list)
    for n in order:
        members[owner[n]].append(n)
    pos = {}
    golden = math.pi * (3 - math.sqrt(5))
    hubs = sorted(members, key=lambda h: (-len(members[h]), str(h)))
    radius_of = {h: 30 * math.sqrt(len(members[h])) + 40 for h in hubs}
    spread = sum(r * r for r in radius_of.values())
    for i, hub in enumerate(hubs):  # hubs on a sunflower spiral, biggest clusters in the middle
        r = math.sqrt(spread * (i + 0.5) / len(hubs)) * 1.6
        cx, cy = r * math.cos(i * golden), r * math.sin(i * golden)
        for j, n in enumerate(members[hub]):  # members on a small spiral around their hub
            rr = 30 * math.sqrt(j)
            pos[n] = (cx + rr * math.cos(j * golden), cy + rr * math.sin(j * golden))
    return pos


# ---------------------------------------------------------------------------
def render_html(g: nx.MultiDiGraph, title: str = "dealgraph", *, size_by: str = "degree", subtitle: str = "") -> str:
    """A self-contained HTML page for the graph; see the module docstring."""
    from pyvis.network import Network

    from .rdf import in_usd, wikidata_id

    if size_by not in SIZE_MODES:
        raise ValueError(f"size_by must be one of {SIZE_MODES}")
    articles = g.graph.get("articles", {})
    pos = layout(g)
    degree = dict(g.degree())
    funding: Counter = Counter()
    for u, v, d in g.edges(data=True):
        if d.get("relation") == "raised":
            funding[u] += float(in_usd(d.get("amount"), d.get("currency")) or 0)
    ids = {n: f"n{i}" for i, n in enumerate(sorted(g.nodes, key=str))}
    big = g.number_of_nodes() > SPRING_LAYOUT_MAX

    net = Network(height="100%", width="100%", directed=True, cdn_resources="remote", heading="")
    panel_nodes = {}
    for node in sorted(g.nodes, key=str):
        data = g.nodes[node]
        kind = data.get("type", "Organization")
        label = str(data.get("label", node))
        sizes = {"degree": 10 + 4 * math.sqrt(degree[node]),
                 "funding": 10 + 7 * math.log10(1 + funding[node] / 1e6) if funding[node] else 8}
        x, y = pos.get(node, (0.0, 0.0))
        net.add_node(ids[node], label=label, title=f"{label} ({kind})", color=COLORS.get(kind, "#999999"),
                     shape=SHAPES.get(kind, "dot"), size=round(sizes[size_by], 1), x=round(x, 1), y=round(y, 1),
                     kind=kind, size_degree=round(sizes["degree"], 1), size_funding=round(sizes["funding"], 1))
        aliases = list(data.get("aliases", []))
        qid = wikidata_id(label, aliases) if kind in ("Organization", "Person", "Place") else None
        panel_nodes[ids[node]] = {"label": label, "type": kind, "aliases": aliases, "wikidata": qid,
                                  "articles": list(data.get("articles", []))}
    facts = []
    for i, (u, v, d) in enumerate(sorted(g.edges(data=True), key=lambda e: (str(e[0]), str(e[1]), e[2].get("relation", ""),
                                                                            e[2].get("article", ""), e[2].get("start", 0)))):
        relation = d.get("relation", "")
        usd = in_usd(d.get("amount"), d.get("currency")) if d.get("amount") else None
        width = 1 + (math.log10(1 + float(usd) / 1e6) if usd else 0)
        edge = {"id": f"e{i}", "label": relation, "title": f"{relation}: {d.get('evidence', '')}", "arrows": "to",
                "color": RELATION_COLORS.get(relation, "#888888"), "width": round(width, 2), "relation": relation}
        net.add_edge(ids[u], ids[v], **edge)
        meta = articles.get(d.get("article"), {}) or {}
        url = meta.get("url") or ""
        facts.append({"id": f"e{i}", "from": ids[u], "to": ids[v], "relation": relation,
                      "evidence": d.get("evidence", ""), "article": d.get("article", ""),
                      "title": meta.get("title") or "", "url": url if re.match(r"https?://", url) else "",
                      "confidence": d.get("confidence"), "amount": d.get("amount"), "currency": d.get("currency"),
                      "round": d.get("round")})
    options = {
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False},
        "edges": {"smooth": False if big else {"enabled": True, "type": "continuous"},
                  "font": {"size": 10, "align": "middle", "strokeWidth": 3}, "arrows": {"to": {"scaleFactor": 0.5}}},
        "nodes": {"font": {"size": 14}},
        "interaction": {"hover": not big, "tooltipDelay": 200, "hideEdgesOnDrag": big, "hideEdgesOnZoom": big},
    }
    net.set_options(json.dumps(options))
    payload = {"nodes": panel_nodes, "facts": facts, "relations": RELATION_COLORS, "colors": COLORS,
               "sizeBy": size_by}
    return _page(net.generate_html(), title, subtitle, g, payload)


def _json_for_script(data) -> str:
    return (json.dumps(data, ensure_ascii=False, sort_keys=True)
            .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _page(page: str, title: str, subtitle: str, g: nx.MultiDiGraph, payload: dict) -> str:
    js, css = _vis_assets()
    page = re.sub(r"<script[^>]*\bsrc=\"https?://[^\"]*\"[^>]*>\s*</script>", "", page)
    page = re.sub(r"<link[^>]*\bhref=\"https?://[^\"]*\"[^>]*/?>", "", page, flags=re.S)
    page = re.sub(r"<center>\s*<h1>\s*</h1>\s*</center>", "", page)
    js = js.replace("</script", "<\\/script")
    assets = resources.files("graph") / "viewer"
    head = (f"<title>{html.escape(title)}</title>\n<style>{css}</style>\n<script>{js}</script>\n"
            f"<style>{(assets / 'view.css').read_text(encoding='utf-8')}</style>\n")
    page = page.replace("<head>", "<head>\n<meta charset=\"utf-8\">\n" + head, 1)
    counts = f"{g.number_of_nodes()} nodes, {g.number_of_edges()} edges"
    body = (assets / "view.html").read_text(encoding="utf-8")
    body = body.replace("{{title}}", html.escape(title)).replace("{{subtitle}}", html.escape(subtitle or counts))
    page = page.replace("<body>", "<body>\n" + body, 1)
    script = (f'<script type="application/json" id="dg-data">{_json_for_script(payload)}</script>\n'
              f"<script>{(assets / 'view.js').read_text(encoding='utf-8')}</script>\n")
    return page.replace("</body>", script + "</body>", 1)
