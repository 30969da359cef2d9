// Unused names, reported as gc does: local variables that are declared but never read (`x declared but not used`)
// and imports that are never referenced (gc 1.19: `imported and not used: "fmt"`, `imported and not used: "fmt" as f`).

import type { Checker } from './checker.ts';
import type { PkgName } from './objects.ts';

/** unusedVars reports every local variable that was never used, in source order. */
export function unusedVars(c: Checker): void {
  const vars = c.localVars.filter((v) => !v.used && v.name !== '_' && v.type !== undefined);
  vars.sort((a, b) => a.pos - b.pos);
  for (const v of vars) c.error(v.pos, `${v.name} declared but not used`);
}

/** unusedImports reports every import whose package name was never used. */
export function unusedImports(c: Checker, imports: PkgName[]): void {
  for (const p of imports) {
    if (p.used) continue;
    const path = JSON.stringify(p.imported.path);
    if (p.name !== p.imported.name && p.name !== '.') c.error(p.pos, `imported and not used: ${path} as ${p.name}`);
    else c.error(p.pos, `imported and not used: ${path}`);
  }
}
