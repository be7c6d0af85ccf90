/* ladder.js - a dyad's escalation ladder over time (uPlot): the highest
 * rung per period, the smoothed level and the number of events, with the
 * dyad's alerts marked on the time line. Drag to zoom, double-click to reset. */
import uPlot from 'uplot';
import { get } from './api.js';
import { h, clear, dyad, note, dayToTs, QUADS } from './util.js';
import { state, setDyad, on } from './state.js';
import { alertTitle } from './alerts.js';

const DAY = 86400;
const HEIGHT = 320;
const shortRung = (name) => (name || '').split(',')[0];

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
                getAlerts().forEach((a, i) => {
                    // an alert's days may lie past the last period's start: keep it in sight
                    const clamp = (x) => Math.min(Math.max(x, left), left + width - 1);
                    const x0 = clamp(u.valToPos(dayToTs(a.first), 'x', true));
                    const x1 = clamp(u.valToPos(dayToTs(a.last), 'x', true));
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
                              h('span.dyad', dyad(d.a, d.b)),
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
        plot.setScale('x', { min: xs[0], max: xs[xs.length - 1] });
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
        const data = [xs, pts.map((p) => p.max_rung), pts.map((p) => p.level), pts.map((p) => p.events)];
        if (plot) plot.destroy();
        plot = null;
        wrap.dataset.points = String(pts.length);
        if (!pts.length) {
            clear(wrap, h('p.note', 'No events for this dyad.'));
            reset.disabled = true;
            return;
        }
        clear(wrap);
        const rungLabel = (v) => (v ? `${v} ${names[v] || ''}` : '0 none');
        const opts = {
            width: Math.max(300, wrap.clientWidth),
            height: HEIGHT,
            tzDate: (ts) => uPlot.tzDate(new Date(ts * 1e3), 'Etc/UTC'),
            cursor: { drag: { x: true, y: false } },
            scales: {
                x: { time: true, range: (u, min, max) => (min === max ? [min - 7 * DAY, max + 7 * DAY] : [min, max]) },
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
                    size: 150,
                    splits: () => Array.from({ length: top + 1 }, (_, i) => i),
                    values: (u, splits) => splits.map((v) => (v ? `${v} ${shortRung(names[v])}` : '0 none')),
                    label: 'rung',
                },
                { scale: 'n', side: 1, grid: { show: false }, label: 'events', size: 50 },
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
        if (keepZoom) plot.setScale('x', keepZoom);
        reset.disabled = !zoomRange();
        const maxRung = Math.max(0, ...pts.map((p) => p.max_rung));
        wrap.setAttribute(
            'aria-label',
            `Escalation ladder of ${dyad(r.a, r.b)} by ${r.by}: ${pts.length} periods from ${pts[0].period} to ` +
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
                          ` ${a.first === a.last ? a.first : a.first + ' – ' + a.last} · ${a.kind} · ${alertTitle(a)} · rung ${a.rung} ${a.rung_name || ''}`
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
        note(status, 'Loading…');
        let r;
        try {
            r = await get('ladder', { a: d.a, b: d.b, by: by.value });
        } catch (e) {
            if (my === seq) note(status, `Ladder not available: ${e.message}`, 'error');
            return;
        }
        if (my !== seq) return; // a newer request won
        current = r;
        note(status, `${(r.points || []).length} periods, ${(r.alerts || []).length} alerts.`);
        draw(r, keepZoom);
        fillSide(r);
        root.dataset.dyad = `${r.a}-${r.b}`;
        root.dataset.points = String((r.points || []).length);
    }

    on('dyad', () => {
        renderDyads();
        loadLadder();
    });

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
