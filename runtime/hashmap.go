// Maps: a hash table with open addressing and linear probing over a power-of-two number of slots. The code
// generator lowers every map operation to a call of the functions below; their names and signatures are the ABI
// between codegen and the runtime:
//
//	mapStorageCap(hint int) uintptr                       slots for make(map, hint) (codegen mirrors it: mapabi.ts)
//	mapStorageSize(t *maptype, cap uintptr) uintptr       bytes of storage for cap slots (likewise mirrored)
//	mapinit(m *hashmap, t *maptype, data unsafe.Pointer, cap uintptr)   make with storage from the allocation site
//	mapmake(m *hashmap, t *maptype, hint int)             make with a non-constant hint (storage from alloc)
//	mapaccess(t *maptype, m *hashmap, key unsafe.Pointer) unsafe.Pointer   v := m[k]: the value slot or nil
//	mapassign(m *hashmap, key unsafe.Pointer) unsafe.Pointer   m[k] = v: the value slot (inserted, zeroed, if absent)
//	mapdelete(t *maptype, m *hashmap, key unsafe.Pointer)      delete(m, k)
//	mapclear(m *hashmap)                                  clear(m)
//	maplen(m *hashmap) int                                len(m)
//	mapiterinit(m *hashmap, it *hiter), mapiternext(it *hiter) bool   for k, v := range m (mapiter.go)
//
// A map value is a *hashmap, nil for a nil map; the hashmap itself is zeroed memory from its allocation site (heap
// or stack), filled by mapinit or mapmake. Keys and values are passed by address and copied in and out with
// memmove; codegen stores the value through the slot mapassign returns and copies a key and value out of an
// iterator before running the loop body. mapaccess and mapdelete take the map type because a nil map must still
// hash the key: gc panics for an unhashable interface key even then (golang.org/issue/23734). Besides the
// functions, codegen sets the initial value of mapGenericKeys (below) to false when it can.
//
// Storage is one block: tophash [cap]uint8 | keys [cap]K | values [cap]V, where cap is 0 (no block yet) or a power
// of two >= 8, so that the key and value arrays start at multiples of 8 bytes. A tophash byte is 0 for an empty
// slot, 1 for a deleted one (a tombstone, which keeps probe sequences going), or the hash's top byte forced >= 2.
// Invariants: used (live + tombstones) never exceeds 3/4 of cap, so every probe sequence reaches an empty slot;
// key and value bytes of a free slot are zero; an entry never moves while an iterator may be walking its block,
// and a block is never changed once the map has moved to a new one (growth, or a rehash of the same size that
// drops tombstones), so an iterator can finish walking an old block (see mapiter.go).
//
// Deletion: while no iterator walks the block (the usual case), deleting shifts the rest of the cluster back over
// the freed slot, so tombstones never build up and a map whose entries are replaced one by one never needs a new
// block: with the leaking allocator, 1000 first-in first-out replacements in a map of 3 entries allocated 109
// blocks (7.8 KB) with tombstones alone, and 1 block (72 bytes on AVR) with the shift. While a loop runs, deleting
// leaves a tombstone, unless no probe sequence continues past the slot: then it and the tombstones just before it
// become empty at once.
//
// Memory: a map costs its hashmap header (5 words and 2 bytes: 12 bytes on AVR, 24 on Cortex-M, 48 on the host)
// plus cap*(1+keySize+valueSize) bytes of storage, where cap is the smallest power of two >= 8 whose 3/4 holds the
// entries (8 slots up to 6 entries, 16 up to 12, ...): a map[int]int of 2 entries takes 12+72 = 84 bytes on AVR.

package runtime

import "unsafe"

// Key algorithms, maptype.alg: how a key type is hashed and compared.
const (
	algMem     = 0 // raw bytes: integers, pointers, channels, and structs/arrays of only those without padding
	algString  = 1 // strings, by content
	algGeneric = 2 // anything else, through the key type's descriptor: typehash and typeequal (alg.go)
)

// Tophash values below minTop mark free slots.
const (
	slotEmpty   = 0
	slotDeleted = 1
	minTop      = 2
)

