/* ladder.js - a dyad's escalation ladder over time (uPlot): the highest
 * rung per period, the smoothed level and the number of events, with the
 * dyad's alerts marked on the time line. Drag to zoom, double-click to reset. */
import uPlot from 'uplot';
import { get } from './api.js';
import { h, clear, dyad, dyadWords, note, dayToTs, QUADS } from './util.js';
import { state, setDyad, on } from './state.js';
import { alertTitle, alertDates } from './alerts.js';

const DAY = 86400;
const HEIGHT = 320;
const shortRung = (name) => (name || '').split(',')[0];
const NARROW = 520;
const clip = (s, n) => (s.length > n ? s.slice(0, n - 1) + '…' : s); // px of chart width below which the axes are compacted

/* The first day after a period: periods start on their first day (weeks on
 * Monday, months on the 1st). */
function periodEnd(period, by) {
    const d = new Date(period + 'T00:00:00Z');
    if (by === 'month') d.setUTCMonth(d.getUTCMonth() + 1);
    else d.setUTCDate(d.getUTCDate() + (by === 'day' ? 1 : 7));
    return d.getTime() / 1000;
}

/* Draws the dyad's alerts on the time line: a light band over the alert's
 * span (dashed line at its first day), a solid line and a numbered flag at
 * its last day, when it fired. */
function alertMarks(getAlerts) {
    return {
        hooks: {
            draw: (u) => {
                const { ctx } = u;
                const { top, height, left, width } = u.bbox;
                const pr = uPlot.pxRatio;
                const line = (x, dash) => {
                    ctx.setLineDash(dash);
                    ctx.beginPath();
                    ctx.moveTo(x, top);
                    ctx.lineTo(x, top + height);
                    ctx.stroke();
                };
                ctx.save();
                ctx.beginPath();
                ctx.rect(left, top, width, height);
                ctx.clip();
                ctx.strokeStyle = '#b35c00';
                ctx.lineWidth = 1.5 * pr;
                ctx.font = `bold ${11 * pr}px system-ui, sans-serif`;
                ctx.textBaseline = 'top';
                const placed = [];
                getAlerts().forEach((a, i) => {
                    // at their days: the x scale reaches the end of the last period
                    // and every alert's last day (see draw); out of a zoomed view, not drawn
                    const x0 = u.valToPos(dayToTs(a.first), 'x', true);
                    const x1 = u.valToPos(dayToTs(a.last), 'x', true);
                    // CSS pixels from the plot area's left edge
                    const css = (d) => Math.round(u.valToPos(dayToTs(d), 'x'));
                    placed.push({ n: i + 1, first: a.first, last: a.last, x0: css(a.first), x1: css(a.last) });
                    if (x1 < left - 1 || x0 > left + width + 1) return;
                    if (x1 - x0 > 2 * pr) {
                        ctx.fillStyle = 'rgba(230, 140, 0, 0.09)';
                        ctx.fillRect(x0, top, x1 - x0, height);
                        line(x0, [3 * pr, 4 * pr]);
                    }
                    line(x1, []);
                    const label = `A${i + 1}`;
                    const tw = ctx.measureText(label).width + 6 * pr;
                    // the flag sits left of the line when there is no room on the right
                    const fx = x1 + tw > left + width ? x1 - tw : x1;
                    const y = top + (2 + (i % 4) * 16) * pr;
                    ctx.fillStyle = '#b35c00';
                    ctx.fillRect(fx, y, tw, 14 * pr);
                    ctx.fillStyle = '#fff';
                    ctx.fillText(label, fx + 3 * pr, y + 2 * pr);
                });
                ctx.restore();
                // where each alert went, in CSS pixels of the plot (for tests and tools)
                u.root.parentNode && (u.root.parentNode.dataset.markers = JSON.stringify(placed));
            },
        },
    };
}

