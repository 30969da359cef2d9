//go:build baremetal

// os.Args on the boards: nothing starts a firmware with arguments, so Args holds only a program name, "main" (the
// base name of what `go run main.go` runs), as static data.

package os

// Args holds the command-line arguments, starting with the program name: ["main"] on the boards.
var Args = []string{"main"}
