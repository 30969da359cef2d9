// What package reflect (src/internal/reflectlite) needs from the runtime: allocation, memory copies, maps and
// channels, as //go:linkname pushes that define reflectlite's bodyless declarations (see ir/linkname.ts).
// reflectlite cannot name the runtime's types, so every pointer crosses as an unsafe.Pointer (a linkname pair must
// have identical types). Reflect reads and writes maps through the very functions that compiled map operations
// call, so its maps are the program's maps; a map made by reflect.MakeMap gets the maptype the compiler emitted for
// its type (the descriptor's extension, runtime/type.go).

package runtime

import "unsafe"

// zerobase is the address of every zero-size allocation made for reflect.
var zerobase uintptr

//go:linkname reflectUnsafeNew internal/reflectlite.unsafe_New
func reflectUnsafeNew(size uintptr) unsafe.Pointer {
	if size == 0 {
		return unsafe.Pointer(&zerobase)
	}
	return alloc(size)
}

//go:linkname reflectMemmove internal/reflectlite.memmove
func reflectMemmove(dst, src unsafe.Pointer, n uintptr) { memmove(dst, src, n) }

//go:linkname reflectMaplen internal/reflectlite.maplen
func reflectMaplen(m unsafe.Pointer) int { return maplen((*hashmap)(m)) }

//go:linkname reflectMapaccess internal/reflectlite.mapaccess
func reflectMapaccess(m unsafe.Pointer, key unsafe.Pointer) unsafe.Pointer {
	h := (*hashmap)(m)
	return mapaccess(h.typ, h, key)
}

//go:linkname reflectMapassign internal/reflectlite.mapassign
func reflectMapassign(m unsafe.Pointer, key unsafe.Pointer) unsafe.Pointer {
	return mapassign((*hashmap)(m), key)
}

//go:linkname reflectMapdelete internal/reflectlite.mapdelete
func reflectMapdelete(m unsafe.Pointer, key unsafe.Pointer) {
	h := (*hashmap)(m)
	mapdelete(h.typ, h, key)
}

//go:linkname reflectMapmake internal/reflectlite.mapmake
func reflectMapmake(mt unsafe.Pointer, hint int) unsafe.Pointer {
	m := (*hashmap)(alloc(unsafe.Sizeof(hashmap{})))
	mapmake(m, (*maptype)(mt), hint)
	return unsafe.Pointer(m)
}

//go:linkname reflectMapiterinit internal/reflectlite.mapiterinit
func reflectMapiterinit(m unsafe.Pointer, it unsafe.Pointer) {
	mapiterinit((*hashmap)(m), (*hiter)(it))
}

//go:linkname reflectMapiternext internal/reflectlite.mapiternext
func reflectMapiternext(it unsafe.Pointer) bool { return mapiternext((*hiter)(it)) }

//go:linkname reflectChanlen internal/reflectlite.chanlen
func reflectChanlen(c unsafe.Pointer) int { return chanlen((*hchan)(c)) }

//go:linkname reflectChancap internal/reflectlite.chancap
func reflectChancap(c unsafe.Pointer) int { return chancap((*hchan)(c)) }

//go:linkname reflectMakechan internal/reflectlite.makechan
func reflectMakechan(elemSize uintptr, size int) unsafe.Pointer {
	c := (*hchan)(alloc(chanSize(elemSize, size)))
	chaninit(c, elemSize, size)
	return unsafe.Pointer(c)
}

//go:linkname reflectChansend internal/reflectlite.chansend
func reflectChansend(c unsafe.Pointer, elem unsafe.Pointer) { chansend((*hchan)(c), elem) }

//go:linkname reflectChanrecv internal/reflectlite.chanrecv
func reflectChanrecv(c unsafe.Pointer, elem unsafe.Pointer) bool { return chanrecv((*hchan)(c), elem) }

//go:linkname reflectChanclose internal/reflectlite.chanclose
func reflectChanclose(c unsafe.Pointer) { chanclose((*hchan)(c)) }

//go:linkname reflectChantrysend internal/reflectlite.chantrysend
func reflectChantrysend(c unsafe.Pointer, elem unsafe.Pointer) bool {
	return trySend((*hchan)(c), elem)
}

//go:linkname reflectChantryrecv internal/reflectlite.chantryrecv
func reflectChantryrecv(c unsafe.Pointer, elem unsafe.Pointer) (bool, bool) {
	return tryRecv((*hchan)(c), elem)
}
