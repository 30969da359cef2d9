// Golden tests of the SSA builder: each testdata/*.go is parsed, type-checked and built; the printed SSA of package
// main (preceded by any builder diagnostics as `// error: file:line:col: message` lines) must equal testdata/*.golden.
// UPDATE_GOLDEN=1 rewrites the golden files. Every built function must also pass the IR validator.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { printPackage } from '../../ir/printer.ts';
import { validateProgram } from '../../ir/validate.ts';
import { buildFromSource } from './testutil.ts';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'testdata');
const cases = fs.readdirSync(dir).filter((f) => f.endsWith('.go')).sort();

describe('ssagen golden', () => {
  for (const name of cases) {
    it(name, async () => {
      const src = fs.readFileSync(path.join(dir, name));
      const { prog, sink, checkErrors } = await buildFromSource(name, src);
      expect(checkErrors).toEqual([]);
      expect(validateProgram(prog)).toEqual([]);
      const main = prog.packages[prog.packages.length - 1]!;
      const diags = sink.sorted(0).map((d) => `// error: ${sink.format(d)}`);
      const got = [...diags, printPackage(main, prog.fset)].join('\n');
      const goldenPath = path.join(dir, name.replace(/\.go$/, '.golden'));
      if (process.env['UPDATE_GOLDEN'] === '1') fs.writeFileSync(goldenPath, got);
      expect(got).toBe(fs.readFileSync(goldenPath, 'utf8'));
    });
  }
});
