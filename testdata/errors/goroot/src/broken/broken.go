// Package broken stands for a GOROOT package tsgo cannot compile: cmd/cli.test.ts runs tsgo with this directory as
// GOROOT, and a program importing it must get one positioned error at its import.
package broken

// F uses a name that does not exist.
func F() int { return missing }
