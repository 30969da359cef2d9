// Map iteration (for k, v := range m): an iterator walks the slots of the storage block the map had when the loop
// started. Without growth it reads the live slots as it reaches them: entries deleted before they are reached are
// skipped, and entries do not move while a loop walks their block (see mapdelete). When the map has moved to a new
// block meanwhile (growth never changes the old one), each key still live in the old block is looked up in the map
// as it is now and produced, with its current value, only if still present; a key that is not equal to itself
// (NaN) cannot be looked up, nor deleted but by clear, and is produced as the old block holds it unless the map has
// been cleared since the loop started. So every entry present for the whole loop is produced exactly once, an entry
// deleted before it is reached is not produced, and one added during the loop may or may not be, as the Go
// specification allows.
//
// ABI: codegen allocates a zeroed hiter (on the stack), calls mapiterinit once and then mapiternext before each
// iteration; after a true result it copies the key and the value out of it.key and it.value before the loop body
// runs, since the body may delete or overwrite them. key and value are the first two fields, at offsets 0 and one
// pointer, whatever the rest becomes. A loop may be left early (break, return, panic); it then stays counted in
// the map's iterators, which only makes deletions leave tombstones until the map's next block.

package runtime

import "unsafe"

// hiter is the state of one range loop over a map.
type hiter struct {
	key   unsafe.Pointer // the current key, after mapiternext returned true
	value unsafe.Pointer // the current value
	m     *hashmap
	data  unsafe.Pointer // the storage block being walked
	cap   uintptr        // its number of slots
	i     uintptr        // the next slot to look at
	// clears is m.clears when the loop started: a NaN key of an old block is produced only if it has not changed.
	clears uint8
}

// mapiterinit starts an iteration over m in the zeroed it; m may be nil.
func mapiterinit(m *hashmap, it *hiter) {
	if m == nil {
		return
	}
	it.m = m
	it.data = m.data
	it.cap = m.cap
	it.clears = m.clears
	if m.iterators != 255 {
		m.iterators++
	}
}

// mapiternext advances it to the next entry, setting it.key and it.value, and reports whether there was one.
func mapiternext(it *hiter) bool {
	m := it.m
	for it.i < it.cap {
		i := it.i
		it.i = i + 1
		if *tophashAt(it.data, i) < minTop {
			continue
		}
		t := m.typ
		data := it.data
		cap := it.cap
		if data != m.data { // the map has moved to a new block: produce the key only if it is still there
			k, _ := t.slot(data, cap, i)
			if t.generic() && !typeequal(t.key, k, k) { // NaN: cannot be looked up, nor deleted but by clear
				if m.clears != it.clears {
					continue
				}
			} else {
				var found bool
				i, found = m.probe(k, t.hash(k))
				if !found {
					continue
				}
				data = m.data
				cap = m.cap
			}
		}
		it.key, it.value = t.slot(data, cap, i)
		return true
	}
	if m != nil && it.data == m.data && m.iterators != 255 && m.iterators != 0 {
		m.iterators-- // this loop is over: deletions may move entries again once no other loop walks the block
	}
	it.m = nil // counted down once only
	return false
}
