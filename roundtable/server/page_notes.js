// The phone page's notes: the box and Send, the notes sent listed with what became of them,
// notes kept at another address of this session taken over, and the notes waiting sent
// again until the laptop has them. After page.js, in the same script (page.html).
// Notes another page of this phone took over (see adopt) are sent from there, not from here.
function dropMoved() {
  const mine = read(store);
  const moved = mine && Array.isArray(mine.moved) ? mine.moved : [];
  const before = notes.length;
  notes = notes.filter((n) => n.state === "sent" || !moved.includes(n.key));
  if (notes.length < before) {
    say(w("moved") + (mine.to ? ": " + location.origin + mine.to : "."));
    draw();
  }
  return mine || {};
}
// Notes written at another address of this session (the laptop has a new code and the
// phone scanned it): they go from here, and leave the other address's list so they go once.
// Notes kept by a page too old to say their session are listed to put back in the box.
function adopt() {
  let taken = 0, listed = 0;
  for (const shelf of shelves()) {
    let keys = [];
    try {
      for (let i = 0; i < shelf.length; i++) keys.push(shelf.key(i));
    } catch (err) { continue; }
    for (const key of keys) {
      if (!key || key === store || !key.startsWith(PREFIX + "/")) continue;
      const other = read(key);
      if (!other || !Array.isArray(other.notes) || (other.session && other.session !== session)) continue;
      const ours = other.session === session;
      const left = (n) => n && (n.state === "waiting" || (n.state === "refused" && String(n.why).startsWith(GONE)));
      const moving = other.notes.filter(left);
      if (!moving.length) continue;
      for (const n of moving) {
        if (notes.some((m) => m.key === n.key)) continue;
        notes.push(ours
          ? { key: n.key, text: n.text, function: n.function, name: n.name, round: n.round, state: "waiting" }
          : { key: n.key, text: n.text, function: n.function, name: n.name, state: "refused",
              why: w("earlier") });
        if (ours) taken += 1; else listed += 1;
      }
      other.notes = other.notes.filter((n) => !left(n));
      other.moved = (Array.isArray(other.moved) ? other.moved : []).concat(moving.map((n) => n.key)).slice(-500);
      other.to = base;
      try { shelf.setItem(key, JSON.stringify(other)); } catch (err) { /* they go from here all the same */ }
    }
  }
  if (!taken && !listed) return;
  if (taken) say(w("taken", { n: taken }));
  keep();
  draw();
}
function draw() {
  const list = $("mine");
  list.textContent = "";
  for (const n of notes.slice().reverse()) {
    const item = document.createElement("li");
    item.textContent = n.text;
    item.dir = "auto";  // a note in Arabic or Hebrew reads from the right; what it says, from the left
    const how = document.createElement("small");
    how.dir = "ltr";
    how.textContent = n.state === "sent" ? (n.held ? HELD : w("on_board"))
      : n.state === "refused" ? w("not_added", { why: n.why })
      : gone ? w("waiting_gone") : w("waiting");
    item.appendChild(how);
    if (n.state === "refused") {
      item.className = "bad";
      const back = document.createElement("button");
      back.type = "button";
      back.className = "back";
      back.textContent = w("put_back");
      back.addEventListener("click", () => putBack(n));
      item.appendChild(back);
    }
    list.appendChild(item);
  }
}
// A refused note, to change or send again: it stays listed until a note like it is sent.
function putBack(n) {
  const box = $("text");
  if (box.value.trim() && box.value.trim() !== n.text) {
    say(w("box_first"), true);
    box.focus();
    return;
  }
  box.value = n.text;
  typedFor = shown;  // put back for the round on now
  if (n.function) pickSide(n.function);  // the side it was written for
  count();
  say(w("back_in_box"));
  box.focus();
}

function heard(now) {  // where the facilitator put the notes this phone sent held
  let changed = false;
  for (const n of notes) {
    if (!(n.state === "sent" && n.held) || !(n.key in now) || now[n.key] === "held") continue;
    if (now[n.key] === "board") {
      n.held = false;
      say(w("on_board_now"));
    } else {
      n.state = "refused"; n.held = false; n.why = w("left_out");
      say(w("one_left_out"));
    }
    changed = true;
  }
  if (changed) { keep(); draw(); }
}

