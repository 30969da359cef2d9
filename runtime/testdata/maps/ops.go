// Random operation sequences against gc's map as the oracle: insertions, lookups, deletions, len, clear, whole
// iterations compared as multisets, and iterations that insert, delete and clear while they run (checked against the
// rules of the Go specification: entries present throughout are produced exactly once, an entry is produced only
// while present and with its current value, deleted ones are not produced). Every operation runs on both maps; a
// panic on either side must be the same panic on the other. The map's internal invariants are checked regularly.

package main

import (
	"encoding/hex"
	"fmt"
	"math/rand"
	"sort"
	"unsafe"
)

// stats counts what a run did.
type stats struct {
	ops, assigns, lookups, hits, deletes, clears, iters, mutIters, grownIters, abandoned, produced, panics, checks, maxLen int
}

// harness runs one key type.
type harness struct {
	kt      *keyType
	r       *rand.Rand
	m       *hashmap
	oracle  map[any]uint64
	nanLive map[uint64]bool // the values of the NaN-keyed entries in the oracle
	next    uint64
	keybuf  unsafe.Pointer
	st      *stats
	errors  []string
}

func newHarness(kt *keyType, seed int64, st *stats) *harness {
	h := &harness{kt: kt, r: rand.New(rand.NewSource(seed)), st: st, keybuf: alloc(kt.mt.keySize + 8)}
	h.reset(0)
	return h
}

// reset starts a new map made with the given hint.
func (h *harness) reset(hint int) {
	h.m = (*hashmap)(alloc(unsafe.Sizeof(hashmap{})))
	mapmake(h.m, h.kt.mt, hint)
	h.oracle = map[any]uint64{}
	h.nanLive = map[uint64]bool{}
}

func (h *harness) failf(format string, args ...any) {
	if len(h.errors) < 20 {
		h.errors = append(h.errors, h.kt.name+": "+fmt.Sprintf(format, args...))
	}
}

// catch runs f and returns the panic message it printed, "" if none.
func catch(f func()) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			if s, ok := r.(shimPanic); ok {
				msg = string(s)
			} else {
				msg = "panic: " + fmt.Sprint(r)
			}
		}
	}()
	f()
	return ""
}

// both runs an operation on the runtime's map (with the key encoded in keybuf) and on the oracle. It returns
// false when both panicked (with the same message, else a failure is recorded).
func (h *harness) both(k any, ours func(p unsafe.Pointer), theirs func()) bool {
	mine := catch(func() {
		h.kt.encodeKey(h.r, k, h.keybuf)
		ours(h.keybuf)
	})
	gc := catch(theirs)
	if mine != gc {
		h.failf("key %s: runtime %q, gc %q", h.kt.canonKey(k), mine, gc)
	}
	if mine != "" || gc != "" {
		h.st.panics++
		return false
	}
	return true
}

// value bytes: v's bytes repeated over the value's size, so values are told apart and read back exactly.
func (h *harness) writeValue(p unsafe.Pointer, v uint64) {
	for i := uintptr(0); i < h.kt.mt.valueSize; i++ {
		*(*byte)(unsafe.Add(p, i)) = byte(v>>(8*(i%8))) + byte(i/8)
	}
}

func (h *harness) valueString(p unsafe.Pointer) string {
	return hex.EncodeToString(unsafe.Slice((*byte)(p), h.kt.mt.valueSize))
}

func (h *harness) expectedValue(v uint64) string {
	b := make([]byte, h.kt.mt.valueSize+1)
	h.writeValue(unsafe.Pointer(&b[0]), v)
	return hex.EncodeToString(b[:h.kt.mt.valueSize])
}

func (h *harness) assign(k any) {
	v := h.next
	h.next++
	h.st.assigns++
	h.both(k, func(p unsafe.Pointer) {
		slot := mapassign(h.m, p)
		h.writeValue(slot, v)
	}, func() {
		h.oracle[k] = v
		if k != k {
			h.nanLive[v] = true
		}
	})
}

