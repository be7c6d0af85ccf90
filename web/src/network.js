/* network.js - the actor network of a window (cytoscape): one node per
 * country or organisation, one edge per pair; cooperation solid blue,
 * hostility dashed red, line width by events. Clicking an actor filters the
 * alerts and events to it. */
import cytoscape from 'cytoscape';
import { get } from './api.js';
import { h, clear, dyad, note } from './util.js';
import { state, setActor, on } from './state.js';

// cytoscape inserts an inline <style> (position: relative for its container)
// unless an element with this id exists; the server's Content-Security-Policy
// blocks inline styles, so style.css carries that rule and this marks it done.
const CY_STYLE_ID = '__________cytoscape_stylesheet';

const COOP = '#1f5fbf';
const HOSTILE = '#c8261e';

export function initNetwork(root) {
    if (!document.getElementById(CY_STYLE_ID)) document.head.append(h('meta', { id: CY_STYLE_ID, name: 'cytoscape-style', content: 'in app.css' }));
    const since = h('input#net-since', { type: 'date' });
    const until = h('input#net-until', { type: 'date' });
    const form = h(
        'form.inline-form',
        h('label', { for: 'net-since' }, 'From '),
        since,
        h('label', { for: 'net-until' }, ' to '),
        until,
        ' ',
        h('button', { type: 'submit' }, 'Show'),
        ' ',
        h('button', { type: 'button', onclick: () => ((custom = false), refresh()) }, 'Latest window')
    );
    const status = h('p.note', { role: 'status' });
    const graph = h('div.graph', { role: 'img', 'aria-label': 'Actor network' });
    const actors = h('ul.actor-list', { 'aria-label': 'Actors in the network' });
    const edgeBody = h('tbody');
    clear(
        root,
        h('h2#network-h', 'Actor network'),
        form,
        status,
        h(
            'div.legend',
            { 'aria-hidden': 'true' },
            h('span.key.coop', 'more cooperation'),
            h('span.key.hostile', 'more hostility'),
            h('span', 'line width: number of events · node size: events of the actor')
        ),
        graph,
        h('h3.small', 'Actors (select one to filter the alerts and events)'),
        actors,
        h(
            'details.data',
            h('summary', 'Edge table'),
            h(
                'table',
                h('thead', h('tr', ['Pair', 'Cooperative', 'Conflictual', 'Goldstein', 'Tone', 'Highest rung'].map((c) => h('th', { scope: 'col' }, c)))),
                edgeBody
            )
        )
    );

    let custom = false; // the user picked the dates
    let cy = null;
    form.addEventListener('submit', (e) => {
        e.preventDefault();
        custom = true;
        refresh();
    });

    function render(r) {
        const nodes = [...(r.nodes || [])];
        const edges = r.edges || [];
        // an edge's actor missing from nodes would break the graph: add it
        const ids = new Set(nodes.map((n) => n.id));
        for (const e of edges)
            for (const id of [e.a, e.b])
                if (!ids.has(id)) {
                    ids.add(id);
                    nodes.push({ id, events: 0 });
                }
        const maxN = Math.max(1, ...nodes.map((n) => n.events));
        const maxE = Math.max(1, ...edges.map((e) => e.cooperation + e.conflict));
        const els = [
            // start on a circle (in id order) so that the layout is the same every time
            ...[...nodes]
                .sort((x, y) => x.id.localeCompare(y.id))
                .map((n, i, all) => ({
                    data: { id: n.id, events: n.events, size: 28 + 42 * Math.sqrt(n.events / maxN) },
                    position: { x: 200 * Math.cos((2 * Math.PI * i) / all.length), y: 200 * Math.sin((2 * Math.PI * i) / all.length) },
                })),
            ...edges.map((e, i) => {
                const tot = e.cooperation + e.conflict;
                const coop = e.sign >= 0;
                return {
                    data: {
                        id: `e${i}`,
                        source: e.a,
                        target: e.b,
                        color: coop ? COOP : HOSTILE,
                        style: coop ? 'solid' : 'dashed',
                        width: 1.5 + 7 * Math.sqrt(tot / maxE),
                        label: `+${e.cooperation} / −${e.conflict}`,
                    },
                };
            }),
        ];
        if (cy) cy.destroy();
        cy = graph.cy = null;
        graph.dataset.nodes = String(nodes.length);
        graph.dataset.edges = String(edges.length);
        if (!nodes.length) {
            clear(graph, h('p.note', 'No events in this window.'));
        } else {
            clear(graph);
            cy = cytoscape({
                container: graph,
                elements: els,
                minZoom: 0.3,
                maxZoom: 3,
                style: [
                    {
                        selector: 'node',
                        style: {
                            label: 'data(id)',
                            width: 'data(size)',
                            height: 'data(size)',
                            'background-color': '#eef1f5',
                            'border-color': '#4a5563',
                            'border-width': 1.5,
                            'font-size': 12,
                            'font-family': 'system-ui, sans-serif',
                            'font-weight': 'bold',
                            color: '#1b1f24',
                            'text-valign': 'center',
                            'text-halign': 'center',
                        },
                    },
                    { selector: 'node.picked', style: { 'background-color': '#ffd24d', 'border-color': '#7a5b00', 'border-width': 3 } },
                    {
                        selector: 'edge',
                        style: {
                            width: 'data(width)',
                            'line-color': 'data(color)',
                            'line-style': 'data(style)',
                            'line-dash-pattern': [8, 5],
                            'curve-style': 'bezier',
                            label: 'data(label)',
                            'font-size': 10,
                            'font-family': 'system-ui, sans-serif',
                            color: '#333',
                            'text-background-color': '#fff',
                            'text-background-opacity': 0.85,
                            'text-background-padding': 2,
                            'text-rotation': 'autorotate',
                        },
                    },
                ],
                layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 90, padding: 24 },
            });
            graph.cy = cy; // for the end-to-end test, which clicks nodes on the canvas
            cy.on('tap', 'node', (e) => setActor(state.actor === e.target.id() ? '' : e.target.id()));
            cy.on('mouseover', 'node', () => (graph.style.cursor = 'pointer'));
            cy.on('mouseout', 'node', () => (graph.style.cursor = ''));
            pick();
        }
        clear(
            actors,
            [...nodes]
                .sort((x, y) => y.events - x.events || x.id.localeCompare(y.id))
                .map((n) =>
                    h(
                        'li',
                        h(
                            'button.actor',
                            {
                                type: 'button',
                                'aria-pressed': String(state.actor === n.id),
                                dataset: { actor: n.id },
                                title: n.name || n.id,
                                onclick: () => setActor(state.actor === n.id ? '' : n.id),
                            },
                            n.name ? `${n.name} ${n.id} (${n.events})` : `${n.id} (${n.events})`
                        )
                    )
                )
        );
        clear(
            edgeBody,
            edges.map((e) =>
                h(
                    'tr',
                    h('th', { scope: 'row', title: dyad(e.a, e.b) }, e.a_name && e.b_name ? `${e.a_name} – ${e.b_name}` : dyad(e.a, e.b)),
                    [e.cooperation, e.conflict, e.goldstein, e.sign >= 0 ? 'cooperative' : 'hostile', e.max_rung].map((v) => h('td', String(v)))
                )
            )
        );
        graph.setAttribute(
            'aria-label',
            `Actor network from ${r.from} to ${r.until}: ${nodes.length} actors, ${edges.length} pairs, ` +
                `${edges.filter((e) => e.sign < 0).length} of them hostile. The edge table below lists every pair.`
        );
    }

    /* marks the filtered actor in the graph and the list */
    function pick() {
        if (cy) {
            cy.nodes().removeClass('picked');
            if (state.actor) cy.nodes().filter((n) => n.id() === state.actor).addClass('picked');
        }
        for (const b of actors.querySelectorAll('button.actor')) b.setAttribute('aria-pressed', String(b.dataset.actor === state.actor));
    }
    on('actor', pick);

    async function refresh() {
        note(status, 'Loading…');
        let r;
        try {
            r = await get('network', custom ? { since: since.value, until: until.value } : {});
        } catch (e) {
            note(status, `Network not available: ${e.message}`, 'error');
            return;
        }
        if (!custom) {
            since.value = r.from || '';
            until.value = r.until || '';
        }
        note(status, `${(r.nodes || []).length} actors and ${(r.edges || []).length} pairs from ${r.from || '…'} to ${r.until || '…'}.`);
        render(r);
    }

    // cytoscape keeps where its canvas is on the page and learns of moves only
    // on scroll and resize; a banner shown above (a place or actor filter)
    // moves it without either, and clicks then miss: refresh it on each press
    for (const ev of ['pointerdown', 'mousedown', 'touchstart'])
        graph.addEventListener(ev, () => cy && cy.resize(), { capture: true, passive: true });
    new ResizeObserver(() => {
        if (!cy) return;
        cy.resize();
        cy.fit(undefined, 24);
    }).observe(graph);
    return { refresh };
}
