// The phone page's script, its shared part: the words it says, what it keeps on the phone (the
// notes and the dots, over a reload or while the laptop is away), the line that says what
// happened, and the laptop's state, asked for every 4 s. The notes are page_notes.js's, the
// dots page_ballot.js's; page.html has all three in one script, in that order, and starts
// them (the server puts each in at its marker: page_parts.py).
const base = location.pathname.replace(/\/+$/, "");
const PREFIX = "roundtable:";
const store = PREFIX + base;
const $ = (id) => document.getElementById(id);
const W = JSON.parse($("words").textContent);
// The words of `key` with their "{n}" filled from `values`; of "one|more", one for n = 1.
function w(key, values) {
  let text = W[key];
  if (values && "n" in values && text.includes("|")) text = text.split("|")[values.n === 1 ? 0 : 1];
  return text.replace(/\{(\w+)\}/g, (all, name) => (values && name in values ? values[name] : all));
}
const OFFLINE = w("offline");
const VOTE_OFFLINE = w("vote_offline");
const GONE = w("gone");  // how the laptop's answer begins (page.unknown)
const RESCAN = w("rescan");
const HELD = w("held");
const WAIT_MS = 15000;  // a request unanswered this long is given up and tried again
let made = 0;
const lasting = canKeep();  // this phone keeps the page's storage over a reload and a new tab
const saved = loadSaved();
const device = saved.device || newKey();
// Kept at once: a second tab of this phone opened before this one kept a note made an id of
// its own, and the laptop counted one phone as two.
if (!saved.device) write(store, Object.assign({}, saved, { device }));
let session = typeof saved.session === "string" ? saved.session : "";  // which session the notes are for
let notes = Array.isArray(saved.notes) ? saved.notes : [];   // {key, text, function, name, round, state: "waiting"|"sent"|"refused", why, held}
let sending = false;
let named = false;  // the name list was filled once (then the pick on the page is kept)
let open = null, closedWhy = "";  // the round takes notes (null: not known yet)
let paused = null;  // the facilitator paused the round taking notes (null: not known yet)
let shown = null;  // the id of the round whose question the page shows: a note is for it
let typedFor = null;  // the round shown as the note in the box was begun
let roundWords = "";  // "Round 3", the round shown
let sides = {};  // each listed name's side, from the laptop: picking a name picks it
let gone = false;  // this address is not open (the laptop has a new code): notes wait here
let vote = null;  // the dot vote open on the phones ({id, round, dots, themes, voted}), or null
// This phone's dots in it, kept like unsent notes: {vote, key, dots: {theme id: n}, function,
// state: "draft" | "waiting" (to send) | "sent", counted: the laptop has a ballot of it}.
// A new key for each vote: nothing ties a ballot to this phone's notes. Kept after the vote
// closes, in case the same vote opens again (undo).
let ballot = saved.ballot && typeof saved.ballot === "object" && saved.ballot.dots ? saved.ballot : null;
let ballotSending = false;
for (const n of notes) {  // refused by an earlier page for the address alone: they wait again
  if (n.state === "refused" && String(n.why).startsWith(GONE)) { n.state = "waiting"; delete n.why; }
}

// A phone with storage turned off, or full, still sends. Its notes are kept over a reload
// in the tab's own storage if it has that, else not at all; and the laptop counts it by its
// network address, not by an id it would forget at each reload.
function shelves() {
  const found = [];
  for (const name of ["localStorage", "sessionStorage"]) {
    try { if (window[name]) found.push(window[name]); } catch (err) { /* turned off */ }
  }
  return found;
}
function canKeep() {
  try {
    localStorage.setItem(PREFIX + "probe", "1");
    localStorage.removeItem(PREFIX + "probe");
    return true;
  } catch (err) {
    return false;
  }
}
function read(key) {
  for (const shelf of shelves()) {
    try {
      const found = JSON.parse(shelf.getItem(key) || "null");
      if (found && typeof found === "object") return found;
    } catch (err) { /* unreadable: the next */ }
  }
  return null;
}
function write(key, value) {
  for (const shelf of shelves()) {
    try { shelf.setItem(key, JSON.stringify(value)); return; } catch (err) { /* off or full: the next */ }
  }
}
function loadSaved() {
  return read(store) || {};
}
// Unique on plain http too, where crypto.randomUUID is missing (not a secure context).
function newKey() {
  if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
  made += 1;
  const random = window.crypto && crypto.getRandomValues
    ? Array.from(crypto.getRandomValues(new Uint32Array(4)), (x) => x.toString(36)).join("")
    : Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
  return Date.now().toString(36) + "-" + made.toString(36) + "-" + random;
}
function keep() {
  const mine = dropMoved();
  // Another tab of this phone at this address (the code scanned twice) keeps its notes in the
  // same storage: those waiting that this tab never saw are taken in, and sent from here too
  // (the laptop stores a key once), not written out of the storage and lost with that tab.
  const moved = Array.isArray(mine.moved) ? mine.moved : [];
  const theirs = (Array.isArray(mine.notes) ? mine.notes : []).filter((n) => n && n.state === "waiting"
    && typeof n.key === "string" && typeof n.text === "string" && !moved.includes(n.key)
    && !notes.some((m) => m.key === n.key));
  if (theirs.length) { notes = notes.concat(theirs); draw(); }
  // Every note still waiting or refused is kept, however many; of the others, the last 30.
  const kept = notes.filter((n, i) => n.state !== "sent" || i >= notes.length - 30);
  // The note being typed too: a phone that left the page for another app may reload it.
  write(store, { device, session, notes: kept, name: $("name").value, function: side(),
                 moved: mine.moved, to: mine.to, draft: $("text").value, draftFor: typedFor, ballot });
}
// An anonymous session: the name this phone kept (picked while the session was named) is
// forgotten, and the notes it kept, waiting or listed, lose theirs: none is sent with a note.
function forgetNames() {
  const had = notes.filter((n) => n.name);
  for (const n of had) delete n.name;
  if (had.length || (read(store) || {}).name) keep();
}
function side() {  // "" until the participant picks one: a guess would skew the room's split
  const picked = document.querySelector("input[name=function]:checked");
  return picked ? picked.value : "";
}
function pickSide(value) {
  for (const radio of document.querySelectorAll("input[name=function]")) radio.checked = radio.value === value;
}
function say(text, bad) {
  $("said").textContent = text;
  // What the yellow box above says already (the round ended) is said for a screen reader,
  // not shown a second time an inch below it.
  const shown = !$("closed").hidden && text === $("closed").textContent;
  $("said").className = bad ? "bad" : shown ? "echo" : "";
}
// fetch, given up after WAIT_MS: a connection that died half-way never answers.
async function ask(path, options) {
  if (!window.AbortController) return fetch(path, options);
  const stop = new AbortController();
  const timer = setTimeout(() => stop.abort(), WAIT_MS);
  try {
    return await fetch(path, Object.assign({}, options, { signal: stop.signal }));
  } finally {
    clearTimeout(timer);
  }
}

