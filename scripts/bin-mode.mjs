// Makes the CLI named in package.json's "bin" executable once built, so `npx kg` runs it after
// `npm ci` (the compiler writes it without the executable bit). Run by `npm run build`.
import { chmodSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const { bin } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
for (const file of Object.values(bin)) chmodSync(join(root, file), 0o755);
