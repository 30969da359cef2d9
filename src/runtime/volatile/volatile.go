// Package volatile gives memory-mapped registers the accesses they need: every load and store happens, once, in
// program order, never merged, cached in a register or removed by the optimiser. The Load and Store functions have
// no Go body: the compiler turns each call into one volatile access (compiler/codegen/volatile.ts). The Register
// types wrap a register's address for the device packages, as TinyGo's runtime/volatile does.
package volatile

// LoadUint8 reads the byte at addr.
//
//go:noescape
func LoadUint8(addr *uint8) uint8

// LoadUint16 reads the 16-bit word at addr.
//
//go:noescape
func LoadUint16(addr *uint16) uint16

// LoadUint32 reads the 32-bit word at addr.
//
//go:noescape
func LoadUint32(addr *uint32) uint32

// LoadUint64 reads the 64-bit word at addr (as one access where the hardware can, else in halves).
//
//go:noescape
func LoadUint64(addr *uint64) uint64

// StoreUint8 writes val to the byte at addr.
//
//go:noescape
func StoreUint8(addr *uint8, val uint8)

// StoreUint16 writes val to the 16-bit word at addr.
//
//go:noescape
func StoreUint16(addr *uint16, val uint16)

// StoreUint32 writes val to the 32-bit word at addr.
//
//go:noescape
func StoreUint32(addr *uint32, val uint32)

// StoreUint64 writes val to the 64-bit word at addr.
//
//go:noescape
func StoreUint64(addr *uint64, val uint64)
