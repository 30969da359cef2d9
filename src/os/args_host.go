//go:build !baremetal

// os.Args on the host: the process's argv, which the runtime read from the initial stack (runtime/env_host.go).

package os

// runtime_args returns a copy of the program's arguments (runtime/env.go).
func runtime_args() []string

// Args holds the command-line arguments, starting with the program name.
var Args []string

func init() { Args = runtime_args() }
