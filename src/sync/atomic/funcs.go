// The functions of the API, one per operation and type.

package atomic

import "unsafe"

// SwapInt32 atomically stores new into *addr and returns the previous *addr value.
func SwapInt32(addr *int32, new int32) (old int32) { return swap(addr, new) }

// SwapInt64 atomically stores new into *addr and returns the previous *addr value.
func SwapInt64(addr *int64, new int64) (old int64) { return swap(addr, new) }

// SwapUint32 atomically stores new into *addr and returns the previous *addr value.
func SwapUint32(addr *uint32, new uint32) (old uint32) { return swap(addr, new) }

// SwapUint64 atomically stores new into *addr and returns the previous *addr value.
func SwapUint64(addr *uint64, new uint64) (old uint64) { return swap(addr, new) }

// SwapUintptr atomically stores new into *addr and returns the previous *addr value.
func SwapUintptr(addr *uintptr, new uintptr) (old uintptr) { return swap(addr, new) }

// SwapPointer atomically stores new into *addr and returns the previous *addr value.
func SwapPointer(addr *unsafe.Pointer, new unsafe.Pointer) (old unsafe.Pointer) {
	return swap(addr, new)
}

// CompareAndSwapInt32 executes the compare-and-swap operation for an int32 value.
func CompareAndSwapInt32(addr *int32, old, new int32) (swapped bool) {
	return compareAndSwap(addr, old, new)
}

// CompareAndSwapInt64 executes the compare-and-swap operation for an int64 value.
func CompareAndSwapInt64(addr *int64, old, new int64) (swapped bool) {
	return compareAndSwap(addr, old, new)
}

// CompareAndSwapUint32 executes the compare-and-swap operation for a uint32 value.
func CompareAndSwapUint32(addr *uint32, old, new uint32) (swapped bool) {
	return compareAndSwap(addr, old, new)
}

// CompareAndSwapUint64 executes the compare-and-swap operation for a uint64 value.
func CompareAndSwapUint64(addr *uint64, old, new uint64) (swapped bool) {
	return compareAndSwap(addr, old, new)
}

// CompareAndSwapUintptr executes the compare-and-swap operation for a uintptr value.
func CompareAndSwapUintptr(addr *uintptr, old, new uintptr) (swapped bool) {
	return compareAndSwap(addr, old, new)
}

// CompareAndSwapPointer executes the compare-and-swap operation for an unsafe.Pointer value.
func CompareAndSwapPointer(addr *unsafe.Pointer, old, new unsafe.Pointer) (swapped bool) {
	return compareAndSwap(addr, old, new)
}

// AddInt32 atomically adds delta to *addr and returns the new value.
func AddInt32(addr *int32, delta int32) (new int32) { return add(addr, delta) }

// AddInt64 atomically adds delta to *addr and returns the new value.
func AddInt64(addr *int64, delta int64) (new int64) { return add(addr, delta) }

// AddUint32 atomically adds delta to *addr and returns the new value.
func AddUint32(addr *uint32, delta uint32) (new uint32) { return add(addr, delta) }

// AddUint64 atomically adds delta to *addr and returns the new value.
func AddUint64(addr *uint64, delta uint64) (new uint64) { return add(addr, delta) }

// AddUintptr atomically adds delta to *addr and returns the new value.
func AddUintptr(addr *uintptr, delta uintptr) (new uintptr) { return add(addr, delta) }

// LoadInt32 atomically loads *addr.
func LoadInt32(addr *int32) (val int32) { return load(addr) }

// LoadInt64 atomically loads *addr.
func LoadInt64(addr *int64) (val int64) { return load(addr) }

// LoadUint32 atomically loads *addr.
func LoadUint32(addr *uint32) (val uint32) { return load(addr) }

// LoadUint64 atomically loads *addr.
func LoadUint64(addr *uint64) (val uint64) { return load(addr) }

// LoadUintptr atomically loads *addr.
func LoadUintptr(addr *uintptr) (val uintptr) { return load(addr) }

// LoadPointer atomically loads *addr.
func LoadPointer(addr *unsafe.Pointer) (val unsafe.Pointer) { return load(addr) }

// StoreInt32 atomically stores val into *addr.
func StoreInt32(addr *int32, val int32) { store(addr, val) }

// StoreInt64 atomically stores val into *addr.
func StoreInt64(addr *int64, val int64) { store(addr, val) }

// StoreUint32 atomically stores val into *addr.
func StoreUint32(addr *uint32, val uint32) { store(addr, val) }

// StoreUint64 atomically stores val into *addr.
func StoreUint64(addr *uint64, val uint64) { store(addr, val) }

// StoreUintptr atomically stores val into *addr.
func StoreUintptr(addr *uintptr, val uintptr) { store(addr, val) }

// StorePointer atomically stores val into *addr.
func StorePointer(addr *unsafe.Pointer, val unsafe.Pointer) { store(addr, val) }
