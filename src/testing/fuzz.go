// Fuzz tests: tsgo runs a fuzz target's seed corpus (the values given to f.Add) through its fuzz function, as
// `go test` does without -fuzz. Fuzz functions of the common shapes are supported: func(*T, []byte),
// func(*T, string), func(*T, int), func(*T, int64), func(*T, uint64), func(*T, string, string); tsgo's reflect cannot
// call functions, so other shapes fail the test with a clear message.
package testing

import "fmt"

// F is the state of one fuzz test.
type F struct {
	common
	corpus [][]any
}

// Add adds one entry (the fuzz function's arguments after *T) to the seed corpus.
func (f *F) Add(args ...any) { f.corpus = append(f.corpus, args) }

// Fuzz runs ff with every seed corpus entry, each as a subtest.
func (f *F) Fuzz(ff any) {
	for i, args := range f.corpus {
		t := &T{common{name: fmt.Sprintf("%s/seed#%d", f.name, i), level: 1, parent: &f.common}}
		runTest(t, func(t *T) { callFuzz(t, ff, args) })
	}
}

func callFuzz(t *T, ff any, args []any) {
	switch fn := ff.(type) {
	case func(*T, []byte):
		fn(t, args[0].([]byte))
	case func(*T, string):
		fn(t, args[0].(string))
	case func(*T, int):
		fn(t, args[0].(int))
	case func(*T, int64):
		fn(t, args[0].(int64))
	case func(*T, uint64):
		fn(t, args[0].(uint64))
	case func(*T, string, string):
		fn(t, args[0].(string), args[1].(string))
	default:
		t.Fatalf("tsgo: fuzz function of type %T is not supported", ff)
	}
}

// runFuzz runs a fuzz target (which calls f.Add and f.Fuzz) in its own goroutine.
func runFuzz(f *F, fn func(*F)) {
	f.done = make(chan struct{})
	go func() {
		defer func() {
			f.runCleanups()
			f.report()
			close(f.done)
		}()
		fn(f)
	}()
	<-f.done
}
