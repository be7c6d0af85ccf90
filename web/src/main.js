/* main.js - the dashboard: four views and the live poll. Every few seconds
 * it asks api/v1/status; when the database's version changes the views
 * reload their data in place (no page reload). */
import 'uplot/dist/uPlot.min.css';
import './style.css';
import { get } from './api.js';
import { hhmmss } from './util.js';
import { state, setActor, setPlace, on } from './state.js';
import { initAlerts } from './alerts.js';
import { initLadder } from './ladder.js';
import { initNetwork } from './network.js';
import { initEvents } from './events.js';
import { initSummary } from './summary.js';
import { initMap } from './map.js';

const POLL_MS = 3000;
const $ = (id) => document.getElementById(id);

function summary(s) {
    const range = s.first_date ? `, ${s.first_date} to ${s.last_date}` : '';
    $('db-summary').textContent =
        `${s.events} events from ${s.stories} stories (${s.articles} articles)${range}` + (s.tocsin ? ` · tocsin ${s.tocsin}` : '');
}

async function start() {
    const alerts = initAlerts($('alerts'));
    const ladder = initLadder($('ladder'));
    const network = initNetwork($('network'));
    const events = initEvents($('events'));
    const side = initSummary($('summary'));
    const map = initMap($('map'));

    on('actor', () => {
        $('actor-filter').hidden = !state.actor;
        $('actor-filter-name').textContent = state.actor;
        alerts.refresh();
    });
    $('actor-filter-clear').addEventListener('click', () => setActor(''));
    on('place', () => {
        $('place-filter').hidden = !state.place;
        $('place-filter-name').textContent = state.place ? state.place.name : '';
        alerts.refresh();
    });
    $('place-filter-clear').addEventListener('click', () => setPlace(null));

    let version = null;
    let lastStatus = null;
    let busy = false;
    let ready = false;
    const live = $('live');
    async function poll() {
        if (busy) return;
        busy = true;
        try {
            const s = await get('status');
            lastStatus = s;
            summary(s);
            if (live.classList.contains('error')) {
                live.classList.remove('error');
                live.textContent = `reconnected ${hhmmss()}`;
            }
            if (s.version !== version) {
                const reload = version !== null || ready; // not on the first answer
                version = s.version;
                document.body.dataset.version = String(s.version);
                if (reload) {
                    await Promise.all([alerts.refresh(), events.refresh(), network.refresh(), ladder.refresh(), side.refresh(s), map.refresh()]);
                    live.textContent = `updated ${hhmmss()}`;
                } else {
                    live.textContent = `live since ${hhmmss()}`;
                }
            }
        } catch (e) {
            live.textContent = `not connected: ${e.message} (retrying)`;
            live.classList.add('error');
        } finally {
            busy = false;
        }
    }

    await poll();
    const first = await Promise.all([alerts.refresh(), events.refresh(), network.refresh(), side.refresh(lastStatus), map.refresh()]);
    const top = first[0] && first[0][0];
    await ladder.start(top ? { a: top.a, b: top.b } : null);
    ready = true;
    document.body.dataset.ready = '1';
    setInterval(poll, POLL_MS);
}

start();