func (h *harness) lookup(k any) {
	h.st.lookups++
	var slot unsafe.Pointer
	var ov uint64
	var ok bool
	if h.both(k, func(p unsafe.Pointer) { slot = mapaccess(h.kt.mt, h.m, p) }, func() { ov, ok = h.oracle[k] }) {
		if (slot != nil) != ok {
			h.failf("lookup %s: runtime found %v, gc %v", h.kt.canonKey(k), slot != nil, ok)
		} else if ok {
			h.st.hits++
			if got, want := h.valueString(slot), h.expectedValue(ov); got != want {
				h.failf("lookup %s: value %s, want %s", h.kt.canonKey(k), got, want)
			}
		}
	}
}

func (h *harness) remove(k any) {
	h.st.deletes++
	h.both(k, func(p unsafe.Pointer) { mapdelete(h.kt.mt, h.m, p) }, func() { delete(h.oracle, k) })
}

func (h *harness) clear() {
	h.st.clears++
	mapclear(h.m)
	h.oracle = map[any]uint64{}
	h.nanLive = map[uint64]bool{}
}

func (h *harness) checkLen() {
	if got := maplen(h.m); got != len(h.oracle) {
		h.failf("len %d, want %d", got, len(h.oracle))
	}
	if len(h.oracle) > h.st.maxLen {
		h.st.maxLen = len(h.oracle)
	}
}

// checkInvariants checks count, used, the load limit and that free slots hold zero bytes.
func (h *harness) checkInvariants() {
	h.st.checks++
	m, t := h.m, h.kt.mt
	var live, deleted uintptr
	for i := uintptr(0); i < m.cap; i++ {
		switch *tophashAt(m.data, i) {
		case slotEmpty, slotDeleted:
			if *tophashAt(m.data, i) == slotDeleted {
				deleted++
			}
			if k, v := t.slot(m.data, m.cap, i); !allZero(k, t.keySize) || !allZero(v, t.valueSize) {
				h.failf("free slot %d holds data", i)
			}
		default:
			live++
		}
	}
	if live != m.count || live+deleted != m.used || (m.cap != 0 && m.used > loadLimit(m.cap)) || (m.cap == 0) != (m.data == nil) {
		h.failf("invariants: cap %d count %d used %d, live %d deleted %d", m.cap, m.count, m.used, live, deleted)
	}
}

func allZero(p unsafe.Pointer, n uintptr) bool {
	for i := uintptr(0); i < n; i++ {
		if *(*byte)(unsafe.Add(p, i)) != 0 {
			return false
		}
	}
	return true
}

// iterateAll compares a whole iteration with the oracle's, as sorted lists of key and value.
func (h *harness) iterateAll() {
	h.st.iters++
	var mine, gc []string
	var it hiter
	mapiterinit(h.m, &it)
	for mapiternext(&it) {
		mine = append(mine, h.kt.canonKey(h.kt.decodeKey(it.key))+"="+h.valueString(it.value))
	}
	for k, v := range h.oracle {
		gc = append(gc, h.kt.canonKey(k)+"="+h.expectedValue(v))
	}
	sort.Strings(mine)
	sort.Strings(gc)
	if fmt.Sprint(mine) != fmt.Sprint(gc) {
		h.failf("iteration:\n  runtime %v\n  gc      %v", mine, gc)
	}
	h.st.produced += len(mine)
}