// minCap is the number of slots of the first storage block.
const minCap = 8

// maxHint is the largest make hint honoured; a larger one cannot fit the address space and is ignored, as gc does.
const maxHint = ^uintptr(0) >> 2

// maptype describes a map type to the runtime; codegen emits one constant per map type.
type maptype struct {
	key       *_type // the key type's descriptor, for algGeneric only (nil otherwise)
	keySize   uintptr
	valueSize uintptr
	alg       uint8
}

// hashmap is a map's header; a map value points to it.
type hashmap struct {
	typ   *maptype
	data  unsafe.Pointer // the storage block, nil while cap is 0
	cap   uintptr        // number of slots: 0 or a power of two >= minCap
	count uintptr        // live entries: len(m)
	used  uintptr        // live entries plus tombstones
	// clears counts the clear calls (mod 256), so that an iterator walking an old block knows whether a NaN key it
	// finds there, which it cannot look up, was removed by a clear.
	clears uint8
	// iterators counts the iterators that may be walking the current block: started on it and not yet finished (a
	// loop left early is never uncounted, and 255 sticks). Entries move only while it is 0; a new block resets it.
	iterators uint8
}

// mapStorageCap returns the number of slots make(map[K]V, hint) allocates, so that hint insertions never grow the
// map: 0 when hint <= 0 or hint > maxHint (gc ignores a negative hint and one too large for memory alike), else
// the smallest power of two >= minCap whose load limit is at least hint.
func mapStorageCap(hint int) uintptr {
	if hint <= 0 || hint > int(maxHint) {
		return 0
	}
	c := uintptr(minCap)
	for loadLimit(c) < uintptr(hint) {
		c <<= 1
	}
	return c
}

// mapStorageSize returns the size in bytes of a storage block of cap slots for a map of type t.
func mapStorageSize(t *maptype, cap uintptr) uintptr {
	return cap * (1 + t.keySize + t.valueSize)
}

// loadLimit returns how many slots of a block of cap slots may be used (live or deleted): 3/4 of them.
func loadLimit(cap uintptr) uintptr {
	return cap - cap>>2
}

// mapinit makes a map in the zeroed header m with the zeroed storage block data of cap slots (nil when cap is 0),
// which the allocation site sized with mapStorageSize(t, mapStorageCap(hint)). It is not inlined: on AVR, storing
// into m the address of its own storage (m + header) right after m was allocated makes llc-14's register allocator
// fail ("ran out of registers"); as a call, m arrives in a register pair that the store can use.
//
//go:noinline
func mapinit(m *hashmap, t *maptype, data unsafe.Pointer, cap uintptr) {
	m.typ = t
	m.data = data
	m.cap = cap
}

// mapmake makes a map in the zeroed header m for make(map[K]V, hint) with a hint known only at run time. A hint
// whose storage size would overflow uintptr is ignored, like a negative one.
func mapmake(m *hashmap, t *maptype, hint int) {
	c := mapStorageCap(hint)
	limit := ^uintptr(0) // becomes the largest slot size that c slots allow: limit / c, c being a power of two
	for s := c; s > 1; s >>= 1 {
		limit >>= 1
	}
	var data unsafe.Pointer
	if 1+t.keySize+t.valueSize > limit {
		c = 0
	} else if c != 0 {
		data = alloc(mapStorageSize(t, c))
	}
	mapinit(m, t, data, c)
}

// mapaccess returns the address of key's value in m, or nil when m has no such key (or is nil).
func mapaccess(t *maptype, m *hashmap, key unsafe.Pointer) unsafe.Pointer {
	if m == nil || m.count == 0 {
		t.checkHashable(key)
		return nil
	}
	i, found := m.probe(key, t.hash(key))
	if !found {
		return nil
	}
	_, v := t.slot(m.data, m.cap, i)
	return v
}

const nilMapMsg = "assignment to entry in nil map"