export function initLadder(root) {
    const search = h('input#dyad-q', { type: 'search', placeholder: 'e.g. RUS or UKR', autocomplete: 'off' });
    const dyads = h('ul.dyad-list', { 'aria-label': 'Dyads' });
    const by = h(
        'select#ladder-by',
        ['day', 'week', 'month'].map((v) => h('option', { value: v, selected: v === 'week' }, v))
    );
    const title = h('p.dyad-title');
    const status = h('p.note', { role: 'status' });
    const wrap = h('div.chart', { role: 'img', 'aria-label': 'Escalation ladder chart' });
    const reset = h('button', { type: 'button', disabled: true }, 'Reset zoom');
    const alertList = h('ol.ladder-alerts');
    const tableBody = h('tbody');
    const table = h(
        'details.data',
        h('summary', 'Data table'),
        h(
            'table',
            h('caption.visually-hidden', 'Ladder points'),
            h('thead', h('tr', ['Period', 'Events', ...Object.values(QUADS), 'Goldstein sum', 'Highest rung', 'Level'].map((c) => h('th', { scope: 'col' }, c)))),
            tableBody
        )
    );
    clear(
        root,
        h('h2#ladder-h', 'Escalation ladder'),
        h(
            'div.ladder-controls',
            h('div.picker', h('label', { for: 'dyad-q' }, 'Find a dyad'), search, dyads),
            h('div', h('label', { for: 'ladder-by' }, 'Period '), by, ' ', reset)
        ),
        title,
        status,
        wrap,
        h('p.hint', 'Drag across the chart to zoom in on a time span; double-click (or “Reset zoom”) to see all of it.'),
        h('h3.small', 'Alerts on this dyad'),
        alertList,
        table
    );

    let plot = null;
    let full = null; // [min, max] of the whole x scale: the data and the alerts' days
    let current = null; // last ladder response
    let dyadItems = [];

    async function loadDyads() {
        let r;
        try {
            r = await get('dyads', { q: search.value.trim(), limit: 50 });
        } catch (e) {
            clear(dyads, h('li.note.error', `Dyads not available: ${e.message}`));
            return [];
        }
        dyadItems = r.items || [];
        renderDyads();
        return dyadItems;
    }

    function renderDyads() {
        const sel = state.dyad;
        clear(
            dyads,
            dyadItems.length
                ? dyadItems.map((d) => {
                      const picked = !!sel && ((sel.a === d.a && sel.b === d.b) || (sel.a === d.b && sel.b === d.a));
                      return h(
                          'li',
                          h(
                              'button.dyad-item',
                              { type: 'button', 'aria-pressed': String(picked), dataset: { a: d.a, b: d.b }, onclick: () => setDyad(d.a, d.b) },
                              h('span.dyad', { title: dyad(d.a, d.b) }, dyadWords(d.a, d.b, d.a_name, d.b_name)),
                              h('span.n', ` ${d.events} events`),
                              d.max_rung ? h('span.rung', ` · rung ${d.max_rung}${d.rung_name ? ' ' + d.rung_name : ''}`) : ''
                          )
                      );
                  })
                : h('li.note', 'No dyad matches.')
        );
    }

    let timer = 0;
    search.addEventListener('input', () => {
        clearTimeout(timer);
        timer = setTimeout(loadDyads, 200);
    });
    by.addEventListener('change', () => loadLadder());
    reset.addEventListener('click', () => {
        if (!plot) return;
        const xs = plot.data[0];
        plot.setScale('x', full ? { min: full[0], max: full[1] } : { min: xs[0], max: xs[xs.length - 1] });
    });

    function zoomRange() {
        if (!plot) return null;
        const xs = plot.data[0];
        const { min, max } = plot.scales.x;
        return xs.length && (min > xs[0] || max < xs[xs.length - 1]) ? { min, max } : null;
    }

    function draw(r, keepZoom) {
        const pts = r.points || [];
        const rungs = r.rungs || [];
        const names = Object.fromEntries(rungs.map((x) => [x.rung, x.name]));
        const top = Math.max(1, ...rungs.map((x) => x.rung));
        const xs = pts.map((p) => dayToTs(p.period));
        // a period without events has no rung: a gap in the line, not rung 0
        const data = [xs, pts.map((p) => (p.events ? p.max_rung : null)), pts.map((p) => p.level), pts.map((p) => p.events)];
        // the x scale spans the whole last period and every alert's days, so
        // the alert marks stand at their dates instead of piling up at the edge
        const alerts = r.alerts || [];
        const xmin = Math.min(xs[0] ?? Infinity, ...alerts.map((a) => dayToTs(a.first)));
        const xmax = Math.max(pts.length ? periodEnd(pts[pts.length - 1].period, r.by) - DAY : -Infinity, ...alerts.map((a) => dayToTs(a.last)));
        full = pts.length ? [xmin, xmax] : null;
        if (plot) plot.destroy();
        plot = null;
        wrap.dataset.points = String(pts.length);
        if (!pts.length) {
            clear(wrap, h('p.note', 'No events for this dyad.'));
            reset.disabled = true;
            return;
        }
        clear(wrap);
        const rungLabel = (v) => (v == null ? 'no events' : v ? `${v} ${names[v] || ''}` : '0 none');
        const narrow = wrap.clientWidth < NARROW;
        const opts = {
            width: Math.max(280, wrap.clientWidth),
            height: HEIGHT,
            tzDate: (ts) => uPlot.tzDate(new Date(ts * 1e3), 'Etc/UTC'),
            cursor: { drag: { x: true, y: false } },
            scales: {
                x: {
                    time: true,
                    range: (u, min, max) => {
                        // the data's own extent widened to the full span; zooming narrows it
                        const lo = min <= xs[0] ? Math.min(min, xmin) : min;
                        const hi = max >= xs[xs.length - 1] ? Math.max(max, xmax) : max;
                        return lo === hi ? [lo - 7 * DAY, hi + 7 * DAY] : [lo, hi];
                    },
                },
                rung: { range: [0, top + 0.5] },
                n: { range: (u, min, max) => [0, Math.max(1, max) * 1.15] },
            },
            series: [
                { label: 'period', value: (u, v) => (v == null ? '–' : new Date(v * 1e3).toISOString().slice(0, 10)) },
                {
                    label: 'highest rung',
                    scale: 'rung',
                    stroke: '#c8261e',
                    width: 2,
                    paths: uPlot.paths.stepped({ align: 1 }),
                    points: { show: true, size: 7, fill: '#c8261e' },
                    value: (u, v) => (v == null ? '–' : rungLabel(v)),
                },
                { label: 'level (smoothed)', scale: 'rung', stroke: '#333', width: 1.5, dash: [6, 4], value: (u, v) => (v == null ? '–' : v.toFixed(2)) },
                {
                    label: 'events',
                    scale: 'n',
                    stroke: 'rgba(31, 95, 191, 0.7)',
                    fill: 'rgba(31, 95, 191, 0.22)',
                    paths: uPlot.paths.bars({ size: [0.6, 40] }),
                    points: { show: false },
                    value: (u, v) => (v == null ? '–' : String(v)),
                },
            ],
            axes: [
                {},
                {
                    scale: 'rung',
                    size: narrow ? 100 : 150,
                    splits: () => Array.from({ length: top + 1 }, (_, i) => i),
                    // narrow: the rung's first word only ("9 fighting", "4 reduced")
                    values: (u, splits) =>
                        splits.map((v) => (v ? `${v} ${narrow ? clip(shortRung(names[v]).split(' ')[0], 9) : shortRung(names[v])}` : '0 none')),
                    // (no axis titles when narrow: uPlot keeps room for any title, even an empty one)
                    ...(narrow ? {} : { label: 'rung' }),
                },
                { scale: 'n', side: 1, grid: { show: false }, size: narrow ? 38 : 50, ...(narrow ? {} : { label: 'events' }) },
            ],
            plugins: [alertMarks(() => (current && current.alerts) || [])],
            hooks: {
                setScale: [
                    (u, key) => {
                        if (key === 'x') reset.disabled = !zoomRange();
                    },
                ],
            },
        };
        plot = new uPlot(opts, data, wrap);
        wrap.uplot = plot; // for the end-to-end test, which reads the series
        if (keepZoom) plot.setScale('x', keepZoom);
        reset.disabled = !zoomRange();
        const maxRung = Math.max(0, ...pts.map((p) => p.max_rung));
        wrap.setAttribute(
            'aria-label',
            `Escalation ladder of ${dyadWords(r.a, r.b, r.a_name, r.b_name)} by ${r.by}: ${pts.length} periods from ${pts[0].period} to ` +
                `${pts[pts.length - 1].period}, highest rung ${rungLabel(maxRung)}. The data table below has every value.`
        );
    }

    function fillSide(r) {
        const alerts = r.alerts || [];
        clear(
            alertList,
            alerts.length
                ? alerts.map((a, i) =>
                      h(
                          'li',
                          { dataset: { kind: a.kind } },
                          h('span.flag', `A${i + 1}`),
                          ` ${alertDates(a)} · ${a.kind} · ${alertTitle(a)} · rung ${a.rung} ${a.rung_name || ''}`
                      )
                  )
                : h('li.note', 'No alerts for this dyad.')
        );
        clear(
            tableBody,
            (r.points || []).map((p) =>
                h(
                    'tr',
                    h('th', { scope: 'row' }, p.period),
                    [p.events, ...(p.quad || []), p.goldstein_sum, p.max_rung ? `${p.max_rung} ${p.rung_name}` : '–', p.level].map((v) => h('td', String(v)))
                )
            )
        );
    }

    let seq = 0;
    async function loadLadder(keep = false) {
        const d = state.dyad;
        if (!d) {
            note(status, 'Pick a dyad to see its ladder.');
            return;
        }
        const my = ++seq;
        const keepZoom = keep ? zoomRange() : null;
        clear(title, h('strong', dyad(d.a, d.b)), ` — both directions, by ${by.value}`);
        const win = state.window;
        note(status, 'Loading…');
        let r;
        try {
            r = await get('ladder', { a: d.a, b: d.b, by: by.value });
            if (win) {
                // the alert feed shows another window: mark that window's alerts on this dyad
                const al = await get('alerts', { since: win.since, until: win.until, actor: d.a, max: 1000 });
                const on = (x) => (x.a === d.a && x.b === d.b) || (x.a === d.b && x.b === d.a);
                r.alerts = (al.items || []).filter(on);
            }
        } catch (e) {
            if (my === seq) note(status, `Ladder not available: ${e.message}`, 'error');
            return;
        }
        if (my !== seq) return; // a newer request won
        current = r;
        clear(title, h('strong', dyadWords(r.a, r.b, r.a_name, r.b_name)), ' ', h('span.code-tag', dyad(r.a, r.b)), ` — both directions, by ${r.by}`);
        const gaps = (r.points || []).filter((p) => !p.events).length;
        note(
            status,
            `${(r.points || []).length} periods (${gaps} without events, left blank), ${(r.alerts || []).length} alert${(r.alerts || []).length === 1 ? '' : 's'}` +
                (win ? ` from ${win.since} to ${win.until}.` : ' in the last 30 days of data.')
        );
        draw(r, keepZoom);
        fillSide(r);
        root.dataset.dyad = `${r.a}-${r.b}`;
        root.dataset.points = String((r.points || []).length);
    }

    on('dyad', () => {
        renderDyads();
        loadLadder();
    });
    on('window', () => loadLadder(true));

    new ResizeObserver(() => {
        if (plot && wrap.clientWidth && Math.abs(plot.width - wrap.clientWidth) > 2)
            plot.setSize({ width: wrap.clientWidth, height: HEIGHT });
    }).observe(wrap);

    return {
        /* first load: the dyad list, then the given dyad or the strongest */
        async start(preferred) {
            const items = await loadDyads();
            if (preferred) setDyad(preferred.a, preferred.b);
            else if (items.length) setDyad(items[0].a, items[0].b);
            else note(status, 'No dyads in the database yet.');
        },
        async refresh() {
            const items = await loadDyads();
            if (!state.dyad && items.length) setDyad(items[0].a, items[0].b);
            else await loadLadder(true);
        },
    };
}
