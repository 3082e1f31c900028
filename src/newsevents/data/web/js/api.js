// Talking to the JSON API; errors come back as {status, error, message}.

const TOKEN_KEY = "newsevents.token";

export function token() {
  return sessionStorage.getItem(TOKEN_KEY) || "";
}

export function setToken(value) {
  if (value) sessionStorage.setItem(TOKEN_KEY, value);
  else sessionStorage.removeItem(TOKEN_KEY);
}

export function url(path, params) {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== null && v !== undefined && v !== "") qs.set(k, v);
  }
  const s = qs.toString();
  return `/api/${path}${s ? "?" + s : ""}`;
}

async function answer(res) {
  let body = null;
  try {
    body = await res.json();
  } catch (e) {
    body = null;
  }
  if (!res.ok) {
    const msg = body && body.message ? body.message : `${res.status} ${res.statusText}`;
    const err = new Error(msg);
    err.status = res.status;
    throw err;
  }
  return body;
}

export async function get(path, params) {
  return answer(await fetch(url(path, params), { headers: { Accept: "application/json" } }));
}

export async function post(path, body) {
  const headers = { "Content-Type": "application/json", Accept: "application/json" };
  if (token()) headers.Authorization = `Bearer ${token()}`;
  return answer(await fetch(url(path), { method: "POST", headers, body: JSON.stringify(body) }));
}

let infoPromise = null;
export function info(refresh) {
  if (!infoPromise || refresh) infoPromise = get("info");
  return infoPromise;
}

let vocabPromise = null;
export function vocabulary() {
  if (!vocabPromise) vocabPromise = get("vocabulary");
  return vocabPromise;
}
