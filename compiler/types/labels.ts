// Labels (spec "Label scopes", "Break/Continue/Goto statements"): labels are function-scoped and may be used before
// their declaration, so each function body is walked once after its statements were checked: labels are declared
// (`label L already defined at ...`), labeled break/continue must name an enclosing for/switch/select (for continue:
// a for), goto must name a label of the function, and unused labels are reported (`label L defined and not used`).
// Where a goto may jump (not over variable declarations, not into blocks) is gotos.ts.

import type * as ast from '../syntax/ast.ts';
import type { Checker } from './checker.ts';
import { checkGotos } from './gotos.ts';
import type { Label } from './objects.ts';
import { Typ } from './types.ts';

/** BranchTarget is an enclosing statement a break or continue may refer to. */
export interface BranchTarget {
  kind: 'for' | 'switch' | 'select';
  label: string | undefined;
}

/** checkLabels declares the labels of a function body and checks every labeled branch statement in it. */
export function checkLabels(c: Checker, body: ast.BlockStmt): void {
  const labels = new Map<string, Label>();
  collect(c, body.list, labels);
  if (labels.size === 0 && !hasLabeledBranch(body.list)) return;
  for (const s of body.list) walk(c, s, [], labels);
  checkGotos(c, body);
  for (const l of labels.values()) {
    if (!l.used) c.error(l.pos, `label ${l.name} defined and not used`);
  }
}

function children(s: ast.Stmt): ast.Stmt[] {
  switch (s.kind) {
    case 'BlockStmt':
      return s.list;
    case 'LabeledStmt':
      return [s.stmt];
    case 'IfStmt':
      return [s.body, ...(s.else ? [s.else] : [])];
    case 'ForStmt':
    case 'RangeStmt':
      return [s.body];
    case 'SwitchStmt':
    case 'TypeSwitchStmt':
    case 'SelectStmt':
      return s.body.list;
    case 'CaseClause':
    case 'CommClause':
      return s.body;
    default:
      return [];
  }
}

function collect(c: Checker, list: ast.Stmt[], labels: Map<string, Label>): void {
  for (const s of list) {
    if (s.kind === 'LabeledStmt' && s.label.name !== '_') {
      const prev = labels.get(s.label.name);
      if (prev) {
        const p = c.fset.position(prev.pos);
        c.error(s.label.pos, `label ${s.label.name} already defined at ${p.filename}:${p.line}:${p.column}`);
      } else {
        const l: Label = { kind: 'Label', name: s.label.name, pos: s.label.pos, pkg: c.pkg, type: Typ.Invalid, used: false };
        labels.set(l.name, l);
        c.recordDef(s.label, l);
      }
    }
    collect(c, children(s), labels);
  }
}

function hasLabeledBranch(list: ast.Stmt[]): boolean {
  return list.some((s) => (s.kind === 'BranchStmt' && s.label !== undefined) || hasLabeledBranch(children(s)));
}

function walk(c: Checker, s: ast.Stmt, targets: BranchTarget[], labels: Map<string, Label>, label?: string): void {
  switch (s.kind) {
    case 'LabeledStmt':
      walk(c, s.stmt, targets, labels, s.label.name);
      return;
    case 'ForStmt':
    case 'RangeStmt':
      walk(c, s.body, [...targets, { kind: 'for', label }], labels);
      return;
    case 'SwitchStmt':
    case 'TypeSwitchStmt':
    case 'SelectStmt': {
      const inner: BranchTarget[] = [...targets, { kind: s.kind === 'SelectStmt' ? 'select' : 'switch', label }];
      for (const x of s.body.list) walk(c, x, inner, labels);
      return;
    }
    case 'BranchStmt': {
      if (!s.label || s.tok === 'fallthrough') return;
      const name = s.label.name;
      const l = labels.get(name);
      if (s.tok === 'goto') {
        if (!l) c.error(s.label.pos, `label ${name} not defined`);
        else use(c, s.label, l);
        return;
      }
      if (!l) {
        c.error(s.label.pos, `${s.tok} label not defined: ${name}`);
        return;
      }
      use(c, s.label, l);
      const t = targets.find((x) => x.label === name);
      if (!t || (s.tok === 'continue' && t.kind !== 'for')) {
        c.error(s.label.pos, `invalid ${s.tok} label ${name}`);
      }
      return;
    }
    default:
      for (const x of children(s)) walk(c, x, targets, labels);
  }
}

function use(c: Checker, id: ast.Ident, l: Label): void {
  l.used = true;
  c.recordUse(id, l);
}
