// Package calc is a small package whose tests exercise tsgo test: tests, subtests, failures, logs, skips,
// examples with ordered and unordered output, and an external test package.
package calc

// Add returns a + b.
func Add(a, b int) int { return a + b }

// Div returns a / b and whether b was not zero.
func Div(a, b int) (int, bool) {
	if b == 0 {
		return 0, false
	}
	return a / b, true
}

// double is unexported: the in-package tests reach it.
func double(x int) int { return 2 * x }
