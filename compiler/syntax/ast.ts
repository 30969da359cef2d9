// The Go abstract syntax tree: one discriminated union per syntactic category (Expr, Stmt, Decl, Spec), following
// go/ast's node set and field names so that a Go programmer can read it, and so that the differential test against
// go/parser can dump both trees in one text form. Every node carries `pos` (its first byte) and `end` (one past its
// last byte) as FileSet positions. Nodes are plain objects; identity (===) is what the type checker's maps key on.

import type { Pos } from './source.ts';

interface NodeBase {
  pos: Pos;
  end: Pos;
}

// ---------------------------------------------------------------------------------------------------------------------
// Comments and directives

/** Comment is one line or block comment, text including the delimiters. */
export interface Comment extends NodeBase {
  kind: 'Comment';
  text: string;
}

/** CommentGroup is a run of comments with no blank line or token between them. */
export interface CommentGroup extends NodeBase {
  kind: 'CommentGroup';
  list: Comment[];
}

/**
 * Directive is a `//go:name args`, `//export name`, `//line` or `//go:build` comment that applies to the declaration
 * (or file) it precedes. `name` is `go:noinline`, `export`, `go:extern`, ...; `args` is the rest of the line, trimmed.
 */
export interface Directive {
  pos: Pos;
  name: string;
  args: string;
}

// ---------------------------------------------------------------------------------------------------------------------
// Expressions and types

/** Ident is a name: `x`, `_`, `int`. */
export interface Ident extends NodeBase {
  kind: 'Ident';
  name: string;
}

/** BasicLitKind is the token kind of a literal. */
export type BasicLitKind = 'INT' | 'FLOAT' | 'IMAG' | 'CHAR' | 'STRING';

/** BasicLit is a literal as written in the source: `42`, `0x1p-2`, `'a'`, `"s"`, `` `raw` ``. */
export interface BasicLit extends NodeBase {
  kind: 'BasicLit';
  litKind: BasicLitKind;
  value: string;
}

/** CompositeLit is `T{elts}`; type is undefined inside an outer literal where it is elided. */
export interface CompositeLit extends NodeBase {
  kind: 'CompositeLit';
  type: Expr | undefined;
  lbrace: Pos;
  elts: Expr[];
  rbrace: Pos;
}

/** KeyValueExpr is `key: value` inside a composite literal. */
export interface KeyValueExpr extends NodeBase {
  kind: 'KeyValueExpr';
  key: Expr;
  colon: Pos;
  value: Expr;
}

/** FuncLit is a function literal `func(x int) int { ... }`. */
export interface FuncLit extends NodeBase {
  kind: 'FuncLit';
  type: FuncType;
  body: BlockStmt;
}

/** ParenExpr is `(x)`. */
export interface ParenExpr extends NodeBase {
  kind: 'ParenExpr';
  x: Expr;
}

/** SelectorExpr is `x.sel`. */
export interface SelectorExpr extends NodeBase {
  kind: 'SelectorExpr';
  x: Expr;
  sel: Ident;
}

/** IndexExpr is `x[i]`, or `x[T1, T2]` for a generic instantiation (indices.length > 1). */
export interface IndexExpr extends NodeBase {
  kind: 'IndexExpr';
  x: Expr;
  lbrack: Pos;
  indices: Expr[];
  rbrack: Pos;
}

/** SliceExpr is `x[low:high]` or `x[low:high:max]` (slice3). */
export interface SliceExpr extends NodeBase {
  kind: 'SliceExpr';
  x: Expr;
  lbrack: Pos;
  low: Expr | undefined;
  high: Expr | undefined;
  max: Expr | undefined;
  slice3: boolean;
  rbrack: Pos;
}

/** TypeAssertExpr is `x.(T)`, or `x.(type)` in a type switch header (type undefined). */
export interface TypeAssertExpr extends NodeBase {
  kind: 'TypeAssertExpr';
  x: Expr;
  lparen: Pos;
  type: Expr | undefined;
  rparen: Pos;
}

/** CallExpr is `fun(args)`, `fun(args...)` (ellipsis != NoPos), and also conversions `T(x)`. */
export interface CallExpr extends NodeBase {
  kind: 'CallExpr';
  fun: Expr;
  lparen: Pos;
  args: Expr[];
  ellipsis: Pos;
  rparen: Pos;
}

