// The event table: filters, pages, downloads, each row's review.
import { get, url } from "./api.js";
import { el, errorBox, fmt, href, sideText } from "./dom.js";
import { filterForm, filtersOf } from "./filters.js";

const PAGE = 50;

/** A cell showing the machine's value and, if a review changed it, the correction. */
export function corrected(machine, correction) {
  if (correction === null || correction === undefined || correction === "") {
    return el("span", {}, fmt(machine));
  }
  return el("span", { class: "has-correction" },
    el("del", { class: "machine", title: "machine output" }, fmt(machine)), " ",
    el("ins", { class: "correction", title: "reviewer's correction" }, correction));
}

export function verdictBadge(review) {
  if (!review) return el("span", { class: "muted" }, "–");
  const labels = { correct: "✓ correct", wrong: "✗ wrong", corrected: "✎ corrected" };
  return el("span", {
    class: `badge verdict-${review.verdict}`,
    title: `${review.reviewer}, ${review.createdAt}${review.note ? ": " + review.note : ""}`,
  }, labels[review.verdict] || review.verdict);
}

function sideCorrection(code, sector) {
  return code || sector ? [code, sector].filter(Boolean).join(" ") : null;
}

export function eventRow(e) {
  const c = (e.review && e.review.verdict === "corrected") ? e.review.correction : {};
  return el("tr", { class: e.review ? `reviewed verdict-${e.review.verdict}` : "" },
    el("td", { class: "nowrap" }, corrected(e.date, c.date)),
    el("td", {}, el("a", { href: href("event", { id: e.clusterId }) },
      corrected(e.event, c.eventType))),
    el("td", {}, corrected(e.cameo, c.cameoCode)),
    el("td", {}, corrected(sideText(e.actor), sideCorrection(c.actorCode, c.actorSector))),
    el("td", {}, corrected(sideText(e.recipient),
      sideCorrection(c.recipientCode, c.recipientSector))),
    el("td", {}, corrected(e.place && e.place.name, c.place)),
    el("td", {}, corrected(e.modality, c.modality)),
    el("td", { class: "num", title: (e.sources || []).join(", ") }, String(e.numArticles)),
    el("td", { class: "evidence" },
      el("a", { href: href("article", { id: e.articleUid }), title: e.title || "" },
        (e.evidence || "").replace(/\s+/g, " ").slice(0, 160))),
    el("td", {}, verdictBadge(e.review)));
}

export function eventTable(items) {
  return el("table", { class: "events" },
    el("thead", {}, el("tr", {}, ["Date", "Event", "CAMEO", "Actor", "Recipient", "Place",
      "Modality", "Articles", "Evidence", "Review"].map((h) => el("th", {}, h)))),
    el("tbody", {}, items.map(eventRow)));
}

export function pager(page, params, total, offset, size) {
  const base = Object.fromEntries(params.entries());
  const nav = el("nav", { class: "pager" });
  if (offset > 0) {
    nav.append(el("a", { href: href(page, { ...base, offset: Math.max(0, offset - size) }) },
      "← previous"));
  }
  if (offset + size < total) {
    nav.append(el("a", { href: href(page, { ...base, offset: offset + size }) }, "next →"));
  }
  return nav;
}

export async function render(main, params) {
  const filters = filtersOf(params);
  const offset = Number(params.get("offset") || 0);
  main.append(el("h1", {}, "Events"), filterForm("events", params));
  const box = el("div", { class: "results" }, el("p", { class: "muted" }, "Loading…"));
  main.append(box);
  try {
    const page = await get("events", { ...filters, limit: PAGE, offset });
    box.replaceChildren(
      el("p", { class: "summary" },
        `${page.total} events`,
        page.total ? ` · ${offset + 1}–${offset + page.items.length}` : "",
        " · download: ",
        el("a", { href: url("events", { ...filters, format: "csv" }), download: "events.csv" },
          "CSV"), " ",
        el("a", { href: url("events", { ...filters, format: "jsonl" }), download: "events.jsonl" },
          "JSON Lines")),
      page.items.length ? eventTable(page.items) : el("p", { class: "muted" }, "No event matches."),
      pager("events", params, page.total, offset, PAGE));
  } catch (err) {
    box.replaceChildren(errorBox(err));
  }
}
