// Search results: events by evidence, articles by title and text.
import { get } from "./api.js";
import { el, errorBox, fmt, href } from "./dom.js";
import { eventTable } from "./events.js";

export async function render(main, params) {
  const q = params.get("q") || "";
  main.append(el("h1", {}, "Search: ", el("q", {}, q)));
  try {
    const r = await get("search", { q, limit: 30 });
    main.append(el("h2", {}, `Events (${r.events.length})`),
      r.events.length ? eventTable(r.events) : el("p", { class: "muted" }, "None."),
      el("h2", {}, `Articles (${r.articles.length})`),
      el("ul", { class: "hits" }, r.articles.map((a) => el("li", {},
        el("a", { href: href("article", { id: a.uid }) }, a.title || a.id),
        el("span", { class: "muted" }, ` · ${fmt(a.source)} · ${a.nEvents} events`)))));
  } catch (err) {
    main.append(errorBox(err));
  }
}
