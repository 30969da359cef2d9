// `npm run gcstress`: the garbage collector's stress program (testdata/gcstress) built with -tags=gcstress_long
// (200000 random steps, a collection forced every 5000 on top of those the heap asks for) and run on arduino
// (avr8js), cortex-m-qemu and the host. Its "ok:" line must equal gc's for the same tags (the program's outcome
// depends only on its random sequence); the figures printed after it are the collector's (collections, objects
// allocated and freed, bytes handed out), with the run's cycles on AVR and wall time.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { build } from '../compiler/build/driver.ts';
import { runFirmware } from '../compiler/run/run.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const DIR = path.join(ROOT, 'testdata/gcstress');
const TAGS = ['gcstress_long'];
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tsgo-gcstress-'));

const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.go') && f !== 'rounds_short.go');
const gc = spawnSync('go', ['run', '-tags', TAGS.join(','), ...files], { cwd: DIR, encoding: 'utf8' });
if (gc.status !== 0) throw new Error(`go run failed: ${gc.stderr}`);
const want = (gc.stdout + gc.stderr).split('\n').find((l) => l.startsWith('ok:'));
console.log(`gc:            ${want}`);

let failed = false;
for (const target of ['arduino', 'cortex-m-qemu', 'host']) {
  const output = path.join(work, `gcstress-${target}.elf`);
  const res = await build({ inputs: [DIR], target, output, optLevel: 'z', size: 'none', tags: TAGS, stderr: (s) => process.stderr.write(s) });
  const t0 = performance.now();
  const r = await runFirmware(res.target, res.outputPath, { maxCycles: 20_000_000_000, timeoutMs: 600_000 });
  const seconds = ((performance.now() - t0) / 1000).toFixed(1);
  const lines = r.output.split('\n');
  const ok = lines.find((l) => l.startsWith('ok:'));
  const figures = lines.find((l) => l.startsWith('collections'));
  const cycles = r.cycles !== undefined ? `, ${(r.cycles / 1e6).toFixed(0)}M cycles (${(r.cycles / 16e6).toFixed(0)} s at 16 MHz)` : '';
  const same = ok === want && r.exitCode === 0;
  failed ||= !same;
  console.log(`${target.padEnd(14)} ${same ? 'same as gc' : `DIFFERENT (exit ${r.exitCode}): ${lines.filter((l) => !l.startsWith('step')).join(' | ')}`}`);
  console.log(`${''.padEnd(14)} ${figures ?? '-'}; ${seconds} s wall${cycles}`);
}
fs.rmSync(work, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
