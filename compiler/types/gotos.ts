// Goto restrictions (spec "Goto statements"): executing a goto must not cause variables to come into scope that were
// not already in scope at the point of the goto, and a goto outside a block cannot jump to a label inside that block.
// Each statement list is walked in order (as types2's labels.go does), collecting the gotos whose label has not been
// seen yet in it or an enclosing list (forward jumps). The last variable declaration (`var x`, `x :=`) after a
// pending forward jump is remembered for it (gc names the first variable of that declaration); when the jump's label turns up in the same list, the jump is reported
// with gc's wording (`goto L jumps over declaration of x at file:line:col`). Forward jumps a list does not resolve are
// handed to the enclosing list; those still unresolved at the function body whose label exists in the function jump
// into a block (`goto L jumps into block starting at file:line:col`, the block's `{` or `case`). Undefined and
// unused labels are labels.ts's concern.

import type * as ast from '../syntax/ast.ts';
import type { Pos } from '../syntax/source.ts';
import type { Checker } from './checker.ts';

/** Jump is a pending forward goto and the first variable declaration met after it, if any. */
interface Jump {
  goto: ast.BranchStmt;
  over?: { name: string; pos: Pos };
}

/** checkGotos reports gotos that jump over variable declarations or into blocks. */
export function checkGotos(c: Checker, body: ast.BlockStmt): void {
  const labelBlock = new Map<string, Pos>();
  for (const j of statementList(c, body.list, body.pos, [], labelBlock)) {
    const name = j.goto.label!.name;
    const start = labelBlock.get(name);
    if (start !== undefined) c.error(j.goto.label!.pos, `goto ${name} jumps into block starting at ${c.posString(start)}`);
  }
}

/**
 * statementList checks one statement list that starts at `start`; enclosing holds the labels declared so far in the
 * enclosing lists, labelBlock collects where each label's list starts. Returns the unresolved forward jumps.
 */
function statementList(c: Checker, list: ast.Stmt[], start: Pos, enclosing: Set<string>[], labelBlock: Map<string, Pos>): Jump[] {
  const declared = new Set<string>();
  const scopes = [...enclosing, declared];
  let forward: Jump[] = [];
  const varDecl = (name: string, pos: Pos): void => {
    for (const j of forward) j.over = { name, pos };
  };
  const nested = (inner: ast.Stmt[], at: Pos): void => {
    forward.push(...statementList(c, inner, at, scopes, labelBlock));
  };
  const visit = (s: ast.Stmt): void => {
    switch (s.kind) {
      case 'DeclStmt': {
        const spec = s.decl.specs[0];
        if (s.decl.tok === 'var' && spec?.kind === 'ValueSpec' && spec.names[0]) varDecl(spec.names[0].name, spec.names[0].pos);
        return;
      }
      case 'AssignStmt': {
        const lhs = s.lhs[0];
        if (s.tok === ':=' && lhs?.kind === 'Ident') varDecl(lhs.name, s.tokPos);
        return;
      }
      case 'LabeledStmt': {
        const name = s.label.name;
        if (name !== '_') {
          declared.add(name);
          labelBlock.set(name, start);
          forward = forward.filter((j) => {
            if (j.goto.label!.name !== name) return true;
            if (j.over) c.error(j.goto.label!.pos, `goto ${name} jumps over declaration of ${j.over.name} at ${c.posString(j.over.pos)}`);
            return false;
          });
        }
        visit(s.stmt);
        return;
      }
      case 'BranchStmt':
        if (s.tok === 'goto' && s.label && !scopes.some((d) => d.has(s.label!.name))) forward.push({ goto: s });
        return;
      case 'BlockStmt':
        nested(s.list, s.pos);
        return;
      case 'IfStmt':
        visit(s.body);
        if (s.else) visit(s.else);
        return;
      case 'ForStmt':
      case 'RangeStmt':
        visit(s.body);
        return;
      case 'SwitchStmt':
      case 'TypeSwitchStmt':
      case 'SelectStmt':
        for (const cl of s.body.list) visit(cl);
        return;
      case 'CaseClause':
      case 'CommClause':
        nested(s.body, s.pos);
        return;
      default:
        return;
    }
  };
  for (const s of list) visit(s);
  // This list's declarations are out of scope in the enclosing list: only later ones there count.
  return forward.map((j) => ({ goto: j.goto }));
}
