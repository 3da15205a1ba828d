// @ts-check
/** Empties a build directory first, as tsc leaves behind what an earlier configuration wrote (declaration maps). */
import { rmSync } from 'node:fs';

for (const dir of process.argv.slice(2)) rmSync(dir, { recursive: true, force: true });
