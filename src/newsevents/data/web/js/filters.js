// The event filter form shared by the events table, the map and the network.
import { vocabulary } from "./api.js";
import { el, href, QUADS } from "./dom.js";

export const FILTER_KEYS = ["actor", "recipient", "party", "event", "quad", "since", "until",
  "q", "place", "modality", "source", "cameo"];

/** The filters of the current page's parameters. */
export function filtersOf(params) {
  const out = {};
  for (const k of FILTER_KEYS) if (params.get(k)) out[k] = params.get(k);
  return out;
}

function field(label, input) {
  return el("label", { class: "field" }, el("span", {}, label), input);
}

/** A form that, submitted, goes to ``page`` with the filters in its address. */
export function filterForm(page, params, extra) {
  const f = filtersOf(params);
  const text = (name, ph, size) => el("input", { name, value: f[name] || "", placeholder: ph,
    size: size || 8, "aria-label": name });
  const eventSel = el("select", { name: "event", "aria-label": "event type" },
    el("option", { value: "" }, "any"));
  vocabulary().then((v) => {
    for (const t of v.eventTypes) {
      eventSel.append(el("option", { value: t, selected: f.event === t }, t));
    }
  }).catch(() => {});
  const quadSel = el("select", { name: "quad", "aria-label": "quad class" },
    el("option", { value: "" }, "any"),
    QUADS.map((q, i) => el("option", { value: String(i), selected: f.quad === String(i) },
      `${i} ${q}`)));
  const form = el("form", { class: "filters", id: "filters" },
    field("Actor", text("actor", "RUS or RUS GOV")),
    field("Recipient", text("recipient", "GEO")),
    field("Either side", text("party", "USA")),
    field("Event", eventSel),
    field("Quad class", quadSel),
    field("Since", el("input", { type: "date", name: "since", value: f.since || "" })),
    field("Until", el("input", { type: "date", name: "until", value: f.until || "" })),
    field("Text", text("q", "words in evidence", 14)),
    field("Place", text("place", "name, ISO3 or id")),
    extra || [],
    el("div", { class: "buttons" },
      el("button", { type: "submit" }, "Filter"),
      el("a", { href: href(page), class: "button secondary" }, "Clear")));
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const data = new FormData(form);
    const next = {};
    for (const [k, v] of data.entries()) if (String(v).trim()) next[k] = String(v).trim();
    location.hash = href(page, next);
  });
  return form;
}
