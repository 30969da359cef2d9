//go:build baremetal

package runtime

// mainStackBottom returns the lowest address of the main stack: on the boards the linker script puts it just above
// the heap.
func mainStackBottom() uintptr {
	return heapEnd()
}
