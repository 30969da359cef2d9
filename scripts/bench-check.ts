// Benchmark of the type checker against go/types (`npm run bench:check [importpath...]`, default net/http): both
// sides parse a package and all its dependencies from GOROOT first, then type-check them in dependency order; only
// checking is compared (parsing is printed separately for both). tsgo runs in this process through the package loader
// (compiler/oracle/goroot.ts, go/build's linux/amd64 file selection), go/types in the Go helper
// compiler/oracle/testdata/gotypesdump (-bench). tsgo's parse time is the loader's total minus its check time. Prints the times, the ratio and peak memory (tsgo:
// peak RSS of this process; go/types: HeapSys and total allocation of the helper).

import { execFileSync } from 'node:child_process';
import { GorootLoader } from '../compiler/oracle/goroot.ts';
import { buildHelper } from '../compiler/oracle/gotypesdiff.ts';

const pkgs = process.argv.slice(2).length ? process.argv.slice(2) : ['net/http'];

const bin = buildHelper();
const goOut = execFileSync(bin, ['-bench', ...pkgs], { encoding: 'utf8' });
const g = Object.fromEntries(goOut.trim().split(/\s+/).reduce<[string, number][]>((acc, w, i, a) => (i % 2 === 0 ? [...acc, [w, Number(a[i + 1])]] : acc), []));

// Warm the JIT on a small, independent importer first, as the Go side is compiled ahead of time.
new GorootLoader().load('strconv');
let peakRss = process.memoryUsage().rss;
const timer = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
const imp = new GorootLoader();
const t0 = performance.now();
for (const p of pkgs) imp.load(p);
const loadMs = performance.now() - t0;
clearInterval(timer);
peakRss = Math.max(peakRss, process.memoryUsage().rss);
let checkMs = 0;
for (const n of imp.packages) checkMs += n.checkMs;
const parseMs = loadMs - checkMs;
const errors = imp.errors();
const mb = (n: number): string => (n / (1 << 20)).toFixed(0) + ' MB';
console.log(`packages: tsgo ${imp.packages.length}, go/types ${g.packages}`);
console.log(`parse:    tsgo ${parseMs.toFixed(0)} ms, go/parser ${g.parse_ms!.toFixed(0)} ms`);
console.log(`check:    tsgo ${checkMs.toFixed(0)} ms, go/types ${g.check_ms!.toFixed(0)} ms, ratio ${(checkMs / g.check_ms!).toFixed(2)}x`);
console.log(`memory:   tsgo peak RSS ${mb(peakRss)}, heap used ${mb(process.memoryUsage().heapUsed)}; go/types heap ${g.heap_sys_mb!.toFixed(0)} MB (total allocated ${g.total_alloc_mb!.toFixed(0)} MB)`);
console.log(`errors:   tsgo ${errors.length}, go/types ${g.errors}`);
for (const e of errors.slice(0, 10)) console.log('  ' + e);
