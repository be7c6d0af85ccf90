/* state.js - what the views share: the actor filter picked in the network
 * (or the events form) and the dyad shown in the ladder. */

const listeners = new Map();

export const state = {
    actor: '', // '' = all actors
    dyad: null, // {a, b}
    window: null, // {since, until} picked in the alert feed; null = the API's default
    place: null, // {key, name} picked on the map; null = everywhere
};

export function on(name, fn) {
    if (!listeners.has(name)) listeners.set(name, []);
    listeners.get(name).push(fn);
}

function emit(name) {
    for (const fn of listeners.get(name) || []) fn(state);
}

export function setActor(actor) {
    actor = (actor || '').toUpperCase();
    if (actor === state.actor) return;
    state.actor = actor;
    emit('actor');
}

export function setDyad(a, b) {
    state.dyad = { a, b };
    emit('dyad');
}

export function setWindow(win) {
    const same = JSON.stringify(win) === JSON.stringify(state.window);
    state.window = win;
    if (!same) emit('window');
}

export function setPlace(place) {
    const key = place ? place.key : null;
    if (key === (state.place ? state.place.key : null)) return;
    state.place = place ? { key: place.key, name: place.name || place.key } : null;
    emit('place');
}
