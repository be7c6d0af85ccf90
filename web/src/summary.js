/* summary.js - the left column under the alert feed: what the database
 * holds (events, stories, articles, dates) and the most active pairs of
 * actors in words, each a button that opens its ladder. */
import { get } from './api.js';
import { h, clear, dyad, dyadWords, note } from './util.js';
import { setDyad } from './state.js';

const TOP = 8;

export function initSummary(root) {
    const facts = h('dl.facts');
    const status = h('p.note', { role: 'status' });
    const pairs = h('ol.pairs', { 'aria-label': 'Most active pairs' });
    clear(root, h('h2#summary-h', 'Summary'), facts, h('h3.small', 'Most active pairs'), status, pairs);

    /* a share of the bar; set through the CSSOM (the page's CSP refuses style attributes) */
    function bar(kind, share) {
        const el = h('span.' + kind);
        el.style.width = `${(100 * share).toFixed(1)}%`;
        return el;
    }

    function fact(term, value) {
        return [h('dt', term), h('dd', value)];
    }

    async function refresh(s) {
        if (s)
            clear(
                facts,
                fact('Events', String(s.events)),
                fact('Stories', `${s.stories} (${s.articles} article${s.articles === 1 ? '' : 's'})`),
                fact('From', s.first_date || '–'),
                fact('To', s.last_date || '–')
            );
        let r;
        try {
            r = await get('dyads', { limit: TOP });
        } catch (e) {
            note(status, `Pairs not available: ${e.message}`, 'error');
            return;
        }
        const items = r.items || [];
        note(status, items.length ? 'By number of events, both directions; pick one for its ladder.' : 'No pairs of actors yet.');
        const most = Math.max(1, ...items.map((d) => d.events));
        clear(
            pairs,
            items.map((d) =>
                h(
                    'li',
                    h(
                        'button.pair',
                        { type: 'button', dataset: { a: d.a, b: d.b }, onclick: () => setDyad(d.a, d.b) },
                        h('span.pair-name', dyadWords(d.a, d.b, d.a_name, d.b_name), ' ', h('span.code-tag', dyad(d.a, d.b))),
                        h('span.pair-bar', { 'aria-hidden': 'true' }, bar('coop', d.cooperation / most), bar('conf', d.conflict / most)),
                        h(
                            'span.pair-n',
                            `${d.events} events: ${d.cooperation} cooperative, ${d.conflict} hostile` +
                                (d.max_rung ? ` · rung ${d.max_rung} ${d.rung_name || ''}` : '')
                        )
                    )
                )
            )
        );
        root.dataset.pairs = String(items.length);
    }

    return { refresh };
}
