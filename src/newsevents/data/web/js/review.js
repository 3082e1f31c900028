// The review form: mark an event correct or wrong, or correct its fields.
import { info, post, setToken, token, vocabulary } from "./api.js";
import { el, fmt } from "./dom.js";

const REVIEWER_KEY = "newsevents.reviewer";

function input(name, label, value, attrs) {
  return el("label", { class: "field" }, el("span", {}, label),
    el("input", { name, value: value || "", ...(attrs || {}) }));
}

function select(name, label, options, current) {
  return el("label", { class: "field" }, el("span", {}, label),
    el("select", { name },
      el("option", { value: "" }, "(as coded)"),
      options.map((o) => el("option", { value: o, selected: o === current }, o))));
}

/** The review form for ``event`` (an EventOut); ``done`` runs after a saved review. */
export async function reviewForm(event, done) {
  const box = el("section", { class: "review-form" }, el("h2", {}, "Review this event"));
  const [inf, vocab] = await Promise.all([info(), vocabulary()]);
  if (inf.readOnly) {
    box.append(el("p", { class: "muted" },
      "This server is read-only: start it with a token (newsevents serve --token-env NAME) "
      + "to review events."));
    return box;
  }
  const status = el("p", { class: "form-status", role: "status" });
  const a0 = (event.actor || [])[0] || {};
  const r0 = (event.recipient || [])[0] || {};
  const fields = el("fieldset", { class: "corrections" },
    el("legend", {}, "Corrected fields (leave blank to keep the machine's value)"),
    select("eventType", "Event type", vocab.eventTypes, ""),
    input("cameoCode", "CAMEO code", "", { placeholder: fmt(event.cameo), size: 5 }),
    input("actorCode", "Actor code", "", { placeholder: fmt(a0.code), size: 6 }),
    input("actorSector", "Actor sector", "", {
      placeholder: fmt((a0.sector || []).join("+")), size: 8 }),
    input("recipientCode", "Recipient code", "", { placeholder: fmt(r0.code), size: 6 }),
    input("recipientSector", "Recipient sector", "", {
      placeholder: fmt((r0.sector || []).join("+")), size: 8 }),
    input("date", "Date", "", { placeholder: fmt(event.date), size: 10 }),
    input("place", "Place", "", { placeholder: fmt(event.place && event.place.name), size: 12 }),
    select("modality", "Modality", vocab.modalities, ""));
  const verdict = (v, label, checked) => el("label", { class: "radio" },
    el("input", { type: "radio", name: "verdict", value: v, checked }), label);
  const form = el("form", { class: "review", id: "review-form" },
    el("div", { class: "verdicts" },
      verdict("correct", "Correct as coded", true),
      verdict("wrong", "Wrong: not an event"),
      verdict("corrected", "Correct these fields:")),
    fields,
    el("div", { class: "who" },
      input("reviewer", "Your name", localStorage.getItem(REVIEWER_KEY) || "",
        { required: true, size: 16 }),
      input("note", "Note", "", { size: 40 }),
      input("token", "Server token", token(), { type: "password", size: 16,
        autocomplete: "current-password" })),
    el("button", { type: "submit" }, "Save review"), status);
  const sync = () => {
    fields.disabled = form.elements.verdict.value !== "corrected";
  };
  form.addEventListener("change", sync);
  sync();
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const data = new FormData(form);
    const v = data.get("verdict");
    const correction = {};
    if (v === "corrected") {
      for (const k of ["eventType", "cameoCode", "actorCode", "actorSector", "recipientCode",
        "recipientSector", "date", "place", "modality"]) {
        const val = String(data.get(k) || "").trim();
        if (val) correction[k] = val;
      }
    }
    const reviewer = String(data.get("reviewer") || "").trim();
    localStorage.setItem(REVIEWER_KEY, reviewer);
    setToken(String(data.get("token") || "").trim());
    status.textContent = "Saving…";
    status.className = "form-status";
    try {
      await post(`events/${encodeURIComponent(event.clusterId)}/reviews`, {
        verdict: v, reviewer, note: String(data.get("note") || "").trim() || null,
        correction, eventUid: event.uid,
      });
      status.textContent = "Saved.";
      if (done) done();
    } catch (err) {
      status.textContent = err.message;
      status.className = "form-status error";
    }
  });
  box.append(form);
  return box;
}
