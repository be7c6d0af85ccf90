/* util.js - small DOM and formatting helpers shared by the views. */

/* h('tag#id.class', {attr: value, onclick: fn, dataset: {...}}, ...children) */
export function h(sel, attrs, ...children) {
    const [head, ...classes] = sel.split('.');
    const [tag, id] = head.split('#');
    const el = document.createElement(tag || 'div');
    if (id) el.id = id;
    if (classes.length) el.className = classes.join(' ');
    if (attrs && (typeof attrs !== 'object' || attrs instanceof Node || Array.isArray(attrs))) {
        children.unshift(attrs);
        attrs = null;
    }
    for (const [k, v] of Object.entries(attrs || {})) {
        if (v === undefined || v === null || v === false) continue;
        if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
        else if (k === 'dataset') Object.assign(el.dataset, v);
        else if (k === 'text') el.textContent = v;
        else if (k in el && typeof v !== 'string') el[k] = v;
        else el.setAttribute(k, v === true ? '' : v);
    }
    append(el, children);
    return el;
}

function append(el, children) {
    for (const c of children) {
        if (c === null || c === undefined || c === false) continue;
        if (Array.isArray(c)) append(el, c);
        else el.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
}

export function clear(el, ...children) {
    el.replaceChildren();
    append(el, children);
    return el;
}

export const QUADS = {
    1: 'verbal cooperation',
    2: 'material cooperation',
    3: 'verbal conflict',
    4: 'material conflict',
};

export const dyad = (a, b) => `${a}–${b}`;

/* What a reader calls an actor: its name from the API (a_name, source_name…),
 * else the bare code. */
export const named = (code, name) => name || code || '–';

/* An actor in words with its code beside it, small: "North Korean military PRKMIL". */
export function who(code, name) {
    if (!code) return h('span.who', '–');
    return name ? h('span.who', { title: code }, name, ' ', h('span.code-tag', code)) : h('span.who', code);
}

/* The dyad in words: "Russia – Ukraine" (codes where there is no name). */
export const dyadWords = (a, b, an, bn) => `${named(a, an)} – ${named(b, bn)}`;

export const hhmmss = (d = new Date()) => d.toTimeString().slice(0, 8);

/* "2024-11-22" -> seconds since the epoch (UTC midnight) */
export const dayToTs = (s) => Date.parse(s + 'T00:00:00Z') / 1000;

let ids = 0;
export const uid = (p) => `${p}-${++ids}`;

/* A status line under a panel's title: loading, errors, counts. */
export function note(el, text, kind = '') {
    el.textContent = text;
    el.className = 'note' + (kind ? ' ' + kind : '');
}

/* Only http(s) links become anchors: URLs come from scraped pages. */
export function safeUrl(u) {
    try {
        const url = new URL(u);
        return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
    } catch {
        return null;
    }
}
