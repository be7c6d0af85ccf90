/* events.js - the events table: filters (actor, dyad, dates, CAMEO code),
 * pages of 25, each row opening its evidence (sentence, headline, sources). */
import { get } from './api.js';
import { h, clear, note, uid, who, QUADS } from './util.js';
import { state, setActor, setPlace, on } from './state.js';
import { showEvent } from './evidence.js';

const PAGE = 25;
const ACTOR = '[A-Za-z0-9]{3,15}';

/* "UKR UA-65 · 46.6369, 32.6146 · gn:706448": the place's codes, or why there are none */
function placeTitle(w) {
    if (!w) return 'no place known';
    if (!w.type) return 'a place the gazetteer does not hold';
    return [[w.country, w.adm1].filter(Boolean).join(' '), w.lat !== undefined ? `${w.lat}, ${w.lon}` : '', w.feature]
        .filter(Boolean)
        .join(' · ');
}

export function initEvents(root) {
    const field = (id, label, attrs) =>
        h('div.field', h('label', { for: id }, label), h('input', { id, name: id.replace('ev-', ''), ...attrs }));
    const form = h(
        'form.filters',
        { 'aria-label': 'Event filters' },
        field('ev-actor', 'Actor', { type: 'text', pattern: ACTOR, placeholder: 'RUS or RUSGOV', size: 10, autocomplete: 'off' }),
        field('ev-a', 'Dyad: side A', { type: 'text', pattern: ACTOR, placeholder: 'RUS', size: 8, autocomplete: 'off' }),
        field('ev-b', 'side B', { type: 'text', pattern: ACTOR, placeholder: 'UKR', size: 8, autocomplete: 'off' }),
        h('div.field.check', h('input#ev-directed', { type: 'checkbox', name: 'directed' }), h('label', { for: 'ev-directed' }, 'only A → B')),
        field('ev-since', 'From', { type: 'date' }),
        field('ev-until', 'To', { type: 'date' }),
        field('ev-code', 'CAMEO code', { type: 'text', pattern: '[0-9]{2,4}', placeholder: '19 or 190', size: 6, inputmode: 'numeric' }),
        h('div.field.buttons', h('button', { type: 'submit' }, 'Filter'), h('button', { type: 'reset' }, 'Clear'))
    );
    const status = h('p.note', { role: 'status' });
    const body = h('tbody');
    const prev = h('button', { type: 'button', disabled: true }, '← Newer');
    const next = h('button', { type: 'button', disabled: true }, 'Older →');
    const pageInfo = h('span.page-info');
    clear(
        root,
        h('h2#events-h', 'Events'),
        form,
        status,
        h(
            'div.table-wrap',
            h(
                'table.events',
                h('caption.visually-hidden', 'Coded events, newest first'),
                h(
                    'thead',
                    h('tr', ['When', 'Source', 'Target', 'CAMEO', 'Class', 'Where', 'Sentence', 'Sources', ''].map((c) => h('th', { scope: 'col' }, c)))
                ),
                body
            )
        ),
        h('nav.pager', { 'aria-label': 'Event pages' }, prev, ' ', pageInfo, ' ', next)
    );

    let offset = 0;
    let nextOffset = null;
    const val = (name) => form.elements[name].value.trim();

    form.addEventListener('submit', (e) => {
        e.preventDefault();
        if (!form.reportValidity()) return;
        offset = 0;
        // the actor field and the network's actor filter are one and the same
        if (val('actor').toUpperCase() !== state.actor) setActor(val('actor'));
        else refresh();
    });
    form.addEventListener('reset', () => {
        setTimeout(() => {
            offset = 0;
            if (state.place) setPlace(null); // "Clear" clears the map's filter too
            if (state.actor) setActor('');
            else refresh();
        });
    });
    prev.addEventListener('click', () => {
        offset = Math.max(0, offset - PAGE);
        refresh();
    });
    next.addEventListener('click', () => {
        if (nextOffset !== null) offset = nextOffset;
        refresh();
    });
    on('actor', () => {
        form.elements.actor.value = state.actor;
        offset = 0;
        refresh();
    });
    on('place', () => {
        offset = 0;
        refresh();
    });

    function row(e) {
        const detId = uid('event-detail');
        const det = h('td', { colspan: 9 });
        const detRow = h('tr.detail', { id: detId, hidden: true }, det);
        const btn = h(
            'button.evidence-btn',
            { type: 'button', 'aria-expanded': 'false', 'aria-controls': detId, 'aria-label': `Evidence of event ${e.id}` },
            'Evidence'
        );
        btn.addEventListener('click', () => {
            const show = detRow.hidden;
            detRow.hidden = !show;
            btn.setAttribute('aria-expanded', String(show));
            if (show) showEvent(det, e.id);
        });
        const tr = h(
            'tr.event',
            { dataset: { id: e.id, source: e.source, target: e.target || '' } },
            // data-label: the column's name, shown before the value when the
            // table is laid out as cards on a narrow screen (style.css)
            // when: the event's own time; the article's date beside it when they differ
            h('td.date', { dataset: { label: 'When' } }, e.when || e.date || '',
                e.when && e.date && e.when !== e.date ? h('span.reported', ` (reported ${e.date})`) : ''),
            h('td.actor', { title: e.source_text || '', dataset: { label: 'Source' } }, who(e.source, e.source_name)),
            h('td.actor', { title: e.target_text || '', dataset: { label: 'Target' } }, who(e.target, e.target_name)),
            h(
                'td.code',
                { title: e.verb_text || '', dataset: { label: 'CAMEO' } },
                e.code_name ? h('span.who', e.code_name, ' ', h('span.code-tag', e.code)) : e.code
            ),
            h('td', { dataset: { label: 'Class' } }, h('span.quad.q' + e.quad, { title: `Goldstein ${e.goldstein}` }, QUADS[e.quad] || e.quad)),
            h('td.where', { dataset: { label: 'Where' }, title: placeTitle(e.where) }, (e.where && e.where.name) || '–'),
            h('td.text', { dataset: { label: 'Sentence' } }, e.text || ''),
            h('td.num', { dataset: { label: 'Sources' } }, String(e.n_sources ?? '')),
            h('td.act', btn)
        );
        return [tr, detRow];
    }

    let seq = 0;
    async function refresh() {
        const a = val('a'), b = val('b');
        // (checkValidity: a live refresh must not pop up the browser's bubble)
        if (!form.checkValidity()) {
            note(status, 'Fix the marked filter: actors are 3 to 15 letters or digits, CAMEO codes 2 to 4 digits.', 'error');
            return;
        }
        if ((a && !b) || (b && !a)) {
            note(status, 'A dyad needs both sides (A and B).', 'error');
            return;
        }
        const my = ++seq;
        note(status, 'Loading…');
        let r;
        try {
            r = await get('events', {
                actor: state.actor,
                a: a.toUpperCase(),
                b: b.toUpperCase(),
                directed: a && b && form.elements.directed.checked ? 1 : '',
                since: val('since'),
                until: val('until'),
                code: val('code'),
                place: state.place ? state.place.key : '',
                limit: PAGE,
                offset,
            });
        } catch (e) {
            if (my === seq) note(status, `Events not available: ${e.message}`, 'error');
            return;
        }
        if (my !== seq) return;
        const items = r.items || [];
        nextOffset = r.next_offset ?? null;
        clear(body, items.map(row));
        if (!items.length) body.append(h('tr', h('td.note', { colspan: 9 }, 'No events match.')));
        const first = items.length ? offset + 1 : 0;
        pageInfo.textContent = `events ${first}–${offset + items.length}`;
        const filt = [
            state.actor && `actor ${state.actor}`,
            state.place && `place ${state.place.name}`,
            a && b && (form.elements.directed.checked ? `${a.toUpperCase()} → ${b.toUpperCase()}` : `dyad ${a.toUpperCase()}–${b.toUpperCase()}`),
            val('since') && `from ${val('since')}`,
            val('until') && `to ${val('until')}`,
            val('code') && `CAMEO ${val('code')}`,
        ].filter(Boolean);
        note(status, `Showing events ${first}–${offset + items.length}${nextOffset !== null ? ' (more on the next page)' : ''}` +
            (filt.length ? `, filtered by ${filt.join(', ')}.` : ', all actors.'));
        prev.disabled = offset === 0;
        next.disabled = nextOffset === null;
        root.dataset.count = String(items.length);
    }

    return { refresh };
}
