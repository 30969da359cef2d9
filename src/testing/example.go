// Examples: an Example function's standard output is captured while it runs (package os diverts Stdout's writes to
// a buffer: os.startCapture and os.stopCapture, linknamed) and compared with its `// Output:` comment as go test
// does: both trimmed of surrounding space, or, for `// Unordered output:`, as sorted lists of lines.
package testing

import (
	"os"
	"sort"
	"strings"
	"time"
	_ "unsafe" // for go:linkname
)

//go:linkname startCapture os.startCapture
func startCapture()

//go:linkname stopCapture os.stopCapture
func stopCapture() string

// runExample runs one example and reports whether its output was the expected one.
func runExample(ex InternalExample) bool {
	if chatty {
		lastName = ex.Name
		os.Stdout.WriteString("=== RUN   " + ex.Name + "\n")
	}
	start := time.Now()
	startCapture()
	ex.F()
	got := strings.TrimSpace(stopCapture())
	want := strings.TrimSpace(ex.Output)
	ok := got == want
	if ex.Unordered {
		ok = sortedLines(got) == sortedLines(want)
	}
	d := fmtDuration(time.Since(start))
	switch {
	case !ok:
		os.Stdout.WriteString("--- FAIL: " + ex.Name + " (" + d + ")\ngot:\n" + got + "\nwant:\n" + want + "\n")
	case chatty:
		os.Stdout.WriteString("--- PASS: " + ex.Name + " (" + d + ")\n")
	}
	return ok
}

func sortedLines(s string) string {
	lines := strings.Split(s, "\n")
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}
