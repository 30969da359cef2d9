// `tsgo check`: type-checks packages without building them, as `go vet` would load them. Packages are named by
// patterns (directories, `./...`, import paths, `std`, .go files); each is checked once, dependencies first, and
// every error is printed as `file:line:col: message` under a `# importpath` line for its package (at most 10 per
// package). A GOROOT dependency that does not type-check against tsgo's runtime does not hide the user's own errors:
// its first error is reported at the user's import that leads to it and the user's packages are still checked
// (CheckBlame). Exit code 0 when clean, 1 on errors, 2 on an internal compiler error. `-no-overlays` reads the runtime
// from GOROOT instead of tsgo's own (and, as it is then gc's runtime, sets the `gc` tag), which is how all of std is
// checked. Two issue-3 modes share the command: `-syntax-only FILE|DIR...` only parses (a DIR takes its .go files,
// `DIR/...` recurses), and `-dump=ast FILE` prints the syntax tree. `-dump=types` prints every expression's type
// and every identifier's object (compiler/types/dump.ts) for
// the packages named, not their dependencies.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { Option, type Command } from 'commander';
import { DiagnosticSink, UserError } from '../compiler/diag.ts';
import { withOverrides } from '../compiler/build/driver.ts';
import { newBuildContext } from '../compiler/loader/constraints.ts';
import { firstErrorOf, GorootBlame } from '../compiler/loader/blame.ts';
import { loadPackages } from '../compiler/loader/loader.ts';
import type { PackageNode } from '../compiler/loader/graph.ts';
import { dumpAST } from '../compiler/syntax/dump.ts';
import { parseFile } from '../compiler/syntax/parser.ts';
import { FileSet } from '../compiler/syntax/source.ts';
import { loadTarget } from '../compiler/target/target.ts';
import { dumpTypes } from '../compiler/types/dump.ts';
import { Sizes } from '../compiler/types/sizes.ts';

/** CheckFlags are the flags of `tsgo check`. */
export interface CheckFlags {
  target: string;
  tags?: string;
  overlays: boolean;
  syntaxOnly?: boolean;
  dump?: 'types' | 'ast';
  verbose?: boolean;
}

/** CheckIO is where `tsgo check` writes (the process streams by default) and which directory paths are relative to. */
export interface CheckIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
}

const MAX_ERRORS_PER_PACKAGE = 10;

/** registerCheck adds the `check` command to the CLI; setExit receives its exit code. */
export function registerCheck(program: Command, setExit: (code: number) => void): void {
  program
    .command('check')
    .description('type-check packages (directories, ./..., import paths, std) and print their errors')
    .addOption(new Option('--target <name>', 'target name or path to a target JSON file').default('host'))
    .option('--tags <tags>', 'extra build tags, comma or space separated')
    .option('--no-overlays', "use GOROOT's runtime instead of tsgo's own packages")
    .option('--syntax-only', 'only parse the given files or directories')
    .addOption(new Option('--dump <what>', 'print the syntax tree of a file, or every type and object').choices(['ast', 'types']))
    .option('-v, --verbose', 'print each package checked, with its time')
    .argument('[packages...]', 'packages: directories, DIR/..., import paths, std, or .go files')
    .action(async (args: string[], f: CheckFlags) => {
      setExit(await runCheck(args, f, { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s), cwd: process.cwd() }));
    });
}

/** runCheck runs `tsgo check` and returns its exit code. */
export async function runCheck(args: string[], f: CheckFlags, io: CheckIO): Promise<number> {
  if (f.syntaxOnly) return syntaxOnly(args, io);
  if (f.dump === 'ast') return dumpAst(args, io);
  // The runtime's files for the target's collector and scheduler are selected by tags, as in a build.
  const target = withOverrides(loadTarget(f.target), {});
  const tags = [...target.buildTags, ...(f.tags ?? '').split(/[\s,]+/).filter(Boolean)];
  if (!f.overlays) tags.push('gc');
  const fset = new FileSet();
  let exit = 0;
  const t0 = performance.now();
  const blame = new CheckBlame();
  const result = loadPackages(args, {
    fset, cwd: io.cwd, overlays: f.overlays, keepGoing: 'goroot',
    build: newBuildContext(target.goos, target.goarch, tags),
    sizes: new Sizes(target.ptrSize, target.intSize, target.maxAlign),
    onPackage: (node, isRoot) => {
      if (f.verbose) io.stderr(`${node.path}\t${node.status}\t${node.checkMs.toFixed(0)}ms\n`);
      if (!blame.visit(node, isRoot) && node.sink.list.length > 0) exit = Math.max(exit, printPackage(node, io));
      if (f.dump === 'types' && isRoot && node.status === 'ok' && node.files && node.info) {
        io.stdout(dumpTypes(node.files, node.info, fset, node.path));
      }
    },
  });
  for (const node of blame.unblamed()) exit = Math.max(exit, printPackage(node, io));
  for (const e of result.errors) io.stderr(e + '\n');
  if (result.errors.length > 0) exit = Math.max(exit, 1);
  if (f.verbose) {
    const bad = result.order.filter((n) => n.status !== 'ok').length;
    io.stderr(`${result.order.length} packages, ${bad} with errors, ${((performance.now() - t0) / 1000).toFixed(1)}s\n`);
  }
  return exit;
}

