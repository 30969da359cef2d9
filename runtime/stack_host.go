//go:build !baremetal

package runtime

// mainStackBottom returns the lowest address the main stack may reach on the host: Linux's default stack limit is
// 8 MiB, counted from the top of the stack mapping, a little above where the program's stack starts.
func mainStackBottom() uintptr {
	return mainStackTop() - 8<<20 + 64<<10
}
