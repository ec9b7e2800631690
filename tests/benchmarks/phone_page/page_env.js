// A tiny stand-in DOM for the participants' page's script (a check by hand: run.py).
// load(url, opts) runs the page once; `mem` (localStorage) may be shared to stand in a reload,
// or another tab of the same browser; `session` (sessionStorage) likewise, or left out.
const fs = require("fs");
const realFetch = fetch;
const realSetTimeout = setTimeout;

// A Storage over a plain object, as the browser's: keys listed by key(i) and length.
function shelf(mem) {
  return {
    getItem: (k) => (k in mem ? mem[k] : null), setItem: (k, v) => { mem[k] = String(v); },
    removeItem: (k) => { delete mem[k]; }, key: (i) => Object.keys(mem)[i] ?? null,
    get length() { return Object.keys(mem).length; },
  };
}

function load(url, opts = {}) {
  const html = fs.readFileSync(process.env.PAGE, "utf8");
  const js = html.match(/<script>([\s\S]*)<\/script>/)[1];
  const els = {};
  const el = (id) => {
    if (!els[id]) els[id] = { id, value: "", hidden: false, className: "", disabled: false,
      options: [{ value: "" }], children: [], listeners: {}, attrs: {},
      add(o) { this.options.push(o); }, remove(i) { this.options.splice(i, 1); },
      addEventListener(t, f) { this.listeners[t] = f; }, focus() {},
      setAttribute(k, v) { this.attrs[k] = v; }, removeAttribute(k) { delete this.attrs[k]; },
      appendChild(c) { this.children.push(c); },
      requestSubmit() { this.listeners.submit({ preventDefault() {} }); } };
    // As in a browser, setting an element's text takes its children away.
    if (Object.getOwnPropertyDescriptor(els[id], "textContent")) return els[id];
    let text = "";
    Object.defineProperty(els[id], "textContent", { get: () => text, set(v) { text = String(v); els[id].children = []; } });
    return els[id];
  };
  // The words the script says, as the server fills them in (page_words.py).
  el("words").textContent = html.match(/<script id="words" type="application\/json">([\s\S]*?)<\/script>/)[1];
  // A select's value is one of its options' (or "").
  // None picked, as the page opens: the participant picks their side.
  const radios = ["sales", "marketing", "other"].map((v) => ({ value: v, checked: false, addEventListener() {}, focus() {} }));
  const u = new URL(url);
  const mem = opts.mem || {};
  const intervals = [];
  // drop: how many of the next /state requests fail as on a connection the laptop closed.
  const net = { offline: false, hang: false, drop: 0, calls: [], bodies: [] };
  const env = {
    document: {
      getElementById: el,
      querySelector: (sel) => (sel.includes(":checked") ? radios.find((r) => r.checked) : radios[0]),
      querySelectorAll: () => radios,
      createElement: (tag) => ({ tag, textContent: "", className: "", children: [], attrs: {}, listeners: {},
        setAttribute(k, v) { this.attrs[k] = v; }, appendChild(c) { this.children.push(c); },
        addEventListener(t, f) { this.listeners[t] = f; }, click() { this.listeners.click(); } }),
    },
    location: { pathname: u.pathname, origin: u.origin },
    localStorage: opts.storage || shelf(mem),
    sessionStorage: opts.session ? shelf(opts.session) : undefined,
    Option: function (t, v) { this.text = t; this.value = v; },
    // Page timers run 100 times faster; intervals are kept to be called by hand.
    setInterval: (f) => { intervals.push(f); return intervals.length; },
    setTimeout: (f, ms) => realSetTimeout(f, (ms || 0) / 100),
    clearTimeout: (t) => clearTimeout(t),
    fetch: (path, o = {}) => {
      net.calls.push(path);
      if (o.body) net.bodies.push(JSON.parse(o.body));
      if (net.offline) return Promise.reject(new TypeError("Failed to fetch"));
      if (net.drop > 0 && path.includes("/state")) { net.drop -= 1; return Promise.reject(new TypeError("Failed to fetch")); }
      if (net.state && path.endsWith("/state"))
        return Promise.resolve(new Response(JSON.stringify(net.state), { status: 200, headers: { "Content-Type": "application/json" } }));
      if (net.hang) return new Promise((_, reject) => {
        if (o.signal) o.signal.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")));
      });
      return realFetch(u.origin + path, o);
    },
    crypto: "crypto" in opts ? opts.crypto : globalThis.crypto,
    AbortController, URL, Response, JSON, Math: opts.Math || Math, Date, Promise, DOMException, console,
  };
  env.window = env;
  const run = new Function(...Object.keys(env), js + "\n;return { state, flush, notes: () => notes, newKey, keep };");
  const page = run(...Object.values(env));
  return { el, radios, mem, intervals, net, page };
}
const pause = (ms) => new Promise((r) => realSetTimeout(r, ms));
module.exports = { load, pause };
