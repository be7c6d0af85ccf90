// dashboard.mjs - end-to-end test of the web dashboard in headless Chromium.
//
// Builds a fresh database from the bundled example corpus, starts
// `tocsin serve` on a free local port and drives the page: every view is
// compared with what the JSON API answers (no hard-coded strings; the map's
// countries, points, zoom and place filter too), then an
// extra article is ingested while the page is open and must show up without
// a reload. Screenshots go to $B/screenshots/. Prints "N passed, M failed".
//
//   node tests/e2e/dashboard.mjs          (from the repository root; B=build)
//
// Skips (exit 0) where Chromium or web/node_modules/playwright-core is
// missing: a fresh clone without the set-up (`make web` installs them).
// E2E_BASE_URL and E2E_DB point it at a server already running instead.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const B = path.resolve(root, process.env.B || 'build');
const tocsin = path.join(B, 'tocsin');
const webDir = path.join(B, 'web');
const shots = path.join(B, 'screenshots');
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
const pwPath = path.join(root, 'web', 'node_modules', 'playwright-core', 'index.mjs');
const TIMEOUT = 15000;

if (!fs.existsSync(chromiumPath) || !fs.existsSync(pwPath)) {
    console.log(`SKIP dashboard e2e: ${!fs.existsSync(chromiumPath) ? chromiumPath : 'web/node_modules/playwright-core'} ` +
        'not installed (make web; apt-get install chromium)');
    console.log('0 passed, 0 failed');
    process.exit(0);
}
const { chromium } = await import(pathToFileURL(pwPath).href);

let passed = 0;
let failed = 0;
async function check(name, fn) {
    try {
        await fn();
        passed++;
        console.log(`ok   ${name}`);
    } catch (e) {
        failed++;
        console.log(`FAIL ${name}\n     ${String((e && e.stack) || e).split('\n').slice(0, 4).join('\n     ')}`);
    }
}
function expect(cond, msg) {
    if (!cond) throw new Error(msg);
}
function expectEqual(got, want, what) {
    const g = JSON.stringify(got), w = JSON.stringify(want);
    if (g !== w) throw new Error(`${what}: got ${g.slice(0, 400)}, want ${w.slice(0, 400)}`);
}