// mapassign returns the address of key's value in m, inserting key with a zero value when it is absent; the map
// grows into a new storage block when the insertion would pass the load limit. Assigning an existing key also
// copies the key in (it may differ from the stored one while equal: -0 and +0), as gc does.
func mapassign(m *hashmap, key unsafe.Pointer) unsafe.Pointer {
	if m == nil {
		if recoverEnabled() {
			gopanic(plainError(nilMapMsg)) // a constant: its interface value is static
		}
		plainPanic(nilMapMsg)
	}
	t := m.typ
	h := t.hash(key)
	var i uintptr
	found := false
	if m.cap != 0 {
		i, found = m.probe(key, h)
	}
	if !found {
		if m.cap == 0 || *tophashAt(m.data, i) == slotEmpty { // else a tombstone is reused: used does not change
			if m.used >= loadLimit(m.cap) {
				m.grow()
				i = m.emptySlot(h)
			}
			m.used++
		}
		*tophashAt(m.data, i) = tophash(h)
		m.count++
	}
	k, v := t.slot(m.data, m.cap, i)
	if !found || t.generic() {
		memmove(k, key, t.keySize)
	}
	return v
}

// mapdelete removes key from m; it does nothing when the key is absent or m is nil. When no iterator is walking
// the map's block, the rest of the key's cluster is shifted back over the freed slot (Knuth's Algorithm R), so the
// block gets no tombstone; otherwise entries must stay where they are, and the slot becomes a tombstone unless no
// probe sequence continues past it. Freed slots are zeroed.
func mapdelete(t *maptype, m *hashmap, key unsafe.Pointer) {
	if m == nil || m.count == 0 {
		t.checkHashable(key)
		return
	}
	i, found := m.probe(key, t.hash(key))
	if !found {
		return
	}
	data := m.data
	c := m.cap
	mask := c - 1
	m.count--
	if m.iterators != 0 {
		if *tophashAt(data, (i+1)&mask) != slotEmpty {
			k, v := t.slot(data, c, i)
			memset(k, 0, t.keySize)
			memset(v, 0, t.valueSize)
			*tophashAt(data, i) = slotDeleted
			return
		}
	} else {
		for j := (i + 1) & mask; *tophashAt(data, j) != slotEmpty; j = (j + 1) & mask {
			top := *tophashAt(data, j)
			k, v := t.slot(data, c, j)
			if top >= minTop && (j-t.hash(k))&mask >= (j-i)&mask { // its home is not in (i, j]: it may move to i
				hk, hv := t.slot(data, c, i)
				memmove(hk, k, t.keySize)
				memmove(hv, v, t.valueSize)
				*tophashAt(data, i) = top
				i = j
			}
		}
	}
	k, v := t.slot(data, c, i)
	memset(k, 0, t.keySize)
	memset(v, 0, t.valueSize)
	for { // no probe sequence continues past i: free it and the tombstones just before it
		*tophashAt(data, i) = slotEmpty
		m.used--
		i = (i - 1) & mask
		if *tophashAt(data, i) != slotDeleted {
			return
		}
	}
}

// mapclear removes every entry of m (the clear builtin), keeping its storage block.
func mapclear(m *hashmap) {
	if m == nil || m.used == 0 {
		return
	}
	memset(m.data, 0, mapStorageSize(m.typ, m.cap))
	m.count = 0
	m.used = 0
	m.clears++
}

// maplen returns the number of entries of m, 0 for a nil map.
func maplen(m *hashmap) int {
	if m == nil {
		return 0
	}
	return int(m.count)
}

// probe looks key (whose hash is h) up in m's storage, which must exist. It returns the key's slot and true, or
// false and the slot an insertion would use: the first tombstone on the probe sequence, else the empty slot ending it.
func (m *hashmap) probe(key unsafe.Pointer, h uintptr) (uintptr, bool) {
	t := m.typ
	data := m.data
	c := m.cap
	top := tophash(h)
	i := h & (c - 1)
	free := c // none yet
	for {
		th := *tophashAt(data, i)
		if th == slotEmpty {
			if free != c {
				return free, false
			}
			return i, false
		}
		if th == slotDeleted {
			if free == c {
				free = i
			}
		} else if th == top {
			if k, _ := t.slot(data, c, i); t.equal(key, k) {
				return i, true
			}
		}
		i = (i + 1) & (c - 1)
	}
}

