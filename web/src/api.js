/* api.js - the JSON API of `tocsin serve` (api/v1), relative to the page so
 * the dashboard works at / or under any prefix. */

export class ApiError extends Error {
    constructor(status, message) {
        super(message);
        this.status = status;
    }
}

/* GET api/v1/<path>?params; empty and null parameters are left out. */
export async function get(path, params = {}) {
    const url = new URL('api/v1/' + path, document.baseURI);
    for (const [k, v] of Object.entries(params))
        if (v !== undefined && v !== null && v !== '') url.searchParams.set(k, String(v));
    let res;
    try {
        res = await fetch(url, { headers: { Accept: 'application/json' } });
    } catch (e) {
        throw new ApiError(0, 'the tocsin server cannot be reached');
    }
    const body = await res.json().catch(() => null);
    if (!res.ok)
        throw new ApiError(res.status, (body && body.error && body.error.message) || `HTTP ${res.status}`);
    return body;
}
