// Every review, newest first, and the gold file they make.
import { get, url } from "./api.js";
import { el, errorBox, href } from "./dom.js";
import { verdictBadge } from "./events.js";

export async function render(main) {
  main.append(el("h1", {}, "Reviews"),
    el("p", {}, "The newest review of each event is its gold label. ",
      el("a", { href: url("reviews/export"), download: "gold.json" }, "Download the gold file"),
      " (newsevents eval events gold.json --format plover-gsr)."));
  try {
    const list = await get("reviews", { latest: true, limit: 1000 });
    if (!list.length) {
      main.append(el("p", { class: "muted" }, "No reviews yet: open an event to review it."));
      return;
    }
    main.append(el("table", { class: "reviews" },
      el("thead", {}, el("tr", {}, ["When", "Who", "Verdict", "Corrections", "Note", "Event"]
        .map((h) => el("th", {}, h)))),
      el("tbody", {}, list.map((r) => el("tr", {},
        el("td", { class: "nowrap" }, r.createdAt.replace("T", " ").slice(0, 19)),
        el("td", {}, r.reviewer),
        el("td", {}, verdictBadge(r)),
        el("td", {}, Object.entries(r.correction).filter(([, v]) => v)
          .map(([k, v]) => `${k}: ${v}`).join(", ")),
        el("td", {}, r.note || ""),
        el("td", {}, el("a", { href: href("event", { id: r.clusterId }) }, r.clusterId)))))));
  } catch (err) {
    main.append(errorBox(err));
  }
}
