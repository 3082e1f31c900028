// Who acts on whom: actors as nodes, dyads as arrows, laid out by a small force
// simulation (deterministic: same data, same picture).
import { get } from "./api.js";
import { el, errorBox, href, svg } from "./dom.js";
import { filterForm, filtersOf } from "./filters.js";

const W = 1000;
const H = 560;

/** Positions for the nodes: Fruchterman-Reingold from a circle, fixed iterations. */
export function layout(nodes, edges) {
  const n = nodes.length;
  const pos = new Map();
  nodes.forEach((d, i) => {
    const a = (2 * Math.PI * i) / Math.max(1, n);
    pos.set(d.id, { x: W / 2 + (W / 3) * Math.cos(a), y: H / 2 + (H / 3) * Math.sin(a) });
  });
  const k = Math.min(160, Math.sqrt((W * H) / Math.max(1, n)) * 0.4);
  let temp = W / 10;
  for (let it = 0; it < 300; it++) {
    const disp = new Map(nodes.map((d) => [d.id, { x: 0, y: 0 }]));
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const a = pos.get(nodes[i].id);
        const b = pos.get(nodes[j].id);
        const dx = a.x - b.x || 0.01;
        const dy = a.y - b.y || 0.01;
        const d = Math.max(0.01, Math.hypot(dx, dy));
        if (d > 3 * k) continue; // far nodes do not push: parts of the graph stay close
        const f = (k * k) / d;
        disp.get(nodes[i].id).x += (dx / d) * f;
        disp.get(nodes[i].id).y += (dy / d) * f;
        disp.get(nodes[j].id).x -= (dx / d) * f;
        disp.get(nodes[j].id).y -= (dy / d) * f;
      }
    }
    for (const e of edges) {
      if (e.source === e.target) continue;
      const a = pos.get(e.source);
      const b = pos.get(e.target);
      const dx = a.x - b.x;
      const dy = a.y - b.y;
      const d = Math.max(0.01, Math.hypot(dx, dy));
      const f = (d * d) / k;
      disp.get(e.source).x -= (dx / d) * f;
      disp.get(e.source).y -= (dy / d) * f;
      disp.get(e.target).x += (dx / d) * f;
      disp.get(e.target).y += (dy / d) * f;
    }
    for (const d of nodes) {
      const p = pos.get(d.id);
      const v = disp.get(d.id);
      // a weak pull to the centre keeps unconnected parts on the page
      v.x += (W / 2 - p.x) * 0.1;
      v.y += (H / 2 - p.y) * 0.15;
      const len = Math.max(0.01, Math.hypot(v.x, v.y));
      p.x = Math.min(W - 90, Math.max(90, p.x + (v.x / len) * Math.min(len, temp)));
      p.y = Math.min(H - 50, Math.max(40, p.y + (v.y / len) * Math.min(len, temp)));
    }
    temp = Math.max(1, temp * 0.98);
  }
  return pos;
}

export function networkSvg(net) {
  const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, class: "chart network", role: "img",
    "aria-label": "actor network" });
  root.append(svg("defs", {}, ["coop", "conflict", "neutral"].map((c) =>
    svg("marker", { id: `arrow-${c}`, viewBox: "0 0 10 10", refX: 10, refY: 5,
      markerWidth: 10, markerHeight: 10, markerUnits: "userSpaceOnUse",
      orient: "auto-start-reverse" },
    svg("path", { d: "M0 0L10 5L0 10z", class: `arrow-${c}` })))));
  const pos = layout(net.nodes, net.edges);
  const maxE = Math.max(1, ...net.edges.map((e) => e.events));
  const maxN = Math.max(1, ...net.nodes.map((d) => d.events));
  const radius = (d) => 8 + 18 * Math.sqrt(d.events / maxN);
  const byId = new Map(net.nodes.map((d) => [d.id, d]));
  const g = svg("g", { class: "edges" });
  for (const e of net.edges) {
    const a = pos.get(e.source);
    const b = pos.get(e.target);
    const conflict = e.quad[3] + e.quad[4];
    const coop = e.quad[1] + e.quad[2];
    const kind = conflict > coop ? "conflict" : coop > conflict ? "coop" : "neutral";
    const title = svg("title", {}, `${e.source} → ${e.target}: ${e.events} events `
      + `(${coop} cooperation, ${conflict} conflict)`);
    const width = 1 + 6 * (e.events / maxE);
    const link = svg("a", { href: href("events", { actor: e.source, recipient: e.target }) });
    if (e.source === e.target) {
      const r = radius(byId.get(e.source));
      link.append(svg("circle", { cx: a.x, cy: a.y - r - 8, r: 10, class: `edge edge-${kind}`,
        "stroke-width": width, fill: "none" }, title));
    } else {
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      const d = Math.max(1, Math.hypot(dx, dy));
      const rb = radius(byId.get(e.target)) + 3;
      // bend a little so that A→B and B→A do not overlap
      const mx = (a.x + b.x) / 2 - (dy / d) * 20;
      const my = (a.y + b.y) / 2 + (dx / d) * 20;
      const ex = b.x - ((b.x - mx) / Math.hypot(b.x - mx, b.y - my)) * rb;
      const ey = b.y - ((b.y - my) / Math.hypot(b.x - mx, b.y - my)) * rb;
      link.append(svg("path", { d: `M${a.x} ${a.y}Q${mx} ${my} ${ex} ${ey}`,
        class: `edge edge-${kind}`, "stroke-width": width, fill: "none",
        "marker-end": `url(#arrow-${kind})` }, title));
    }
    g.append(link);
  }
  root.append(g);
  const nodes = svg("g", { class: "nodes" });
  for (const d of net.nodes) {
    const p = pos.get(d.id);
    nodes.append(svg("a", { href: href("events", { party: d.id.split(" ")[0] }) },
      svg("circle", { cx: p.x, cy: p.y, r: radius(d), class: "node" },
        svg("title", {}, `${d.id}: ${d.events} events in these dyads`)),
      svg("text", { x: p.x, y: p.y + radius(d) + 13, "text-anchor": "middle",
        class: "node-label" }, d.id)));
  }
  root.append(nodes);
  return root;
}

export async function render(main, params) {
  const top = params.get("top") || "40";
  const extra = el("label", { class: "field" }, el("span", {}, "Dyads"),
    el("input", { name: "top", type: "number", min: 1, max: 500, value: top, size: 4 }));
  main.append(el("h1", {}, "Actor network"), filterForm("network", params, extra));
  try {
    const net = await get("network", { ...filtersOf(params), top });
    main.append(
      el("p", { class: "summary" }, `${net.nodes.length} actors, ${net.edges.length} dyads · `
        + "arrows from actor to recipient, width by events; blue cooperation, orange conflict"),
      net.nodes.length ? el("div", { class: "chart-box" }, networkSvg(net))
        : el("p", { class: "muted" }, "No dyads match."));
  } catch (err) {
    main.append(errorBox(err));
  }
}
