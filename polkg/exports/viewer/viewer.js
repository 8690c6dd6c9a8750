/* polkg offline viewer: draws the inlined graph with Cytoscape.js; no network access.
   Sections, in order: the Cytoscape instance and its style (colours come from data(color),
   set in Python: another colouring sets that field or adds a class), hub labels on an HTML
   layer, neighbourhood highlight, the details panel, filters (applyFilters decides what is
   shown; a new control adds its test there and calls it on change), search, start-up.
   window.polkg exposes cy, payload and the label/highlight functions to tests. */
(function () {
  "use strict";

  var payload = JSON.parse(document.getElementById("polkg-data").textContent);
  var docs = payload.documents || {};
  var large = payload.nodes.length > 1000 || payload.edges.length > 3000;
  var $ = function (id) { return document.getElementById(id); };
  var LEGIBLE_PX = 8;   // canvas labels appear once they are at least this big on screen
  var MIN_NODE_PX = 6;  // the smallest node as the page opens

  var cy = cytoscape({
    container: $("cy"),
    elements: { nodes: payload.nodes, edges: payload.edges },
    layout: { name: "preset", fit: true, padding: 40 },
    minZoom: 0.02,
    maxZoom: 6,
    boxSelectionEnabled: false,
    textureOnViewport: large,
    hideEdgesOnViewport: large,
    pixelRatio: large ? 1 : "auto",
    style: [
      { selector: "node", style: {
        "background-color": "data(color)", "width": "data(size)", "height": "data(size)",
        "label": "data(label)", "font-size": 12, "color": "#1f2328",
        "text-valign": "bottom", "text-margin-y": 3,
        "text-outline-color": "#fff", "text-outline-width": 2,
        "min-zoomed-font-size": LEGIBLE_PX,
        "border-width": 1, "border-color": "#fff" } },
      { selector: "node.overlay", style: { "label": "" } },
      { selector: "edge", style: {
        "line-color": "data(color)", "target-arrow-color": "data(color)",
        "target-arrow-shape": "triangle", "arrow-scale": 1.1,
        "curve-style": large ? "straight" : "bezier",
        "width": "mapData(n_documents, 1, 10, 2, 7)", "opacity": 0.85 } },
      { selector: "edge:selected, edge.near", style: {
        "label": "data(relation)", "font-size": 9, "color": "data(color)",
        "text-rotation": "autorotate", "text-background-color": "#fff",
        "text-background-opacity": 0.85, "text-background-padding": 1 } },
      { selector: ".filtered", style: { "display": "none" } },
      { selector: ".faded", style: { "opacity": 0.12 } },
      { selector: "node.hl", style: { "border-width": 3, "border-color": "#24292f" } },
      { selector: "edge.hl", style: { "opacity": 1, "z-index": 10 } },
      { selector: "node.match", style: { "border-width": 4, "border-color": "#fbca04" } },
      { selector: "node:selected", style: { "border-width": 4, "border-color": "#24292f" } },
      { selector: "edge:selected", style: { "width": 8, "opacity": 1, "z-index": 10 } }
    ]
  });
  window.polkg = { cy: cy, payload: payload };

  /* ---------- labels: the biggest hubs (and a highlighted neighbourhood) at every zoom ---------- */
  // Hubs are the best-connected actors (rank by degree, computed in Python): about one in 25,
  // at least 5 and at most 20. Their labels are HTML on a layer over the canvas, so they keep
  // their size on screen at any zoom (a canvas label would need a font of hundreds of model
  // units when zoomed out); only these few spans move when the view changes.
  var hubCount = Math.min(20, Math.max(5, Math.round(cy.nodes().length / 25)));
  var hubs = cy.nodes().filter(function (n) { return n.data("rank") < hubCount && n.degree(false) > 0; });
  var labelled = hubs.addClass("overlay"), spans = {}, pendingLabels = false;
  var layer = el("div", { id: "labels", "aria-hidden": "true" });
  $("cy").appendChild(layer);
  function drawLabels() {
    // best-connected first; each label takes the first free place below, above, right or
    // left of its node, so that labels in a dense centre do not print over each other
    var keep = {}, placed = [], w = cy.width(), h = cy.height();
    labelled.sort(function (a, b) { return a.data("rank") - b.data("rank"); }).forEach(function (n) {
      var p = n.renderedPosition(), r = n.renderedHeight() / 2 + 2;
      if (n.hasClass("filtered") || p.x < 0 || p.x > w || p.y < 0 || p.y > h) { return; }
      keep[n.id()] = true;
      var span = spans[n.id()];
      if (!span) {
        span = spans[n.id()] = el("span", { className: "label", "data-id": n.id(), text: n.data("label") });
        layer.appendChild(span);
      }
      var sw = span.offsetWidth, sh = span.offsetHeight;
      var spots = [[p.x - sw / 2, p.y + r], [p.x - sw / 2, p.y - r - sh], [p.x + r, p.y - sh / 2], [p.x - r - sw, p.y - sh / 2]];
      var box = spots.map(function (s) { return { x: s[0], y: s[1], w: sw, h: sh }; }).filter(function (b) {
        return !placed.some(function (o) { return b.x < o.x + o.w && o.x < b.x + b.w && b.y < o.y + o.h && o.y < b.y + b.h; });
      })[0] || { x: spots[0][0], y: spots[0][1], w: sw, h: sh };
      placed.push(box);
      span.style.left = box.x + "px";
      span.style.top = box.y + "px";
    });
    Object.keys(spans).forEach(function (id) {
      if (!keep[id]) { spans[id].remove(); delete spans[id]; }
    });
  }
  function refreshLabels() {
    if (pendingLabels) { return; }
    pendingLabels = true;
    requestAnimationFrame(function () { pendingLabels = false; drawLabels(); });
  }
  function labelAlso(nodes) {
    cy.batch(function () {
      labelled.difference(hubs).removeClass("overlay");
      labelled = hubs.union(nodes).addClass("overlay");
    });
    drawLabels();
  }
  cy.on("viewport", refreshLabels);
  cy.on("position", "node", refreshLabels);
  window.polkg.drawLabels = drawLabels;

  /* A large graph fitted to the window makes the smallest nodes specks: they grow (positions
     unchanged, at most 4 times) until the smallest is ``px`` on screen. */
  function growSmallNodes(px) {
    var smallest = cy.nodes().min(function (n) { return n.data("size"); }).value;
    var k = Math.min(4, px / (smallest * cy.zoom()));
    if (!(k > 1)) { return; }
    cy.batch(function () { cy.nodes().forEach(function (n) { n.data("size", n.data("size") * k); }); });
  }

  /* ---------- neighbourhood highlight: hover a node, or click it to keep it ---------- */
  var pinned = null, lit = cy.collection();
  function highlight(node) {
    var hood = node ? node.closedNeighborhood().not(".filtered") : cy.collection();
    cy.batch(function () {
      lit.removeClass("hl");
      if (!node) { cy.elements(".faded").removeClass("faded"); }
      else if (!large) { cy.elements().not(hood).addClass("faded"); hood.removeClass("faded"); }
      lit = hood.addClass("hl");
    });
    labelAlso(hood.nodes());
  }
  cy.on("mouseover", "node", function (e) { if (!large && !pinned) { highlight(e.target); } });
  cy.on("mouseout", "node", function () { if (!large && !pinned) { highlight(null); } });
  window.polkg.highlight = highlight;

  /* ---------- small DOM helpers (text only: data never becomes markup) ---------- */
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") { node.textContent = attrs[k]; }
      else if (k === "className") { node.className = attrs[k]; }
      else { node.setAttribute(k, attrs[k]); }
    });
    (children || []).forEach(function (c) { if (c) { node.appendChild(c); } });
    return node;
  }
  function safeUrl(url) { return /^https?:\/\//i.test(url || "") ? url : null; }
  function link(url, text) {
    var u = safeUrl(url);
    return u ? el("a", { href: u, target: "_blank", rel: "noopener noreferrer", text: text })
             : el("span", { text: text });
  }
  function dl(rows) {
    var list = el("dl");
    rows.forEach(function (r) {
      if (r[1] === undefined || r[1] === null || r[1] === "" ) { return; }
      list.appendChild(el("dt", { text: r[0] }));
      list.appendChild(typeof r[1] === "string" ? el("dd", { text: r[1] }) : el("dd", {}, [r[1]]));
    });
    return list;
  }
  function badge(text, color) { return el("span", { className: "badge", text: text, style: "background:" + color }); }

  /* Class changes restyle only the elements they touch: on 5,000 nodes, never touch them all. */
  var near = cy.collection(), matched = cy.collection();
  function setNear(edges) {
    cy.batch(function () { near.removeClass("near"); near = edges.addClass("near"); });
  }
  function select(ele) {
    cy.$(":selected").unselect();
    ele.select();
  }

  /* ---------- details panel ---------- */
  var details = $("details");
  function show(children) {
    details.replaceChildren.apply(details, children);
    details.scrollTop = 0;
  }
  function jumpTo(ele) {
    return function (ev) {
      ev.preventDefault();
      select(ele);
      if (ele.isNode()) { showNode(ele); } else { showEdge(ele); }
    };
  }

  function showEdge(edge) {
    var d = edge.data();
    var s = edge.source(), t = edge.target();
    var items = (d.evidence || []).map(function (ev) {
      var doc = docs[ev.doc] || {};
      var source = el("div", { className: "source" }, [
        link(doc.url, doc.title || ev.doc),
        el("span", { text: " · " + (ev.date || doc.date || "undated") + (doc.outlet ? " · " + doc.outlet : "") })
      ]);
      return el("li", { style: "border-left-color:" + d.color }, [
        el("blockquote", { text: ev.sentence || "" }), source
      ]);
    });
    show([
      el("h2", { className: "title", text: s.data("label") + " → " + t.data("label") }),
      badge(d.relation, d.color),
      dl([
        ["documents", String(d.n_documents || items.length)],
        ["first seen", d.first_date], ["last seen", d.last_date],
        ["confidence", d.confidence === undefined ? "" : Number(d.confidence).toFixed(2)]
      ]),
      el("h2", { text: "Evidence (" + items.length + ")" }),
      el("ul", { className: "evidence" }, items)
    ]);
  }

  function showNode(node) {
    var d = node.data();
    setNear(node.connectedEdges());
    var ids = el("span");
    ids.appendChild(el("code", { text: d.id }));
    if (d.wikidata) { ids.appendChild(el("br")); ids.appendChild(link("https://www.wikidata.org/wiki/" + d.wikidata, "Wikidata " + d.wikidata)); }
    if (d.bioguide) { ids.appendChild(el("br")); ids.appendChild(link("https://bioguide.congress.gov/search/bio/" + d.bioguide, "Bioguide " + d.bioguide)); }
    var offices = el("ul", {}, (d.offices_text ? d.offices_text.split("; ") : []).map(function (o) { return el("li", { text: o }); }));
    var rels = node.connectedEdges().sort(function (a, b) {
      return a.data("relation").localeCompare(b.data("relation")) || a.id().localeCompare(b.id());
    }).map(function (e) {
      var out = e.source().id() === d.id;
      var other = out ? e.target() : e.source();
      var text = out ? e.data("relation") + " → " + other.data("label") : other.data("label") + " " + e.data("relation") + " → this";
      var a = el("a", { className: "jump", href: "#", text: text });
      a.addEventListener("click", jumpTo(e));
      return el("li", {}, [a, el("span", { className: "count", text: " (" + (e.data("n_documents") || 1) + " doc)" })]);
    });
    var docItems = (d.documents || []).map(function (id) {
      var doc = docs[id] || {};
      return el("li", {}, [link(doc.url, doc.title || id), el("span", { text: doc.date ? " · " + doc.date : "" })]);
    });
    show([
      el("h2", { className: "title", text: d.label }),
      badge(d.type || "Entity", d.color),
      dl([
        ["aliases", (d.aliases || []).join(", ")],
        ["party", d.party],
        ["offices", d.offices_text ? offices : ""],
        ["ids", ids],
        ["degree", String(d.degree)]
      ]),
      el("h2", { text: "Relations (" + rels.length + ")" }),
      el("ul", {}, rels),
      el("h2", { text: "Documents (" + docItems.length + ")" }),
      el("ul", {}, docItems)
    ]);
  }

  function clearDetails() { show([el("p", { className: "hint", text: "Click a node or an edge." })]); }

  cy.on("tap", "edge", function (e) { pinned = null; highlight(null); setNear(cy.collection()); showEdge(e.target); });
  cy.on("tap", "node", function (e) { pinned = e.target; highlight(e.target); showNode(e.target); });
  cy.on("tap", function (e) {
    if (e.target === cy) { pinned = null; highlight(null); setNear(cy.collection()); clearDetails(); }
  });

  /* ---------- filters ---------- */
  function counts(eles, key) {
    var c = {};
    eles.forEach(function (x) { var k = x.data(key) || ""; c[k] = (c[k] || 0) + 1; });
    return c;
  }
  function checkboxes(container, values, colors, line, countsByValue) {
    Object.keys(values).sort().forEach(function (v) {
      var box = el("input", { type: "checkbox", value: v });
      box.checked = true;
      box.addEventListener("change", applyFilters);
      container.appendChild(el("label", {}, [
        box, el("span", { className: "swatch" + (line ? " line" : ""), style: "background:" + (colors[v] || "#999") }),
        el("span", { text: v }), el("span", { className: "count", "data-value": v, text: String(countsByValue[v]) })
      ]));
    });
  }
  var relCounts = counts(cy.edges(), "relation");
  var typeCounts = counts(cy.nodes(), "type");
  checkboxes($("relation-filters"), relCounts, payload.style.relations, true, relCounts);
  checkboxes($("type-filters"), typeCounts, payload.style.types, false, typeCounts);

  var allDates = [];
  cy.edges().forEach(function (e) { allDates = allDates.concat(e.data("dates") || []); });
  allDates.sort();
  if (allDates.length) {
    $("date-from").min = $("date-to").min = allDates[0];
    $("date-from").max = $("date-to").max = allDates[allDates.length - 1];
  }
  var isolatedCount = cy.nodes().filter(function (n) { return n.degree(false) === 0; }).length;
  $("isolated-count").textContent = String(isolatedCount);
  ["date-from", "date-to", "min-docs", "show-isolated"].forEach(function (id) { $(id).addEventListener("change", applyFilters); });
  $("reset").addEventListener("click", function () {
    document.querySelectorAll("#controls input[type=checkbox]").forEach(function (b) { b.checked = true; });
    $("date-from").value = $("date-to").value = "";
    $("min-docs").value = "1";
    $("show-isolated").checked = false;
    applyFilters();
  });

  function checked(id) {
    var s = {};
    document.querySelectorAll("#" + id + " input:checked").forEach(function (b) { s[b.value] = true; });
    return s;
  }

  function applyFilters() {
    var rels = checked("relation-filters"), types = checked("type-filters");
    var from = $("date-from").value, to = $("date-to").value;
    var minDocs = Math.max(1, parseInt($("min-docs").value, 10) || 1);
    // an actor is shown when one of its relations is, or (if asked) when it has none at all
    var edgeFilter = from || to || minDocs > 1 ||
      Object.keys(rels).length !== Object.keys(relCounts).length;
    var showIsolated = $("show-isolated").checked && !edgeFilter;
    var hiddenNode = {}, shownEdges = {}, hide = [], show = [];
    cy.nodes().forEach(function (n) { if (!types[n.data("type") || ""]) { hiddenNode[n.id()] = true; } });
    cy.edges().forEach(function (e) {
      var d = e.data();
      var ok = !!rels[d.relation] && (d.n_documents || 1) >= minDocs &&
        !hiddenNode[d.source] && !hiddenNode[d.target];
      if (ok && (from || to)) {
        ok = (d.dates || []).some(function (x) { return (!from || x >= from) && (!to || x <= to); });
      }
      if (ok) { shownEdges[d.source] = shownEdges[d.target] = true; }
      (ok === e.hasClass("filtered") ? (ok ? show : hide) : []).push(e);
    });
    cy.nodes().forEach(function (n) {
      var ok = !hiddenNode[n.id()] && (!!shownEdges[n.id()] || (showIsolated && n.degree(false) === 0));
      (ok === n.hasClass("filtered") ? (ok ? show : hide) : []).push(n);
    });
    cy.batch(function () {
      cy.collection(hide).addClass("filtered");
      cy.collection(show).removeClass("filtered");
    });
    updateStats();
    refreshLabels();
  }

  function showCounts(id, eles, key) {
    var c = counts(eles, key);
    document.querySelectorAll("#" + id + " .count").forEach(function (span) {
      span.textContent = String(c[span.getAttribute("data-value")] || 0);
    });
  }

  function updateStats() {
    // count by class: the ":visible" selector lags behind until the next style pass
    var shownNodes = cy.nodes().not(".filtered"), shownEdges = cy.edges().not(".filtered");
    var n = shownNodes.length, m = shownEdges.length;
    showCounts("type-filters", shownNodes, "type");  // counts are of what is shown
    showCounts("relation-filters", shownEdges, "relation");
    $("stats").textContent = n + " actors · " + m + " relations";
    document.body.dataset.visibleNodes = String(n);
    document.body.dataset.visibleEdges = String(m);
  }

  /* ---------- search ---------- */
  var search = $("search"), results = $("search-results");
  function matches(q) {
    q = q.trim().toLowerCase();
    if (q.length < 2) { return cy.collection(); }
    return cy.nodes().filter(function (n) {
      var d = n.data();
      if ((d.label || "").toLowerCase().indexOf(q) >= 0) { return true; }
      return (d.aliases || []).some(function (a) { return a.toLowerCase().indexOf(q) >= 0; });
    });
  }
  function focusNode(n) {
    results.hidden = true;
    n.removeClass("filtered");
    select(n);
    var view = { center: { eles: n }, zoom: Math.max(cy.zoom(), 1.2) };
    if (large) { cy.viewport({ zoom: view.zoom, pan: cy.pan() }); cy.center(n); }  // no animation frames
    else { cy.animate(view, { duration: 300 }); }
    showNode(n);
  }
  search.addEventListener("input", function () {
    var found = matches(search.value);
    cy.batch(function () {
      matched.removeClass("match");
      matched = found.length <= 500 ? found.addClass("match") : cy.collection();
    });
    var top = found.sort(function (a, b) { return b.degree() - a.degree(); }).slice(0, 20);
    results.replaceChildren.apply(results, top.map(function (n) {
      var li = el("li", {}, [el("span", { text: n.data("label") }), el("span", { className: "type", text: n.data("type") || "" })]);
      li.addEventListener("mousedown", function (ev) { ev.preventDefault(); focusNode(n); });
      return li;
    }));
    results.hidden = top.length === 0;
  });
  search.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") {
      var found = matches(search.value).sort(function (a, b) { return b.degree() - a.degree(); });
      if (found.length) { focusNode(found[0]); }
    } else if (ev.key === "Escape") {
      search.value = "";
      results.hidden = true;
      matched.removeClass("match");
      matched = cy.collection();
    }
  });
  search.addEventListener("blur", function () { results.hidden = true; });

  /* ---------- colour by coalition ---------- */
  function colourBy(mode) {
    var key = mode === "coalition" ? "coalition_color" : "type_color";
    cy.batch(function () { cy.nodes().forEach(function (n) { n.data("color", n.data(key)); }); });
    document.body.dataset.colour = mode;
  }
  document.querySelectorAll("input[name=colour]").forEach(function (radio) {
    radio.addEventListener("change", function () { if (radio.checked) { colourBy(radio.value); } });
  });
  window.polkg.colourBy = colourBy;

  /* ---------- replay: the relations dated up to a month, month by month ---------- */
  // The slider sets the "To" date to the end of its month, so the graph grows as it did;
  // "From" and the other filters still apply.
  var months = [];
  allDates.forEach(function (x) {
    var m = x.slice(0, 7);
    if (/^\d{4}-\d{2}$/.test(m) && months[months.length - 1] !== m) { months.push(m); }
  });
  var replay = $("replay"), playing = null;
  replay.max = String(Math.max(0, months.length - 1));
  replay.value = replay.max;
  replay.disabled = months.length === 0;
  $("play").disabled = months.length < 2;
  function monthEnd(m) {
    var y = parseInt(m.slice(0, 4), 10), mo = parseInt(m.slice(5, 7), 10);
    var day = new Date(Date.UTC(y, mo, 0)).getUTCDate();  // day 0 of the next month
    return m + "-" + String(day).padStart(2, "0");
  }
  function replayTo(i) {
    replay.value = String(i);
    var m = months[i];
    $("replay-month").textContent = m || "";
    $("date-to").value = m && i < months.length - 1 ? monthEnd(m) : "";
    applyFilters();
  }
  function stopReplay() {
    if (playing) { clearInterval(playing); playing = null; }
    $("play").textContent = "Play";
  }
  replay.addEventListener("input", function () { stopReplay(); replayTo(parseInt(replay.value, 10)); });
  $("play").addEventListener("click", function () {
    if (playing) { stopReplay(); return; }
    var i = parseInt(replay.value, 10) >= months.length - 1 ? 0 : parseInt(replay.value, 10);
    $("play").textContent = "Pause";
    replayTo(i);
    playing = setInterval(function () {
      if (i >= months.length - 1) { stopReplay(); return; }
      replayTo(++i);
    }, 700);
  });
  $("reset").addEventListener("click", function () {
    stopReplay();
    replay.value = replay.max;
    $("replay-month").textContent = months[months.length - 1] || "";
  });
  $("date-to").addEventListener("change", stopReplay);
  $("replay-month").textContent = months[months.length - 1] || "";
  window.polkg.replayTo = replayTo;
  window.polkg.months = months;

  applyFilters();
  cy.fit(cy.nodes().not(".filtered").length ? cy.nodes().not(".filtered") : cy.nodes(), 40);
  growSmallNodes(MIN_NODE_PX);
  drawLabels();
  cy.one("render", function () { document.body.dataset.ready = "true"; });
  cy.ready(function () { requestAnimationFrame(function () { document.body.dataset.ready = "true"; }); });
})();
