/* evidence.js - one event's evidence: the sentence with the words it was
 * coded from, the headline, and every outlet that carried its story
 * (GET api/v1/events/{id}). Used by the alert feed and the events table. */
import { get } from './api.js';
import { h, clear, named, QUADS, safeUrl } from './util.js';

/* The sentence with source, verb and target words marked (first match each). */
export function markedSentence(ev) {
    const text = ev.text || '';
    const spans = [];
    for (const [k, cls] of [
        ['source_text', 'w-source'],
        ['verb_text', 'w-verb'],
        ['target_text', 'w-target'],
    ]) {
        const w = ev[k];
        if (!w) continue;
        const at = text.indexOf(w);
        if (at >= 0 && !spans.some((s) => at < s.end && at + w.length > s.start))
            spans.push({ start: at, end: at + w.length, cls, label: k.replace('_text', '') });
    }
    spans.sort((x, y) => x.start - y.start);
    const out = [];
    let pos = 0;
    for (const s of spans) {
        out.push(text.slice(pos, s.start));
        out.push(h('mark.' + s.cls, { title: s.label }, text.slice(s.start, s.end)));
        pos = s.end;
    }
    out.push(text.slice(pos));
    return h('blockquote.sentence', out);
}

function sourceItem(a) {
    const url = safeUrl(a.url);
    const name = a.source || (url ? new URL(url).hostname : 'unknown outlet');
    return h(
        'li.source',
        h('span.outlet', name),
        a.date ? h('span.date', ` ${a.date} `) : ' ',
        url ? h('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, a.title || url) : a.title || ''
    );
}

/* Loads event id into container (replacing what is there). */
export async function showEvent(container, id) {
    clear(container, h('p.note', 'Loading the evidence…'));
    let ev;
    try {
        ev = await get(`events/${encodeURIComponent(id)}`);
    } catch (e) {
        clear(container, h('p.note.error', `Evidence not available: ${e.message}`));
        return;
    }
    const sources = ev.sources || [];
    const flags = (ev.flags || []).length ? ` · ${ev.flags.join(', ')}` : '';
    clear(
        container,
        h('p.headline', h('span.label', 'Headline: '), ev.title || '(no headline)'),
        markedSentence(ev),
        h(
            'p.meta',
            `Event #${ev.id} · ${ev.when && ev.when !== ev.date ? `${ev.when} (reported ${ev.date})` : ev.date || 'no date'} · ${named(ev.source, ev.source_name)} → ${named(ev.target, ev.target_name)}` +
                (ev.code_name ? `: ${ev.code_name}` : '') +
                ` · ${ev.source} → ${ev.target || '–'} · CAMEO ${ev.code}` +
                ` (${QUADS[ev.quad] || 'quad ' + ev.quad}, Goldstein ${ev.goldstein})${flags}`
        ),
        h('h5', `Sources (${sources.length})`),
        h('ul.sources', { dataset: { event: String(ev.id) } }, sources.map(sourceItem))
    );
}