// The laptop holds back a phone that sent many notes in a short time (a flood, or a stuck
// script; never someone typing): until then the notes wait here, and go when it said.
let slowTimer = null, slowUntil = 0;
function slowLeft() {  // whole seconds until the laptop takes this phone's next note, or 0
  return slowTimer === null ? 0 : Math.max(1, Math.ceil((slowUntil - Date.now()) / 1000));
}
async function flush() {
  if (sending || slowTimer !== null) return;
  sending = true;
  try {
    dropMoved();
    // Notes sent while these went are sent in the same turn, not at the next try 3 s on.
    const tried = new Set();
    for (;;) {
      const n = notes.find((x) => x.state === "waiting" && !tried.has(x.key));
      if (!n) break;
      tried.add(n.key);
      let answer;
      try {
        answer = await ask(base + "/notes", {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ key: n.key, device, kept: lasting, text: n.text, function: n.function, name: n.name,
                                round_id: n.round })
        });
      } catch (err) {
        say(OFFLINE, true);
        break;
      }
      const body = await answer.json().catch(() => ({}));
      if (answer.status === 404) {  // the laptop has a new code: the notes wait for it
        gone = true;
        say((body.error || GONE + ".") + RESCAN, true);
        draw();
        break;
      }
      if (answer.status === 429) {  // not refused: it waits here, and is sent when the laptop said
        const wait = Number(body.wait) >= 1 ? Math.min(Number(body.wait), 600) : 3;
        slowUntil = Date.now() + wait * 1000;
        slowTimer = setTimeout(() => { slowTimer = null; flush(); }, wait * 1000);
        say(w("slow_down", { n: wait }));
        draw();
        break;
      }
      if (answer.ok) {
        n.state = "sent";
        n.held = body.held === true;  // the facilitator lets notes in: not on the board yet
        say(n.held ? HELD + "." : w("sent"));
      } else if (answer.status >= 500) {
        say(body.error || w("not_yet"), true);
        break;
      } else {
        n.state = "refused";
        n.why = body.error || w("refused");
        if (answer.status === 409) await state();  // another round is on, or none: shown, then why
        if (!$("text").value) {  // back in the box, to send when it can be, or to change
          $("text").value = n.text;
          count();
          say(w("not_added_back", { why: n.why }), true);
        } else {
          say(w("not_added", { why: n.why }), true);
        }
      }
      keep();
      draw();
    }
  } finally {
    sending = false;
  }
}
// In characters as the laptop counts them (an emoji is one). No maxlength on the box: it cut
// a pasted text at 500 without a word, and the end of the note was lost.
const MAX = 500;
function length() {
  return Array.from($("text").value.trim()).length;
}
function count() {
  $("count").textContent = length() + " / " + MAX;
  $("count").className = length() > MAX ? "bad" : "";
}

$("text").addEventListener("input", () => {
  count();
  if (!$("text").value.trim()) typedFor = null;
  else if (typedFor === null) typedFor = shown;
  keep();
});
// Enter sends, as in the app (a note is one line: the laptop makes a line break a space), and
// the phone's keyboard shows a Send key: with the keyboard up, the Send button is often
// under it. Not while the keyboard is still composing a word.
function submitNote() {
  if ($("form").requestSubmit) $("form").requestSubmit();
  else $("send").click();
}
$("text").addEventListener("keydown", (event) => {
  if (event.key !== "Enter" || event.isComposing || event.keyCode === 229) return;
  event.preventDefault();
  submitNote();
});
$("text").addEventListener("beforeinput", (event) => {  // a keyboard that sends no Enter key
  if (event.inputType !== "insertLineBreak" && event.inputType !== "insertParagraph") return;
  event.preventDefault();
  submitNote();
});
$("form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const text = $("text").value.trim();
  if (!text) { say(w("type_first"), true); $("text").focus(); return; }
  if (length() > MAX) {
    say(w("too_long", { max: MAX, n: length() }), true);
    return;
  }
  if (open === false) await state();  // (the round may have started since the last look)
  if (open === false) { say(w("stays", { why: closedWhy }), true); return; }
  if (!side()) {
    say(w("pick_side"), true);
    document.querySelector("input[name=function]").focus();
    return;
  }
  if (typedFor !== null && shown !== null && typedFor !== shown) {
    // Begun for the round before: it would go in this one, below a question it does not answer.
    typedFor = shown;
    say(w("began_before", { round: roundWords }), true);
    return;
  }
  typedFor = null;
  // A refused note put back in the box and sent is no longer listed as refused.
  notes = notes.filter((n) => !(n.state === "refused" && n.text === text));
  notes.push({ key: newKey(), text, function: side(), name: $("name").value, round: shown, state: "waiting" });
  $("text").value = "";
  count();
  keep();
  draw();
  // Not the last note's "Sent": a laptop out of reach takes seconds to say so.
  say(slowLeft() ? w("slow_down", { n: slowLeft() }) : w("sending"));
  flush();
  $("text").focus();
});
for (const radio of document.querySelectorAll("input[name=function]")) {
  if (radio.value === saved.function) radio.checked = true;
  radio.addEventListener("change", () => {
    if (vote && ballot && ballot.state === "sent" && ballot.function !== side()) {  // counts for another side now
      ballot.state = "draft";
      say(w("vote_changed"));
    }
    // A note with a name counts for that person's side: another side picked showed one
    // thing on the phone and put another on the board (and the next look put it back).
    const theirs = sides[$("name").value];
    if (theirs && side() !== theirs) {
      pickSide(theirs);
      say(w("named_side", { side: W[theirs] || theirs }), true);
    }
    keep();
  });
}
$("name").addEventListener("change", () => {
  if (sides[$("name").value]) pickSide(sides[$("name").value]);
  keep();
});

if (typeof saved.draft === "string" && saved.draft) {  // typed before a reload, not sent
  $("text").value = saved.draft;
  typedFor = typeof saved.draftFor === "number" ? saved.draftFor : null;
  count();
}
