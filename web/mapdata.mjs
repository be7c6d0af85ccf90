// mapdata.mjs - the brief's map outlines: Natural Earth's country borders
// and coasts at 1:110m (the world-atlas package, the same shapes as the
// dashboard's map) as a gnuplot data file, "lon lat" per line, a blank line
// between lines. Made at build time into the build folder (not committed);
// `tocsin report` draws its map from it and says so when it is missing.
//   node mapdata.mjs --out FILE
import { mesh } from 'topojson-client';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';

const i = process.argv.indexOf('--out');
if (i < 0 || !process.argv[i + 1]) {
    console.error('usage: node mapdata.mjs --out FILE');
    process.exit(2);
}
const out = resolve(process.argv[i + 1]);
const require = createRequire(import.meta.url);
const world = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8'));
// every border and coast once (an arc shared by two countries is one line)
// a line that crosses the antimeridian (Chukotka, Fiji) is cut there: gnuplot
// would otherwise draw it across the whole map
const lines = [];
for (const l of mesh(world, world.objects.countries).coordinates) {
    let cur = [l[0]];
    for (let k = 1; k < l.length; k++) {
        if (Math.abs(l[k][0] - l[k - 1][0]) > 180) {
            lines.push(cur);
            cur = [];
        }
        cur.push(l[k]);
    }
    lines.push(cur);
}
const text = [
    '# country borders and coasts: Natural Earth 1:110m (public domain) from the world-atlas npm package',
    '# lon lat, one line string per block',
    ...lines.map((l) => l.map(([x, y]) => `${x.toFixed(3)} ${y.toFixed(3)}`).join('\n') + '\n'),
].join('\n');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out + '.tmp', text);
renameSync(out + '.tmp', out);
console.log(`map data: ${lines.length} lines in ${out}`);
