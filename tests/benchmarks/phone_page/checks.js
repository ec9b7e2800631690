// What a participant meets on the page, checked against live servers (run.py starts them).
const { load, pause } = require("./page_env.js");
const [open, closed, gone, slow] = process.argv.slice(2);
let failed = 0;
function check(what, ok, seen) {
  console.log((ok ? "ok   " : "FAIL ") + what + (ok ? "" : "  -- saw: " + JSON.stringify(seen)));
  if (!ok) failed += 1;
}
const says = (p) => p.el("said").textContent;
const items = (p) => p.el("mine").children.map((c) => c.textContent + " / " + c.children[0].textContent);
// A participant types and sends, having picked a side once ("other" unless they picked one).
function type(p, text) {
  if (!p.radios.some((r) => r.checked)) p.radios[2].checked = true;
  p.el("text").value = text; p.el("form").requestSubmit();
}

(async () => {
  // 1. A note sent; the list says it is on the board.
  let p = load(open);
  await pause(300);
  check("round shown", p.el("round").textContent.startsWith("Round 2"), p.el("round").textContent);
  check("time left shown", /^About \d+ minutes left\.$/.test(p.el("left").textContent), p.el("left").textContent);
  type(p, "  Sent from the page  ");
  await pause(300);
  check("sent note listed as on the board", items(p)[0] === "Sent from the page / On the board", items(p));

  // 1b. No side picked: the note stays in the box and the page asks for one.
  p = load(open);
  await pause(300);
  p.el("text").value = "Which side am I?"; p.el("form").requestSubmit();
  await pause(200);
  check("no side picked: the note is not sent", !p.net.bodies.some((b) => b.text === "Which side am I?"), p.net.bodies);
  check("no side picked: it stays in the box", p.el("text").value === "Which side am I?", p.el("text").value);
  check("no side picked: the page asks for one", says(p).startsWith("Pick Sales, Marketing or Other"), says(p));

  // 1c. A name from the list picks that person's side (the laptop counts the note for it).
  p = load(open);
  await pause(300);
  p.el("name").value = "Ana Lopez"; p.el("name").listeners.change();
  check("picking a name picks its side", p.radios.find((r) => r.checked)?.value === "sales", p.radios);

  // 2. Saved name, then 'Not named' picked: it stays not named at the next poll.
  let mem = {};
  p = load(open, { mem });
  await pause(300);
  p.el("name").value = "Ana Lopez"; p.el("name").listeners.change();
  p = load(open, { mem });  // reload
  await pause(300);
  check("saved name picked again after reload", p.el("name").value === "Ana Lopez", p.el("name").value);
  p.el("name").value = ""; p.el("name").listeners.change();
  await p.page.state();
  check("'Not named' stays picked at the next poll", p.el("name").value === "", p.el("name").value);

  // 3. Offline, then back: the note waits, then goes once.
  mem = {};
  p = load(open, { mem });
  await pause(300);
  p.net.offline = true;
  type(p, "Written offline");
  await pause(100);
  check("offline note waits", items(p)[0] === "Written offline / Waiting to send…", items(p));
  check("offline said", says(p).startsWith("No connection"), says(p));
  // Reload while it waits: still there, and sent once the laptop is back.
  p = load(open, { mem });
  p.net.offline = true;
  await pause(100);
  check("waiting note kept over a reload", items(p)[0] === "Written offline / Waiting to send…", items(p));
  p.net.offline = false;
  await p.page.state(); await p.page.flush();
  check("sent when back", items(p)[0] === "Written offline / On the board", items(p));

  // 3a. One /state request dropped (the laptop closed an idle connection the browser reused):
  // asked again at once, no "No connection"; both dropped (the network gone): said at once.
  p = load(open);
  await pause(300);
  type(p, "Before a dropped request");
  await pause(300);
  p.net.drop = 1;
  await p.page.state();
  check("one dropped request: not said offline", !says(p).startsWith("No connection"), says(p));
  check("... the state asked again at once", p.net.drop === 0 && p.el("round").textContent.startsWith("Round 2"), p.net.drop);
  p.net.drop = 2;
  await p.page.state();
  check("dropped again on the retry: said offline", says(p).startsWith("No connection"), says(p));
  await p.page.state();
  check("... and cleared when back", !says(p).startsWith("No connection"), says(p));

  // 3b. Two tabs of the same phone (the code scanned twice), the laptop away: a note typed in
  // each. The tab closed first leaves its note in the storage both share: the other tab's
  // next note must not write it out of there, or it is lost once that tab closes too.
  mem = {};
  const first = load(open, { mem }), second = load(open, { mem });
  await pause(300);
  first.net.offline = true; second.net.offline = true;
  type(second, "From the tab closed first");
  await pause(100);
  type(first, "From the tab left open");
  await pause(100);
  p = load(open, { mem });  // both closed, the page opened again
  p.net.offline = true;
  await pause(100);
  const tabs = items(p).sort();
  check("two tabs: both notes waiting are kept", tabs.join("|") === "From the tab closed first / Waiting to send…|From the tab left open / Waiting to send…", tabs);
  p.net.offline = false;
  await p.page.state(); await p.page.flush();
  const both = items(p).sort();
  check("... and both sent once back", both.join("|") === "From the tab closed first / On the board|From the tab left open / On the board", both);

  // 3c. Two tabs of one phone opened before either kept anything: one phone id, not two
  // (the laptop counts the phones that sent notes by it).
  mem = {};
  const tabA = load(open, { mem }), tabB = load(open, { mem });
  await pause(300);
  type(tabA, "From tab A"); type(tabB, "From tab B");
  await pause(300);
  const ids = [tabA, tabB].map((t) => t.net.bodies.find((b) => b.text && b.text.startsWith("From tab"))?.device);
  check("two tabs opened at once: one phone id", ids[0] && ids[0] === ids[1], ids);

  // 4. A request that never answers (a half-open connection) does not stop sending for good.
  p = load(open);
  await pause(300);
  p.net.hang = true;
  type(p, "Stuck once");
  await pause(400);  // the page's own time limit, 100 times faster here
  p.net.hang = false;
  await p.page.flush();
  check("a hung send is given up and sent again", items(p)[0] === "Stuck once / On the board", items(p));

  // 5. More than 30 notes waiting are all kept over a reload.
  mem = {};
  p = load(open, { mem });
  await pause(300);
  p.net.offline = true;
  for (let i = 0; i < 35; i++) type(p, "Offline " + i);
  await pause(100);
  p = load(open, { mem });
  p.net.offline = true;
  await pause(50);
  const waiting = p.page.notes().filter((n) => n.state === "waiting").length;
  check("35 waiting notes kept over a reload", waiting === 35, waiting);

  // 6. Storage that throws (private mode, storage off) or holds rubbish: the page still works.
  const throwing = { getItem() { throw new Error("SecurityError"); }, setItem() { throw new Error("QuotaExceededError"); } };
  try {
    p = load(open, { storage: throwing });
    await pause(300);
    type(p, "No storage here");
    await pause(300);
    check("works without storage", items(p)[0] === "No storage here / On the board", items(p));
  } catch (err) { check("works without storage", false, String(err)); }
  try {
    const rubbish = {};
    rubbish["roundtable:" + new URL(open).pathname] = "{not json";
    p = load(open, { mem: rubbish });
    await pause(300);
    type(p, "After rubbish");
    await pause(300);
    check("works with rubbish in storage", items(p)[0] === "After rubbish / On the board", items(p));
  } catch (err) { check("works with rubbish in storage", false, String(err)); }

  // 7. Keys on plain http (no crypto.randomUUID) are unique, even with a weak Math.random.
  const weak = Object.create(Math); weak.random = () => 0.5;
  p = load(open, { crypto: { getRandomValues: globalThis.crypto.getRandomValues.bind(globalThis.crypto) }, Math: weak });
  const keys = new Set();
  for (let i = 0; i < 10000; i++) keys.add(p.page.newKey());
  check("10,000 fallback keys all different", keys.size === 10000, keys.size);

  // 8. Round closed: Send is off; Enter (the keyboard's Send key) keeps the text in the box and says why.
  p = load(closed);
  await pause(300);
  check("send off while closed", p.el("send").disabled === true, p.el("send").disabled);
  p.el("text").value = "Typed while closed";
  p.el("text").listeners.keydown({ key: "Enter", preventDefault() {} });
  await pause(300);
  check("Enter while closed keeps the text", p.el("text").value === "Typed while closed", p.el("text").value);
  check("... and says why", says(p).includes("has ended"), says(p));

  // 8b. The round (or the session) over, nothing waiting on the phone, and the laptop closed:
  // no red alarm that notes wait, under the box that says the round has ended.
  p = load(closed);
  await pause(300);
  p.net.offline = true;
  await p.page.state();
  check("laptop closed after the round, nothing waiting: no alarm", !says(p).startsWith("No connection") && p.el("closed").textContent.includes("has ended"), [says(p), p.el("closed").textContent]);
  type(p, "Typed once it was closed");
  await pause(100);
  p.el("form").requestSubmit();
  await pause(100);
  check("... a note typed then still says why it is not sent", says(p).includes("has ended"), says(p));

  // 9. The round ends between the poll and the send: refused, and the text is back in the box.
  p = load(closed);
  p.net.state = { session: "S", anonymous: true, open: true, closed: "", round: { position: 2, title: "T", prompt: "P" }, names: [] };
  await pause(300);
  type(p, "Just too late");
  await pause(300);
  check("refused note says why", items(p)[0] === "Just too late / Not added: Round 2 has ended. Wait for the next round.", items(p));
  check("refused note's text back in the box", p.el("text").value === "Just too late", p.el("text").value);

  // 10. An address no longer open (the file opened again): told to ask for the new one;
  // a note sent there waits on the phone for the new address.
  p = load(gone);
  await pause(300);
  check("old address: told to ask", says(p).startsWith("This address is not open"), says(p));
  type(p, "To the old address");
  await pause(300);
  check("old address: note waits for the new one", items(p)[0] === "To the old address / Waiting: scan the code on the screen again to send it", items(p));
  check("old address: told to scan again", says(p).includes("scan the code on the screen again"), says(p));

  // 11. The round ending and the next opening are said in the status line (read out).
  p = load(open);
  await pause(300);
  p.net.state = { session: "S", anonymous: true, open: false, closed: "Round 2 has ended. Wait for the next round.", round: { position: 2, title: "T", prompt: "P" }, names: [] };
  await p.page.state();
  check("round ended: said", says(p) === "Round 2 has ended. Wait for the next round.", says(p));
  p.net.state = null;
  await p.page.state();
  check("round open again: said", says(p) === "Round 2 is open: send your notes.", says(p));

  // 11b. The facilitator pauses the round: the status line says so ("Sent." stood there), the
  // clock line stands out, and a note still goes; going on again is said too.
  p = load(open);
  await pause(300);
  type(p, "Before the pause");
  await pause(300);
  const running = await (await fetch(open + "/state")).json();
  p.net.state = { ...running, round: { ...running.round, time: "Paused. About 5 minutes left.", paused: true } };
  await p.page.state();
  check("paused: said", says(p) === "The facilitator paused the round. You can still send notes.", says(p));
  check("paused: the clock line stands out", p.el("left").className === "paused", p.el("left").className);
  check("paused: Send still works", p.el("send").disabled === false, p.el("send").disabled);
  await p.page.state();
  check("paused: said once, kept", says(p) === "The facilitator paused the round. You can still send notes.", says(p));
  p.net.state = null;
  await p.page.state();
  check("going on: said", says(p) === "The round goes on.", says(p));
  check("going on: the clock line quiet again", p.el("left").className === "", p.el("left").className);

  // 12. The laptop's code changed with notes waiting on a phone: none is refused; the phone
  // scans the new code and every one of them is sent from there, once, nothing retyped.
  const live = await (await fetch(open + "/state")).json();
  mem = {};
  const old = load(gone, { mem });
  old.net.state = live;  // the old address as it was, open, before the laptop's new code
  await pause(300);
  await old.page.state();
  old.net.offline = true;
  for (const t of ["Moved one", "Moved two", "Moved three"]) type(old, t);
  await pause(100);
  old.net.offline = false; old.net.state = null;
  await old.page.state(); await old.page.flush();
  const oldStates = old.page.notes().map((n) => n.state).join(",");
  check("new code: notes at the old address all wait, none refused", oldStates === "waiting,waiting,waiting", oldStates);
  check("new code: told to scan again", says(old).includes("scan the code on the screen again"), says(old));
  const fresh = load(open, { mem });  // scanned again: the new address, same phone
  await pause(400);
  check("new code: all three sent from the new address", items(fresh).filter((i) => i.endsWith("/ On the board")).length === 3, items(fresh));
  check("new code: each sent once", fresh.net.bodies.length === 3, fresh.net.bodies.length);
  await old.page.flush();  // the old tab, still open, sends nothing more
  check("new code: the old tab lets them go", old.page.notes().length === 0 && says(old).startsWith("Your notes waiting here are sent from the new address: http"), [old.page.notes().length, says(old)]);
  const again = load(gone, { mem });  // the old address opened again: nothing left to send
  await pause(300);
  check("new code: nothing left at the old address", again.page.notes().length === 0, again.page.notes());

  // 13. Notes kept by an older page for an old address (no session said), and refused: each
  // is listed with a button that puts it back in the box, and sent from there once.
  mem = {};
  mem["roundtable:/older-code"] = JSON.stringify({ device: "d", notes: [
    { key: "k1", text: "Kept one", state: "refused", why: "This address is not open. Ask the facilitator for the one on the screen." },
    { key: "k2", text: "Kept two", state: "waiting" },
    { key: "k3", text: "Already on the board", state: "sent" }] });
  p = load(open, { mem });
  await pause(300);
  const kept = items(p).filter((i) => i.includes("earlier address"));
  check("older page's notes listed to put back", kept.length === 2, items(p));
  const item = p.el("mine").children.find((c) => c.textContent === "Kept two");
  item.children[1].click();
  check("put back: the note is in the box", p.el("text").value === "Kept two", p.el("text").value);
  type(p, p.el("text").value);  // kept with no side: the participant picks one and sends
  await pause(300);
  check("put back and sent: on the board, no longer listed as refused",
    items(p).filter((i) => i.startsWith("Kept two")).join("|") === "Kept two / On the board", items(p));
  check("older page's sent note not sent again", !p.net.bodies.some((b) => b.text === "Already on the board"), p.net.bodies);

  // 14. Several notes refused at once (the round ended while they waited): each can go back.
  p = load(closed);
  p.net.state = { session: "S", anonymous: true, open: true, closed: "", round: { position: 2, title: "T", prompt: "P" }, names: [] };
  await pause(300);
  await p.page.state();
  p.net.offline = true;
  for (const t of ["Late one", "Late two", "Late three"]) type(p, t);
  await pause(100);
  p.net.offline = false;
  await p.page.flush();
  const buttons = p.el("mine").children.filter((c) => c.children[1] && c.children[1].textContent === "Put back in the box");
  check("each refused note has Put back in the box", buttons.length === 3, items(p));
  p.el("text").value = "";
  p.el("mine").children.find((c) => c.textContent === "Late three").children[1].click();
  check("the third put back", p.el("text").value === "Late three", p.el("text").value);
  p.el("mine").children.find((c) => c.textContent === "Late two").children[1].click();
  check("a second put back does not overwrite the box", p.el("text").value === "Late three" && says(p).startsWith("Send or clear"), [p.el("text").value, says(p)]);

  // 15. Storage off: the page tells the laptop its id is not kept (counted by its address);
  // with only the tab's storage, notes waiting are kept over a reload all the same.
  p = load(open, { storage: throwing });
  await pause(300);
  type(p, "Storage off, counted by address");
  await pause(300);
  check("storage off: id said not kept", p.net.bodies.length === 1 && p.net.bodies[0].kept === false, p.net.bodies);
  p = load(open);
  await pause(300);
  type(p, "Storage on");
  await pause(300);
  check("storage on: id said kept", p.net.bodies[0].kept === true, p.net.bodies);
  const tab = {};
  p = load(open, { storage: throwing, session: tab });
  await pause(300);
  p.net.offline = true;
  type(p, "Kept in the tab");
  await pause(100);
  p = load(open, { storage: throwing, session: tab });
  p.net.offline = true;
  await pause(100);
  check("tab storage only: waiting note kept over a reload", items(p)[0] === "Kept in the tab / Waiting to send…", items(p));
  p.net.offline = false;
  await p.page.flush();
  check("... and sent, id said not kept", items(p)[0] === "Kept in the tab / On the board" && p.net.bodies[0].kept === false, [items(p), p.net.bodies]);

  // 16. Notes sent faster than the laptop takes them from one phone (this server takes 3 at
  // once, then one every 2 s): the page says when the next goes, keeps it waiting, sends it
  // then, and loses none. (The page's timers run 100 times faster here: 2 s is 20 ms.)
  p = load(slow);
  await pause(300);
  p.net.offline = true;
  for (let i = 1; i <= 5; i++) type(p, "Queued " + i);
  await pause(100);
  p.net.offline = false;
  await p.page.flush();
  const queued = () => items(p).filter((i) => i.startsWith("Queued")).sort();
  check("held back: three sent, two waiting",
    queued().join("|") === "Queued 1 / On the board|Queued 2 / On the board|Queued 3 / On the board|Queued 4 / Waiting to send…|Queued 5 / Waiting to send…", queued());
  check("... the page says when the next goes",
    says(p) === "This phone has sent many notes in a short time. This one waits here and is sent in 2 seconds.", says(p));
  type(p, "Typed while held back");
  check("... a note typed meanwhile is told so too", says(p).includes("is sent in"), says(p));
  const sentBefore = p.net.bodies.length;
  await p.page.flush();  // the page's own 3 s try: nothing sent before the time said
  check("... nothing sent before the time", p.net.bodies.length === sentBefore, p.net.bodies.length - sentBefore);
  // The laptop's pace is in real time: the three waiting go 2 s apart (the page, 100 times
  // faster here, asks again every 20 ms meanwhile and is told to wait each time).
  await pause(6500);
  const all = items(p).filter((i) => i.startsWith("Queued") || i.startsWith("Typed while"));
  check("... and all sent in the end, each once", all.length === 6 && all.every((i) => i.endsWith("On the board")), all);

  console.log(failed ? failed + " failed" : "all passed");
  process.exit(failed ? 1 : 0);
})();
