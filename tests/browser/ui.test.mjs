// The concord web UI in headless Chromium (Debian's /usr/bin/chromium, driven by
// playwright-core): articles carrying script elements, event-handler attributes and
// javascript: links are ingested through the API, then every page is opened and checked
// that nothing runs (no dialog, no script element, no handler attribute, no javascript:
// link). Screenshots of the story list, a dossier and an article go to docs/screenshots/.
//
// Usage: node ui.test.mjs [path/to/concord] (run from tests/browser; the sample corpus is
// ingested from ../../corpus/sample).
import { chromium } from "playwright-core";
import { spawn } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import assert from "node:assert/strict";

const root = resolve(import.meta.dirname, "../..");
const concord = resolve(process.argv[2] ?? join(root, "target/release/concord"));
const db = join(mkdtempSync(join(tmpdir(), "concord-ui-")), "concord.db");

function run(args) {
  return new Promise((ok, fail) => {
    const p = spawn(concord, args, { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
    p.on("exit", (code) => (code === 0 ? ok() : fail(new Error(`concord ${args[0]} exited ${code}`))));
  });
}

function serve() {
  return new Promise((ok, fail) => {
    const p = spawn(concord, ["serve", "--addr", "127.0.0.1:0", "--db", db], { cwd: root });
    p.stderr.pipe(process.stderr);
    p.stdout.on("data", (d) => {
      const m = /http:\/\/([^/\s]+)\//.exec(String(d));
      if (m) ok({ proc: p, base: `http://${m[1]}` });
    });
    p.on("exit", (code) => fail(new Error(`concord serve exited ${code}`)));
  });
}

const hostile = [
  {
    id: "hostile-script", lang: "en", source: "evil.example",
    title: "<script>alert('title')</script>Bridge in Lisbon reopens",
    text: "Officials in Lisbon said on Monday that the bridge would reopen. <script>alert('text')</script> " +
      "<img src=x onerror=\"alert('img')\"> The ministry said 150,000 vehicles cross it every day. " +
      "<a href=\"javascript:alert('link')\">Read more</a> <svg onload=\"alert('svg')\"></svg>",
  },
  {
    id: "hostile-handler", lang: "pt", source: "mal.example",
    title: "<b onmouseover=\"alert('b')\">Ponte</b> de Lisboa reabre",
    text: "A ponte de Lisboa reabriu na segunda-feira, disse o ministério. <iframe src=\"javascript:alert('frame')\"></iframe> " +
      "Cerca de 150 mil veículos atravessam a ponte todos os dias. <body onload=alert('body')>",
  },
];

await run(["ingest", "--db", db, "corpus/sample"]);
const server = await serve();
const res = await fetch(`${server.base}/api/ingest`, {
  method: "POST",
  body: hostile.map((h) => JSON.stringify(h)).join("\n") + "\n",
});
assert.equal(res.status, 200, await res.text());

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox"],
});
let failures = 0;
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const ran = [];
  page.on("dialog", async (d) => { ran.push(`dialog: ${d.message()}`); await d.dismiss(); });
  page.on("pageerror", (e) => ran.push(`error: ${e.message}`));
  // Anything the Content-Security-Policy refuses (an inline style, a script) is a failure:
  // the pages are meant to need nothing it forbids.
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) ran.push(`csp: ${m.text()}`);
  });
  const story = (await (await fetch(`${server.base}/api/articles/hostile-script`)).json()).story.id;
  const stories = await (await fetch(`${server.base}/api/stories`)).json();
  const kim = stories.find((s) => s.entities.some((e) => e.id === "person:kim-jong-un") && s.languages.ru);
  const pages = ["/", `/story/${story}`, "/article/hostile-script", "/article/hostile-handler",
    "/search?q=ponte", `/story/${kim.id}`];
  for (const path of pages) {
    await page.goto(`${server.base}${path}`);
    // Hover and click everything a handler could hang on.
    for (const el of await page.$$("b, a, img, svg")) { await el.hover().catch(() => {}); }
    const found = await page.evaluate(() => ({
      scripts: document.scripts.length,
      handlers: [...document.querySelectorAll("*")].filter((e) => [...e.attributes].some((a) => a.name.startsWith("on"))).length,
      jsLinks: [...document.querySelectorAll("[href],[src]")].filter((e) => /^\s*javascript:/i.test(e.getAttribute("href") ?? e.getAttribute("src") ?? "")).length,
      frames: document.querySelectorAll("iframe, object, embed").length,
    }));
    const ok = found.scripts === 0 && found.handlers === 0 && found.jsLinks === 0 && found.frames === 0;
    console.log(`${ok ? "ok  " : "FAIL"} ${path} ${JSON.stringify(found)}`);
    if (!ok) failures++;
  }
  // The story list has its Sources column, a count per story.
  await page.goto(`${server.base}/`);
  const heads = await page.$$eval("table.stories th", (ths) => ths.map((t) => t.textContent.trim()));
  assert.deepEqual(heads, ["Story", "Articles", "Sources", "Languages", "Last report"]);
  const counts = await page.$$eval("td.sources", (tds) => tds.map((t) => Number(t.textContent)));
  assert.equal(counts.length, stories.length);
  assert.ok(counts.every((n) => n >= 1), String(counts));
  // The dossier's timeline: a dated axis, each dot titled and linked to its article.
  await page.goto(`${server.base}/story/${kim.id}`);
  const timeline = await page.$eval("svg.timeline", (svg) => ({
    box: svg.getBoundingClientRect().height,
    labels: [...svg.querySelectorAll("text")].map((t) => t.textContent),
    dots: [...svg.querySelectorAll("a")].map((a) => ({
      href: a.getAttribute("href"),
      title: a.querySelector("title")?.textContent ?? "",
    })),
  }));
  assert.ok(timeline.box > 30, JSON.stringify(timeline));
  assert.ok(timeline.labels.some((l) => l.startsWith("first report 20")), JSON.stringify(timeline.labels));
  assert.ok(timeline.labels.some((l) => l.startsWith("last report 20")), JSON.stringify(timeline.labels));
  assert.ok(timeline.dots.length >= 2, JSON.stringify(timeline.dots));
  for (const d of timeline.dots) {
    assert.match(d.href, /^\/article\//);
    assert.match(d.title, / · [a-z?]+ · \d{4}-\d\d-\d\d \d\d:\d\d /);
  }
  console.log(`ok   story list with sources; timeline with ${timeline.dots.length} titled dots`);
  // Unknown ids are 404 pages.
  for (const path of ["/story/no-such-story", "/article/no-such-article"]) {
    const r = await page.goto(`${server.base}${path}`);
    assert.equal(r.status(), 404, path);
  }
  // The hostile text is shown, as text.
  await page.goto(`${server.base}/article/hostile-script`);
  assert.match(await page.textContent("article"), /<script>alert\('text'\)<\/script>/);
  if (ran.length) { console.log(`FAIL something ran: ${ran.join("; ")}`); failures++; }
  else console.log("ok   no dialog, no page error");
  if (process.env.CONCORD_SCREENSHOTS) {
    const dir = join(root, "docs/screenshots");
    mkdirSync(dir, { recursive: true });
    await page.goto(`${server.base}/`);
    await page.screenshot({ path: join(dir, "stories.png") });
    await page.goto(`${server.base}/story/${kim.id}`);
    await page.screenshot({ path: join(dir, "dossier.png"), fullPage: false });
    await page.goto(`${server.base}/article/hostile-script`);
    await page.screenshot({ path: join(dir, "hostile-article.png") });
    console.log(`screenshots in ${dir}`);
  }
} finally {
  await browser.close();
  server.proc.kill();
}
process.exit(failures ? 1 : 0);
