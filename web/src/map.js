/* map.js - where the events happened: a world map (Natural Earth's
 * country shapes from the world-atlas package, bundled, drawn with d3-geo)
 * with one point per place (api/v1/places), sized by its number of events
 * and coloured by its largest quad class. Zoom with Ctrl + wheel, the
 * buttons or a region, pan by dragging; clicking a place filters the alerts and events to
 * it (clicking it again, or "Show all places", clears the filter). Works
 * with no internet: nothing is fetched but the API. */
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { select } from 'd3-selection';
import { zoom as d3zoom, zoomIdentity } from 'd3-zoom';
import { feature, mesh } from 'topojson-client';
import world from 'world-atlas/countries-110m.json';
import { get } from './api.js';
import { h, clear, note, QUADS } from './util.js';
import { state, setPlace, on } from './state.js';

const W = 960;
const H = 480;
const SVG = 'http://www.w3.org/2000/svg';
const MAX_PLACES = 2000;
const R_MIN = 3.5; // px, a place with one event
const R_MAX = 16; // px, the place with the most events
export const QUAD_COLOURS = { 1: '#5b9bd5', 2: '#1f4e99', 3: '#e8912d', 4: '#c8261e' };

/* regions to zoom to: [west, south], [east, north] in degrees */
const REGIONS = {
    world: ['The world', null],
    europe: ['Europe', [[-12, 34], [45, 71]]],
    ukraine: ['Ukraine and Russia’s west', [[21, 43], [50, 57]]],
    mideast: ['Middle East', [[25, 12], [63, 42]]],
    africa: ['Africa', [[-20, -36], [53, 38]]],
    asia: ['East Asia', [[95, 18], [146, 50]]],
    southasia: ['South Asia', [[60, 5], [98, 38]]],
    americas: ['The Americas', [[-130, -56], [-34, 60]]],
};

const svgEl = (tag, attrs = {}) => {
    const el = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
    return el;
};