/** StarExpr is `*x`: a pointer type or a dereference. */
export interface StarExpr extends NodeBase {
  kind: 'StarExpr';
  x: Expr;
}

/** UnaryOp is the operator of a UnaryExpr (`*` is a StarExpr, `<-` a receive). */
export type UnaryOp = '+' | '-' | '!' | '^' | '&' | '<-' | '~';

/** UnaryExpr is `op x`. */
export interface UnaryExpr extends NodeBase {
  kind: 'UnaryExpr';
  op: UnaryOp;
  x: Expr;
}

/** BinaryOp is the operator of a BinaryExpr. */
export type BinaryOp =
  | '+' | '-' | '*' | '/' | '%' | '&' | '|' | '^' | '<<' | '>>' | '&^'
  | '&&' | '||' | '==' | '!=' | '<' | '<=' | '>' | '>=';

/** BinaryExpr is `x op y`; opPos is the operator's position (gc reports binary-expression errors there). */
export interface BinaryExpr extends NodeBase {
  kind: 'BinaryExpr';
  x: Expr;
  opPos: Pos;
  op: BinaryOp;
  y: Expr;
}

/** ArrayType is `[len]elt`, `[...]elt` (len is an Ellipsis) or a slice type `[]elt` (len undefined). */
export interface ArrayType extends NodeBase {
  kind: 'ArrayType';
  len: Expr | undefined;
  elt: Expr;
}

/** StructType is `struct { fields }`. */
export interface StructType extends NodeBase {
  kind: 'StructType';
  fields: FieldList;
}

/** FuncType is a function signature `func[T any](params) results`; results may be undefined. */
export interface FuncType extends NodeBase {
  kind: 'FuncType';
  typeParams: FieldList | undefined;
  params: FieldList;
  results: FieldList | undefined;
}

/** InterfaceType is `interface { methods and embedded elements }`. */
export interface InterfaceType extends NodeBase {
  kind: 'InterfaceType';
  methods: FieldList;
}

/** MapType is `map[key]value`. */
export interface MapType extends NodeBase {
  kind: 'MapType';
  key: Expr;
  value: Expr;
}

/** ChanDir is the direction of a channel type. */
export type ChanDir = 'both' | 'send' | 'recv';

/** ChanType is `chan T`, `chan<- T` or `<-chan T`. */
export interface ChanType extends NodeBase {
  kind: 'ChanType';
  dir: ChanDir;
  value: Expr;
}

/** Ellipsis is `...` in `[...]T` or a variadic parameter `...T` (elt set). */
export interface Ellipsis extends NodeBase {
  kind: 'Ellipsis';
  elt: Expr | undefined;
}

/** BadExpr stands where an expression could not be parsed. */
export interface BadExpr extends NodeBase {
  kind: 'BadExpr';
}

/** Expr is any expression or type expression. */
export type Expr =
  | Ident
  | BasicLit
  | CompositeLit
  | KeyValueExpr
  | FuncLit
  | ParenExpr
  | SelectorExpr
  | IndexExpr
  | SliceExpr
  | TypeAssertExpr
  | CallExpr
  | StarExpr
  | UnaryExpr
  | BinaryExpr
  | ArrayType
  | StructType
  | FuncType
  | InterfaceType
  | MapType
  | ChanType
  | Ellipsis
  | BadExpr;

/** Field is one entry of a FieldList: `a, b T "tag"`, an embedded field `T`, or a method `M()` in an interface. */
export interface Field extends NodeBase {
  kind: 'Field';
  doc: CommentGroup | undefined;
  names: Ident[];
  type: Expr;
  tag: BasicLit | undefined;
}

/** FieldList is a parenthesized or braced list of fields; opening/closing are NoPos when absent. */
export interface FieldList extends NodeBase {
  kind: 'FieldList';
  opening: Pos;
  list: Field[];
  closing: Pos;
}

// ---------------------------------------------------------------------------------------------------------------------
// Statements

/** BadStmt stands where a statement could not be parsed. */
export interface BadStmt extends NodeBase {
  kind: 'BadStmt';
}

