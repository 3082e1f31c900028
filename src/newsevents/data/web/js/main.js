// The dashboard's router: #/page?params shows a page in <main>.
import { info } from "./api.js";
import { clear, el, errorBox, href } from "./dom.js";
import * as actors from "./actors.js";
import * as article from "./article.js";
import * as articles from "./articles.js";
import * as event from "./event.js";
import * as events from "./events.js";
import * as map from "./map.js";
import * as network from "./network.js";
import * as reviews from "./reviews.js";
import * as search from "./search.js";
import * as timeline from "./timeline.js";

const PAGES = { events, event, article, articles, actors, timeline, map, network, reviews,
  search };

function route() {
  const raw = location.hash.replace(/^#\/?/, "");
  const [name, query] = raw.split("?", 2);
  return { name: name || "events", params: new URLSearchParams(query || "") };
}

let shown = 0;

async function show() {
  const { name, params } = route();
  const main = document.getElementById("main");
  const turn = ++shown;
  clear(main).append(el("p", { class: "muted loading" }, "Loading…"));
  document.querySelectorAll("nav a").forEach((a) => {
    a.classList.toggle("active", a.dataset.page === name
      || (a.dataset.page === "events" && name === "event")
      || (a.dataset.page === "articles" && name === "article"));
  });
  const page = PAGES[name];
  if (!page) {
    main.append(el("h1", {}, "Not found"), el("p", {}, "No page ", el("code", {}, name), "."));
    return;
  }
  const box = el("div", { class: `page page-${name}` });
  try {
    await page.render(box, params);
  } catch (err) {
    box.append(errorBox(err));
  }
  if (turn === shown) main.replaceChildren(box);
  document.title = `newsevents · ${name}`;
}

function storeInfo(refresh) {
  info(refresh).then((i) => {
    document.getElementById("store-info").textContent =
      `${i.counts.articles} articles · ${i.counts.events} events · ${i.reviews} reviews`
      + (i.readOnly ? " · read-only" : "");
  }).catch((err) => {
    document.getElementById("store-info").textContent = err.message;
  });
}

document.getElementById("search-form").addEventListener("submit", (ev) => {
  ev.preventDefault();
  const q = new FormData(ev.target).get("q");
  if (String(q).trim().length >= 2) location.hash = href("search", { q: String(q).trim() });
});
window.addEventListener("hashchange", () => {
  storeInfo(true);
  show();
});
storeInfo();
show();
