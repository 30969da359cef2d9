// Terminating statements (spec "Terminating statements"), used for the `missing return` check: return and goto,
// calls of panic, blocks ending in a terminating statement, if/else with both branches terminating, for loops without
// condition and without a break referring to them, and switch/type switch/select statements with a default (switch)
// whose clauses all terminate (or fall through) and contain no break referring to the statement.

import type * as ast from '../syntax/ast.ts';
import type { Checker } from './checker.ts';

/** isTerminating reports whether s is a terminating statement; label is the label naming s, if any. */
export function isTerminating(c: Checker, s: ast.Stmt, label: string): boolean {
  switch (s.kind) {
    case 'ReturnStmt':
      return true;
    case 'BranchStmt':
      return s.tok === 'goto' || s.tok === 'fallthrough';
    case 'ExprStmt': {
      let e = s.x;
      while (e.kind === 'ParenExpr') e = e.x;
      if (e.kind !== 'CallExpr') return false;
      let f = e.fun;
      while (f.kind === 'ParenExpr') f = f.x;
      return f.kind === 'Ident' && c.info.uses.get(f)?.kind === 'Builtin' && f.name === 'panic';
    }
    case 'BlockStmt':
      return isTerminatingList(c, s.list);
    case 'LabeledStmt':
      return isTerminating(c, s.stmt, s.label.name);
    case 'IfStmt':
      return s.else !== undefined && isTerminating(c, s.body, '') && isTerminating(c, s.else, '');
    case 'ForStmt':
      return s.cond === undefined && !hasBreak(s.body, label, true);
    case 'SwitchStmt':
    case 'TypeSwitchStmt':
    case 'SelectStmt': {
      let hasDefault = s.kind === 'SelectStmt';
      for (const cl of s.body.list) {
        if (cl.kind === 'CaseClause' && !cl.list) hasDefault = true;
        if (cl.kind === 'CommClause' && !cl.comm) hasDefault = true;
        const body = cl.kind === 'CaseClause' || cl.kind === 'CommClause' ? cl.body : [];
        if (!isTerminatingList(c, body) || hasBreakList(body, label, true)) return false;
      }
      return hasDefault;
    }
    default:
      return false;
  }
}

function isTerminatingList(c: Checker, list: ast.Stmt[]): boolean {
  let i = list.length - 1;
  while (i >= 0 && list[i]!.kind === 'EmptyStmt') i--;
  return i >= 0 && isTerminating(c, list[i]!, '');
}

function hasBreakList(list: ast.Stmt[], label: string, implicit: boolean): boolean {
  return list.some((s) => hasBreak(s, label, implicit));
}

/** hasBreak reports whether s contains a break referring to the enclosing statement (unlabeled, or with label). */
function hasBreak(s: ast.Stmt, label: string, implicit: boolean): boolean {
  switch (s.kind) {
    case 'BranchStmt':
      return s.tok === 'break' && ((s.label === undefined && implicit) || (s.label !== undefined && s.label.name === label));
    case 'BlockStmt':
      return hasBreakList(s.list, label, implicit);
    case 'LabeledStmt':
      return hasBreak(s.stmt, label, implicit);
    case 'IfStmt':
      return hasBreak(s.body, label, implicit) || (s.else !== undefined && hasBreak(s.else, label, implicit));
    case 'CaseClause':
    case 'CommClause':
      return hasBreakList(s.body, label, implicit);
    case 'ForStmt':
    case 'RangeStmt':
      return label !== '' && hasBreak(s.body, label, false);
    case 'SwitchStmt':
    case 'TypeSwitchStmt':
    case 'SelectStmt':
      return label !== '' && hasBreakList(s.body.list, label, false);
    default:
      return false;
  }
}
