// End-to-end: every program in testdata/run is compiled by the whole pipeline in this process and run on the host,
// in avr8js (arduino) and in qemu (cortex-m-qemu); its output and exit code must equal the golden file, which holds
// gc's output for the same program (UPDATE_GOLDEN=1 regenerates the golden files by running gc, the reference).

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runFirmware } from '../run/run.ts';
import { build } from './driver.ts';
import { formatGolden, runWithGc } from './gcref.ts';

const RUN_DIR = path.resolve(import.meta.dirname, '../../testdata/run');
const TARGETS = ['host', 'arduino', 'cortex-m-qemu'];
const programs = fs.readdirSync(RUN_DIR).filter((n) => n.endsWith('.go')).sort();
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tsgo-e2e-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** compileAndRun builds one program for a target and runs it, returning the golden-file form of the result. */
async function compileAndRun(file: string, target: string): Promise<string> {
  const out = path.join(work, `${path.basename(file, '.go')}-${target}.elf`);
  const res = await build({
    inputs: [file],
    target,
    output: out,
    optLevel: 'z',
    size: 'none',
    tags: [],
    stderr: () => {},
    stdout: () => {},
  });
  const r = await runFirmware(res.target, res.outputPath, { timeoutMs: 30_000 });
  return formatGolden({ output: r.output, exitCode: r.exitCode });
}

describe.each(TARGETS)('testdata/run on %s', (target) => {
  it.each(programs)('%s', async (name) => {
    const file = path.join(RUN_DIR, name);
    const goldenPath = file.replace(/\.go$/, '.golden');
    if (process.env.UPDATE_GOLDEN && target === TARGETS[0]) {
      fs.writeFileSync(goldenPath, formatGolden(runWithGc(file)));
    }
    const want = fs.readFileSync(goldenPath, 'utf8');
    expect(await compileAndRun(file, target)).toBe(want);
  });
});
