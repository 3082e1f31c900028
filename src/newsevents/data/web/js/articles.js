// The article list, searchable.
import { get } from "./api.js";
import { el, errorBox, fmt, href } from "./dom.js";
import { pager } from "./events.js";

const PAGE = 50;

export async function render(main, params) {
  const q = params.get("q") || "";
  const offset = Number(params.get("offset") || 0);
  const input = el("input", { type: "search", name: "q", value: q, placeholder: "words in title or text",
    size: 30, "aria-label": "search articles" });
  const form = el("form", { class: "filters" }, input, el("button", { type: "submit" }, "Search"));
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    location.hash = href("articles", { q: input.value.trim() });
  });
  main.append(el("h1", {}, "Articles"), form);
  try {
    const page = await get("articles", { q, limit: PAGE, offset });
    main.append(el("p", { class: "summary" }, `${page.total} articles`),
      el("table", { class: "articles" },
        el("thead", {}, el("tr", {}, ["Title", "Source", "Published", "Events"]
          .map((h) => el("th", {}, h)))),
        el("tbody", {}, page.items.map((a) => el("tr", {},
          el("td", {}, el("a", { href: href("article", { id: a.uid }) }, a.title || a.id)),
          el("td", {}, fmt(a.source)),
          el("td", { class: "nowrap" }, fmt(a.published && a.published.slice(0, 10))),
          el("td", { class: "num" }, String(a.nEvents)))))),
      pager("articles", params, page.total, offset, PAGE));
  } catch (err) {
    main.append(errorBox(err));
  }
}
