// Benchmark of the type checker against go/types (`npm run bench:check [importpath...]`, default net/http): both
// sides load a package and all its dependencies from GOROOT and type-check them in dependency order; only checking
// is compared (parsing is printed separately for both). go/types' helper parses everything first, then checks;
// tsgo's loader (compiler/oracle/goroot.ts, go/build's linux/amd64 file selection) parses and checks package by
// package in turns, so tsgo's parse time is the loader's total minus its check time. go/types runs in the Go helper
// compiler/oracle/testdata/gotypesdump (-bench). Prints the times, the ratio and peak memory (tsgo: peak RSS of this
// process, as the kernel records it; go/types: HeapSys and total allocation of the helper).

import { GorootLoader } from '../compiler/oracle/goroot.ts';
import { goDump } from '../compiler/oracle/gotypesdiff.ts';

const pkgs = process.argv.slice(2).length ? process.argv.slice(2) : ['net/http'];

const goOut = goDump(['-bench', ...pkgs]);
const g = Object.fromEntries(goOut.trim().split(/\s+/).reduce<[string, number][]>((acc, w, i, a) => (i % 2 === 0 ? [...acc, [w, Number(a[i + 1])]] : acc), []));

// Warm the JIT on a small, independent importer first, as the Go side is compiled ahead of time.
new GorootLoader().load('strconv');
const imp = new GorootLoader();
const t0 = performance.now();
for (const p of pkgs) imp.load(p);
const loadMs = performance.now() - t0;
// maxRSS (KiB) is the process's peak resident set, which a timer could not sample while loading runs synchronously.
const peakRss = process.resourceUsage().maxRSS * 1024;
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