// emptySlot returns the first empty slot of the probe sequence of hash h.
func (m *hashmap) emptySlot(h uintptr) uintptr {
	mask := m.cap - 1
	i := h & mask
	for *tophashAt(m.data, i) != slotEmpty {
		i = (i + 1) & mask
	}
	return i
}

// grow moves m's entries into a new storage block: minCap slots for the first, twice as many when at least half
// of the slots are live, else as many (dropping the tombstones). The old block is left unchanged for iterators.
func (m *hashmap) grow() {
	t := m.typ
	oldData := m.data
	oldCap := m.cap
	newCap := uintptr(minCap)
	if oldCap != 0 {
		newCap = oldCap
		if m.count >= oldCap/2 {
			newCap = oldCap * 2
		}
	}
	data := alloc(mapStorageSize(t, newCap))
	m.data = data
	m.cap = newCap
	m.used = m.count
	m.iterators = 0
	for i := uintptr(0); i < oldCap; i++ {
		if *tophashAt(oldData, i) >= minTop {
			k, v := t.slot(oldData, oldCap, i)
			h := t.hash(k)
			j := m.emptySlot(h)
			*tophashAt(data, j) = tophash(h)
			nk, nv := t.slot(data, newCap, j)
			memmove(nk, k, t.keySize)
			memmove(nv, v, t.valueSize)
		}
	}
}

// hash returns the hash of the key at p, finalized: the byte hash mixes upwards only (a bit of the product depends
// on the bits below it), while the slot index is taken from the low bits, so the high half is folded into the low
// half, mixed upwards once more and folded again. Without the second round, sequential 64-bit integers probed 8
// slots on average in a map at its load limit (hashstats.go); with it, every key shape measured stays near 2.5,
// what random hashing gives.
func (t *maptype) hash(p unsafe.Pointer) uintptr {
	var h uintptr
	if t.generic() {
		h = typehash(t.key, p, hashSeed)
	} else if t.alg == algString {
		h = strhash(p, hashSeed)
	} else {
		h = memhash(p, t.keySize, hashSeed)
	}
	h = (h ^ h>>(ptrBits/2)) * hashMul
	return h ^ h>>(ptrBits/2)
}

// equal reports whether the keys at a and b are equal.
func (t *maptype) equal(a, b unsafe.Pointer) bool {
	if t.generic() {
		return typeequal(t.key, a, b)
	}
	if t.alg == algString {
		return strequal(a, b)
	}
	return memequal(a, b, t.keySize)
}

// generic reports whether keys of t are hashed and compared through their type descriptor.
func (t *maptype) generic() bool {
	return mapGenericKeys && t.alg == algGeneric
}

// mapGenericKeys is false when no map type of the program has alg algGeneric: codegen then makes false its initial
// value (a constant initializer is static data, and nothing stores to it), LLVM folds it, and typehash, typeequal
// and the float and interface code drop out of programs whose map keys are all hashed as bytes or strings (about
// 2 KB of flash on AVR).
var mapGenericKeys = true

// checkHashable hashes the key at p only for its panic: an interface key holding an unhashable value panics even
// when the map is nil or empty, as in gc.
func (t *maptype) checkHashable(p unsafe.Pointer) {
	if t.generic() {
		typehash(t.key, p, 0)
	}
}

// tophash returns the tophash byte of hash h: its top byte, moved out of the free-slot marks.
func tophash(h uintptr) uint8 {
	top := uint8(h >> (ptrBits - 8))
	if top < minTop {
		top += minTop
	}
	return top
}

// tophashAt returns the address of slot i's tophash byte in the storage block data.
func tophashAt(data unsafe.Pointer, i uintptr) *uint8 {
	return (*uint8)(unsafe.Pointer(uintptr(data) + i))
}

// slot returns the addresses of slot i's key and value in the storage block data of c slots.
func (t *maptype) slot(data unsafe.Pointer, c uintptr, i uintptr) (unsafe.Pointer, unsafe.Pointer) {
	keys := uintptr(data) + c
	return unsafe.Pointer(keys + i*t.keySize), unsafe.Pointer(keys + c*t.keySize + i*t.valueSize)
}