const freePort = () =>
    new Promise((resolve, reject) => {
        const s = net.createServer();
        s.unref();
        s.on('error', reject);
        s.listen(0, '127.0.0.1', () => {
            const { port } = s.address();
            s.close(() => resolve(port));
        });
    });

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function until(what, fn, ms = TIMEOUT) {
    const end = Date.now() + ms;
    let last;
    for (;;) {
        try {
            const v = await fn();
            if (v) return v;
        } catch (e) {
            last = e;
        }
        if (Date.now() > end) throw new Error(`timed out waiting for ${what}${last ? ': ' + last.message : ''}`);
        await sleep(150);
    }
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tocsin-e2e-'));
const db = process.env.E2E_DB || path.join(tmp, 'e2e.db');
let base = process.env.E2E_BASE_URL || '';
let server = null;
let serverLog = '';
let browser = null;
const pageErrors = [];

async function api(p) {
    const r = await fetch(new URL('api/v1/' + p, base));
    const body = await r.json();
    if (!r.ok) throw new Error(`GET ${p}: ${r.status} ${JSON.stringify(body)}`);
    return body;
}

const alertKey = (a) => [a.kind, a.a, a.b, a.third || ''].join('|');
const country = (code) => (code || '').slice(0, 3);

try {
    fs.mkdirSync(shots, { recursive: true });
    if (!base) {
        expect(fs.existsSync(tocsin), `${tocsin} not built (make)`);
        expect(fs.existsSync(path.join(webDir, 'index.html')), `${webDir}/index.html missing (make web)`);
        execFileSync(tocsin, ['ingest', '--db', db, path.join(root, 'examples', 'corpus')], { cwd: root, stdio: 'pipe' });
        const port = await freePort();
        base = `http://127.0.0.1:${port}/`;
        server = spawn(tocsin, ['serve', '--db', db, '--listen', `127.0.0.1:${port}`, '--web', webDir], {
            cwd: root,
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        server.stdout.on('data', (d) => (serverLog += d));
        server.stderr.on('data', (d) => (serverLog += d));
        server.on('exit', (code) => (serverLog += `\n[server exited with ${code}]`));
        await until('the server to answer', async () => server.exitCode === null && (await fetch(base + 'api/v1/status')).ok, 10000);
    }

    browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.setDefaultTimeout(TIMEOUT);
    page.on('pageerror', (e) => pageErrors.push(`page error: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && pageErrors.push(`console: ${m.text()}`));
    // the page must work with no internet: any request off this server is an error
    page.on('request', (r) => {
        if (!r.url().startsWith(base) && !r.url().startsWith('data:')) pageErrors.push(`request off the server: ${r.url()}`);
    });

    await check('the page loads from / with its bundle', async () => {
        const res = await page.goto(base);
        expect(res && res.ok(), `GET / answered ${res && res.status()}`);
        await page.waitForSelector('body[data-ready="1"]');
        await page.waitForSelector('#network .graph canvas');
        await page.waitForSelector('#ladder .chart canvas');
        await page.waitForSelector('#map svg.world circle.place');
        await page.waitForTimeout(300);
        await page.screenshot({ path: path.join(shots, 'overview.png'), fullPage: true });
    });

    await check('the alert feed equals /api/v1/alerts (most severe first)', async () => {
        const want = (await api('alerts?sort=severity')).items.map(alertKey);
        expect(want.length > 0, 'the example corpus should give alerts');
        const got = await page.$$eval('#alerts li.alert', (els) => els.map((e) => [e.dataset.kind, e.dataset.a, e.dataset.b, e.dataset.third].join('|')));
        expectEqual(got, want, 'alerts');
    });

    await check('alert cards say who, which rule, how severe, when and how many in words', async () => {
        const items = (await api('alerts?sort=severity')).items;
        const cards = await page.$$eval('#alerts li.alert button.alert-head', (els) => els.map((e) => e.textContent));
        expectEqual(cards.length, items.length, 'cards');
        items.forEach((a, i) => {
            const t = cards[i];
            for (const [code, name] of [[a.a, a.a_name], [a.b, a.b_name], [a.third, a.third_name]]) {
                if (!code) continue;
                expect(name, `the API gives no name for ${code}`);
                expect(t.includes(name), `card ${i + 1} lacks the name "${name}" of ${code}: ${t}`);
            }
            expect(t.includes(a.first) && t.includes(a.last), `card ${i + 1} lacks its dates ${a.first}, ${a.last}: ${t}`);
            expect(t.includes(String(Math.round(a.severity))), `card ${i + 1} lacks its severity: ${t}`);
            expect(/\d+ events? · \d+ as evidence/.test(t), `card ${i + 1} lacks its counts: ${t}`);
            expect(t.includes(`rung ${a.rung}`), `card ${i + 1} lacks its rung: ${t}`);
        });
    });

    await check('the left column sums up the database and its most active pairs, in words', async () => {
        const st = await api('status');
        const top = (await api('dyads?limit=8')).items;
        expect(top.length > 0, 'the corpus should give pairs');
        const facts = await page.textContent('#summary dl.facts');
        expect(facts.includes(String(st.events)) && facts.includes(st.first_date) && facts.includes(st.last_date), `facts: ${facts}`);
        const got = await page.$$eval('#summary button.pair', (els) => els.map((e) => [e.dataset.a, e.dataset.b, e.querySelector('.pair-name').textContent]));
        expectEqual(got.map((x) => x[0] + '-' + x[1]), top.map((d) => d.a + '-' + d.b), 'pairs');
        got.forEach((x, i) => expect(x[2].includes(top[i].a_name) && x[2].includes(top[i].b_name), `pair ${x[2]} lacks its names`));
        // the column is used: the summary sits under the feed, the two not far shorter than the ladder and network
        const side = await page.locator('.side').boundingBox();
        const right = await page.locator('#network').boundingBox();
        const used = await page.evaluate(() => [...document.querySelectorAll('.side > .panel')].reduce((n, p) => n + p.getBoundingClientRect().height, 0));
        expect(used > 0.5 * (right.y + right.height - side.y), `the left column holds ${Math.round(used)} px of panels in ${Math.round(right.y + right.height - side.y)} px`);
    });

    await check('the events table fits its panel at 1400 px (names wrap, no sideways scroll)', async () => {
        const [sw, cw] = await page.$eval('#events .table-wrap', (e) => [e.scrollWidth, e.clientWidth]);
        expect(sw <= cw + 1, `the table is ${sw} px wide in ${cw} px`);
    });

    await check('event codes have names in the events table', async () => {
        const first = (await api('events?limit=25')).items[0];
        const row = page.locator(`#events tr.event[data-id="${first.id}"]`);
        const cells = await row.locator('td').allTextContents();
        expect(first.source_name && cells[1].includes(first.source_name) && cells[1].includes(first.source), `source cell: ${cells[1]}`);
        if (first.target) expect(first.target_name && cells[2].includes(first.target_name), `target cell: ${cells[2]}`);
        expect(first.code_name && cells[3].includes(first.code_name) && cells[3].includes(first.code), `CAMEO cell: ${cells[3]}`);
    });

    await check('the feed toggles to newest first', async () => {
        const want = (await api('alerts?sort=newest')).items.map(alertKey);
        await page.check('input[name="alert-order"][value="newest"]');
        await until('the newest-first order', async () =>
            JSON.stringify(await page.$$eval('#alerts li.alert', (els) => els.map((e) => [e.dataset.kind, e.dataset.a, e.dataset.b, e.dataset.third].join('|')))) === JSON.stringify(want));
        await page.check('input[name="alert-order"][value="severity"]');
        await page.waitForFunction((n) => document.querySelectorAll('#alerts li.alert').length === n && document.querySelector('#alerts .note').textContent.includes('alert'), want.length);
    });

    await check('the feed shows the alerts of a chosen window', async () => {
        const def = await api('alerts?sort=severity');
        expectEqual(await page.inputValue('#alerts-since'), def.since, 'default window start');
        const st = await api('status');
        const want = (await api(`alerts?sort=severity&since=${st.first_date}&until=${def.until}`)).items.map(alertKey);
        await page.fill('#alerts-since', st.first_date);
        await page.click('#alerts button[type="submit"]');
        await until('the wider window', async () =>
            JSON.stringify(await page.$$eval('#alerts li.alert', (els) => els.map((e) => [e.dataset.kind, e.dataset.a, e.dataset.b, e.dataset.third].join('|')))) === JSON.stringify(want));
        await page.click('#alerts button:has-text("Last 30 days")');
        await until('the default window', async () => (await page.inputValue('#alerts-since')) === def.since &&
            (await page.locator('#alerts li.alert').count()) === def.items.length);
    });

    await check('an alert opens to its evidence sentences, an evidence item to its sources', async () => {
        const alert = (await api('alerts?sort=severity')).items[0];
        const li = page.locator('#alerts li.alert').first();
        await li.locator('button.alert-head').click();
        expectEqual(await li.locator('button.alert-head').getAttribute('aria-expanded'), 'true', 'aria-expanded');
        const texts = await li.locator('button.evidence-item .ev-text').allTextContents();
        expectEqual(texts, alert.evidence.map((e) => e.text), 'evidence sentences');
        await li.locator('button.evidence-item').first().click();
        const ev = await api(`events/${alert.evidence[0].id}`);
        expect(ev.sources.length > 0, `event ${ev.id} has no sources in the API`);
        await li.locator('ul.sources li').first().waitFor();
        const outlets = await li.locator('ul.sources li .outlet').allTextContents();
        expectEqual(outlets.length, ev.sources.length, 'number of sources');
        const hrefs = await li.locator('ul.sources li a').evaluateAll((as) => as.map((a) => a.href));
        for (const s of ev.sources) if (s.url) expect(hrefs.includes(new URL(s.url).href), `source link ${s.url} missing`);
        if (ev.title) expect((await li.locator('.headline').textContent()).includes(ev.title), 'headline missing');
        await li.scrollIntoViewIfNeeded();
        await page.screenshot({ path: path.join(shots, 'alert-expanded.png') });
    });

    await check('a dyad picked from the searchable list draws its ladder with every point', async () => {
        const all = (await api('dyads')).items;
        expect(all.length > 1, 'the corpus should give several dyads');
        const shown = await page.getAttribute('#ladder', 'data-dyad');
        const pick = all.find((d) => `${d.a}-${d.b}` !== shown) || all[0];
        const q = pick.b.toLowerCase(); // the search is case-insensitive
        const hits = (await api(`dyads?q=${encodeURIComponent(q)}`)).items;
        await page.fill('#dyad-q', q);
        await until('the filtered dyad list', async () => (await page.locator('#ladder .dyad-item').count()) === hits.length);
        await page.click(`#ladder .dyad-item[data-a="${pick.a}"][data-b="${pick.b}"]`);
        const lad = await api(`ladder?a=${pick.a}&b=${pick.b}&by=week`);
        expect(lad.points.length > 0, `no ladder points for ${pick.a}-${pick.b}`);
        await page.waitForSelector(`#ladder[data-dyad="${pick.a}-${pick.b}"]`);
        expectEqual(await page.getAttribute('#ladder .chart', 'data-points'), String(lad.points.length), 'chart points');
        expectEqual(await page.locator('#ladder details.data tbody tr').count(), lad.points.length, 'data table rows');
        expectEqual(await page.locator('#ladder .chart canvas').count() > 0, true, 'a canvas');
        expectEqual(await page.locator('#ladder ol.ladder-alerts li[data-kind]').count(), lad.alerts.length, 'alerts on the dyad');
        expect(lad.rungs.length > 0, 'rungs in the ladder response');
        await page.fill('#dyad-q', '');
    });

    await check('the ladder of an alerted dyad marks its alerts; drag zooms, double-click resets', async () => {
        const alert = (await api('alerts?sort=severity')).items[0];
        await page.locator('#alerts li.alert').first().locator('button.link').click();
        await page.waitForSelector(`#ladder[data-dyad="${alert.a}-${alert.b}"]`);
        const lad = await api(`ladder?a=${alert.a}&b=${alert.b}&by=week`);
        expect(lad.alerts.length > 0, `the ladder of ${alert.a}-${alert.b} should carry its alerts`);
        expectEqual(await page.locator('#ladder ol.ladder-alerts li[data-kind]').count(), lad.alerts.length, 'alerts on the time line');
        expectEqual(await page.getAttribute('#ladder .chart', 'data-points'), String(lad.points.length), 'chart points');
        const over = await page.locator('#ladder .u-over').boundingBox();
        const reset = page.locator('#ladder button', { hasText: 'Reset zoom' });
        expect(await reset.isDisabled(), 'not zoomed at first');
        await page.mouse.move(over.x + over.width * 0.2, over.y + over.height / 2);
        await page.mouse.down();
        await page.mouse.move(over.x + over.width * 0.6, over.y + over.height / 2, { steps: 8 });
        await page.mouse.up();
        await until('the zoom', async () => !(await reset.isDisabled()));
        await page.locator('#ladder').screenshot({ path: path.join(shots, 'ladder-zoomed.png') });
        await page.mouse.dblclick(over.x + over.width / 2, over.y + over.height / 2);
        await until('the zoom reset', async () => reset.isDisabled());
        await page.locator('#ladder').screenshot({ path: path.join(shots, 'ladder.png') });
    });

    await check('a week without events is a gap in the rung line, not rung 0', async () => {
        const d = await page.getAttribute('#ladder', 'data-dyad');
        const [a, b] = d.split('-');
        const lad = await api(`ladder?a=${a}&b=${b}&by=week`);
        const series = await page.evaluate(() => document.querySelector('#ladder .chart').uplot.data[1]);
        expectEqual(series.length, lad.points.length, 'points');
        const gaps = lad.points.filter((p) => !p.events).length;
        expect(gaps > 0, `the ${d} ladder should have weeks without events`);
        lad.points.forEach((p, i) =>
            expectEqual(series[i], p.events ? p.max_rung : null, `week ${p.period} (${p.events} events)`));
    });

    await check('alert marks stand at their dates on the ladder', async () => {
        // the feed over all of the data: several alerts, episodes of different days
        const st = await api('status');
        const all = await api(`alerts?sort=severity&since=${st.first_date}&until=${st.last_date}&max=1000`);
        const days = (x) => new Set([x.first, x.last]);
        const byDyad = new Map();
        for (const x of all.items) {
            const k = [x.a, x.b].sort().join('-');
            byDyad.set(k, [...(byDyad.get(k) || []), x]);
        }
        const pick = [...byDyad.values()].find((v) => new Set(v.flatMap((x) => [...days(x)])).size >= 2);
        expect(pick, 'no dyad with alerts on two different days');
        await page.fill('#alerts-since', st.first_date);
        await page.fill('#alerts-until', st.last_date);
        await page.click('#alerts button[type="submit"]');
        try {
            await until('the wide window', async () => (await page.locator('#alerts li.alert').count()) === all.items.length);
            const al = pick[0];
            await page.locator(`#alerts li.alert[data-kind="${al.kind}"][data-a="${al.a}"][data-b="${al.b}"][data-third="${al.third || ''}"]`).locator('button.alert-head').click();
            await page.locator(`#alerts li.alert[data-kind="${al.kind}"][data-a="${al.a}"][data-b="${al.b}"][data-third="${al.third || ''}"]`).locator('button.link').click();
            await page.waitForSelector(`#ladder[data-dyad="${al.a}-${al.b}"]`);
            const marks = await until('the marks', async () => {
                const m = JSON.parse((await page.getAttribute('#ladder .chart', 'data-markers')) || '[]');
                return m.length === pick.length && m;
            });
            const pts = marks.flatMap((m) => [[m.first, m.x0], [m.last, m.x1]]);
            const over = await page.locator('#ladder .u-over').boundingBox();
            for (const [d1, x1] of pts) {
                expect(x1 >= 0 && x1 <= over.width, `mark of ${d1} at ${x1} outside the plot (0..${over.width})`);
                for (const [d2, x2] of pts)
                    if (d1 < d2) expect(x1 < x2, `mark of ${d1} (x ${x1}) not left of ${d2} (x ${x2})`);
            }
            expect(new Set(pts.map((p) => p[1])).size >= 2, `all marks at one x: ${JSON.stringify(marks)}`);
            await page.locator('#ladder').screenshot({ path: path.join(shots, 'ladder-alerts.png') });
        } finally {
            // back to the default window for the checks that follow
            await page.click('#alerts button:has-text("Last 30 days")');
            await until('the default window', async () => (await page.locator('#alerts li.alert').count()) === (await api('alerts?sort=severity')).items.length);
        }
    });

    await check('the network has the nodes and edges of /api/v1/network', async () => {
        const n = await api('network');
        expect(n.edges.length > 0, 'the corpus should give a network');
        expectEqual(await page.getAttribute('#network .graph', 'data-nodes'), String(n.nodes.length), 'nodes');
        expectEqual(await page.getAttribute('#network .graph', 'data-edges'), String(n.edges.length), 'edges');
        expectEqual(await page.locator('#network button.actor').count(), n.nodes.length, 'actor buttons');
        expectEqual(await page.locator('#network details.data tbody tr').count(), n.edges.length, 'edge table rows');
        expectEqual(await page.inputValue('#net-since'), n.from, 'window start');
        expectEqual(await page.inputValue('#net-until'), n.until, 'window end');
        await page.locator('#network').screenshot({ path: path.join(shots, 'network.png') });
    });

    await check('the network for a chosen window equals the API for that window', async () => {
        const n0 = await api('network');
        const d = new Date(n0.until + 'T00:00:00Z');
        d.setUTCDate(d.getUTCDate() - 29);
        const since = d.toISOString().slice(0, 10);
        const n = await api(`network?since=${since}&until=${n0.until}`);
        await page.fill('#net-since', since);
        await page.click('#network button[type="submit"]');
        await until('the 30-day network', async () =>
            (await page.getAttribute('#network .graph', 'data-edges')) === String(n.edges.length) &&
            (await page.locator('#network .note').textContent()).includes(since));
        expectEqual(await page.getAttribute('#network .graph', 'data-nodes'), String(n.nodes.length), 'nodes');
        await page.click('#network button:has-text("Latest window")');
        await until('the default window', async () => (await page.inputValue('#net-since')) === n0.from);
    });

    await check('the map draws the countries and one point per place of /api/v1/places, sized and coloured', async () => {
        const pl = await api('places?limit=2000');
        expect(pl.items.length > 1, 'the corpus should give several places');
        await page.waitForSelector('#map svg.world circle.place');
        const nc = Number(await page.getAttribute('#map svg.world', 'data-countries'));
        expect(nc > 150, `only ${nc} countries`);
        expectEqual(await page.locator('#map svg.world path.country').count(), nc, 'country shapes');
        // the shapes are drawn: Natural Earth's outlines fill most of the frame
        const box = await page.locator('#map svg.world .countries').boundingBox();
        const frame = await page.locator('#map svg.world').boundingBox();
        expect(box.width > 0.8 * frame.width && box.height > 0.5 * frame.height, `countries ${JSON.stringify(box)} in ${JSON.stringify(frame)}`);
        const pts = await page.$$eval('#map circle.place', (cs) => cs.map((c) => ({ key: c.dataset.key, n: +c.dataset.events, q: +c.dataset.quad, r: +c.getAttribute('r'), fill: c.getAttribute('fill') })));
        expectEqual(pts.map((p) => p.key).sort(), pl.items.map((p) => p.key).sort(), 'points');
        for (const p of pl.items) {
            const d = pts.find((x) => x.key === p.key);
            expectEqual([d.n, d.q], [p.events, p.quad_class], `point ${p.key}`);
        }
        // more events, a bigger point; one colour per quad class
        for (const a of pts) for (const b of pts) if (a.n > b.n) expect(a.r > b.r, `${a.key} (${a.n}) not bigger than ${b.key} (${b.n})`);
        const colours = new Map();
        for (const p of pts) {
            if (colours.has(p.q)) expectEqual(p.fill, colours.get(p.q), `colour of class ${p.q}`);
            colours.set(p.q, p.fill);
        }
        expectEqual(new Set(colours.values()).size, colours.size, 'distinct colours per class');
        // a point sits where its place is: Pyongyang east of Moscow, Moscow north of Kyiv
        const at = async (name) => {
            const p = pl.items.find((x) => x.name.startsWith(name));
            return p && page.locator(`#map circle.place[data-key="${p.key}"]`).boundingBox();
        };
        const [pyo, mos] = [await at('Pyongyang'), await at('Moscow')];
        if (pyo && mos) expect(pyo.x > mos.x && pyo.y > mos.y, `Pyongyang ${JSON.stringify(pyo)} vs Moscow ${JSON.stringify(mos)}`);
        expectEqual(await page.locator('#map details.data tbody tr').count(), pl.items.length, 'places table rows');
        await page.locator('#map').screenshot({ path: path.join(shots, 'map.png') });
    });

    await check('the map zooms to a region, with the buttons, Ctrl + wheel, and back to the world', async () => {
        // a plain wheel scrolls the page; with Ctrl it zooms the map
        const fr = await page.locator('#map svg.world').boundingBox();
        await page.mouse.move(fr.x + fr.width / 2, fr.y + fr.height / 2);
        await page.mouse.wheel(0, -300);
        await page.waitForTimeout(200);
        expect(!(Number(await page.getAttribute('#map svg.world', 'data-zoom')) > 1), 'a plain wheel zoomed the map');
        const fr2 = await page.locator('#map svg.world').boundingBox(); // the page may have scrolled
        await page.mouse.move(fr2.x + fr2.width / 2, fr2.y + fr2.height / 2);
        await page.keyboard.down('Control');
        await page.mouse.wheel(0, -300);
        await page.keyboard.up('Control');
        await until('Ctrl + wheel zooms', async () => Number(await page.getAttribute('#map svg.world', 'data-zoom')) > 1);
        await page.selectOption('#map-region', 'europe');
        await until('the zoom to Europe', async () => Number(await page.getAttribute('#map svg.world', 'data-zoom')) > 2);
        // Kyiv is inside the frame, Pyongyang outside it
        const pl = (await api('places?limit=2000')).items;
        const frame = await page.locator('#map svg.world').boundingBox();
        const inside = async (name) => {
            const p = pl.find((x) => x.name.startsWith(name));
            if (!p) return null;
            const b = await page.locator(`#map circle.place[data-key="${p.key}"]`).boundingBox();
            const cx = b.x + b.width / 2, cy = b.y + b.height / 2;
            return cx >= frame.x && cx <= frame.x + frame.width && cy >= frame.y && cy <= frame.y + frame.height;
        };
        const kyiv = await inside('Kyiv'), pyongyang = await inside('Pyongyang');
        expect(kyiv !== false && pyongyang !== true, `Kyiv inside: ${kyiv}, Pyongyang inside: ${pyongyang}`);
        // points keep their size on screen while the map grows
        const r0 = (await page.locator('#map circle.place').first().boundingBox()).width;
        expect(r0 < 40, `a point ${r0} px wide when zoomed`);
        await page.locator('#map').screenshot({ path: path.join(shots, 'map-europe.png') });
        const z = Number(await page.getAttribute('#map svg.world', 'data-zoom'));
        await page.click('#map button[aria-label="Zoom in"]');
        await until('zoom in', async () => Math.abs(Number(await page.getAttribute('#map svg.world', 'data-zoom')) - 2 * z) < 0.01);
        await page.selectOption('#map-region', 'world');
        await until('the world again', async () => Number(await page.getAttribute('#map svg.world', 'data-zoom')) === 1);
    });

    await check('clicking a place on the map filters the alerts and events to it', async () => {
        const st = await api('status');
        const pl = (await api('places?limit=2000')).items;
        const all = (await api('alerts?sort=severity')).items.map(alertKey);
        // a place whose point is not under another, preferring one that changes the alert list
        const free = await page.$$eval('#map circle.place', (cs) => cs.filter((c) => {
            const b = c.getBoundingClientRect();
            return document.elementFromPoint(b.x + b.width / 2, b.y + b.height / 2) === c;
        }).map((c) => c.dataset.key));
        expect(free.length > 0, 'no point can be clicked');
        let pick = null, wantAlerts = null;
        for (const key of free) {
            const al = (await api(`alerts?sort=severity&place=${encodeURIComponent(key)}`)).items.map(alertKey);
            if (!pick || JSON.stringify(al) !== JSON.stringify(all)) {
                pick = key;
                wantAlerts = al;
                if (JSON.stringify(al) !== JSON.stringify(all)) break;
            }
        }
        const place = pl.find((p) => p.key === pick);
        await page.locator('#map').scrollIntoViewIfNeeded();
        await page.locator(`#map circle.place[data-key="${pick}"]`).click();
        await page.waitForSelector('#place-filter:not([hidden])');
        expectEqual(await page.textContent('#place-filter-name'), place.name, 'the place filter');
        expectEqual(await page.getAttribute(`#map circle.place[data-key="${pick}"]`, 'aria-pressed'), 'true', 'the point is marked');
        const ev = (await api(`events?place=${encodeURIComponent(pick)}&limit=25`)).items;
        expectEqual(ev.length, Math.min(25, place.events), 'the API events at the place');
        expect(place.events < st.events, 'a place should hold fewer events than the database');
        await until('the events at the place', async () =>
            JSON.stringify(await page.$$eval('#events tr.event', (els) => els.map((e) => e.dataset.id))) === JSON.stringify(ev.map((e) => String(e.id))));
        const where = await page.$$eval('#events tr.event td.where', (tds) => tds.map((t) => t.textContent));
        expect(where.every((w) => w === place.name), `rows not at ${place.name}: ${where.join(' | ')}`);
        await until('the alerts with evidence at the place', async () =>
            JSON.stringify(await page.$$eval('#alerts li.alert', (els) => els.map((e) => [e.dataset.kind, e.dataset.a, e.dataset.b, e.dataset.third].join('|')))) === JSON.stringify(wantAlerts) &&
            (await page.textContent('#alerts .note')).includes(place.name));
        await page.screenshot({ path: path.join(shots, 'map-filtered.png'), fullPage: true });
        await page.click('#place-filter-clear');
        await page.waitForSelector('#place-filter[hidden]', { state: 'attached' });
        await until('every event again', async () => (await page.locator('#events tr.event').count()) === Math.min(25, st.events) &&
            !(await page.textContent('#events .note')).includes('place'));
        await until('every alert again', async () => (await page.locator('#alerts li.alert').count()) === all.length);
    });

    await check('clicking an actor filters the alerts and events to it', async () => {
        const n = await api('network');
        const actor = [...n.nodes].sort((x, y) => y.events - x.events)[0].id;
        // a click on the node in the graph's canvas
        await page.locator('#network .graph').scrollIntoViewIfNeeded();
        const pos = await page.evaluate((id) => {
            const g = document.querySelector('#network .graph');
            const p = g.cy.getElementById(id).renderedPosition();
            const r = g.getBoundingClientRect();
            return { x: r.left + p.x, y: r.top + p.y };
        }, actor);
        await page.mouse.click(pos.x, pos.y);
        await page.waitForSelector('#actor-filter:not([hidden])');
        expectEqual(await page.textContent('#actor-filter-name'), actor, 'the actor filter');
        expectEqual(await page.getAttribute(`#network button.actor[data-actor="${actor}"]`, 'aria-pressed'), 'true', 'the actor button');
        const al = (await api(`alerts?sort=severity&actor=${actor}`)).items.map(alertKey);
        const ev = (await api(`events?actor=${actor}&limit=25`)).items.map((e) => String(e.id));
        await until('the filtered alerts', async () =>
            JSON.stringify(await page.$$eval('#alerts li.alert', (els) => els.map((e) => [e.dataset.kind, e.dataset.a, e.dataset.b, e.dataset.third].join('|')))) === JSON.stringify(al));
        await until('the filtered events', async () =>
            JSON.stringify(await page.$$eval('#events tr.event', (els) => els.map((e) => e.dataset.id))) === JSON.stringify(ev));
        expectEqual(await page.inputValue('#ev-actor'), actor, 'actor field');
        await page.click('#actor-filter-clear');
        await page.waitForSelector('#actor-filter[hidden]', { state: 'attached' });
    });

    await check('the events table filters by actor, pages, and opens a row\'s evidence', async () => {
        const all = (await api('events?limit=1000')).items;
        // an actor with fewer events than the whole table, so the filter shows
        const counts = {};
        for (const e of all) for (const c of new Set([country(e.source), country(e.target)])) if (c) counts[c] = (counts[c] || 0) + 1;
        const actor = Object.keys(counts).sort((x, y) => counts[y] - counts[x]).find((c) => counts[c] < all.length && counts[c] > 1);
        expect(actor, 'no actor to filter by');
        const want = await api(`events?actor=${actor}&limit=25`);
        await page.fill('#ev-actor', actor);
        await page.click('#events button[type="submit"]');
        await until('the filtered table', async () =>
            JSON.stringify(await page.$$eval('#events tr.event', (els) => els.map((e) => e.dataset.id))) === JSON.stringify(want.items.map((e) => String(e.id))));
        const rows = await page.$$eval('#events tr.event', (els) => els.map((e) => [e.dataset.source, e.dataset.target]));
        for (const [s, t] of rows) expect(s.startsWith(actor) || t.startsWith(actor), `row ${s}->${t} does not involve ${actor}`);
        if (want.next_offset !== null) {
            const p2 = await api(`events?actor=${actor}&limit=25&offset=${want.next_offset}`);
            await page.click('#events button:has-text("Older")');
            await until('page 2', async () =>
                JSON.stringify(await page.$$eval('#events tr.event', (els) => els.map((e) => e.dataset.id))) === JSON.stringify(p2.items.map((e) => String(e.id))));
            await page.click('#events button:has-text("Newer")');
        }
        const first = want.items[0];
        const ev = await api(`events/${first.id}`);
        const row = page.locator(`#events tr.event[data-id="${first.id}"]`);
        await row.locator('button.evidence-btn').click();
        const det = page.locator(`#events tr.detail:not([hidden])`).first();
        await det.locator('ul.sources').waitFor();
        expect((await det.locator('blockquote.sentence').textContent()) === ev.text, 'the sentence');
        expectEqual(await det.locator('ul.sources li').count(), ev.sources.length, 'sources');
        await page.locator('#events').screenshot({ path: path.join(shots, 'events-filtered.png') });
        await page.click('#events button[type="reset"]');
        await until('the unfiltered table', async () => (await page.locator('#events tr.event').count()) === Math.min(25, all.length));
    });

    await check('the events table filters by dyad, dates and CAMEO code', async () => {
        const alert = (await api('alerts?sort=severity')).items[0];
        const dy = (await api(`events?a=${alert.a}&b=${alert.b}&limit=1000`)).items;
        expect(dy.length > 0, `no events for ${alert.a}-${alert.b}`);
        const code = dy[0].code.slice(0, 2);
        const q = `a=${alert.a}&b=${alert.b}&since=${dy[dy.length - 1].date}&until=${dy[0].date}&code=${code}&limit=25`;
        const want = (await api(`events?${q}`)).items.map((e) => String(e.id));
        expect(want.length > 0, `no events for ${q}`);
        await page.fill('#ev-a', alert.a);
        await page.fill('#ev-b', alert.b);
        await page.fill('#ev-since', dy[dy.length - 1].date);
        await page.fill('#ev-until', dy[0].date);
        await page.fill('#ev-code', code);
        await page.click('#events button[type="submit"]');
        await until('the filtered table', async () =>
            JSON.stringify(await page.$$eval('#events tr.event', (els) => els.map((e) => e.dataset.id))) === JSON.stringify(want));
        await page.click('#events button[type="reset"]');
        await until('the unfiltered table', async () => !(await page.textContent('#events .note')).includes('filtered'));
    });

    await check('live: an article ingested while the page is open appears without a reload', async () => {
        await page.evaluate(() => (window.__e2eNoReload = 1));
        const before = (await api('status')).version;
        const n0 = await api('network');
        const article = {
            id: 'e2e-live-1',
            date: '2024-11-23',
            source: 'E2E Test Wire',
            url: 'https://example.org/e2e/live-1',
            title: 'Poland accuses Belarus over border incident',
            text: 'Poland accused Belarus of sending armed men across the border near Bialowieza on Saturday. ' +
                'Lithuania sent humanitarian aid to Moldova after the storms.',
        };
        const file = path.join(tmp, 'live.jsonl');
        fs.writeFileSync(file, JSON.stringify(article) + '\n');
        execFileSync(tocsin, ['ingest', '--db', db, file], { cwd: root, stdio: 'pipe' });
        await until('a new status version', async () => (await api('status')).version !== before, 10000);
        await until('the new event in the table', async () =>
            (await page.$$eval('#events tr.event td.text', (tds) => tds.map((t) => t.textContent))).some((t) => t.includes('Lithuania sent humanitarian aid')), 15000);
        await until('an "updated hh:mm:ss" note', async () => /^updated \d\d:\d\d:\d\d$/.test(await page.textContent('#live')));
        expectEqual(await page.evaluate(() => window.__e2eNoReload), 1, 'no reload');
        const n = await api('network');
        expect(n.nodes.length > n0.nodes.length, 'the API network should have grown');
        await until('the grown network', async () => (await page.getAttribute('#network .graph', 'data-nodes')) === String(n.nodes.length));
        await page.screenshot({ path: path.join(shots, 'live-updated.png'), fullPage: true });
    });

    await check('controls are labelled and work from the keyboard', async () => {
        const unlabelled = await page.$$eval('input, select, button', (els) =>
            els
                .filter((e) => !(e.labels && e.labels.length) && !e.getAttribute('aria-label') && !(e.textContent || '').trim())
                .filter((e) => e.type !== 'radio' || !e.closest('label'))
                .map((e) => e.outerHTML.slice(0, 80)));
        expectEqual(unlabelled, [], 'controls without a name');
        const n = await page.locator('#alerts li.alert').count();
        const head = page.locator('#alerts li.alert').nth(Math.min(1, n - 1)).locator('button.alert-head');
        await head.focus();
        const was = await head.getAttribute('aria-expanded');
        await page.keyboard.press('Enter');
        expectEqual(await head.getAttribute('aria-expanded'), was === 'true' ? 'false' : 'true', 'Enter toggles an alert');
        await page.keyboard.press('Space');
        expectEqual(await head.getAttribute('aria-expanded'), was, 'Space toggles it back');
    });

    await check('at 420 px wide nothing overflows and the alert titles stay short', async () => {
        const narrow = await browser.newPage({ viewport: { width: 420, height: 900 } });
        narrow.on('pageerror', (e) => pageErrors.push(`page error (420 px): ${e.message}`));
        try {
            await narrow.goto(base);
            await narrow.waitForSelector('body[data-ready="1"]');
            await narrow.waitForSelector('#ladder .chart canvas');
            await narrow.locator('#alerts li.alert button.alert-head').first().click();
            await narrow.waitForTimeout(300);
            const sw = await narrow.evaluate(() => document.documentElement.scrollWidth);
            expect(sw <= 420, `the page is ${sw} px wide`);
            const cut = await narrow.$$eval('.panel', (els) =>
                els.filter((e) => e.scrollWidth > e.clientWidth + 1 || e.getBoundingClientRect().right > 420).map((e) => `${e.id}: ${e.scrollWidth} > ${e.clientWidth}`));
            expectEqual(cut, [], 'panels wider than their box');
            const lines = await narrow.$$eval('#alerts .alert-head .dyad', (els) =>
                els.map((e) => Math.round(e.getBoundingClientRect().height / parseFloat(getComputedStyle(e).lineHeight))));
            expect(lines.length > 0 && lines.every((n) => n <= 3), `alert titles of ${lines.join(', ')} lines`);
            const map = await narrow.locator('#map svg.world').boundingBox();
            expect(map.width >= 340 && map.x >= 0 && map.x + map.width <= 420, `the map is ${Math.round(map.width)} px wide at x ${Math.round(map.x)}`);
            expect((await narrow.locator('#map circle.place').count()) > 0, 'no points on the narrow map');
            await narrow.locator('#map').screenshot({ path: path.join(shots, 'narrow-420-map.png') });
            const plot = await narrow.locator('#ladder .u-over').boundingBox();
            expect(plot.width >= 200, `the ladder's plot is ${Math.round(plot.width)} px wide`);
            await narrow.screenshot({ path: path.join(shots, 'narrow-420.png'), fullPage: true });
        } finally {
            await narrow.close();
        }
    });

    await check('no page errors, no request off the server', async () => {
        expect(pageErrors.length === 0, pageErrors.join('\n'));
    });
} catch (e) {
    failed++;
    console.log(`FAIL set-up: ${e.message}`);
} finally {
    if (browser) await browser.close().catch(() => {});
    if (server && server.exitCode === null) {
        server.kill('SIGTERM');
        await Promise.race([new Promise((r) => server.once('exit', r)), sleep(3000)]);
        if (server.exitCode === null) server.kill('SIGKILL');
    }
    if (failed && serverLog.trim()) console.log('server output:\n' + serverLog.trim().split('\n').slice(-15).join('\n'));
    if (!process.env.E2E_DB) fs.rmSync(tmp, { recursive: true, force: true });
}
console.log(`screenshots in ${shots.startsWith(root + path.sep) ? path.relative(root, shots) : shots}/`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
