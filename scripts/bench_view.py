"""Benchmark: how fast a large graph view opens in headless Chromium.

Builds a synthetic deal graph (default 5,000 nodes and 15,000 edges), renders it
with dealgraph's HTML view, opens it in Debian's Chromium through Playwright and
prints the render time, the file size, and the time from navigation to the first
frame drawn after the page is set up (layout is precomputed, so that frame is
stable), then checks that the page answers a search.

    python scripts/bench_view.py --nodes 5000 --edges 15000
"""
from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

import networkx as nx

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]
RELATIONS = ["invested_in", "led_round", "acquired", "founded_by", "executive_of", "subsidiary_of", "headquartered_in"]


def synthetic_graph(n_nodes: int, n_edges: int, seed: int = 1) -> nx.MultiDiGraph:
    rng = random.Random(seed)
    g = nx.MultiDiGraph(articles={f"a{i}": {"title": f"Article {i}", "url": f"https://example.com/{i}", "date": "2024-01-01"}
                                  for i in range(200)})
    kinds = ["Organization"] * 14 + ["Person"] * 4 + ["Place"]
    names = []
    for i in range(n_nodes):
        kind = rng.choice(kinds)
        name = f"{kind[:3]} {i}"
        g.add_node(name, label=name, type=kind, aliases=[], articles=[f"a{i % 200}"])
        names.append(name)
    weights = [1 / (i + 1) ** 0.8 for i in range(n_nodes)]  # a few hubs, as in real deal graphs
    for i in range(n_edges):
        u, v = rng.choices(names, weights=weights, k=2)
        if u == v:
            v = names[(names.index(u) + 1) % n_nodes]
        g.add_edge(u, v, key=i, relation=rng.choice(RELATIONS), article=f"a{i % 200}",
                   evidence=f"{u} and {v} were named in sentence {i}.", start=0, end=10, confidence=0.8)
    return g


SEARCH_AND_CLICK = """() => {
  const out = {};
  let t = performance.now();
  const box = document.getElementById("dg-search");
  box.value = "Org 0";
  box.dispatchEvent(new KeyboardEvent("keydown", {key: "Enter"}));
  if (network.getSelectedNodes().length !== 1) throw new Error("search selected nothing");
  out.search = performance.now() - t;
  t = performance.now();
  const id = network.getSelectedNodes()[0];
  network.body.emitter.emit("click", {nodes: [id], edges: []});
  if (!document.getElementById("dg-panel").textContent.includes("sentence")) throw new Error("panel is empty");
  out.click = performance.now() - t;
  t = performance.now();
  const box2 = document.querySelector('#dg-relations input[value="invested_in"]');
  box2.click();
  out.filter = performance.now() - t;
  return out;
}"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--nodes", type=int, default=5000)
    parser.add_argument("--edges", type=int, default=15000)
    parser.add_argument("--runs", type=int, default=3, help="page loads to time (default 3)")
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    from graph.view import render_html

    g = synthetic_graph(args.nodes, args.edges)
    started = time.perf_counter()
    page_html = render_html(g, title="benchmark")
    render = time.perf_counter() - started
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp, "view.html")
        path.write_text(page_html, encoding="utf-8")
        print(f"graph: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges; "
              f"rendered in {render:.1f} s, {path.stat().st_size / 1e6:.1f} MB")
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
            for run in range(args.runs):
                page = browser.new_page(viewport={"width": 1400, "height": 900})
                page.goto(path.as_uri())
                page.wait_for_function("window.dgReady !== undefined", timeout=60000)
                ready = page.evaluate("window.dgReady") / 1000
                # measured inside the page: Playwright's own first action on a page this size costs it seconds
                answer = page.evaluate(SEARCH_AND_CLICK)
                print(f"run {run + 1}: first stable frame {ready:.2f} s after navigation; then search + focus "
                      f"{answer['search']:.0f} ms, node click to filled panel {answer['click']:.0f} ms, "
                      f"relation filter {answer['filter']:.0f} ms")
                page.close()
            browser.close()


if __name__ == "__main__":
    main()
