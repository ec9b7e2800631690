// What a participant meets on the page, checked against live servers (run.py starts them).
const { load, pause } = require("./page_env.js");
const [open, closed, gone] = process.argv.slice(2);
let failed = 0;
function check(what, ok, seen) {
  console.log((ok ? "ok   " : "FAIL ") + what + (ok ? "" : "  -- saw: " + JSON.stringify(seen)));
  if (!ok) failed += 1;
}
const says = (p) => p.el("said").textContent;
const items = (p) => p.el("mine").children.map((c) => c.textContent + " / " + c.children[0].textContent);
function type(p, text) { p.el("text").value = text; p.el("form").requestSubmit(); }

(async () => {
  // 1. A note sent; the list says it is on the board.
  let p = load(open);
  await pause(300);
  check("round shown", p.el("round").textContent.startsWith("Round 2"), p.el("round").textContent);
  check("time left shown", /^About \d+ minutes left\.$/.test(p.el("left").textContent), p.el("left").textContent);
  type(p, "  Sent from the page  ");
  await pause(300);
  check("sent note listed as on the board", items(p)[0] === "Sent from the page / On the board", items(p));

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

  // 8. Round closed: Send is off; Ctrl+Enter keeps the text in the box and says why.
  p = load(closed);
  await pause(300);
  check("send off while closed", p.el("send").disabled === true, p.el("send").disabled);
  p.el("text").value = "Typed while closed";
  p.el("text").listeners.keydown({ key: "Enter", ctrlKey: true });
  await pause(300);
  check("Ctrl+Enter while closed keeps the text", p.el("text").value === "Typed while closed", p.el("text").value);
  check("... and says why", says(p).includes("has ended"), says(p));

  // 9. The round ends between the poll and the send: refused, and the text is back in the box.
  p = load(closed);
  p.net.state = { session: "S", anonymous: true, open: true, closed: "", round: { position: 2, title: "T", prompt: "P" }, names: [] };
  await pause(300);
  type(p, "Just too late");
  await pause(300);
  check("refused note says why", items(p)[0] === "Just too late / Not added: Round 2 has ended. Wait for the next round.", items(p));
  check("refused note's text back in the box", p.el("text").value === "Just too late", p.el("text").value);

  // 10. An address no longer open (the file opened again): told to ask for the new one.
  p = load(gone);
  await pause(300);
  check("old address: told to ask", says(p).startsWith("This address is not open"), says(p));
  type(p, "To the old address");
  await pause(300);
  check("old address: note says why", items(p)[0] === "To the old address / Not added: This address is not open. Ask the facilitator for the one on the screen.", items(p));

  // 11. The round ending and the next opening are said in the status line (read out).
  p = load(open);
  await pause(300);
  p.net.state = { session: "S", anonymous: true, open: false, closed: "Round 2 has ended. Wait for the next round.", round: { position: 2, title: "T", prompt: "P" }, names: [] };
  await p.page.state();
  check("round ended: said", says(p) === "Round 2 has ended. Wait for the next round.", says(p));
  p.net.state = null;
  await p.page.state();
  check("round open again: said", says(p) === "Round 2 is open: send your notes.", says(p));

  console.log(failed ? failed + " failed" : "all passed");
  process.exit(failed ? 1 : 0);
})();
