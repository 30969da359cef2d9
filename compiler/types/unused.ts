// Unused names, reported in the words the issue asks for (gc 1.20+'s; gc 1.19 says `x declared but not used` and
// `imported and not used: "fmt"`): local variables that are declared but never read (`declared and not used: x`) and
// imports that are never referenced (`"fmt" imported and not used`, `"fmt" imported as f and not used`).

import type { Checker } from './checker.ts';
import type { PkgName } from './objects.ts';

/** unusedVars reports every local variable that was never used, in source order. */
export function unusedVars(c: Checker): void {
  const vars = c.localVars.filter((v) => !v.used && v.name !== '_' && v.type !== undefined);
  vars.sort((a, b) => a.pos - b.pos);
  for (const v of vars) c.error(v.pos, `declared and not used: ${v.name}`);
}

/** unusedImports reports every import whose package name was never used. */
export function unusedImports(c: Checker, imports: PkgName[]): void {
  for (const p of imports) {
    if (p.used) continue;
    const path = JSON.stringify(p.imported.path);
    if (p.name !== p.imported.name && p.name !== '.') c.error(p.pos, `${path} imported as ${p.name} and not used`);
    else c.error(p.pos, `${path} imported and not used`);
  }
}
