// build.mjs - bundles the dashboard with esbuild: src/ -> OUT/index.html,
// OUT/assets/app.js, OUT/assets/app.css and the icon (everything local, no
// CDN; nothing inline either: `tocsin serve` sends CSP default-src 'self').
//   node build.mjs [--out DIR]   (default ../build/web)
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const i = process.argv.indexOf('--out');
const out = resolve(i > 0 && process.argv[i + 1] ? process.argv[i + 1] : join(here, '..', 'build', 'web'));

rmSync(join(out, 'assets'), { recursive: true, force: true });
mkdirSync(join(out, 'assets'), { recursive: true });
await esbuild.build({
    entryPoints: { app: join(here, 'src', 'main.js') },
    outdir: join(out, 'assets'),
    bundle: true,
    format: 'esm',
    target: ['es2020'],
    minify: true,
    legalComments: 'linked',
    logLevel: 'warning',
});
copyFileSync(join(here, 'src', 'favicon.svg'), join(out, 'assets', 'favicon.svg'));
copyFileSync(join(here, 'src', 'index.html'), join(out, 'index.html'));
console.log(`web: built ${out}`);
