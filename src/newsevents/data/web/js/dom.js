// Building the page from data without ever parsing data as HTML: every text goes
// through textContent or setAttribute, so a title such as <script> stays text.

const SVG_NS = "http://www.w3.org/2000/svg";

function fill(node, attrs, children) {
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") node.setAttribute("class", v);
    else if (k === "text") node.textContent = String(v);
    else if (k.startsWith("on") && typeof v === "function") node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

/** An HTML element: el("a", {href: "#/x", class: "y"}, "text", child). */
export function el(tag, attrs, ...children) {
  return fill(document.createElement(tag), attrs, children);
}

/** An SVG element. */
export function svg(tag, attrs, ...children) {
  return fill(document.createElementNS(SVG_NS, tag), attrs, children);
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

export function fmt(v) {
  return v === null || v === undefined || v === "" ? "–" : String(v);
}

export const QUADS = ["neutral", "verbal cooperation", "material cooperation",
  "verbal conflict", "material conflict"];

/** A side of an event as text: "RUS GOV (Vladimir Putin); GEO". */
export function sideText(parties) {
  return (parties || []).map((p) => {
    const code = [p.code || "?", ...(p.sector || [])].join(" ");
    return p.text ? `${code} (${p.text})` : code;
  }).join("; ");
}

/** The link to a page of the dashboard. */
export function href(page, params) {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== null && v !== undefined && v !== "") qs.set(k, v);
  }
  const s = qs.toString();
  return `#/${page}${s ? "?" + s : ""}`;
}

export function errorBox(err) {
  return el("p", { class: "error", role: "alert" }, err && err.message ? err.message : String(err));
}
