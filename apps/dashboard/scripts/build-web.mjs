// Builds the web page into dist/public: esbuild bundles web/main.ts (with
// Chart.js and its date adapter, so nothing loads from a CDN) to app.js, and
// the static files of public/ are copied beside it. Run after tsc by `npm run build`.
import { cp, mkdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = `${root}dist/public`;

await rm(outDir, { recursive: true, force: true });
await mkdir(outDir, { recursive: true });
await cp(`${root}public`, outDir, { recursive: true });
const result = await build({
  entryPoints: [`${root}web/main.ts`],
  outfile: `${outDir}/app.js`,
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  legalComments: 'linked',
  logLevel: 'warning',
  metafile: true,
});
const bytes = Object.values(result.metafile.outputs).find((output) => output.entryPoint)?.bytes ?? 0;
console.log(`web page built: dist/public/app.js (${Math.round(bytes / 1024)} KiB) and ${outDir.replace(root, '')} static files`);
