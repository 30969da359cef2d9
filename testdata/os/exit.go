// os.Exit ends the program at once with its status: deferred calls do not run (as in gc), and what was written
// before stays written.

package main

import "os"

func main() {
	defer os.Stdout.WriteString("deferred: must not run\n")
	os.Stdout.WriteString("before exit\n")
	func() {
		defer os.Stdout.WriteString("inner deferred: must not run\n")
		os.Exit(3)
	}()
	os.Stdout.WriteString("after exit: must not run\n")
}
