// The phone page's dot vote, while the facilitator has voting open (voting.py): the themes,
// each with its dots, instead of the note box; the ballot kept and sent like a note. After
// page.js and page_notes.js, in the same script (page.html).
// ----- The dot vote -----
function given() {  // the dots this phone has given in the vote
  return ballot ? Object.values(ballot.dots).reduce((a, b) => a + b, 0) : 0;
}
function showVote(v) {
  const was = vote;
  vote = v;
  if (v) {
    if (!ballot || ballot.vote !== v.id) ballot = { vote: v.id, key: newKey(), dots: {}, state: "draft" };
    const listed = new Set(v.themes.map((t) => String(t.id)));
    const into = v.merged || {};
    let back = false, moved = null;
    for (const id of Object.keys(ballot.dots)) {
      if (listed.has(id)) continue;
      const to = String(into[id]);
      if (listed.has(to)) {  // merged into another theme: the laptop counts its dots there too
        ballot.dots[to] = (ballot.dots[to] || 0) + ballot.dots[id];
        moved = v.themes.find((t) => String(t.id) === to).label;
      } else {
        back = true;
      }
      delete ballot.dots[id];
    }
    if (back) {
      if (ballot.state === "sent") ballot.state = "draft";
      say(w("vote_gone"), true);
    } else if (moved !== null) {
      say(w("vote_merged", { theme: moved }));
    } else if (!was) {
      say(ballot.state === "sent" ? w("vote_sent") : w("vote_open_now"));
    }
    keep();
  } else if (was && ballot) {
    const unsent = ballot.state !== "sent" && given() > 0;
    // Dots sent, then changed and not sent again: the laptop counted the ones sent.
    const kept = unsent && ballot.counted ? "vote_closed_changed" : "vote_closed_unsent";
    say(w(unsent ? kept : "vote_closed_now"), unsent);
    // Kept (not sent again once closed): the facilitator's Ctrl+Z opens the same vote again,
    // with this phone's ballot on the laptop, and this phone carries on with that ballot's
    // key. A new one would count its dots a second time.
    if (ballot.state === "waiting") ballot.state = "draft";
    keep();
  }
  drawVote();
}
function drawVote() {
  const on = vote !== null;
  $("vote").hidden = !on;
  // What became of the dots is said just above Send my dots, where the thumb is: above the
  // ballot, a long list of themes (or large text) had it scrolled out of sight.
  const said = $("said");
  if (on && said.parentNode !== $("vote")) $("vote").insertBefore(said, $("vote-send"));
  if (!on && said.parentNode === $("vote")) $("form").insertBefore(said, $("vote"));
  for (const id of ["note", "mine", "prompt", "left"]) $(id).hidden = on;
  if (on) $("closed").hidden = true;  // (the round may be over: the vote is not)
  if (on && $("said").className === "echo") $("said").className = "";  // (the box is not shown)
  if (!on) return;
  // Named: the page's top line is the round on the clock, which may be another one.
  $("vote-head").textContent = w("vote_head", { n: vote.round, title: vote.title || "" });
  $("vote-how").textContent = w("vote_how", { n: vote.dots });
  const list = $("ballot");
  const names = vote.themes.map((t) => t.id + ":" + t.label).join("\n");
  if (list.dataset.names !== names) {  // rebuilt only when the themes changed (keeps the focus)
    list.dataset.names = names;
    list.textContent = "";
    for (const t of vote.themes) {
      const item = document.createElement("li");
      item.className = "theme";
      item.dataset.id = String(t.id);
      const label = document.createElement("span");
      label.className = "label";
      label.dir = "auto";
      label.textContent = t.label;
      const row = document.createElement("span");
      row.className = "dots";
      const take = document.createElement("button");
      take.type = "button";
      take.className = "take";
      take.textContent = "−";
      take.setAttribute("aria-label", w("vote_take", { theme: t.label }));
      take.addEventListener("click", () => giveDot(t.id, -1));
      const count = document.createElement("output");
      const add = document.createElement("button");
      add.type = "button";
      add.className = "add";
      add.textContent = "+";
      add.setAttribute("aria-label", w("vote_add", { theme: t.label }));
      add.addEventListener("click", () => giveDot(t.id, 1));
      row.append(take, count, add);
      item.append(label, row);
      list.appendChild(item);
    }
  }
  const left = vote.dots - given();
  for (const item of list.children) {
    const n = ballot.dots[item.dataset.id] || 0;
    item.querySelector("output").textContent = String(n);
    item.querySelector(".take").disabled = n === 0;
    item.querySelector(".add").disabled = left <= 0;
    item.classList.toggle("given", n > 0);
  }
  $("vote-left").textContent = w("vote_left", { n: left });
}
function giveDot(id, by) {
  if (!vote || !ballot) return;
  const key = String(id);
  const now = (ballot.dots[key] || 0) + by;
  if (now < 0 || (by > 0 && given() >= vote.dots)) return;
  if (now) ballot.dots[key] = now; else delete ballot.dots[key];
  if (ballot.state === "sent") {  // sent again, the new dots replace the ones sent
    ballot.state = "draft";
    say(w("vote_changed"));
  }
  keep();
  drawVote();
}
function sendBallot() {
  if (!vote || !ballot) return;
  if (!given()) { say(w("vote_empty"), true); return; }
  if (!side()) {
    say(w("vote_pick_side"), true);
    document.querySelector("input[name=function]").focus();
    return;
  }
  ballot.function = side();
  ballot.state = "waiting";
  keep();
  say(w("sending"));
  flushBallot();
}
async function flushBallot() {
  if (!ballot || ballot.state !== "waiting" || ballotSending) return;
  ballotSending = true;
  const sent = JSON.stringify(ballot.dots) + ballot.function;
  let answer;
  try {
    answer = await ask(base + "/ballot", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ key: ballot.key, vote: ballot.vote, function: ballot.function, dots: ballot.dots })
    });
  } catch (err) {
    say(VOTE_OFFLINE, true);
    return;
  } finally {
    ballotSending = false;
  }
  const body = await answer.json().catch(() => ({}));
  if (!ballot) return;
  if (answer.ok) {
    ballot.counted = true;  // the laptop has dots of this phone now, until it has others
    // Changed while it went: the newer dots wait for Send.
    if (JSON.stringify(ballot.dots) + ballot.function === sent && ballot.state === "waiting") {
      ballot.state = "sent";
      say(w("vote_sent"));
    }
  } else if (answer.status === 404 || answer.status >= 500) {  // kept, and sent again
    say(body.error || w("vote_waiting"), true);
  } else {
    ballot.state = "draft";
    say(w("vote_refused", { why: body.error || w("refused") }), true);
    if (answer.status === 409) await state();  // closed, or the themes changed: shown
  }
  keep();
  drawVote();
}

$("vote-send").addEventListener("click", sendBallot);
