// dealgraph view: side panel, search, filters and size switch over pyvis's `network`, `nodes`, `edges`.
// Text from articles is only ever written with textContent.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("dg-data").textContent);
  var panel = document.getElementById("dg-panel");
  var factsByNode = {};
  var factById = {};
  data.facts.forEach(function (f) {
    factById[f.id] = f;
    (factsByNode[f.from] = factsByNode[f.from] || []).push(f);
    (factsByNode[f.to] = factsByNode[f.to] || []).push(f);
  });

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function nameOf(id) { return data.nodes[id] ? data.nodes[id].label : id; }
  function money(f) {
    if (f.amount === null || f.amount === undefined) return "";
    return " " + (f.currency || "") + " " + Number(f.amount).toLocaleString("en-US") + (f.round ? " (" + f.round + ")" : "");
  }
  function factItem(f) {
    var li = el("li");
    li.appendChild(el("span", nameOf(f.from) + " "));
    li.appendChild(el("span", f.relation.replace(/_/g, " "), "dg-rel"));
    li.appendChild(el("span", " " + nameOf(f.to) + money(f)));
    li.appendChild(el("blockquote", f.evidence, "dg-evidence"));
    var src = el("div", "", "dg-source");
    src.appendChild(el("span", "Read in "));
    if (f.url) {
      var a = el("a", f.title || f.article);
      a.href = f.url; a.target = "_blank"; a.rel = "noopener noreferrer";
      src.appendChild(a);
    } else {
      src.appendChild(el("span", f.title || f.article));
    }
    if (f.confidence !== null && f.confidence !== undefined) src.appendChild(el("span", " · confidence " + f.confidence));
    li.appendChild(src);
    return li;
  }
  function showNode(id) {
    var n = data.nodes[id];
    if (!n) return;
    panel.replaceChildren();
    panel.appendChild(el("h2", n.label));
    panel.appendChild(el("div", n.type, "dg-meta"));
    if (n.aliases && n.aliases.length) panel.appendChild(el("div", "Also: " + n.aliases.join(", "), "dg-meta"));
    if (n.wikidata) {
      var w = el("a", "Wikidata " + n.wikidata);
      w.href = "https://www.wikidata.org/wiki/" + encodeURIComponent(n.wikidata);
      w.target = "_blank"; w.rel = "noopener noreferrer";
      var d = el("div", "", "dg-meta"); d.appendChild(w); panel.appendChild(d);
    }
    var facts = factsByNode[id] || [];
    panel.appendChild(el("h3", facts.length + " fact" + (facts.length === 1 ? "" : "s")));
    var ul = el("ul");
    facts.forEach(function (f) { ul.appendChild(factItem(f)); });
    panel.appendChild(ul);
  }
  function showEdge(id) {
    var f = factById[id];
    if (!f) return;
    panel.replaceChildren();
    panel.appendChild(el("h2", f.relation.replace(/_/g, " ")));
    var ul = el("ul"); ul.appendChild(factItem(f)); panel.appendChild(ul);
  }
  network.on("click", function (params) {
    if (params.nodes.length) showNode(params.nodes[0]);
    else if (params.edges.length) showEdge(params.edges[0]);
  });

  // search with suggestions: the datalist holds the best few matches of what is typed
  // (a datalist of thousands of names makes typing slow)
  var byName = {};
  Object.keys(data.nodes).forEach(function (id) {
    var n = data.nodes[id];
    [n.label].concat(n.aliases || []).forEach(function (name) {
      var key = name.toLowerCase();
      if (!(key in byName) || nameOf(byName[key]) > n.label) { byName[key] = id; }
    });
  });
  var names = Object.keys(byName).sort();
  function matches(text, limit) {
    var key = text.trim().toLowerCase();
    if (!key) return [];
    var starts = [], inside = [];
    for (var i = 0; i < names.length && starts.length < limit; i++) {
      var k = names[i];
      if (k.lastIndexOf(key, 0) === 0) starts.push(k);
      else if (inside.length < limit && k.indexOf(key) !== -1) inside.push(k);
    }
    return starts.concat(inside).slice(0, limit);
  }
  function find(text) {
    var key = text.trim().toLowerCase();
    if (key in byName) return byName[key];
    var best = matches(text, 1);
    return best.length ? byName[best[0]] : null;
  }
  var list = document.getElementById("dg-names");
  function focusNode(id) {
    var node = nodes.get(id);
    if (node && node.hidden) nodes.update({ id: id, hidden: false });
    network.selectNodes([id]);
    network.focus(id, { scale: 1.2, animation: false });
    showNode(id);
  }
  var search = document.getElementById("dg-search");
  search.addEventListener("input", function () {
    var seen = {};
    list.replaceChildren();
    matches(search.value, 12).forEach(function (k) {
      var label = nameOf(byName[k]);
      if (seen[label]) return;
      seen[label] = true;
      var opt = el("option"); opt.value = label; list.appendChild(opt);
    });
  });
  search.addEventListener("change", function () { var id = find(search.value); if (id) focusNode(id); });
  search.addEventListener("keydown", function (e) {
    if (e.key === "Enter") { var id = find(search.value); if (id) focusNode(id); }
  });

  // filters by entity type and relation
  var hiddenTypes = {}, hiddenRelations = {};
  function applyFilters() {  // only items whose visibility changes are updated: fast on big graphs
    var nodeHidden = {}, nodeUpdates = [], edgeUpdates = [];
    nodes.forEach(function (n) {
      var hide = !!hiddenTypes[n.kind];
      nodeHidden[n.id] = hide;
      if (!!n.hidden !== hide) nodeUpdates.push({ id: n.id, hidden: hide });
    });
    edges.forEach(function (e) {
      var hide = !!hiddenRelations[e.relation] || nodeHidden[e.from] || nodeHidden[e.to];
      if (!!e.hidden !== hide) edgeUpdates.push({ id: e.id, hidden: hide });
    });
    if (nodeUpdates.length) nodes.update(nodeUpdates);
    if (edgeUpdates.length) edges.update(edgeUpdates);
  }
  function checkbox(container, value, color, store) {
    var label = el("label");
    var box = el("input"); box.type = "checkbox"; box.checked = true; box.value = value;
    box.dataset.filter = container.id;
    box.addEventListener("change", function () { store[value] = !box.checked; applyFilters(); });
    label.appendChild(box);
    var dot = el("span", "", "dg-dot"); dot.style.background = color; label.appendChild(dot);
    label.appendChild(el("span", " " + value.replace(/_/g, " ")));
    container.appendChild(label);
  }
  var presentTypes = {}, presentRelations = {};
  nodes.get().forEach(function (n) { presentTypes[n.kind] = true; });
  edges.get().forEach(function (e) { presentRelations[e.relation] = true; });
  var types = document.getElementById("dg-types"), rels = document.getElementById("dg-relations");
  var legend = document.getElementById("dg-legend");
  Object.keys(data.colors).forEach(function (kind) {
    if (!presentTypes[kind]) return;
    checkbox(types, kind, data.colors[kind], hiddenTypes);
    var key = el("span", "", "dg-key"); var dot = el("span", "", "dg-dot");
    dot.style.background = data.colors[kind]; key.appendChild(dot); key.appendChild(el("span", kind));
    legend.appendChild(key);
  });
  Object.keys(data.relations).forEach(function (rel) {
    if (presentRelations[rel]) checkbox(rels, rel, data.relations[rel], hiddenRelations);
  });

  // node size: by number of links or by disclosed funding
  var size = document.getElementById("dg-size");
  size.value = data.sizeBy;
  size.addEventListener("change", function () {
    var key = size.value === "funding" ? "size_funding" : "size_degree";
    nodes.update(nodes.get().map(function (n) { return { id: n.id, size: n[key] }; }));
  });

  // window.dgReady: when the first frame after setup is drawn (the benchmark and the browser tests wait for it)
  network.once("afterDrawing", function () { window.dgReady = performance.now(); });
  network.redraw();
})();
