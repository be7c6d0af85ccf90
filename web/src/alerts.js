/* alerts.js - the alert feed: most severe or newest first, each alert
 * expandable to its rule, numbers and evidence events. */
import { get } from './api.js';
import { h, clear, dyad, note, uid } from './util.js';
import { state, setDyad } from './state.js';
import { showEvent } from './evidence.js';

const KIND = {
    'new-rung': 'new rung',
    'third-party': 'third party',
    alliance: 'alliance',
    balance: 'balance shift',
    surge: 'surge',
};

const alertKey = (a) => [a.kind, a.a, a.b, a.third].join('|');

export function alertTitle(a) {
    return a.third ? `${a.third} joins ${dyad(a.a, a.b)}` : dyad(a.a, a.b);
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
            h('span.badge.kind-' + a.kind, KIND[a.kind] || a.kind),
            h('span.dyad', alertTitle(a)),
            h('span.rung', `rung ${a.rung}${a.rung_name ? ' · ' + a.rung_name : ''}`),
            h('span.dates', a.first === a.last ? a.first : `${a.first} – ${a.last}`),
            h('span.sev', { title: 'severity' }, Math.round(a.severity))
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
                h('span.ev-meta', `${e.date} · ${e.source} → ${e.target || '–'} · CAMEO ${e.code} · ${e.n_sources} source${e.n_sources === 1 ? '' : 's'}`),
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
                    `Show the ${dyad(a.a, a.b)} ladder`
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
            r = await get('alerts', { sort: order.value, actor: state.actor, ...win });
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
        const who = state.actor ? ` involving ${state.actor}` : '';
        note(status, `${items.length} alert${items.length === 1 ? '' : 's'}${who}${win}.`);
        clear(list, items.map(item));
        root.dataset.count = String(items.length);
        return items;
    }

    return { refresh };
}
