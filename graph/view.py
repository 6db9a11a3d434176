"""The HTML view: a pyvis network in one self-contained file.

pyvis's template loads vis-network and Bootstrap from CDNs even in its inline
mode; here those tags are replaced by the vis-network copy that the installed
pyvis package ships, read at build time, so the page works offline.
"""
from __future__ import annotations

import html
import re
from pathlib import Path

import networkx as nx

COLORS = {
    "Organization": "#4e79a7", "Person": "#f28e2b", "Place": "#59a14f",
    "FundingRound": "#e15759", "Valuation": "#b07aa1",
}
SHAPES = {"Organization": "dot", "Person": "diamond", "Place": "triangle", "FundingRound": "square", "Valuation": "square"}


def _vis_assets() -> tuple[str, str]:
    import pyvis

    lib = Path(pyvis.__file__).parent / "lib"
    folder = sorted(lib.glob("vis-*"))[-1]
    return (folder / "vis-network.min.js").read_text(encoding="utf-8"), (folder / "vis-network.css").read_text(encoding="utf-8")


def render_html(g: nx.MultiDiGraph, title: str = "dealgraph") -> str:
    """A self-contained HTML page for the graph: colored by type, edges labelled, evidence on hover."""
    from pyvis.network import Network

    net = Network(height="85vh", width="100%", directed=True, cdn_resources="remote", heading="")
    for node, data in g.nodes(data=True):
        kind = data.get("type", "Organization")
        lines = [str(data.get("label", node)), kind]
        if data.get("aliases"):
            lines.append("also: " + ", ".join(data["aliases"]))
        if data.get("articles"):
            lines.append("articles: " + ", ".join(data["articles"]))
        net.add_node(str(node), label=str(data.get("label", node)), title="\n".join(lines),
                     color=COLORS.get(kind, "#999999"), shape=SHAPES.get(kind, "dot"), size=14 + 3 * min(g.degree(node), 10))
    for u, v, data in g.edges(data=True):
        tip = f"{data.get('relation')} ({data.get('article')}, confidence {data.get('confidence')})\n{data.get('evidence', '')}"
        net.add_edge(str(u), str(v), label=data.get("relation", ""), title=tip, arrows="to", font={"size": 10, "align": "middle"})
    net.set_options('{"physics": {"stabilization": {"iterations": 300}, "barnesHut": {"springLength": 160}},'
                    ' "interaction": {"hover": true, "tooltipDelay": 150}}')
    page = net.generate_html()
    return _make_offline(page, title, g)


def _make_offline(page: str, title: str, g: nx.MultiDiGraph) -> str:
    js, css = _vis_assets()
    page = re.sub(r"<script[^>]*\bsrc=\"https?://[^\"]*\"[^>]*>\s*</script>", "", page)
    page = re.sub(r"<link[^>]*\bhref=\"https?://[^\"]*\"[^>]*/?>", "", page, flags=re.S)
    js = js.replace("</script", "<\\/script")
    head = (f"<title>{html.escape(title)}</title>\n<style>{css}</style>\n<script>{js}</script>\n<style>{_STYLE}</style>\n")
    page = page.replace("<head>", "<head>\n" + head, 1)
    page = re.sub(r"<center>\s*<h1>\s*</h1>\s*</center>", "", page)
    legend = "".join(
        f'<span class="dg-key"><span class="dg-dot" style="background:{color}"></span>{html.escape(kind)}</span>'
        for kind, color in COLORS.items())
    counts = f"{g.number_of_nodes()} nodes, {g.number_of_edges()} edges"
    bar = (f'<div class="dg-bar"><strong>{html.escape(title)}</strong> <span class="dg-count">{html.escape(counts)}</span>'
           f'<div class="dg-legend">{legend}</div></div>')
    return page.replace("<body>", "<body>\n" + bar, 1)


_STYLE = """
body { font-family: system-ui, sans-serif; margin: 0; }
.dg-bar { padding: 8px 12px; border-bottom: 1px solid #ddd; display: flex; gap: 16px; align-items: center; flex-wrap: wrap; }
.dg-count { color: #666; }
.dg-legend { display: flex; gap: 12px; }
.dg-key { display: inline-flex; align-items: center; gap: 4px; font-size: 13px; }
.dg-dot { width: 12px; height: 12px; border-radius: 3px; display: inline-block; }
.card { border: none; }
div.vis-tooltip { white-space: pre-wrap; max-width: 480px; }
"""
