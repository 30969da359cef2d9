// Benchmarks (run with -test.bench=PATTERN): b.N grows until the benchmark runs for -test.benchtime (1s by
// default, or Nx for a fixed count), as gc's package does, and the result line is go test's
// `BenchmarkName  N  T ns/op`. AllocsPerRun counts mallocs through runtime.ReadMemStats.
package testing

import (
	"fmt"
	"os"
	"runtime"
	"time"
)

// B is the state of one benchmark; a benchmark function receives it and runs its body b.N times.
type B struct {
	common
	N         int
	timerOn   bool
	timeSpent time.Duration
	bytes     int64
	allocs    bool
	startAt   time.Time
	extra     map[string]float64
}

// BenchmarkResult is the outcome of a benchmark.
type BenchmarkResult struct {
	N         int
	T         time.Duration
	Bytes     int64
	MemAllocs uint64
	MemBytes  uint64
	Extra     map[string]float64
}

// PB runs the iterations of RunParallel's body; tsgo runs it on one goroutine.
type PB struct {
	left int
}

// Next reports whether there is another iteration to run.
func (pb *PB) Next() bool {
	if pb.left <= 0 {
		return false
	}
	pb.left--
	return true
}

// StartTimer starts timing (benchmarks start with the timer on).
func (b *B) StartTimer() {
	if !b.timerOn {
		b.startAt = time.Now()
		b.timerOn = true
	}
}

// StopTimer stops timing, for set-up work that should not count.
func (b *B) StopTimer() {
	if b.timerOn {
		b.timeSpent += time.Since(b.startAt)
		b.timerOn = false
	}
}

// ResetTimer zeroes the time spent so far.
func (b *B) ResetTimer() {
	if b.timerOn {
		b.startAt = time.Now()
	}
	b.timeSpent = 0
}

// SetBytes records the bytes processed per iteration (reported as MB/s).
func (b *B) SetBytes(n int64) { b.bytes = n }

// ReportAllocs asks for allocation counts in the result; tsgo reports none.
func (b *B) ReportAllocs() { b.allocs = true }

// ReportMetric adds a custom metric to the result line.
func (b *B) ReportMetric(n float64, unit string) {
	if b.extra == nil {
		b.extra = map[string]float64{}
	}
	b.extra[unit] = n
}

// SetParallelism is accepted and ignored: RunParallel runs on one goroutine.
func (b *B) SetParallelism(p int) {}

// RunParallel runs body with b.N iterations in all.
func (b *B) RunParallel(body func(*PB)) { body(&PB{left: b.N}) }

// Run runs f as a sub-benchmark.
func (b *B) Run(name string, f func(b *B)) bool {
	sub := &B{common: common{name: b.subName(name), level: b.level + 1, parent: &b.common}}
	r := sub.run(f)
	printBenchmark(sub.name, r)
	return !sub.failed
}

// runN runs the benchmark function once with b.N = n, in its own goroutine (so FailNow can end it).
func (b *B) runN(f func(b *B), n int) {
	b.N = n
	b.timeSpent = 0
	b.timerOn = false
	b.done = make(chan struct{})
	go func() {
		defer close(b.done)
		b.StartTimer()
		f(b)
		b.StopTimer()
	}()
	<-b.done
}

// run grows b.N until the benchmark lasts benchtime (or runs it -test.benchtime=Nx times), and returns the last
// run's result.
func (b *B) run(f func(b *B)) BenchmarkResult {
	if benchCount > 0 {
		b.runN(f, benchCount)
		return BenchmarkResult{N: b.N, T: b.timeSpent, Bytes: b.bytes, Extra: b.extra}
	}
	n := 1
	b.runN(f, n)
	for !b.failed && b.timeSpent < benchTime && n < 1e9 {
		prev := n
		if ns := b.timeSpent.Nanoseconds(); ns > 0 {
			n = int(int64(n) * benchTime.Nanoseconds() / ns * 6 / 5)
		} else {
			n *= 100
		}
		if n > 100*prev {
			n = 100 * prev
		}
		if n <= prev {
			n = prev + 1
		}
		b.runN(f, n)
	}
	return BenchmarkResult{N: b.N, T: b.timeSpent, Bytes: b.bytes, Extra: b.extra}
}

// benchTime is how long a benchmark runs (-test.benchtime; 1s by default); benchCount, when set (-test.benchtime=Nx),
// is its fixed number of iterations instead.
var (
	benchTime  = time.Second
	benchCount int
)

// runBenchmark runs one top-level benchmark and prints its line.
func runBenchmark(bm InternalBenchmark) {
	b := &B{common: common{name: bm.Name}}
	r := b.run(bm.F)
	if b.failed {
		os.Stdout.WriteString("--- FAIL: " + b.name + "\n" + string(b.output))
		return
	}
	printBenchmark(b.name, r)
}

func printBenchmark(name string, r BenchmarkResult) {
	os.Stdout.WriteString(fmt.Sprintf("%s\t%8d\t%s\n", name, r.N, r.String()))
}

// Benchmark runs f as a benchmark and returns its result.
func Benchmark(f func(b *B)) BenchmarkResult {
	b := &B{common: common{name: "Benchmark"}}
	return b.run(f)
}

// NsPerOp returns the time per iteration in nanoseconds.
func (r BenchmarkResult) NsPerOp() int64 {
	if r.N <= 0 {
		return 0
	}
	return r.T.Nanoseconds() / int64(r.N)
}

// AllocsPerOp returns the allocations per iteration (0: not measured).
func (r BenchmarkResult) AllocsPerOp() int64 {
	if r.N <= 0 {
		return 0
	}
	return int64(r.MemAllocs) / int64(r.N)
}

// AllocedBytesPerOp returns the bytes allocated per iteration (0: not measured).
func (r BenchmarkResult) AllocedBytesPerOp() int64 {
	if r.N <= 0 {
		return 0
	}
	return int64(r.MemBytes) / int64(r.N)
}

// String is the result as go test prints it: `T ns/op`, with MB/s when SetBytes was used.
func (r BenchmarkResult) String() string {
	s := fmt.Sprintf("%10d ns/op", r.NsPerOp())
	if r.Bytes > 0 && r.T > 0 {
		s += fmt.Sprintf("\t%7.2f MB/s", float64(r.Bytes)*float64(r.N)/1e6/r.T.Seconds())
	}
	for unit, v := range r.Extra {
		s += fmt.Sprintf("\t%g %s", v, unit)
	}
	return s
}

// MemString is the allocation part of a result line.
func (r BenchmarkResult) MemString() string {
	return fmt.Sprintf("%8d B/op\t%8d allocs/op", r.AllocedBytesPerOp(), r.AllocsPerOp())
}

// AllocsPerRun returns the average number of allocations of one call of f, over runs calls (after one warm-up).
func AllocsPerRun(runs int, f func()) (avg float64) {
	f()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for i := 0; i < runs; i++ {
		f()
	}
	runtime.ReadMemStats(&after)
	return float64((after.Mallocs - before.Mallocs) / uint64(runs))
}