/** DeclStmt is a const, type or var declaration inside a function. */
export interface DeclStmt extends NodeBase {
  kind: 'DeclStmt';
  decl: GenDecl;
}

/** EmptyStmt is an empty statement (implicit: an explicit `;` or nothing before a `}`). */
export interface EmptyStmt extends NodeBase {
  kind: 'EmptyStmt';
  implicit: boolean;
}

/** LabeledStmt is `label: stmt`. */
export interface LabeledStmt extends NodeBase {
  kind: 'LabeledStmt';
  label: Ident;
  stmt: Stmt;
}

/** ExprStmt is an expression used as a statement (a call or a receive). */
export interface ExprStmt extends NodeBase {
  kind: 'ExprStmt';
  x: Expr;
}

/** SendStmt is `ch <- value`. */
export interface SendStmt extends NodeBase {
  kind: 'SendStmt';
  chan: Expr;
  arrow: Pos;
  value: Expr;
}

/** IncDecStmt is `x++` or `x--`. */
export interface IncDecStmt extends NodeBase {
  kind: 'IncDecStmt';
  x: Expr;
  tokPos: Pos;
  tok: '++' | '--';
}

/** AssignOp is the token of an AssignStmt. */
export type AssignOp =
  | '=' | ':=' | '+=' | '-=' | '*=' | '/=' | '%=' | '&=' | '|=' | '^=' | '<<=' | '>>=' | '&^=';

/** AssignStmt is `lhs tok rhs`. */
export interface AssignStmt extends NodeBase {
  kind: 'AssignStmt';
  lhs: Expr[];
  tokPos: Pos;
  tok: AssignOp;
  rhs: Expr[];
}

/** GoStmt is `go call`. */
export interface GoStmt extends NodeBase {
  kind: 'GoStmt';
  call: CallExpr;
}

/** DeferStmt is `defer call`. */
export interface DeferStmt extends NodeBase {
  kind: 'DeferStmt';
  call: CallExpr;
}

/** ReturnStmt is `return results`. */
export interface ReturnStmt extends NodeBase {
  kind: 'ReturnStmt';
  results: Expr[];
}

/** BranchStmt is `break`, `continue`, `goto` or `fallthrough`, with an optional label. */
export interface BranchStmt extends NodeBase {
  kind: 'BranchStmt';
  tok: 'break' | 'continue' | 'goto' | 'fallthrough';
  label: Ident | undefined;
}

/** BlockStmt is `{ list }`. */
export interface BlockStmt extends NodeBase {
  kind: 'BlockStmt';
  lbrace: Pos;
  list: Stmt[];
  rbrace: Pos;
}

/** IfStmt is `if init; cond { body } else els`; els is a BlockStmt or an IfStmt. */
export interface IfStmt extends NodeBase {
  kind: 'IfStmt';
  init: Stmt | undefined;
  cond: Expr;
  body: BlockStmt;
  else: Stmt | undefined;
}

/** CaseClause is `case list: body` or `default: body` (list undefined) in an expression or type switch. */
export interface CaseClause extends NodeBase {
  kind: 'CaseClause';
  list: Expr[] | undefined;
  colon: Pos;
  body: Stmt[];
}

/** SwitchStmt is `switch init; tag { clauses }`; body.list holds only CaseClauses. */
export interface SwitchStmt extends NodeBase {
  kind: 'SwitchStmt';
  init: Stmt | undefined;
  tag: Expr | undefined;
  body: BlockStmt;
}

/** TypeSwitchStmt is `switch init; x := y.(type) { clauses }`; assign is an AssignStmt or an ExprStmt. */
export interface TypeSwitchStmt extends NodeBase {
  kind: 'TypeSwitchStmt';
  init: Stmt | undefined;
  assign: Stmt;
  body: BlockStmt;
}

/** CommClause is `case comm: body` or `default: body` (comm undefined) in a select. */
export interface CommClause extends NodeBase {
  kind: 'CommClause';
  comm: Stmt | undefined;
  colon: Pos;
  body: Stmt[];
}

/** SelectStmt is `select { clauses }`; body.list holds only CommClauses. */
export interface SelectStmt extends NodeBase {
  kind: 'SelectStmt';
  body: BlockStmt;
}

