// Dependencies point one way: syntax → types → ssagen → ir/passes → codegen → build. This test reads every import
// in the tree and fails when a module imports from a layer that comes after its own (only the driver knows all).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');

/** LAYERS lists, for each folder, the folders it may import from (besides itself). */
const LAYERS: Record<string, string[]> = {
  'compiler/syntax': ['compiler/diag.ts'],
  'compiler/types': ['compiler/syntax', 'compiler/diag.ts'],
  'compiler/loader': ['compiler/syntax', 'compiler/types', 'compiler/diag.ts'],
  // Comparisons with the reference implementations (go/types, gc's test suite) may use any phase but the driver.
  'compiler/oracle': ['compiler/syntax', 'compiler/types', 'compiler/loader', 'ir', 'compiler/ssagen', 'passes', 'compiler/codegen', 'compiler/target', 'compiler/run', 'compiler/diag.ts'],
  ir: ['compiler/syntax', 'compiler/types', 'compiler/diag.ts'],
  'compiler/ssagen': ['ir', 'compiler/syntax', 'compiler/types', 'compiler/diag.ts'],
  passes: ['ir', 'compiler/syntax', 'compiler/types', 'compiler/diag.ts'],
  'compiler/codegen': ['ir', 'compiler/syntax', 'compiler/types', 'compiler/diag.ts'],
  'compiler/target': ['compiler/diag.ts'],
  'compiler/run': ['compiler/target', 'compiler/build/tools.ts', 'compiler/diag.ts'],
  // Writing to real boards (flash commands, UF2 volumes, serial ports); compiler/build/flasher.ts builds and calls it.
  'compiler/flash': ['compiler/target', 'compiler/diag.ts'],
};

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : sourceFiles(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

describe('layering', () => {
  for (const [layer, allowed] of Object.entries(LAYERS)) {
    it(`${layer} imports only from earlier layers`, () => {
      const bad: string[] = [];
      for (const file of sourceFiles(path.join(ROOT, layer))) {
        if (file.includes(`${path.sep}testdata${path.sep}`)) continue;
        const text = fs.readFileSync(file, 'utf8');
        for (const m of text.matchAll(/^(?:import|export)\s[^'"]*?from\s+'(\.[^']+)'/gm)) {
          const target = path.relative(ROOT, path.resolve(path.dirname(file), m[1]!));
          const ok = target.startsWith(layer + '/') || target === layer || allowed.some((a) => target === a || target.startsWith(a + '/'));
          if (!ok) bad.push(`${path.relative(ROOT, file)} imports ${target}`);
        }
      }
      expect(bad).toEqual([]);
    });
  }
});
