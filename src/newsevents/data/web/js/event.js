// One event: its fields (with any correction), its evidence, every report, reviews.
import { get } from "./api.js";
import { el, errorBox, fmt, href, QUADS, sideText } from "./dom.js";
import { corrected, verdictBadge } from "./events.js";
import { reviewForm } from "./review.js";

function evidence(e) {
  const text = e.evidence || "";
  const words = (e.eventText || "").trim();
  const p = el("blockquote", { class: "evidence-sentence" });
  const i = words ? text.toLowerCase().indexOf(words.toLowerCase()) : -1;
  if (i < 0) {
    p.append(text);
  } else {
    p.append(text.slice(0, i),
      el("mark", { class: "hl-trigger", title: e.explanation || "" }, text.slice(i, i + words.length)),
      text.slice(i + words.length));
  }
  return p;
}

function fieldsTable(e) {
  const c = e.review && e.review.verdict === "corrected" ? e.review.correction : {};
  const side = (code, sector) => (code || sector ? [code, sector].filter(Boolean).join(" ") : null);
  const row = (name, machine, corr) => el("tr", {}, el("th", {}, name),
    el("td", {}, corrected(machine, corr)));
  return el("table", { class: "fields" },
    el("tbody", {},
      row("Event", `${e.event}${e.mode ? " / " + e.mode : ""}`, c.eventType),
      row("CAMEO", `${fmt(e.cameo)} (Goldstein ${fmt(e.goldstein)})`, c.cameoCode),
      row("Quad class", `${e.quadCode} ${QUADS[e.quadCode] || ""}`, null),
      row("Actor", sideText(e.actor), side(c.actorCode, c.actorSector)),
      row("Recipient", sideText(e.recipient), side(c.recipientCode, c.recipientSector)),
      row("Date", `${fmt(e.date)} (${fmt(e.datePrecision)})`, c.date),
      row("Place", e.place ? e.place.name : null, c.place),
      row("Modality", e.modality + (e.reportedBy ? ` by ${e.reportedBy}` : ""), c.modality),
      row("Confidence", e.confidence, null),
      row("Reported by", `${e.numArticles} articles, ${e.numSources} sources, ${e.numMentions} mentions`, null)));
}

function mentionsTable(mentions) {
  return el("table", { class: "mentions" },
    el("thead", {}, el("tr", {}, ["Source", "Article", "Date", "Evidence", "Explanation", "Review"]
      .map((h) => el("th", {}, h)))),
    el("tbody", {}, mentions.map((m) => el("tr", {},
      el("td", {}, fmt(m.source)),
      el("td", {}, el("a", { href: href("article", { id: m.articleUid }) }, m.title || m.articleId)),
      el("td", { class: "nowrap" }, fmt(m.date)),
      el("td", { class: "evidence" }, m.evidence || ""),
      el("td", { class: "explanation" }, m.explanation || ""),
      el("td", {}, verdictBadge(m.review))))));
}

function history(reviews) {
  if (!reviews.length) return el("p", { class: "muted" }, "Not reviewed yet.");
  return el("ul", { class: "history" }, reviews.map((r) => {
    const changed = Object.entries(r.correction).filter(([, v]) => v)
      .map(([k, v]) => `${k} → ${v}`).join(", ");
    return el("li", {}, verdictBadge(r), " ", el("strong", {}, r.reviewer), " ",
      el("span", { class: "muted" }, r.createdAt.replace("T", " ").slice(0, 19)),
      changed ? el("span", { class: "changes" }, ` ${changed}`) : "",
      r.note ? el("q", {}, r.note) : "");
  }));
}

export async function render(main, params) {
  const id = params.get("id");
  let d;
  try {
    d = await get(`events/${encodeURIComponent(id || "")}`);
  } catch (err) {
    main.append(el("h1", {}, "Event"), errorBox(err));
    return;
  }
  const e = d.event;
  main.append(
    el("p", {}, el("a", { href: href("events") }, "← events")),
    el("h1", {}, `${e.event} · ${sideText(e.actor) || "?"} → ${sideText(e.recipient) || "–"}`,
      " ", verdictBadge(e.review)),
    evidence(e),
    el("p", { class: "explanation" }, e.explanation || ""),
    fieldsTable(e),
    el("h2", {}, `Sources (${e.sources.length})`),
    el("ul", { class: "sources" }, e.sources.map((s) => el("li", {}, s))),
    el("h2", {}, `Every report (${d.mentions.length})`),
    mentionsTable(d.mentions),
    el("h2", {}, "Review history"),
    history(d.reviews));
  main.append(await reviewForm(e, () => window.dispatchEvent(new HashChangeEvent("hashchange"))));
}
