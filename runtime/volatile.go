// The runtime's volatile accesses to memory-mapped registers: package runtime/volatile's functions under other names
// (the runtime cannot import a package, since every package imports the runtime). The compiler lowers them
// (compiler/codegen/volatile.ts).

package runtime

//go:noescape
func volatileLoadUint8(addr *uint8) uint8

//go:noescape
func volatileStoreUint8(addr *uint8, val uint8)

//go:noescape
func volatileLoadUint32(addr *uint32) uint32

//go:noescape
func volatileStoreUint32(addr *uint32, val uint32)

//go:noescape
func volatileLoadUint64(addr *uint64) uint64