export function initMap(root) {
    const projection = geoNaturalEarth1().fitExtent([[4, 4], [W - 4, H - 4]], { type: 'Sphere' });
    const path = geoPath(projection);
    const countries = feature(world, world.objects.countries).features;
    const borders = mesh(world, world.objects.countries, (a, b) => a !== b);

    const region = h(
        'select#map-region',
        Object.entries(REGIONS).map(([k, [label]]) => h('option', { value: k }, label)),
        h('option', { value: 'events' }, 'Fit the places shown')
    );
    const zoomIn = h('button', { type: 'button', 'aria-label': 'Zoom in' }, '+');
    const zoomOut = h('button', { type: 'button', 'aria-label': 'Zoom out' }, '−');
    const status = h('p.note', { role: 'status' });
    const svg = svgEl('svg', { viewBox: `0 0 ${W} ${H}`, class: 'world', role: 'group', 'aria-label': 'World map of the events' });
    const g = svgEl('g');
    const land = svgEl('g', { class: 'countries' });
    const dots = svgEl('g', { class: 'places' });
    svg.append(g);
    g.append(svgEl('path', { class: 'sphere', d: path({ type: 'Sphere' }) }), land, svgEl('path', { class: 'borders', d: path(borders) }), dots);
    for (const c of countries) {
        const p = svgEl('path', { d: path(c) || '', class: 'country' });
        const t = svgEl('title');
        t.textContent = (c.properties && c.properties.name) || '';
        p.append(t);
        land.append(p);
    }
    svg.dataset.countries = String(countries.length);
    const frame = h('div.map-frame', svg);
    const legend = h(
        'div.legend.map-legend',
        { 'aria-hidden': 'true' },
        [1, 2, 3, 4].map((q) => h('span.dot-key.q' + q, QUADS[q])),
        h('span', 'circle size: number of events · colour: their largest class · drag to pan, Ctrl + wheel to zoom')
    );
    const listBody = h('tbody');
    clear(
        root,
        h('h2#map-h', 'Where'),
        h(
            'div.map-controls',
            h('label', { for: 'map-region' }, 'Zoom to '),
            region,
            ' ',
            zoomIn,
            zoomOut
        ),
        status,
        frame,
        legend,
        h(
            'details.data',
            h('summary', 'Places table'),
            h(
                'table',
                h('thead', h('tr', ['Place', 'Country', 'Events', ...Object.values(QUADS), 'From', 'To'].map((c) => h('th', { scope: 'col' }, c)))),
                listBody
            )
        )
    );

    /* zoom and pan; points and lines keep their size on screen */
    let k = 1;
    let radius = () => R_MIN;
    const zoomer = d3zoom()
        // the wheel zooms only with Ctrl (or ⌘): a plain wheel scrolls the page past the map
        .filter((e) => (e.type === 'wheel' ? e.ctrlKey || e.metaKey : !e.ctrlKey && !e.button))
        .scaleExtent([1, 40])
        .translateExtent([[0, 0], [W, H]])
        .on('zoom', (e) => {
            k = e.transform.k;
            g.setAttribute('transform', e.transform.toString());
            svg.dataset.zoom = e.transform.k.toFixed(3);
            svg.dataset.transform = e.transform.toString();
            for (const c of dots.children) c.setAttribute('r', String(radius(+c.dataset.events) / k));
            g.classList.toggle('zoomed', k > 1.01);
            svg.style.setProperty('--k', String(k));
        });
    const sel = select(svg);
    sel.call(zoomer).on('dblclick.zoom', null);

    /* the transform that shows [[w, s], [e, n]] */
    function fit(box) {
        if (!box) return zoomIdentity;
        const [[x0, y0], [x1, y1]] = [projection([box[0][0], box[1][1]]), projection([box[1][0], box[0][1]])];
        const kk = Math.min(40, 0.92 / Math.max((x1 - x0) / W, (y1 - y0) / H));
        return zoomIdentity.translate(W / 2, H / 2).scale(kk).translate(-(x0 + x1) / 2, -(y0 + y1) / 2);
    }
    region.addEventListener('change', () => {
        if (region.value === 'events') {
            const pts = places.map((p) => [p.lon, p.lat]);
            if (!pts.length) return sel.call(zoomer.transform, zoomIdentity);
            const lons = pts.map((p) => p[0]), lats = pts.map((p) => p[1]);
            const pad = 3;
            sel.call(zoomer.transform, fit([[Math.min(...lons) - pad, Math.min(...lats) - pad], [Math.max(...lons) + pad, Math.max(...lats) + pad]]));
        } else {
            sel.call(zoomer.transform, fit(REGIONS[region.value][1]));
        }
    });
    zoomIn.addEventListener('click', () => zoomer.scaleBy(sel, 2));
    zoomOut.addEventListener('click', () => zoomer.scaleBy(sel, 0.5));

    let places = [];
    function render(r) {
        places = (r.items || []).filter((p) => Number.isFinite(p.lat) && Number.isFinite(p.lon));
        const max = Math.max(1, ...places.map((p) => p.events));
        radius = (n) => R_MIN + (R_MAX - R_MIN) * Math.sqrt(n / max);
        dots.replaceChildren();
        // biggest first, so that small places are drawn over big ones and stay clickable
        for (const p of [...places].sort((a, b) => b.events - a.events)) {
            const [x, y] = projection([p.lon, p.lat]);
            const c = svgEl('circle', {
                cx: x.toFixed(2),
                cy: y.toFixed(2),
                r: radius(p.events) / k,
                class: 'place q' + p.quad_class + (state.place && state.place.key === p.key ? ' picked' : ''),
                tabindex: 0,
                role: 'button',
                'aria-label': `${p.name}: ${p.events} event${p.events === 1 ? '' : 's'}`,
                'aria-pressed': String(!!state.place && state.place.key === p.key),
            });
            c.setAttribute('fill', QUAD_COLOURS[p.quad_class] || '#888');
            Object.assign(c.dataset, { key: p.key, events: p.events, quad: p.quad_class });
            const t = svgEl('title');
            t.textContent = `${p.name}: ${p.events} event${p.events === 1 ? '' : 's'} (` +
                [1, 2, 3, 4].filter((q) => p.quad[q - 1]).map((q) => `${p.quad[q - 1]} ${QUADS[q]}`).join(', ') +
                `), ${p.first === p.last ? p.first : `${p.first} to ${p.last}`}`;
            c.append(t);
            const pick = () => setPlace(state.place && state.place.key === p.key ? null : { key: p.key, name: p.name });
            c.addEventListener('click', pick);
            c.addEventListener('keydown', (e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault();
                    pick();
                }
            });
            dots.append(c);
        }
        svg.dataset.points = String(places.length);
        clear(
            listBody,
            places.map((p) =>
                h(
                    'tr',
                    h(
                        'th',
                        { scope: 'row' },
                        h('button.link.place-btn', { type: 'button', dataset: { key: p.key }, onclick: () => setPlace(state.place && state.place.key === p.key ? null : { key: p.key, name: p.name }) }, p.name)
                    ),
                    [p.country || '–', p.events, ...p.quad, p.first, p.last].map((v) => h('td', String(v)))
                )
            )
        );
        const more = r.places > places.length ? ` (the ${places.length} with the most events of ${r.places})` : '';
        const who = state.actor ? ` involving ${state.actor}` : '';
        note(status, `${r.located} event${r.located === 1 ? '' : 's'}${who} at ${r.places} place${r.places === 1 ? '' : 's'}${more}; ` +
            `${r.unlocated} with no place on the map.`);
        svg.setAttribute('aria-label', `World map: ${places.length} places of events${who}. The places table below lists them.`);
    }

    function pickMarks() {
        for (const c of dots.children) {
            const on = !!state.place && state.place.key === c.dataset.key;
            c.classList.toggle('picked', on);
            c.setAttribute('aria-pressed', String(on));
        }
    }
    on('place', pickMarks);

    let seq = 0;
    async function refresh() {
        const my = ++seq;
        let r;
        try {
            r = await get('places', { actor: state.actor, limit: MAX_PLACES });
        } catch (e) {
            if (my === seq) note(status, `Places not available: ${e.message}`, 'error');
            return;
        }
        if (my !== seq) return;
        render(r);
        root.dataset.places = String(places.length);
    }
    on('actor', refresh);
    return { refresh };
}
