//go:build baremetal

// The arguments and environment on the boards: nothing starts a firmware with arguments, so os.Args holds only a
// program name, "main" (the base name of what `go run main.go` runs), and the environment is empty.

package runtime

// boardArgs is os.Args on the boards.
var boardArgs = [1]string{"main"}

// programArgs returns the program's arguments: the program name alone.
func programArgs() []string { return boardArgs[:] }

// programEnvs returns the program's environment: none.
func programEnvs() []string { return nil }
