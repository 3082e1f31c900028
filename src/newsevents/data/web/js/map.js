// Where events happened, on the packaged base map (Natural Earth country outlines).
import { get } from "./api.js";
import { el, errorBox, href, svg } from "./dom.js";
import { filterForm, filtersOf } from "./filters.js";

let basemap = null;

async function loadBasemap() {
  if (!basemap) {
    basemap = fetch("/static/basemap.json").then((r) => {
      if (!r.ok) throw new Error(`base map: ${r.status}`);
      return r.json();
    });
  }
  return basemap;
}

const CONFLICT = "#d94801";
const COOP = "#2171b5";

export function mapSvg(base, places) {
  // equirectangular, tenths of a degree; the view leaves out the polar seas
  const root = svg("svg", { viewBox: "0 80 3600 1420", class: "chart map", role: "img",
    "aria-label": "map of event locations" });
  root.append(svg("rect", { x: 0, y: 0, width: 3600, height: 1800, class: "sea" }));
  const land = svg("g", { class: "countries" });
  for (const c of base.countries) {
    land.append(svg("path", { d: c.d, class: "country" }, svg("title", {}, c.name)));
  }
  root.append(land);
  const max = Math.max(1, ...places.map((p) => p.nEvents));
  const dots = svg("g", { class: "places" });
  for (const p of [...places].sort((a, b) => b.nEvents - a.nEvents)) {
    const conflict = p.quad[3] + p.quad[4];
    const coop = p.quad[1] + p.quad[2];
    const r = 6 + 30 * Math.sqrt(p.nEvents / max);
    const link = svg("a", { href: href("events", { place: p.geonameid || p.name }) },
      svg("circle", { cx: 10 * (p.lon + 180), cy: 10 * (90 - p.lat), r,
        fill: conflict > coop ? CONFLICT : COOP, class: "place-dot" },
      svg("title", {}, `${p.name || "?"}: ${p.nEvents} events (${coop} cooperation, `
        + `${conflict} conflict) in ${p.nArticles} articles`)));
    dots.append(link);
  }
  root.append(dots);
  return root;
}

export async function render(main, params) {
  main.append(el("h1", {}, "Map of event locations"), filterForm("map", params));
  try {
    const [base, places] = await Promise.all([loadBasemap(),
      get("places", { ...filtersOf(params), limit: 1000 })]);
    main.append(
      el("p", { class: "summary" }, `${places.length} places · blue: mostly cooperation, `
        + "orange: mostly conflict · click a place for its events"),
      el("div", { class: "chart-box" }, mapSvg(base, places)),
      el("p", { class: "muted small" }, base.attribution));
  } catch (err) {
    main.append(errorBox(err));
  }
}
