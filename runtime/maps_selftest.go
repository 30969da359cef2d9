//go:build tsgo_mapselftest && gc.leaking

// A self-test of the maps and of typehash/typeequal/ifaceeq as tsgo compiles them, run on the target itself: built
// only with -tags=tsgo_mapselftest (user code cannot call runtime functions yet), from a runtime init function.
// runtime/maptarget.test.ts runs it on the host, on AVR in avr8js and on Cortex-M in qemu. Random operations on
// int32 keys are checked against arrays (the runtime has no other map to compare with), including iterations that
// delete and insert; string, float64 and interface keys get fixed checks. Each round starts from a saved heap
// pointer so that the bump allocator's leaked blocks do not exhaust an ATmega328P's 2 KiB. The timing sections
// print a marker byte ('<' and '>') around a measured loop, so that the AVR runner can count the cycles between
// them. Output: one "maps ..." line per section, "FAIL ..." lines on mismatch.

package runtime

import "unsafe"

// stKeys is the size of the int32 key domain.
const stKeys = 12

var (
	stInt32Map  = maptype{keySize: 4, valueSize: 4, alg: algMem}
	stStringMap = maptype{keySize: unsafe.Sizeof(""), valueSize: 2, alg: algString}
	stFloat64   = _type{kind: kindFloat64 | flagComparable, size: 8, str: "float64"}
	stFloatMap  = maptype{key: &stFloat64, keySize: 8, valueSize: 1, alg: algGeneric}
	stInt32     = _type{kind: kindInt32 | flagComparable | flagDirect, size: 4, str: "int32"}
	stString    = _type{kind: kindString | flagComparable, size: unsafe.Sizeof(""), str: "string"}
	stAny       = _type{kind: kindInterface | flagComparable, size: 2 * unsafe.Sizeof(uintptr(0)), str: "interface {}"}
	stAnyMap    = maptype{key: &stAny, keySize: 2 * unsafe.Sizeof(uintptr(0)), valueSize: 1, alg: algGeneric}

	stNames = [8]string{"", "a", "b", "ab", "ba", "abc", "longer key", "longer kez"}

	stMap      hashmap
	stRand     uint32 = 2463534242
	stFailures int
	stValue    [stKeys]int32
	stPresent  [stKeys]bool
	stSeen     [stKeys]uint8
	stCount    int
)

func init() {
	// The self-test makes map types of its own, which codegen does not see: its float and interface keys need the
	// descriptor-driven hashing that codegen switches off when no map type of the program uses it.
	mapGenericKeys = true
	stIntRounds()
	stStrings()
	stFloats()
	stInterfaces()
	stChurn()
	stTimings()
	stProbes()
	printstring("failures ")
	print(stFailures)
	printnl()
}

func stNext() uint32 {
	stRand ^= stRand << 13
	stRand ^= stRand >> 17
	stRand ^= stRand << 5
	return stRand
}

func stFail(what string, a int, b int) {
	stFailures++
	printstring("FAIL ")
	printstring(what)
	printspace()
	print(a)
	printspace()
	print(b)
	printnl()
}

// stRelease frees every heap block allocated since the heap pointer was saved, zeroing them as alloc expects.
func stRelease(saved uintptr) {
	if saved == 0 {
		saved = heapStart()
	}
	if heapPtr > saved {
		memset(unsafe.Pointer(saved), 0, heapPtr-saved)
	}
	heapPtr = saved
}

// stKey returns the int32 key of index k, spread so that low bits alone do not tell keys apart.
func stKey(k int) int32 { return int32(k)*977 - 5000 }

// stIndex inverts stKey.
func stIndex(key int32) int { return int((key + 5000) / 977) }

