// Verification of generated LLVM IR by opt-14, with errors named after the function that contains them. In-process,
// codegen.ts runs LLVM's verifier on every function; but some invalid IR (a load or store whose explicit type differs
// from its pointer's pointee type) passes that verifier and is only rejected when the IR is read back, by opt-14. This
// file runs `opt-14 -passes=verify` over a module's text and turns a failure into an "internal compiler error" that
// names the function, found from the failing line; the driver runs it when opt-14 rejects a module.

import { spawnSync } from 'node:child_process';
import { findTool } from './tools.ts';

/**
 * verifyIR runs opt-14's parser and verifier over textual IR; it returns '' when the IR is valid, else
 * "internal compiler error: invalid LLVM IR in function NAME: MESSAGE" (NAME is "?" outside any function).
 */
export function verifyIR(text: string): string {
  const r = spawnSync(findTool('opt'), ['-passes=verify', '-disable-output', '-'], { input: text, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.error) return `internal compiler error: cannot run opt-14: ${r.error.message}`;
  if (r.status === 0) return '';
  const err = r.stderr.trim();
  const lines = text.split('\n');
  // Parser errors carry "<stdin>:LINE:COL: error: MESSAGE"; verifier errors print the bad instruction, then the
  // function is found by the instruction's text.
  const m = /:(\d+):\d+: error: (.*)/.exec(err);
  let line = m ? Number(m[1]) - 1 : -1;
  if (line < 0) {
    const bad = err.split('\n').find((l) => l.startsWith('  '));
    if (bad) line = lines.indexOf(bad);
  }
  let name = '?';
  for (let i = Math.min(line, lines.length - 1); i >= 0; i--) {
    const d = /^define [^@]*@("[^"]+"|[^\s(]+)\(/.exec(lines[i]!);
    if (d) {
      name = d[1]!.replace(/^"|"$/g, '');
      break;
    }
    if (lines[i] === '}') break;
  }
  const message = m ? m[2]! : err.split('\n')[0]!;
  return `internal compiler error: invalid LLVM IR in function ${name}: ${message}`;
}
