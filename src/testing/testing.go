// Package testing is tsgo's own package testing: Go's API, driven by the main program that `tsgo test` generates, on
// every target (the host and the simulated boards). Each test runs in its own goroutine, so that FailNow, Fatal and
// Skip end it with runtime.Goexit as gc's package does, and the deferred cleanups and the report run after it.
// Parallel tests run one after another. Output follows go test's: `=== RUN` lines and immediate logs with -v, then
// `--- FAIL: Name (0.00s)` with the test's log lines indented below it, `PASS` or `FAIL` at the end. Log lines carry
// no file:line prefix: tsgo has no line tables, so runtime.Caller cannot name the caller.
package testing

import (
	"fmt"
	"os"
	"runtime"
	"strings"
	"time"
)

// TB is the interface common to T, B and F.
type TB interface {
	Cleanup(func())
	Error(args ...any)
	Errorf(format string, args ...any)
	Fail()
	FailNow()
	Failed() bool
	Fatal(args ...any)
	Fatalf(format string, args ...any)
	Helper()
	Log(args ...any)
	Logf(format string, args ...any)
	Name() string
	Setenv(key, value string)
	Skip(args ...any)
	SkipNow()
	Skipf(format string, args ...any)
	Skipped() bool
	TempDir() string

	private()
}

var (
	_ TB = (*T)(nil)
	_ TB = (*B)(nil)
	_ TB = (*F)(nil)
)

// common is the state and the methods T, B and F share.
type common struct {
	name     string
	level    int // 0 for a top-level test, 1 for its subtests, ...
	parent   *common
	output   []byte // log lines not yet printed (all of them without -v)
	failed   bool
	skipped  bool
	finished bool
	cleanups []func()
	start    time.Time
	duration time.Duration
	done     chan struct{}
	subNames map[string]int // for the #01 suffixes of repeated subtest names
	tempDir  string
	tempSeq  int
}

func (c *common) private() {}

// Name returns the name of the running test or benchmark, with its parents' names for a subtest (`TestA/sub`).
func (c *common) Name() string { return c.name }

// Fail marks the test (and its parents) as failed and lets it continue.
func (c *common) Fail() {
	for p := c; p != nil; p = p.parent {
		p.failed = true
	}
}

// Failed reports whether the test has failed.
func (c *common) Failed() bool { return c.failed }

// FailNow marks the test as failed and stops it (runtime.Goexit): its cleanups run, then the next test.
func (c *common) FailNow() {
	c.Fail()
	c.finished = true
	runtime.Goexit()
}

// Skipped reports whether the test was skipped.
func (c *common) Skipped() bool { return c.skipped }

// SkipNow marks the test as skipped and stops it.
func (c *common) SkipNow() {
	c.skipped = true
	c.finished = true
	runtime.Goexit()
}

// Helper marks the calling function as a helper; without line information in log lines it changes nothing.
func (c *common) Helper() {}

// Log formats its arguments as fmt.Sprintln does and records them in the test's log.
func (c *common) Log(args ...any) { c.log(fmt.Sprintln(args...)) }

// Logf formats its arguments as fmt.Sprintf does and records them in the test's log.
func (c *common) Logf(format string, args ...any) { c.log(fmt.Sprintf(format, args...)) }

// Error is Log followed by Fail.
func (c *common) Error(args ...any) {
	c.log(fmt.Sprintln(args...))
	c.Fail()
}

// Errorf is Logf followed by Fail.
func (c *common) Errorf(format string, args ...any) {
	c.log(fmt.Sprintf(format, args...))
	c.Fail()
}

// Fatal is Log followed by FailNow.
func (c *common) Fatal(args ...any) {
	c.log(fmt.Sprintln(args...))
	c.FailNow()
}

// Fatalf is Logf followed by FailNow.
func (c *common) Fatalf(format string, args ...any) {
	c.log(fmt.Sprintf(format, args...))
	c.FailNow()
}

// Skip is Log followed by SkipNow.
func (c *common) Skip(args ...any) {
	c.log(fmt.Sprintln(args...))
	c.SkipNow()
}

// Skipf is Logf followed by SkipNow.
func (c *common) Skipf(format string, args ...any) {
	c.log(fmt.Sprintf(format, args...))
	c.SkipNow()
}

// Cleanup registers f to run when the test and its subtests have finished, the last registered first.
func (c *common) Cleanup(f func()) { c.cleanups = append(c.cleanups, f) }

// Setenv sets an environment variable for the test's duration (restored by a cleanup).
func (c *common) Setenv(key, value string) {
	prev, had := os.LookupEnv(key)
	if err := os.Setenv(key, value); err != nil {
		c.Fatalf("cannot set environment variable: %v", err)
	}
	c.Cleanup(func() {
		if had {
			os.Setenv(key, prev)
		} else {
			os.Unsetenv(key)
		}
	})
}