// iterateMutating iterates while inserting, deleting and (rarely) clearing, checking the specification's rules.
func (h *harness) iterateMutating(n int, growMode bool) {
	h.st.mutIters++
	start := map[string]bool{}
	var startKeys []any
	startNaN := map[uint64]bool{}
	for k, v := range h.oracle {
		if k != k {
			startNaN[v] = true
		} else {
			start[h.kt.classKey(k)] = true
			startKeys = append(startKeys, k)
		}
	}
	deleted, added, produced, producedNaN := map[string]bool{}, map[string]bool{}, map[string]int{}, map[uint64]bool{}
	cleared := false
	data := h.m.data
	insertPool, steps, deletes := 2*n, 4, 45
	if growMode { // insert many new keys: the map grows under the iterator
		insertPool, steps, deletes = 16*n+50, 8, 15
	}
	var it hiter
	mapiterinit(h.m, &it)
	for mapiternext(&it) {
		k := h.kt.decodeKey(it.key)
		c := h.kt.classKey(k)
		got := h.valueString(it.value)
		if k != k {
			found := false
			for v := range h.nanLive {
				if h.expectedValue(v) == got && !producedNaN[v] {
					found, producedNaN[v] = true, true
					break
				}
			}
			if !found {
				h.failf("iteration produced a NaN entry %s=%s that is not (or no longer) in the map", c, got)
			}
		} else if ov, ok := h.oracle[k]; !ok {
			h.failf("iteration produced %s, which is not in the map", c)
		} else if want := h.expectedValue(ov); got != want {
			h.failf("iteration produced %s=%s, want value %s", c, got, want)
		} else if produced[c]++; produced[c] > 1 && !added[c] {
			h.failf("iteration produced %s twice", c)
		}
		h.st.produced++
		for j := h.r.Intn(steps); j > 0; j-- {
			switch x := h.r.Intn(100); {
			case x < deletes && len(startKeys) > 0:
				k := startKeys[h.r.Intn(len(startKeys))]
				deleted[h.kt.classKey(k)] = true
				h.remove(k)
			case x < deletes+10:
				k := h.kt.gen(h.r, n)
				deleted[h.kt.classKey(k)] = true
				h.remove(k)
			case x < 99:
				k := h.kt.gen(h.r, insertPool)
				present := true
				catch(func() { _, present = h.oracle[k] })
				if !present {
					added[h.kt.classKey(k)] = true
				}
				h.assign(k)
			default:
				if h.r.Intn(5) == 0 {
					cleared = true
					h.clear()
				}
			}
		}
	}
	for c := range start {
		if !deleted[c] && !cleared && produced[c] != 1 {
			h.failf("iteration produced %s %d times, want once", c, produced[c])
		}
	}
	for v := range startNaN {
		if !cleared && !producedNaN[v] {
			h.failf("iteration did not produce the NaN entry with value %s", h.expectedValue(v))
		}
	}
	if h.m.data != data {
		h.st.grownIters++
	}
}

// run performs ops random operations in phases that grow and shrink the map over pools of varied sizes.
func (h *harness) run(ops int) {
	sizes := []int{4, 16, 64, 7, 300, 40, 2000, 10}
	for i := 0; i < ops; i++ {
		phase := i / 500
		n := sizes[phase%len(sizes)]
		grow := phase%2 == 0
		h.st.ops++
		switch x := h.r.Intn(1000); {
		case x < 2:
			if h.r.Intn(4) == 0 {
				h.clear()
			}
		case x < 10:
			h.iterateAll()
		case x < 18:
			h.iterateMutating(n, h.r.Intn(3) == 0)
		case x < 19: // a loop left early: its iterator stays counted, so deletions leave tombstones from now on
			h.st.abandoned++
			var it hiter
			mapiterinit(h.m, &it)
			for j := h.r.Intn(3); j > 0 && mapiternext(&it); j-- {
			}
		case x < 21: // a fresh map, filled a little, grown by the loop
			h.reset(0)
			for j := h.r.Intn(n); j >= 0; j-- {
				h.assign(h.kt.gen(h.r, n))
			}
			h.iterateMutating(n, true)
		case x < 200:
			h.lookup(h.kt.gen(h.r, n))
		case x < 600 || (grow && x < 850):
			h.assign(h.kt.gen(h.r, n))
		default:
			h.remove(h.kt.gen(h.r, n))
		}
		h.checkLen()
		if i%97 == 0 {
			h.checkInvariants()
		}
	}
	h.iterateAll()
	h.checkInvariants()
}
