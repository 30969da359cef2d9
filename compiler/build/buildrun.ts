// compileAndRun: build one Go program for a target with the whole pipeline, in this process, and run it. Shared by
// the end-to-end tests, the codegen verification test and the GOROOT/test script, which all need "compile this file,
// collect the diagnostics, run it" without the CLI around it.

import * as path from 'node:path';
import { runFirmware, type RunResult } from '../run/run.ts';
import { build, type BuildOptions, type BuildResult } from './driver.ts';

/** compileProgram builds `file` for `target` into `output` (its extension picks the format), collecting diagnostics. */
export async function compileProgram(
  file: string,
  target: string,
  output: string,
  extra: Partial<BuildOptions> = {},
): Promise<{ result: BuildResult | undefined; diagnostics: string; error: unknown }> {
  let diagnostics = '';
  try {
    const result = await build({
      inputs: [file],
      target,
      output,
      optLevel: 'z',
      size: 'none',
      tags: [],
      stderr: (s) => (diagnostics += s),
      stdout: () => {},
      ...extra,
    });
    return { result, diagnostics, error: undefined };
  } catch (error) {
    return { result: undefined, diagnostics, error };
  }
}

/** compileAndRun builds `file` for `target` in workDir and runs it; a build failure throws with its diagnostics. */
export async function compileAndRun(
  file: string,
  target: string,
  workDir: string,
  runOpts: { timeoutMs?: number; maxCycles?: number } = {},
): Promise<RunResult> {
  const output = path.join(workDir, `${path.basename(file, '.go')}-${target}.elf`);
  const { result, diagnostics, error } = await compileProgram(file, target, output);
  if (!result) throw new Error(`${diagnostics}${error instanceof Error ? error.message : String(error)}`);
  return runFirmware(result.target, result.outputPath, { timeoutMs: 30_000, ...runOpts });
}
