// One article: its text with actors, places, times, quotes and event triggers
// highlighted (hover for what each is; a trigger shows its event's explanation),
// and its events.
import { get } from "./api.js";
import { el, errorBox, fmt, href } from "./dom.js";
import { eventTable } from "./events.js";

const KINDS = ["actor", "place", "time", "quote", "trigger"];
const KIND_NAMES = { actor: "actors", place: "places", time: "times", quote: "quotes",
  trigger: "event triggers" };

/** The text cut at every mark boundary; each piece wrapped in the marks covering it. */
export function highlighted(text, marks) {
  const cuts = new Set([0, text.length]);
  for (const m of marks) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].filter((x) => x >= 0 && x <= text.length).sort((a, b) => a - b);
  const body = el("div", { class: "article-text" });
  let p = el("p");
  body.append(p);
  for (let i = 0; i + 1 < points.length; i++) {
    const [s, t] = [points[i], points[i + 1]];
    const covering = marks.filter((m) => m.start <= s && m.end >= t);
    const pieces = text.slice(s, t).split(/\n\s*\n/);
    pieces.forEach((piece, j) => {
      if (j > 0) {
        p = el("p");
        body.append(p);
      }
      if (!piece) return;
      if (!covering.length) {
        p.append(piece);
        return;
      }
      const kinds = [...new Set(covering.map((m) => m.kind))];
      const title = covering.map((m) => `${m.kind}: ${m.label}`).join("\n");
      const trig = covering.find((m) => m.kind === "trigger");
      p.append(el("span", {
        class: kinds.map((k) => `hl hl-${k}`).join(" "),
        title,
        "data-event": trig ? trig.ref : null,
      }, piece));
    });
  }
  return body;
}

function legend(container) {
  return el("div", { class: "legend" }, KINDS.map((k) => {
    const box = el("input", { type: "checkbox", checked: true, "data-kind": k });
    box.addEventListener("change", () => container.classList.toggle(`hide-${k}`, !box.checked));
    return el("label", { class: `legend-item hl-${k}` }, box, KIND_NAMES[k]);
  }));
}

export async function render(main, params) {
  let d;
  try {
    d = await get(`articles/${encodeURIComponent(params.get("id") || "")}`);
  } catch (err) {
    main.append(el("h1", {}, "Article"), errorBox(err));
    return;
  }
  const a = d.article;
  const text = highlighted(d.text, d.marks);
  const wrap = el("div", { class: "article" }, legend(text), text);
  main.append(
    el("p", {}, el("a", { href: href("articles") }, "← articles")),
    el("h1", { class: "article-title" }, a.title || a.id),
    el("p", { class: "meta" },
      `${fmt(a.source)} · published ${fmt(a.published)} · version ${a.version}`,
      a.isLatest ? "" : " (an older version)", " · ",
      a.url ? el("a", { href: a.url, rel: "noopener noreferrer", target: "_blank" }, a.url) : "",
      a.url ? " · " : "",
      `${d.events.length} events · ${(d.analysis.quotes || []).length} quotes`),
    wrap,
    el("h2", {}, `Events (${d.events.length})`),
    d.events.length ? eventTable(d.events) : el("p", { class: "muted" }, "No events coded."));
  // a trigger clicked scrolls to its event in the table
  text.addEventListener("click", (ev) => {
    const span = ev.target.closest("[data-event]");
    if (!span) return;
    const e = d.events.find((x) => x.eventId === span.getAttribute("data-event"));
    if (e) location.hash = href("event", { id: e.clusterId });
  });
}
