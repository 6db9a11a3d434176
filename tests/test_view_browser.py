"""The HTML view in a real browser: Debian's Chromium driven by Playwright (never a downloaded browser).

Skipped where Chromium or Playwright is missing; `.ci/run` installs both, so CI runs them.
"""
import shutil
from pathlib import Path

import pytest

from graph.model import Article, Corpus, Entity, Fact
from graph.network import build_graph
from graph.view import render_html

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
HOSTILE_NAME = '<img src=x onerror="window.__pwned=1;alert(1)"> Labs'
HOSTILE_SENTENCE = 'Mosaic Capital backed it. </script><script>window.__pwned=2;alert(2)</script>'

playwright_api = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed")
pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists() and not shutil.which("chromium"),
                                reason="Debian's chromium is not installed (.ci/run installs it)")


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium"),
                              headless=True, args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                                                   "--disable-component-update", "--disable-sync", "--no-first-run",
                                                   "--disable-quic"])
        yield b
        b.close()


class Page:
    """A loaded view with everything it reported: console errors, requests, dialogs."""

    def __init__(self, browser, path: Path):
        self.errors, self.requests, self.dialogs = [], [], []
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.goto(path.as_uri())
        self.page.wait_for_function("window.dgReady !== undefined", timeout=20000)

    def node_id(self, label: str) -> str:
        return self.page.evaluate("l => nodes.get({filter: n => n.label === l})[0].id", label)

    def click_node(self, node_id: str) -> None:
        self.page.evaluate("id => network.focus(id, {scale: 1.5, animation: false})", node_id)
        x, y = self.page.evaluate("""id => {
            const p = network.canvasToDOM(network.getPositions([id])[id]);
            const r = document.querySelector('#mynetwork canvas').getBoundingClientRect();
            return [r.left + p.x, r.top + p.y]; }""", node_id)
        self.page.mouse.click(x, y)


@pytest.fixture(scope="module")
def sample_page(browser, sample_build):
    page = Page(browser, sample_build / "graph.html")
    yield page
    page.page.close()


def test_loads_offline_with_no_error_and_no_request(sample_page):
    assert sample_page.errors == []
    assert sample_page.requests == [(sample_page.page.url)]
    assert sample_page.page.locator(".dg-legend .dg-key").count() >= 3
    ARTIFACTS.mkdir(exist_ok=True)
    sample_page.page.screenshot(path=str(ARTIFACTS / "graph-view.png"))


def test_search_selects_and_focuses_the_node(sample_page):
    page = sample_page.page
    page.fill("#dg-search", "wedoc")
    assert page.locator("#dg-names option").first.get_attribute("value") == "WeDoctor"  # a suggestion
    page.fill("#dg-search", "WeDoctor")
    page.press("#dg-search", "Enter")
    assert page.evaluate("network.getSelectedNodes()") == [sample_page.node_id("WeDoctor")]
    assert page.locator("#dg-panel h2").inner_text() == "WeDoctor"


def test_relation_filter_hides_its_edges_only(sample_page):
    page = sample_page.page
    page.click(".dg-filters summary")
    page.uncheck('#dg-relations input[value="led_round"]')
    hidden = page.evaluate("edges.get().filter(e => e.relation === 'led_round').every(e => e.hidden)")
    shown = page.evaluate("edges.get().filter(e => e.relation === 'invested_in').every(e => !e.hidden)")
    assert hidden and shown
    page.check('#dg-relations input[value="led_round"]')
    assert page.evaluate("edges.get().every(e => !e.hidden)")
    page.uncheck('#dg-types input[value="Person"]')
    assert page.evaluate("nodes.get().filter(n => n.kind === 'Person').every(n => n.hidden)")
    assert page.evaluate("edges.get({filter: e => nodes.get(e.to).kind === 'Person'}).every(e => e.hidden)")
    page.check('#dg-types input[value="Person"]')
    page.click(".dg-filters summary")


def test_clicking_a_node_shows_its_facts_and_evidence(sample_page):
    sample_page.click_node(sample_page.node_id("AIA Group"))
    panel = sample_page.page.locator("#dg-panel")
    assert panel.locator("h2").inner_text() == "AIA Group"
    assert "led round" in panel.inner_text()
    assert "in a strategic round led by AIA Group" in panel.locator(".dg-evidence").first.inner_text()
    assert "wedoctor-strategic-2018" in panel.locator(".dg-source").first.inner_text()


def test_size_switch(sample_page):
    page = sample_page.page
    wedoctor = sample_page.node_id("WeDoctor")
    page.select_option("#dg-size", "funding")
    by_funding = page.evaluate("id => nodes.get(id).size", wedoctor)
    page.select_option("#dg-size", "degree")
    assert by_funding != page.evaluate("id => nodes.get(id).size", wedoctor)


def test_hostile_article_text_runs_no_script(browser, tmp_path):
    facts = [Fact(article="evil", subject="Mosaic Capital", subject_type="Organization", relation="invested_in",
                  object=HOSTILE_NAME, object_type="Organization", evidence=HOSTILE_SENTENCE, start=0, end=20)]
    corpus = Corpus([Article("evil", "", title="<b>bold</b>", url="javascript:alert(3)")],
                    {"Mosaic Capital": Entity("Mosaic Capital", "Organization"),
                     HOSTILE_NAME: Entity(HOSTILE_NAME, "Organization", {"<script>alert(4)</script>"})}, facts)
    path = tmp_path / "hostile.html"
    path.write_text(render_html(build_graph(corpus), title="<script>alert(5)</script>"), encoding="utf-8")
    view = Page(browser, path)
    view.page.fill("#dg-search", "Labs")
    view.page.press("#dg-search", "Enter")
    view.click_node(view.node_id(HOSTILE_NAME))
    panel = view.page.locator("#dg-panel")
    assert HOSTILE_NAME in panel.inner_text() and "</script><script>" in panel.inner_text()
    assert view.page.locator("#dg-panel a[href^='javascript']").count() == 0
    assert view.dialogs == [] and view.errors == []
    assert view.page.evaluate("window.__pwned") is None
    view.page.close()