// The laptop's state and its answer. The laptop closes a connection left quiet (30 s) and
// takes only so many from one phone, so a request sent on one it has just closed may fail
// though the network is fine: asked once more at once, and only a second failure is one the
// page tells of (still within a poll). Not after WAIT_MS unanswered: that would double it.
async function askState(path) {
  const once = async () => {
    const answer = await ask(path, { cache: "no-store" });
    return [answer, await answer.json()];
  };
  try {
    return await once();
  } catch (err) {
    if (err && err.name === "AbortError") throw err;
    return once();
  }
}

async function state() {
  let answer, s;
  try {
    // Notes held for the facilitator are asked after: let in, or dropped, since.
    const held = notes.filter((n) => n.state === "sent" && n.held).map((n) => n.key).slice(-50);
    const query = held.length ? "?held=" + held.map(encodeURIComponent).join(",") : "";
    [answer, s] = await askState(base + "/state" + query);
  } catch (err) {
    // The round over (the last one too: the facilitator closed the laptop), nothing to send:
    // the box that says so stays, without a red alarm that notes wait.
    const waiting = notes.some((n) => n.state === "waiting") || (ballot && ballot.state === "waiting");
    if (open === false && !vote && !waiting) return;
    say(vote ? VOTE_OFFLINE : OFFLINE, true);  // (while voting, the dots are what wait)
    return;
  }
  if (!answer.ok) {  // this address is no longer open: the page says whom to ask
    const was = gone;
    gone = answer.status === 404;
    say((s.error || OFFLINE) + (gone && notes.some((n) => n.state === "waiting") ? RESCAN : ""), true);
    if (gone !== was) draw();
    return;
  }
  if (gone) { gone = false; say(""); draw(); }
  if (typeof s.id === "string" && s.id) {
    session = s.id;
    adopt();
  }
  if (s.held_now) heard(s.held_now);
  $("session").textContent = s.session;
  $("round").textContent = s.round ? w("round", { n: s.round.position, title: s.round.title }) : "";
  const was = shown;
  roundWords = s.round ? w("round_n", { n: s.round.position }) : "";
  shown = s.round && s.open && typeof s.round.id === "number" ? s.round.id : null;
  // Next round: the question changes above a participant's thumbs, so the line by the box says so.
  // (Not while the room votes: the page shows the ballot, and says so when voting closes.)
  if (s.open && open === true && was !== null && shown !== was && !s.vote) {
    say(w("round_on", { n: s.round.position, title: s.round.title }));
  }
  $("prompt").textContent = s.round ? s.round.prompt : "";
  $("left").textContent = (s.round && s.round.time) || "";
  // Paused by the facilitator: said in the status line (a "Sent." there read as if the round
  // ran on) and the clock line stands out; notes can still be sent.
  const pausedNow = Boolean(s.open && s.round && s.round.paused && !s.vote);  // (a ballot says its own)
  $("left").className = pausedNow ? "paused" : "";
  if (pausedNow && paused !== true) say(w("paused_now"));
  else if (!pausedNow && paused === true && s.open && $("said").textContent === w("paused_now")) say(w("going_on"));
  paused = pausedNow;
  // Said in the status line, which a screen reader reads out as it changes.
  if (s.open && open === false && s.round && !s.vote) say(w("round_open", { n: s.round.position }));
  $("closed").hidden = s.open;
  if ($("closed").textContent !== s.closed) $("closed").textContent = s.closed;
  if (!s.open && open === true) say(s.closed);
  open = s.open;
  closedWhy = s.closed;
  $("send").disabled = !s.open;
  const names = $("name"), had = named ? names.value : saved.name || "";
  $("who").hidden = s.names.length === 0 || Boolean(s.vote);  // a ballot carries no name
  $("anon").hidden = !s.anonymous;  // said before the first note: no name goes with it
  const listed = [];
  for (let i = 1; i < names.options.length; i++) listed.push(names.options[i].value);
  if (listed.join("\n") !== s.names.join("\n")) {  // rebuilt only when it changed (a picker may be open)
    while (names.options.length > 1) names.remove(1);
    for (const person of s.names) names.add(new Option(person, person));
  }
  names.value = s.names.includes(had) ? had : "";
  if (s.anonymous) forgetNames();
  sides = s.sides || {};
  if (sides[names.value]) pickSide(sides[names.value]);
  named = true;
  if ($("said").className === "bad" && [OFFLINE, VOTE_OFFLINE].includes($("said").textContent)) say("");
  showVote(s.vote || null);
}
