// Maps through reflection: lookups, updates, deletion, iteration (MapKeys, MapRange) and MakeMap, all through the
// runtime's own map functions (runtime/reflect.go), so that reflect sees and changes the program's maps. Keys and
// values read out of a map are copies, since an insertion may move the map's entries.

package reflectlite

import "unsafe"

// mapKV returns the key and element types of the map type t.
func mapKV(t *rtype) (key, elem *rtype) {
	mt := (*mapType)(unsafe.Pointer(t))
	return mt.key, mt.elem
}

// MapIndex returns the value associated with key in the map v, or the zero Value when key is not in it (or v is
// nil). key must be assignable to the map's key type.
func (v Value) MapIndex(key Value) Value {
	v.mustBe(Map, "MapIndex")
	kt, et := mapKV(v.typ)
	key = key.assignTo("MapIndex", kt)
	m := v.pointer()
	if m == nil {
		return Value{}
	}
	e := mapaccess(m, key.addr())
	if e == nil {
		return Value{}
	}
	return copyVal(et, (v.flag | key.flag).ro(), e)
}

// MapKeys returns the keys of the map v, in the map's iteration order (an empty slice for a nil map).
func (v Value) MapKeys() []Value {
	v.mustBe(Map, "MapKeys")
	kt, _ := mapKV(v.typ)
	m := v.pointer()
	n := 0
	if m != nil {
		n = maplen(m)
	}
	keys := make([]Value, n)
	var it hiter
	mapiterinit(m, unsafe.Pointer(&it))
	i := 0
	for ; i < n && mapiternext(unsafe.Pointer(&it)); i++ {
		keys[i] = copyVal(kt, v.flag.ro(), it.key)
	}
	return keys[:i]
}

// SetMapIndex sets the element associated with key in the map v to elem; an invalid (zero) elem deletes the key.
// Setting an element of a nil map panics, as an assignment does.
func (v Value) SetMapIndex(key, elem Value) {
	v.mustBe(Map, "SetMapIndex")
	v.mustBeExported("SetMapIndex")
	key.mustBeExported("SetMapIndex")
	kt, et := mapKV(v.typ)
	key = key.assignTo("SetMapIndex", kt)
	m := v.pointer()
	if elem.typ == nil {
		if m != nil {
			mapdelete(m, key.addr())
		}
		return
	}
	elem.mustBeExported("SetMapIndex")
	elem = elem.assignTo("SetMapIndex", et)
	p := mapassign(m, key.addr())
	memmove(p, elem.addr(), et.size)
}

// MakeMap returns a new, empty map of the map type typ.
func MakeMap(typ Type) Value {
	return MakeMapWithSize(typ, 0)
}

// MakeMapWithSize returns a new map of the map type typ with room for about n elements.
func MakeMapWithSize(typ Type, n int) Value {
	if typ.Kind() != Map {
		panic("reflect.MakeMapWithSize of non-map type")
	}
	t := typ.common()
	return Value{t, mapmake((*mapTypeExt)(typeExt(t)).mt, n), 0}
}

// A MapIter is an iterator for ranging over a map: see Value.MapRange.
type MapIter struct {
	m       Value
	it      hiter
	started bool // mapiterinit has run
	valid   bool // the last Next returned true: it.key and it.value are an entry
	done    bool // Next returned false
}

// MapRange returns a range iterator for the map v; it panics if v's kind is not Map. Next advances it, and Key and
// Value read the entry it is at:
//
//	iter := reflect.ValueOf(m).MapRange()
//	for iter.Next() {
//		k := iter.Key()
//		v := iter.Value()
//		...
//	}
func (v Value) MapRange() *MapIter {
	if v.kind() != Map {
		panicValue("MapRange", v.kind())
	}
	return &MapIter{m: v}
}

// Next advances the iterator and reports whether there is another entry; once it returns false, calling it again
// panics.
func (iter *MapIter) Next() bool {
	if !iter.m.IsValid() {
		panic("MapIter.Next called on an iterator that does not have an associated map Value")
	}
	if iter.done {
		panic("MapIter.Next called on exhausted iterator")
	}
	if !iter.started {
		iter.started = true
		mapiterinit(iter.m.pointer(), unsafe.Pointer(&iter.it))
	}
	iter.valid = mapiternext(unsafe.Pointer(&iter.it))
	iter.done = !iter.valid
	return iter.valid
}

// entry panics unless the iterator is at an entry.
func (iter *MapIter) entry(method string) {
	if !iter.started {
		fail("MapIter.", method, " called before Next")
	}
	if !iter.valid {
		fail("MapIter.", method, " called on exhausted iterator")
	}
}

// Key returns the key of the iterator's current entry.
func (iter *MapIter) Key() Value {
	iter.entry("Key")
	kt, _ := mapKV(iter.m.typ)
	return copyVal(kt, iter.m.flag.ro(), iter.it.key)
}

// Value returns the value of the iterator's current entry.
func (iter *MapIter) Value() Value {
	iter.entry("Value")
	_, et := mapKV(iter.m.typ)
	return copyVal(et, iter.m.flag.ro(), iter.it.value)
}

// Reset makes the iterator range over the map v (the zero Value: over nothing), from the start.
func (iter *MapIter) Reset(v Value) {
	if v.IsValid() {
		v.mustBe(Map, "reflect.MapIter.Reset")
	}
	*iter = MapIter{m: v}
}

// SetIterKey assigns the key of iter's current entry to v, as v.Set(iter.Key()) does.
func (v Value) SetIterKey(iter *MapIter) {
	v.Set(iter.Key())
}

// SetIterValue assigns the value of iter's current entry to v, as v.Set(iter.Value()) does.
func (v Value) SetIterValue(iter *MapIter) {
	v.Set(iter.Value())
}
