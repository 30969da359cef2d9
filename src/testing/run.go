// The test main's side of package testing: M and MainStart (called by the main that `tsgo test` generates), the
// -test.* flags (read from os.Args, which the generated main sets: the boards have no command line), the order of a
// run (tests, then examples, then fuzz targets' seed corpora; benchmarks only with -test.bench), and the final
// PASS/FAIL line. The top-level -run pattern is applied by `tsgo test` when it generates the main; the patterns of
// subtests (after the first '/') are matched here by a small regular-expression matcher (matcher.go).
package testing

import (
	"os"
	"strconv"
	"strings"
	"time"
)

// InternalTest is a test function and its name, as the generated main lists them.
type InternalTest struct {
	Name string
	F    func(*T)
}

// InternalBenchmark is a benchmark function and its name.
type InternalBenchmark struct {
	Name string
	F    func(b *B)
}

// InternalExample is an example function, its name, and the output its `// Output:` comment expects.
type InternalExample struct {
	Name      string
	F         func()
	Output    string
	Unordered bool
}

// InternalFuzzTarget is a fuzz test and its name; tsgo runs its seed corpus only.
type InternalFuzzTarget struct {
	Name string
	Fn   func(f *F)
}

// M is what a TestMain function receives: m.Run runs the tests and returns the exit code.
type M struct {
	tests      []InternalTest
	benchmarks []InternalBenchmark
	fuzzes     []InternalFuzzTarget
	examples   []InternalExample
	code       int // Run's result
}

// testDeps is the interface gc's test mains pass to MainStart; tsgo's generated main passes nil.
type testDeps interface{}

var (
	chatty   bool       // -test.v
	short    bool       // -test.short
	benchRun bool       // -test.bench given
	runAlts  [][]string // the -test.run pattern: its alternatives (top-level |), each split at its top-level /
	benchPat string
	initDone bool
)

// Init reads the -test.* flags from os.Args; MainStart calls it.
func Init() {
	if initDone {
		return
	}
	initDone = true
	for _, a := range os.Args[1:] {
		a = strings.TrimPrefix(strings.TrimPrefix(a, "-"), "-")
		name, value, _ := strings.Cut(a, "=")
		switch name {
		case "test.v":
			chatty = value == "" || value == "true"
		case "test.short":
			short = value == "" || value == "true"
		case "test.run":
			runAlts = nil
			for _, alt := range splitPattern(value, '|') {
				runAlts = append(runAlts, splitPattern(alt, '/'))
			}
		case "test.bench":
			benchRun = value != ""
			benchPat = value
		case "test.benchtime":
			if n, err := strconv.Atoi(strings.TrimSuffix(value, "x")); err == nil && strings.HasSuffix(value, "x") {
				benchCount = n
			} else if d, err := time.ParseDuration(value); err == nil {
				benchTime = d
			}
		}
	}
}

// MainStart returns the M that runs the given tests, benchmarks, fuzz targets and examples.
func MainStart(deps testDeps, tests []InternalTest, benchmarks []InternalBenchmark, fuzzTargets []InternalFuzzTarget, examples []InternalExample) *M {
	Init()
	return &M{tests: tests, benchmarks: benchmarks, fuzzes: fuzzTargets, examples: examples}
}

// Run runs the tests, examples and fuzz seed corpora (and the benchmarks with -test.bench), prints PASS or FAIL, and
// returns the exit code: 0 when everything passed, else 1.
func (m *M) Run() int {
	ok := true
	for _, test := range m.tests {
		t := &T{common{name: test.Name}}
		runTest(t, test.F)
		ok = ok && !t.failed
	}
	for _, ex := range m.examples {
		ok = runExample(ex) && ok
	}
	for _, fz := range m.fuzzes {
		f := &F{common: common{name: fz.Name}}
		runFuzz(f, fz.Fn)
		ok = ok && !f.failed
	}
	if benchRun {
		for _, bm := range m.benchmarks {
			if matchPattern(benchPat, bm.Name) {
				runBenchmark(bm)
			}
		}
	}
	if !ok {
		os.Stdout.WriteString("FAIL\n")
		m.code = 1
		return 1
	}
	os.Stdout.WriteString("PASS\n")
	return 0
}

// Main runs the tests as a test main of Go 1.0 did; matchString is ignored.
func Main(matchString func(pat, str string) (bool, error), tests []InternalTest, benchmarks []InternalBenchmark, examples []InternalExample) {
	os.Exit(MainStart(nil, tests, benchmarks, nil, examples).Run())
}

// Short reports whether -test.short was given.
func Short() bool { return short }

// Verbose reports whether -test.v was given.
func Verbose() bool { return chatty }

// Testing reports whether the program is a test.
func Testing() bool { return true }

// CoverMode returns "": tsgo has no coverage.
func CoverMode() string { return "" }

// Coverage returns 0: tsgo has no coverage.
func Coverage() float64 { return 0 }

// matchSub reports whether the subtest name (level 1 or deeper) is selected by -test.run: some alternative's elements
// match the name's elements, as far as both go (the top level was selected when the main was generated).
func matchSub(name string, level int) bool {
	if len(runAlts) == 0 {
		return true
	}
	elems := strings.Split(name, "/")
	for _, alt := range runAlts {
		ok := true
		for i := 0; i < len(alt) && i < len(elems) && ok; i++ {
			ok = matchPattern(alt[i], elems[i])
		}
		if ok {
			return true
		}
	}
	return false
}

// splitPattern splits a -run pattern at sep outside brackets and parentheses, as go test does.
func splitPattern(p string, sep byte) []string {
	var parts []string
	depth, start := 0, 0
	for i := 0; i < len(p); i++ {
		switch p[i] {
		case '[', '(':
			depth++
		case ']', ')':
			depth--
		case '\\':
			i++
		case sep:
			if depth == 0 {
				parts = append(parts, p[start:i])
				start = i + 1
			}
		}
	}
	return append(parts, p[start:])
}

// exitCode is what a test main exits with after TestMain returns without calling os.Exit: m.Run's result (the main
// that tsgo test generates pulls it with //go:linkname).
func exitCode(m *M) int { return m.code }
