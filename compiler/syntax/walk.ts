// AST traversal: `children` lists a node's direct children in source order, each with the go/ast field name it sits
// in (used by the dump to label sub-trees), and `walk` is the pre-order visitor later phases use. The switch over node
// kinds is exhaustive, so a new node kind in ast.ts is a compile error here until it is handled. Comment groups and
// doc comments are not visited (a File's comments are in File.comments).

import { assertNever } from '../diag.ts';
import type * as ast from './ast.ts';

/** Child is one child slot of a node: its field name and the node, or a list of nodes. */
export type Child = [field: string, child: ast.Node | ast.Node[] | undefined];

/** children returns the child slots of n in source order (absent optional children are undefined). */
export function children(n: ast.Node): Child[] {
  switch (n.kind) {
    case 'Ident':
    case 'BasicLit':
    case 'BadExpr':
    case 'BadStmt':
    case 'BadDecl':
    case 'EmptyStmt':
    case 'Comment':
    case 'CommentGroup':
      return [];
    case 'CompositeLit':
      return [['Type', n.type], ['Elts', n.elts]];
    case 'KeyValueExpr':
      return [['Key', n.key], ['Value', n.value]];
    case 'FuncLit':
      return [['Type', n.type], ['Body', n.body]];
    case 'ParenExpr':
      return [['X', n.x]];
    case 'SelectorExpr':
      return [['X', n.x], ['Sel', n.sel]];
    case 'IndexExpr':
      return [['X', n.x], ['Indices', n.indices]];
    case 'SliceExpr':
      return [['X', n.x], ['Low', n.low], ['High', n.high], ['Max', n.max]];
    case 'TypeAssertExpr':
      return [['X', n.x], ['Type', n.type]];
    case 'CallExpr':
      return [['Fun', n.fun], ['Args', n.args]];
    case 'StarExpr':
      return [['X', n.x]];
    case 'UnaryExpr':
      return [['X', n.x]];
    case 'BinaryExpr':
      return [['X', n.x], ['Y', n.y]];
    case 'ArrayType':
      return [['Len', n.len], ['Elt', n.elt]];
    case 'StructType':
      return [['Fields', n.fields]];
    case 'FuncType':
      return [['TypeParams', n.typeParams], ['Params', n.params], ['Results', n.results]];
    case 'InterfaceType':
      return [['Methods', n.methods]];
    case 'MapType':
      return [['Key', n.key], ['Value', n.value]];
    case 'ChanType':
      return [['Value', n.value]];
    case 'Ellipsis':
      return [['Elt', n.elt]];
    case 'Field':
      return [['Names', n.names], ['Type', n.type], ['Tag', n.tag]];
    case 'FieldList':
      return [['List', n.list]];
    case 'DeclStmt':
      return [['Decl', n.decl]];
    case 'LabeledStmt':
      return [['Label', n.label], ['Stmt', n.stmt]];
    case 'ExprStmt':
      return [['X', n.x]];
    case 'SendStmt':
      return [['Chan', n.chan], ['Value', n.value]];
    case 'IncDecStmt':
      return [['X', n.x]];
    case 'AssignStmt':
      return [['Lhs', n.lhs], ['Rhs', n.rhs]];
    case 'GoStmt':
    case 'DeferStmt':
      return [['Call', n.call]];
    case 'ReturnStmt':
      return [['Results', n.results]];
    case 'BranchStmt':
      return [['Label', n.label]];
    case 'BlockStmt':
      return [['List', n.list]];
    case 'IfStmt':
      return [['Init', n.init], ['Cond', n.cond], ['Body', n.body], ['Else', n.else]];
    case 'CaseClause':
      return [['List', n.list], ['Body', n.body]];
    case 'SwitchStmt':
      return [['Init', n.init], ['Tag', n.tag], ['Body', n.body]];
    case 'TypeSwitchStmt':
      return [['Init', n.init], ['Assign', n.assign], ['Body', n.body]];
    case 'CommClause':
      return [['Comm', n.comm], ['Body', n.body]];
    case 'SelectStmt':
      return [['Body', n.body]];
    case 'ForStmt':
      return [['Init', n.init], ['Cond', n.cond], ['Post', n.post], ['Body', n.body]];
    case 'RangeStmt':
      return [['Key', n.key], ['Value', n.value], ['X', n.x], ['Body', n.body]];
    case 'ImportSpec':
      return [['Name', n.name], ['Path', n.path]];
    case 'ValueSpec':
      return [['Names', n.names], ['Type', n.type], ['Values', n.values]];
    case 'TypeSpec':
      return [['Name', n.name], ['TypeParams', n.typeParams], ['Type', n.type]];
    case 'GenDecl':
      return [['Specs', n.specs]];
    case 'FuncDecl':
      return [['Recv', n.recv], ['Name', n.name], ['Type', n.type], ['Body', n.body]];
    case 'File':
      return [['Name', n.name], ['Decls', n.decls]];
    default:
      return assertNever(n, 'AST node');
  }
}

/**
 * walk visits node and its descendants in pre-order, children in source order; when visit returns false the node's
 * children are skipped. It uses an explicit stack, so deeply nested trees cannot overflow the JS stack.
 */
export function walk(node: ast.Node, visit: (n: ast.Node) => boolean | void): void {
  const stack: ast.Node[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (visit(n) === false) continue;
    const cs = children(n);
    for (let i = cs.length - 1; i >= 0; i--) {
      const c = cs[i]![1];
      if (c === undefined) continue;
      if (Array.isArray(c)) {
        for (let j = c.length - 1; j >= 0; j--) stack.push(c[j]!);
      } else stack.push(c);
    }
  }
}