/** ForStmt is `for init; cond; post { body }` (each part optional). */
export interface ForStmt extends NodeBase {
  kind: 'ForStmt';
  init: Stmt | undefined;
  cond: Expr | undefined;
  post: Stmt | undefined;
  body: BlockStmt;
}

/** RangeStmt is `for key, value := range x { body }`; tok is undefined when there are no variables. */
export interface RangeStmt extends NodeBase {
  kind: 'RangeStmt';
  key: Expr | undefined;
  value: Expr | undefined;
  tokPos: Pos;
  tok: ':=' | '=' | undefined;
  x: Expr;
  body: BlockStmt;
}

/** Stmt is any statement. */
export type Stmt =
  | BadStmt
  | DeclStmt
  | EmptyStmt
  | LabeledStmt
  | ExprStmt
  | SendStmt
  | IncDecStmt
  | AssignStmt
  | GoStmt
  | DeferStmt
  | ReturnStmt
  | BranchStmt
  | BlockStmt
  | IfStmt
  | CaseClause
  | SwitchStmt
  | TypeSwitchStmt
  | CommClause
  | SelectStmt
  | ForStmt
  | RangeStmt;

// ---------------------------------------------------------------------------------------------------------------------
// Declarations

/** ImportSpec is `name "path"`; name is `.`/`_`/an identifier or undefined. */
export interface ImportSpec extends NodeBase {
  kind: 'ImportSpec';
  doc: CommentGroup | undefined;
  name: Ident | undefined;
  path: BasicLit;
}

/** ValueSpec is one line of a const or var declaration: `names type = values`. */
export interface ValueSpec extends NodeBase {
  kind: 'ValueSpec';
  doc: CommentGroup | undefined;
  names: Ident[];
  type: Expr | undefined;
  values: Expr[];
  /** iota is the spec's index within its const group (0 for a var or a lone const). */
  iota: number;
}

/** TypeSpec is `name[typeParams] type`, or an alias `name = type` (assign != NoPos). */
export interface TypeSpec extends NodeBase {
  kind: 'TypeSpec';
  doc: CommentGroup | undefined;
  name: Ident;
  typeParams: FieldList | undefined;
  assign: Pos;
  type: Expr;
}

/** Spec is any spec inside a GenDecl. */
export type Spec = ImportSpec | ValueSpec | TypeSpec;

/** GenDecl is an import, const, type or var declaration, grouped (lparen != NoPos) or not. */
export interface GenDecl extends NodeBase {
  kind: 'GenDecl';
  doc: CommentGroup | undefined;
  directives: Directive[];
  tok: 'import' | 'const' | 'type' | 'var';
  lparen: Pos;
  specs: Spec[];
  rparen: Pos;
}

/** FuncDecl is a function or method declaration; body is undefined for a declaration without body. */
export interface FuncDecl extends NodeBase {
  kind: 'FuncDecl';
  doc: CommentGroup | undefined;
  directives: Directive[];
  recv: FieldList | undefined;
  name: Ident;
  type: FuncType;
  body: BlockStmt | undefined;
}

/** BadDecl stands where a declaration could not be parsed. */
export interface BadDecl extends NodeBase {
  kind: 'BadDecl';
}

/** Decl is any top-level declaration. */
export type Decl = GenDecl | FuncDecl | BadDecl;

/** File is one parsed source file. `filename` is as given to the parser; `directives` hold `//go:build` lines. */
export interface File extends NodeBase {
  kind: 'File';
  filename: string;
  doc: CommentGroup | undefined;
  packagePos: Pos;
  name: Ident;
  decls: Decl[];
  imports: ImportSpec[];
  comments: CommentGroup[];
  directives: Directive[];
}

/** Node is any AST node. */
export type Node =
  | Expr
  | Stmt
  | Spec
  | Decl
  | File
  | Field
  | FieldList
  | Comment
  | CommentGroup;

/** NodeKind is the `kind` tag of any node. */
export type NodeKind = Node['kind'];

/** unparen strips any number of enclosing parentheses. */
export function unparen(e: Expr): Expr {
  while (e.kind === 'ParenExpr') e = e.x;
  return e;
}