// TempDir returns a new directory for the test, removed by a cleanup when the test ends.
func (c *common) TempDir() string {
	if c.tempDir == "" {
		dir, err := os.MkdirTemp("", strings.ReplaceAll(c.name, "/", "_"))
		if err != nil {
			c.Fatalf("TempDir: %v", err)
		}
		c.tempDir = dir
		c.Cleanup(func() { os.RemoveAll(dir) })
	}
	c.tempSeq++
	dir := fmt.Sprintf("%s%c%03d", c.tempDir, os.PathSeparator, c.tempSeq)
	if err := os.Mkdir(dir, 0o777); err != nil {
		c.Fatalf("TempDir: %v", err)
	}
	return dir
}

// log records s as a log line of the test: printed at once with -v, else kept for the test's report.
func (c *common) log(s string) {
	line := decorate(s)
	if chatty {
		chattyPrint(c.name, line)
		return
	}
	c.output = append(c.output, line...)
}

// lastName is the test whose output -v printed last: output from another test is announced by `=== CONT`.
var lastName string

// chattyPrint prints -v output of test name.
func chattyPrint(name, s string) {
	if lastName != "" && lastName != name {
		os.Stdout.WriteString("=== CONT  " + name + "\n")
	}
	lastName = name
	os.Stdout.WriteString(s)
}

// runCleanups runs the registered cleanups, the last registered first.
func (c *common) runCleanups() {
	for len(c.cleanups) > 0 {
		f := c.cleanups[len(c.cleanups)-1]
		c.cleanups = c.cleanups[:len(c.cleanups)-1]
		f()
	}
}

// report adds the `--- PASS/FAIL/SKIP` line and the test's log to its parent's output (indented), or prints them
// for a top-level test; a passing test reports only with -v.
func (c *common) report() {
	status := "PASS"
	if c.failed {
		status = "FAIL"
	} else if c.skipped {
		status = "SKIP"
	}
	if !c.failed && !chatty {
		return
	}
	s := fmt.Sprintf("--- %s: %s (%s)\n", status, c.name, fmtDuration(c.duration)) + string(c.output)
	c.output = nil
	if c.parent != nil {
		c.parent.output = append(c.parent.output, indent(s)...)
		return
	}
	if chatty {
		lastName = c.name
	}
	os.Stdout.WriteString(s)
}

// decorate turns a log message into go test's form: four spaces before it, eight before its continuation lines.
func decorate(s string) string {
	if s == "" || s[len(s)-1] != '\n' {
		s += "\n"
	}
	return "    " + strings.ReplaceAll(s[:len(s)-1], "\n", "\n        ") + "\n"
}

// indent puts four more spaces before every line of s.
func indent(s string) string {
	return "    " + strings.ReplaceAll(strings.TrimSuffix(s, "\n"), "\n", "\n    ") + "\n"
}

// fmtDuration formats d in seconds with two decimals, as go test's reports do.
func fmtDuration(d time.Duration) string {
	return fmt.Sprintf("%.2fs", d.Seconds())
}

// T is the state of one test; a test function receives it.
type T struct {
	common
}

// Parallel marks the test as runnable in parallel; tsgo runs tests one after another.
func (t *T) Parallel() {}

// Deadline reports no deadline: tsgo test sets no -timeout.
func (t *T) Deadline() (deadline time.Time, ok bool) { return time.Time{}, false }

// Run runs f as the subtest name of t, in its own goroutine, and waits for it; it reports whether it passed.
func (t *T) Run(name string, f func(t *T)) bool {
	full := t.subName(name)
	if !matchSub(full, t.level+1) {
		return true
	}
	sub := &T{common{name: full, level: t.level + 1, parent: &t.common}}
	runTest(sub, f)
	return !sub.failed
}

// subName is the name of t's subtest name: spaces become underscores and a repeated name gets a #NN suffix.
func (c *common) subName(name string) string {
	name = strings.ReplaceAll(name, " ", "_")
	if c.subNames == nil {
		c.subNames = map[string]int{}
	}
	n := c.subNames[name]
	c.subNames[name] = n + 1
	if n > 0 {
		name = fmt.Sprintf("%s#%02d", name, n)
	}
	return c.name + "/" + name
}

// runTest runs f(t) in a new goroutine and waits until it returns or stops (FailNow, SkipNow, runtime.Goexit).
func runTest(t *T, f func(*T)) {
	if chatty {
		lastName = t.name
		os.Stdout.WriteString("=== RUN   " + t.name + "\n")
	}
	t.done = make(chan struct{})
	go tRunner(t, f)
	<-t.done
}

// tRunner runs one test body; its deferred function runs whether the body returns or stops.
func tRunner(t *T, f func(*T)) {
	defer func() {
		t.runCleanups()
		t.duration = time.Since(t.start)
		t.report()
		close(t.done)
	}()
	t.start = time.Now()
	f(t)
	t.finished = true
}
