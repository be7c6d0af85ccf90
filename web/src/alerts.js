/* alerts.js - the alert feed: most severe or newest first, each alert
 * expandable to its rule, numbers and evidence events. */
import { get } from './api.js';
import { h, clear, dyad, dyadWords, named, note, uid } from './util.js';
import { state, setDyad, setWindow } from './state.js';
import { showEvent } from './evidence.js';

const KIND = {
    'new-rung': 'new rung',
    'third-party': 'third party',
    alliance: 'alliance',
    balance: 'balance shift',
    surge: 'surge',
};

const alertKey = (a) => [a.kind, a.a, a.b, a.third].join('|');

/* The alert's actors in words: "North Korea backs Russia against Ukraine",
 * "Russia – Ukraine". */
export function alertTitle(a) {
    return a.third
        ? `${named(a.third, a.third_name)} backs ${named(a.a, a.a_name)} against ${named(a.b, a.b_name)}`
        : dyadWords(a.a, a.b, a.a_name, a.b_name);
}

/* The codes behind the title: "PRK · RUS–UKR" */
const alertCodes = (a) => (a.third ? `${a.third} · ${dyad(a.a, a.b)}` : dyad(a.a, a.b));

/* "first 2024-01-05 · last 2024-11-22", or "on 2024-11-05" for one day */
export const alertDates = (a) => (a.first === a.last ? `on ${a.first}` : `first ${a.first} · last ${a.last}`);

/* How many events the alert rests on: the rule's count where the API gives
 * one, else its evidence. */
function alertCounts(a) {
    const ev = (a.evidence || []).length;
    const n = typeof a.count === 'number' && a.count > 0 ? Math.round(a.count) : ev;
    return `${n} event${n === 1 ? '' : 's'} · ${ev} as evidence`;
}

export function initAlerts(root) {
    const order = { value: 'severity' };
    const open = new Set(); // expanded alerts, kept across refreshes
    const status = h('p.note', { role: 'status' });
    const list = h('ol.alerts');
    const since = h('input#alerts-since', { type: 'date' });
    const until = h('input#alerts-until', { type: 'date' });
    let custom = false; // the user picked the window; else the API's default (the last 30 days of data)
    const windowForm = h(
        'form.inline-form',
        h('label', { for: 'alerts-since' }, 'From '),
        since,
        h('label', { for: 'alerts-until' }, ' to '),
        until,
        ' ',
        h('button', { type: 'submit' }, 'Show'),
        ' ',
        h('button', { type: 'button', onclick: () => ((custom = false), refresh()) }, 'Last 30 days')
    );
    windowForm.addEventListener('submit', (e) => {
        e.preventDefault();
        custom = true;
        refresh();
    });
    const radio = (value, label) =>
        h(
            'label.radio',
            h('input', {
                type: 'radio',
                name: 'alert-order',
                value,
                checked: value === order.value,
                onchange: () => {
                    order.value = value;
                    refresh();
                },
            }),
            ' ',
            label
        );
    clear(
        root,
        h('h2#alerts-h', 'Alerts'),
        h('fieldset.inline', h('legend', 'Order'), radio('severity', 'most severe first'), radio('newest', 'newest first')),
        windowForm,
        status,
        list
    );

    function item(a) {
        const key = alertKey(a);
        const bodyId = uid('alert-body');
        const body = h('div.alert-body', { id: bodyId, hidden: true });
        const head = h(
            'button.alert-head',
            { type: 'button', 'aria-expanded': 'false', 'aria-controls': bodyId },
            h('span.badge.kind-' + a.kind, { title: 'the rule that fired' }, KIND[a.kind] || a.kind),
            h('span.dyad', alertTitle(a), ' ', h('span.code-tag', alertCodes(a))),
            h('span.sev', { title: 'severity' }, Math.round(a.severity)),
            h('span.rung', `rung ${a.rung}${a.rung_name ? ' · ' + a.rung_name : ''}`),
            h('span.dates', alertDates(a)),
            h('span.counts', alertCounts(a))
        );
        const li = h('li.alert', { dataset: { kind: a.kind, a: a.a, b: a.b, third: a.third || '', rank: a.rank } }, head, body);
        let filled = false;
        const toggle = (show) => {
            head.setAttribute('aria-expanded', String(show));
            body.hidden = !show;
            li.classList.toggle('open', show);
            if (show) open.add(key);
            else open.delete(key);
            if (show && !filled) {
                fill(body, a);
                filled = true;
            }
        };
        head.addEventListener('click', () => toggle(body.hidden));
        if (open.has(key)) toggle(true);
        return li;
    }

    function fill(body, a) {
        const ev = (a.evidence || []).map((e) => {
            const detId = uid('ev-detail');
            const det = h('div.event-detail', { id: detId, hidden: true });
            const btn = h(
                'button.evidence-item',
                { type: 'button', 'aria-expanded': 'false', 'aria-controls': detId, dataset: { id: e.id } },
                h(
                    'span.ev-meta',
                    `${e.when && e.when !== e.date ? `${e.when} (reported ${e.date})` : e.date} · ${named(e.source, e.source_name)} → ${named(e.target, e.target_name)}` +
                        (e.code_name ? `: ${e.code_name}` : '') +
                        (e.where && e.where.name ? `, in ${e.where.name}` : '') +
                        ` · ${e.source} → ${e.target || '–'} CAMEO ${e.code} · ${e.n_sources} source${e.n_sources === 1 ? '' : 's'}`
                ),
                h('span.ev-text', e.text)
            );
            btn.addEventListener('click', () => {
                const show = det.hidden;
                det.hidden = !show;
                btn.setAttribute('aria-expanded', String(show));
                if (show) showEvent(det, e.id);
            });
            return h('li', btn, det);
        });
        clear(
            body,
            h('p.why', a.why),
            h(
                'p',
                h(
                    'button.link',
                    {
                        type: 'button',
                        onclick: () => {
                            setDyad(a.a, a.b);
                            document.getElementById('ladder').scrollIntoView({ block: 'nearest' });
                        },
                    },
                    `Show the ${dyadWords(a.a, a.b, a.a_name, a.b_name)} ladder`
                )
            ),
            h('h4', `Evidence (${ev.length})`),
            ev.length ? h('ul.evidence', ev) : h('p.note', 'No evidence events.')
        );
    }

    let seq = 0;
    async function refresh() {
        const my = ++seq;
        note(status, 'Loading…');
        let r;
        try {
            const win = custom ? { since: since.value, until: until.value } : {};
        setWindow(custom ? win : null); // the ladder marks the alerts of the same window
            r = await get('alerts', { sort: order.value, actor: state.actor, place: state.place ? state.place.key : '', ...win });
        } catch (e) {
            if (my === seq) note(status, `Alerts not available: ${e.message}`, 'error');
            return;
        }
        if (my !== seq) return; // a newer request won
        const items = r.items || [];
        if (!custom) {
            since.value = r.since || '';
            until.value = r.until || '';
        }
        const win = r.since || r.until ? ` from ${r.since} to ${r.until}` : '';
        const inv = (state.actor ? ` involving ${state.actor}` : '') + (state.place ? ` with evidence at ${state.place.name}` : '');
        note(status, `${items.length} alert${items.length === 1 ? '' : 's'}${inv}${win}.`);
        clear(list, items.map(item));
        root.dataset.count = String(items.length);
        return items;
    }

    return { refresh };
}
