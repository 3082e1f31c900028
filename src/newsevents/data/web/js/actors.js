// Actors by code and name, busiest first.
import { get } from "./api.js";
import { el, errorBox, fmt, href } from "./dom.js";
import { pager } from "./events.js";

const PAGE = 50;

export async function render(main, params) {
  const q = params.get("q") || "";
  const offset = Number(params.get("offset") || 0);
  const input = el("input", { type: "search", name: "q", value: q, placeholder: "name or code",
    "aria-label": "search actors" });
  const form = el("form", { class: "filters" }, input, el("button", { type: "submit" }, "Search"));
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    location.hash = href("actors", { q: input.value.trim() });
  });
  main.append(el("h1", {}, "Actors"), form);
  try {
    const page = await get("actors", { q, limit: PAGE, offset });
    main.append(el("p", { class: "summary" }, `${page.total} actors`),
      el("table", { class: "actors" },
        el("thead", {}, el("tr", {}, ["Name", "Code", "Sectors", "Kind", "Events", "Articles"]
          .map((h) => el("th", {}, h)))),
        el("tbody", {}, page.items.map((a) => el("tr", {},
          el("td", {}, fmt(a.name)),
          el("td", {}, a.code ? el("a", { href: href("events", { party: a.code }) }, a.code) : "–"),
          el("td", {}, a.sectors.join(" ")),
          el("td", {}, fmt(a.kind)),
          el("td", { class: "num" }, String(a.nEvents)),
          el("td", { class: "num" }, String(a.nArticles)))))),
      pager("actors", params, page.total, offset, PAGE));
  } catch (err) {
    main.append(errorBox(err));
  }
}
