// A dyad's events over time: stacked bars by quad class, drawn as SVG.
import { get } from "./api.js";
import { el, errorBox, href, QUADS, svg } from "./dom.js";

const COLOURS = ["#9e9e9e", "#6baed6", "#2171b5", "#fd8d3c", "#d94801"];
const W = 900;
const H = 320;
const PAD = { left: 48, right: 16, top: 16, bottom: 56 };

function nextPeriod(d, period) {
  const x = new Date(d.getTime());
  if (period === "day") x.setUTCDate(x.getUTCDate() + 1);
  else if (period === "week") x.setUTCDate(x.getUTCDate() + 7);
  else if (period === "month") x.setUTCMonth(x.getUTCMonth() + 1);
  else x.setUTCFullYear(x.getUTCFullYear() + 1);
  return x;
}

/** The periods to draw: every one between the first and last when there are not too
 * many, else only those with events (the axis then skips the empty ones). */
function periods(present, period) {
  if (!present.length) return [];
  const sorted = [...present].sort();
  const out = [];
  let d = new Date(sorted[0] + "T00:00:00Z");
  const end = new Date(sorted[sorted.length - 1] + "T00:00:00Z");
  while (d <= end && out.length <= 400) {
    out.push(d.toISOString().slice(0, 10));
    d = nextPeriod(d, period);
  }
  return out.length > 400 ? sorted : out;
}

export function chart(rows, period) {
  const byPeriod = new Map();
  for (const r of rows) {
    const q = byPeriod.get(r.period) || [0, 0, 0, 0, 0];
    q[r.quadClass] += r.events;
    byPeriod.set(r.period, q);
  }
  const xs = periods([...byPeriod.keys()], period);
  const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, class: "chart timeline-chart",
    role: "img", "aria-label": "events per period" });
  if (!xs.length) {
    root.append(svg("text", { x: W / 2, y: H / 2, "text-anchor": "middle" }, "No dated events"));
    return root;
  }
  const max = Math.max(1, ...xs.map((p) => (byPeriod.get(p) || []).reduce((a, b) => a + b, 0)));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const bw = plotW / xs.length;
  const y = (v) => PAD.top + plotH - (plotH * v) / max;
  root.append(svg("line", { x1: PAD.left, y1: y(0), x2: W - PAD.right, y2: y(0), class: "axis" }));
  for (const v of [...new Set([0, Math.round(max / 2), max])]) {
    root.append(svg("text", { x: PAD.left - 6, y: y(v) + 4, "text-anchor": "end", class: "tick" },
      String(v)),
    svg("line", { x1: PAD.left, y1: y(v), x2: W - PAD.right, y2: y(v), class: "grid" }));
  }
  const step = Math.max(1, Math.ceil(xs.length / 10));
  xs.forEach((p, i) => {
    const q = byPeriod.get(p) || [0, 0, 0, 0, 0];
    let acc = 0;
    q.forEach((n, k) => {
      if (!n) return;
      root.append(svg("rect", {
        x: PAD.left + i * bw + bw * 0.1, width: Math.max(1, bw * 0.8),
        y: y(acc + n), height: y(acc) - y(acc + n), fill: COLOURS[k], class: "bar",
      }, svg("title", {}, `${p}: ${n} ${QUADS[k]}`)));
      acc += n;
    });
    if (i % step === 0) {
      const label = period === "year" ? p.slice(0, 4) : period === "month" ? p.slice(0, 7) : p;
      root.append(svg("text", { x: PAD.left + i * bw + bw / 2, y: H - PAD.bottom + 16,
        "text-anchor": "middle", class: "tick" }, label));
    }
  });
  QUADS.forEach((name, k) => {
    const lx = PAD.left + k * 170;
    root.append(svg("rect", { x: lx, y: H - 20, width: 12, height: 12, fill: COLOURS[k] }),
      svg("text", { x: lx + 16, y: H - 10, class: "tick" }, name));
  });
  return root;
}

export async function render(main, params) {
  const actor = params.get("actor") || "";
  const recipient = params.get("recipient") || "";
  const period = params.get("period") || "month";
  const form = el("form", { class: "filters" },
    el("label", { class: "field" }, el("span", {}, "Actor"),
      el("input", { name: "actor", value: actor, placeholder: "RUS", size: 10 })),
    el("label", { class: "field" }, el("span", {}, "Recipient"),
      el("input", { name: "recipient", value: recipient, placeholder: "GEO", size: 10 })),
    el("label", { class: "field" }, el("span", {}, "Period"),
      el("select", { name: "period" }, ["day", "week", "month", "year"].map((p) =>
        el("option", { value: p, selected: p === period }, p)))),
    el("div", { class: "buttons" }, el("button", { type: "submit" }, "Draw")));
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const d = new FormData(form);
    location.hash = href("timeline", Object.fromEntries(d.entries()));
  });
  main.append(el("h1", {}, "Dyad timeline"), form);
  const busiest = el("p", { class: "dyads" });
  main.append(busiest);
  get("network", { top: 12 }).then((net) => {
    if (!net.edges.length) return;
    busiest.append("Busiest dyads: ");
    for (const e of net.edges) {
      busiest.append(el("a", { href: href("timeline", { actor: e.source, recipient: e.target,
        period }), class: "chip" }, `${e.source} → ${e.target} (${e.events})`), " ");
    }
  }).catch(() => {});
  try {
    const first = (s) => s.trim().split(/\s+/)[0].toUpperCase();
    const rows = await get("series", { actor, recipient, period });
    // the filter keeps events with these sides; keep only this dyad's rows of them
    const mine = rows.filter((r) => (!actor || r.actor.split(" ")[0] === first(actor))
      && (!recipient || r.recipient.split(" ")[0] === first(recipient)));
    const total = mine.reduce((a, r) => a + r.events, 0);
    main.append(
      el("p", { class: "summary" },
        `${total} events ${actor || "any"} → ${recipient || "any"}, per ${period} · `,
        el("a", { href: href("events", { actor, recipient }) }, "list them")),
      el("div", { class: "chart-box" }, chart(mine, period)));
  } catch (err) {
    main.append(errorBox(err));
  }
}