// stIntRounds runs rounds of random operations on int32 keys, each on a fresh map with a random hint.
func stIntRounds() {
	ops, iters, grown := 0, 0, 0
	for round := 0; round < 40; round++ {
		saved := heapPtr
		stMap = hashmap{}
		mapmake(&stMap, &stInt32Map, int(stNext()%10))
		for k := 0; k < stKeys; k++ {
			stPresent[k] = false
		}
		stCount = 0
		for op := 0; op < 60; op++ {
			ops++
			r := stNext()
			k := int(r % stKeys)
			switch (r >> 8) % 10 {
			case 0, 1, 2, 3:
				stAssign(k, int32(r>>12))
			case 4, 5, 6:
				stDelete(k)
			case 7, 8:
				key := stKey(k)
				p := mapaccess(&stInt32Map, &stMap, unsafe.Pointer(&key))
				if (p != nil) != stPresent[k] || (p != nil && *(*int32)(p) != stValue[k]) {
					stFail("lookup", k, stCount)
				}
			default:
				iters++
				if stIterate(r) {
					grown++
				}
			}
			if maplen(&stMap) != stCount {
				stFail("len", maplen(&stMap), stCount)
			}
		}
		stRelease(saved)
	}
	printstring("int32: ops ")
	print(ops)
	printstring(" iter ")
	print(iters)
	printstring(" grown ")
	print(grown)
	printnl()
}

func stAssign(k int, v int32) {
	key := stKey(k)
	p := mapassign(&stMap, unsafe.Pointer(&key))
	if !stPresent[k] && *(*int32)(p) != 0 {
		stFail("new nonzero", k, int(*(*int32)(p)))
	}
	*(*int32)(p) = v
	if !stPresent[k] {
		stCount++
	}
	stPresent[k] = true
	stValue[k] = v
}

func stDelete(k int) {
	key := stKey(k)
	mapdelete(&stInt32Map, &stMap, unsafe.Pointer(&key))
	if stPresent[k] {
		stCount--
	}
	stPresent[k] = false
}

// stIterate ranges over the map, deleting and inserting as it goes when r says so, and checks the rules of the Go
// specification (stSeen: 1 present at the start, 2 deleted or added during the loop, +4 per production).
func stIterate(r uint32) bool {
	mutate := r&(1<<20) != 0
	for k := 0; k < stKeys; k++ {
		stSeen[k] = 0
		if stPresent[k] {
			stSeen[k] = 1
		}
	}
	data := stMap.data
	var it hiter
	mapiterinit(&stMap, &it)
	for mapiternext(&it) {
		k := stIndex(*(*int32)(it.key))
		if k < 0 || k >= stKeys || !stPresent[k] || *(*int32)(it.value) != stValue[k] {
			stFail("it absent", k, 0)
			continue
		}
		if stSeen[k]&2 == 0 && stSeen[k] >= 4 {
			stFail("it twice", k, 0)
		}
		stSeen[k] += 4
		if mutate {
			x := stNext()
			d := int(x % stKeys)
			stSeen[d] |= 2
			stDelete(d)
			a := int((x >> 8) % stKeys)
			if x&(1<<16) != 0 && !stPresent[a] {
				stSeen[a] |= 2
				stAssign(a, int32(x))
			}
		}
	}
	for k := 0; k < stKeys; k++ {
		if stSeen[k]&3 == 1 && stSeen[k]>>2 != 1 {
			stFail("it missed", k, int(stSeen[k]))
		}
	}
	return stMap.data != data
}

// stStrings checks string keys: contents, not addresses, make the key.
func stStrings() {
	saved := heapPtr
	stMap = hashmap{}
	mapmake(&stMap, &stStringMap, 0)
	for i := 0; i < len(stNames); i++ {
		*(*uint16)(mapassign(&stMap, unsafe.Pointer(&stNames[i]))) = uint16(i + 100)
	}
	var buf [20]byte
	for i := 0; i < len(stNames); i++ {
		s := stNames[i]
		for j := 0; j < len(s); j++ {
			buf[j] = s[j]
		}
		h := stringHeader{data: unsafe.Pointer(&buf[0]), len: uintptr(len(s))}
		p := mapaccess(&stStringMap, &stMap, unsafe.Pointer(&h))
		if p == nil || *(*uint16)(p) != uint16(i+100) {
			stFail("str get", i, 0)
		}
	}
	mapdelete(&stStringMap, &stMap, unsafe.Pointer(&stNames[6]))
	if maplen(&stMap) != len(stNames)-1 || mapaccess(&stStringMap, &stMap, unsafe.Pointer(&stNames[7])) == nil {
		stFail("str del", maplen(&stMap), 0)
	}
	stRelease(saved)
	printstring("string ok\n")
}