/**
 * CheckBlame keeps a GOROOT dependency's errors away from a user who checks their own packages: GOROOT's sources may
 * need runtime API that tsgo's runtime does not provide yet, which the user cannot act on. As in builds, GorootBlame
 * (compiler/loader/blame.ts) turns such errors into one "not yet supported" error at each import of the user's
 * packages that leads to the failing package, and the user's packages are still checked (the loader keeps going).
 * The errors of a GOROOT package named on the command line, or reached only from GOROOT packages, print as they are.
 */
class CheckBlame {
  private readonly blame = new GorootBlame();
  /** deferred are the failing GOROOT dependencies, in visiting order, until the end shows whether they were blamed. */
  private readonly deferred: PackageNode[] = [];

  /** visit records a package as it is checked and returns true when its errors are deferred rather than printed. */
  visit(node: PackageNode, isRoot: boolean): boolean {
    const failing = node.origin === 'goroot' && !isRoot && node.sink.hasErrors;
    const notes = this.blame.visit(node, failing ? firstErrorOf(node.sink, node.sink.list) : undefined);
    for (const [imp, why] of notes) node.sink.notYetSupported(imp.path.pos, why);
    if (failing) this.deferred.push(node);
    return failing;
  }

  /** unblamed returns the deferred GOROOT packages no user package imports (directly or not): they print as they are. */
  unblamed(): PackageNode[] {
    return this.deferred.filter((n) => !this.blame.blamed(n.path));
  }
}

/** printPackage prints one package's diagnostics under `# path`; it returns the exit code they call for. */
function printPackage(node: PackageNode, io: CheckIO): number {
  const sink = node.sink;
  io.stderr(`# ${node.path}\n`);
  const shown = sink.sorted(MAX_ERRORS_PER_PACKAGE);
  for (const d of shown) io.stderr(sink.format(d, io.cwd) + '\n');
  if (sink.errorCount > shown.length && shown.length >= MAX_ERRORS_PER_PACKAGE) io.stderr('too many errors\n');
  if (sink.list.some((d) => d.message.includes('internal compiler error'))) return 2;
  return sink.hasErrors ? 1 : 0;
}

/** syntaxOnly parses files and directories (DIR/... recursively) and prints syntax errors. */
function syntaxOnly(args: string[], io: CheckIO): number {
  if (args.length === 0) throw new UserError('tsgo check -syntax-only: give files or directories');
  const fset = new FileSet();
  const sink = new DiagnosticSink(fset);
  for (const file of goFilesOf(args, io.cwd)) parseFile(fset, file, readSource(file), sink);
  for (const d of sink.sorted(0)) io.stderr(sink.format(d, io.cwd) + '\n');
  return sink.hasErrors ? 1 : 0;
}

/** dumpAst prints the syntax tree of one file; syntax errors go to stderr and make the exit code 1. */
function dumpAst(args: string[], io: CheckIO): number {
  if (args.length !== 1 || !args[0]!.endsWith('.go')) throw new UserError('tsgo check -dump=ast: give one .go file');
  const file = path.resolve(io.cwd, args[0]!);
  const fset = new FileSet();
  const sink = new DiagnosticSink(fset);
  const ast = parseFile(fset, file, readSource(file), sink);
  io.stdout(dumpAST(ast, fset) + '\n');
  for (const d of sink.sorted(0)) io.stderr(sink.format(d, io.cwd) + '\n');
  return sink.hasErrors ? 1 : 0;
}

/** goFilesOf expands files, directories and DIR/... into .go files, sorted within each directory. */
function goFilesOf(args: string[], cwd: string): string[] {
  const out: string[] = [];
  const addDir = (dir: string, recurse: boolean): void => {
    const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const e of entries) {
      if (e.isFile() && e.name.endsWith('.go')) out.push(path.join(dir, e.name));
      else if (recurse && e.isDirectory() && !e.name.startsWith('.') && !e.name.startsWith('_') && e.name !== 'testdata') {
        addDir(path.join(dir, e.name), true);
      }
    }
  };
  for (const a of args) {
    const recurse = a.endsWith('/...');
    const p = path.resolve(cwd, recurse ? a.slice(0, -4) || '.' : a);
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch {
      throw new UserError(`stat ${a}: no such file or directory`);
    }
    if (st.isDirectory()) addDir(p, recurse);
    else out.push(p);
  }
  return out;
}

function readSource(file: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch {
    throw new UserError(`open ${file}: no such file or directory`);
  }
}
