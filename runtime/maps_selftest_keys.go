//go:build tsgo_mapselftest && gc.leaking

// The map self-test's fixed checks of float64 and interface keys (the +0/-0 key update, NaN entries, clear,
// interface equality across dynamic types and direct/indirect data words) and its timing sections; see
// maps_selftest.go.

package runtime

import "unsafe"

var stUint16 = _type{kind: kindUint16 | flagComparable | flagDirect, size: 2, str: "uint16"}

var stInt32Set = maptype{keySize: 4, valueSize: 0, alg: algMem}

// stSink keeps the timed results alive.
var stSink uintptr

// stFloats checks float64 keys through typehash/typeequal: -0 updates the +0 key, NaNs add entries never found.
func stFloats() {
	saved := heapPtr
	stMap = hashmap{}
	mapmake(&stMap, &stFloatMap, 0)
	var pz, nz, nan, one uint64 = 0, 1 << 63, 0x7ff8000000000001, 0x3ff0000000000000
	*(*uint8)(mapassign(&stMap, unsafe.Pointer(&pz))) = 1
	*(*uint8)(mapassign(&stMap, unsafe.Pointer(&one))) = 3
	*(*uint8)(mapassign(&stMap, unsafe.Pointer(&nz))) = 2
	p := mapaccess(&stFloatMap, &stMap, unsafe.Pointer(&pz))
	if maplen(&stMap) != 2 || p == nil || *(*uint8)(p) != 2 {
		stFail("f0", maplen(&stMap), 0)
	}
	for i := 0; i < 3; i++ {
		*(*uint8)(mapassign(&stMap, unsafe.Pointer(&nan))) = uint8(10 + i)
	}
	mapdelete(&stFloatMap, &stMap, unsafe.Pointer(&nan))
	if maplen(&stMap) != 5 || mapaccess(&stFloatMap, &stMap, unsafe.Pointer(&nan)) != nil {
		stFail("fnan", maplen(&stMap), 0)
	}
	nans, negZero := 0, 0
	var it hiter
	mapiterinit(&stMap, &it)
	for mapiternext(&it) {
		bits := *(*uint64)(it.key)
		if bits == nan {
			nans++
		}
		if bits == nz && *(*uint8)(it.value) == 2 {
			negZero++
		}
	}
	if nans != 3 || negZero != 1 {
		stFail("fit", nans, negZero)
	}
	mapclear(&stMap)
	mapiterinit(&stMap, &it)
	if maplen(&stMap) != 0 || mapiternext(&it) {
		stFail("fclr", maplen(&stMap), 0)
	}
	stRelease(saved)
	printstring("float64 ok\n")
}

// stEface returns an interface value holding the uint16 v (direct) or, when s is not nil, the string *s (indirect).
func stEface(v uint16, s *string) eface {
	if s != nil {
		return eface{typ: &stString, data: unsafe.Pointer(s)}
	}
	var e eface
	e.typ = &stUint16
	*(*uint16)(unsafe.Pointer(&e.data)) = v
	return e
}

// stInterfaces checks ifaceeq and interface keys.
func stInterfaces() {
	s1, s2, s3 := stNames[3], "ab", "ba"
	a, b, c := stEface(5, nil), stEface(5, nil), stEface(6, nil)
	x, y, z := stEface(0, &s1), stEface(0, &s2), stEface(0, &s3)
	var n1, n2 eface
	if !stEq(&a, &b) || stEq(&a, &c) || !stEq(&x, &y) || stEq(&x, &z) || stEq(&a, &x) || !stEq(&n1, &n2) || stEq(&n1, &a) {
		stFail("ifaceeq", 0, 0)
	}
	if typehash(&stAny, unsafe.Pointer(&x), 1) != typehash(&stAny, unsafe.Pointer(&y), 1) {
		stFail("ihash", 0, 0)
	}
	saved := heapPtr
	stMap = hashmap{}
	mapmake(&stMap, &stAnyMap, 0)
	*(*uint8)(mapassign(&stMap, unsafe.Pointer(&a))) = 1
	*(*uint8)(mapassign(&stMap, unsafe.Pointer(&x))) = 2
	*(*uint8)(mapassign(&stMap, unsafe.Pointer(&n1))) = 3
	*(*uint8)(mapassign(&stMap, unsafe.Pointer(&b))) = 4
	pa := mapaccess(&stAnyMap, &stMap, unsafe.Pointer(&b))
	py := mapaccess(&stAnyMap, &stMap, unsafe.Pointer(&y))
	pn := mapaccess(&stAnyMap, &stMap, unsafe.Pointer(&n2))
	if maplen(&stMap) != 3 || pa == nil || *(*uint8)(pa) != 4 || py == nil || *(*uint8)(py) != 2 || pn == nil ||
		mapaccess(&stAnyMap, &stMap, unsafe.Pointer(&c)) != nil || mapaccess(&stAnyMap, &stMap, unsafe.Pointer(&z)) != nil {
		stFail("ikeys", maplen(&stMap), 0)
	}
	stRelease(saved)
	printstring("interface ok\n")
}

// stEq calls ifaceeq the way generated code will, with two interface values.
func stEq(x, y *eface) bool {
	return ifaceeq(*(*any)(unsafe.Pointer(x)), *(*any)(unsafe.Pointer(y)))
}

// stTimings runs each measured loop between the markers '<' and '>', 100 operations each: t1 int32 lookups in a
// map of 6 entries (a quarter of them absent), t2 int32 assignments to existing keys, t3 int32 hashes, t4 string
// lookups in a map of 8, t5 float64 lookups in a map of 4; t- is the loop alone.
func stTimings() {
	saved := heapPtr
	stMap = hashmap{}
	mapmake(&stMap, &stInt32Map, 6)
	for k := 0; k < 6; k++ {
		key := stKey(k)
		*(*int32)(mapassign(&stMap, unsafe.Pointer(&key))) = int32(k)
	}
	var keys [8]int32
	for k := 0; k < 8; k++ {
		keys[k] = stKey(k)
	}
	printstring("t- <")
	for i := 0; i < 100; i++ {
		stSink += uintptr(keys[i&7])
	}
	printstring(">\nt1 <")
	for i := 0; i < 100; i++ {
		stSink += uintptr(mapaccess(&stInt32Map, &stMap, unsafe.Pointer(&keys[i&7])))
	}
	printstring(">\nt2 <")
	for i := 0; i < 100; i++ {
		*(*int32)(mapassign(&stMap, unsafe.Pointer(&keys[i&3]))) = int32(i)
	}
	printstring(">\nt3 <")
	for i := 0; i < 100; i++ {
		stSink += stInt32Map.hash(unsafe.Pointer(&keys[i&7]))
	}
	printstring(">\nt4 <")
	stMap = hashmap{}
	mapmake(&stMap, &stStringMap, 8)
	for i := 0; i < len(stNames); i++ {
		mapassign(&stMap, unsafe.Pointer(&stNames[i]))
	}
	for i := 0; i < 100; i++ {
		stSink += uintptr(mapaccess(&stStringMap, &stMap, unsafe.Pointer(&stNames[i&7])))
	}
	printstring(">\nt5 <")
	stMap = hashmap{}
	mapmake(&stMap, &stFloatMap, 4)
	var f [4]uint64
	f[1], f[2], f[3] = 0x3ff0000000000000, 0x4000000000000000, 0xc000000000000000
	for i := 0; i < 4; i++ {
		mapassign(&stMap, unsafe.Pointer(&f[i]))
	}
	for i := 0; i < 100; i++ {
		stSink += uintptr(mapaccess(&stFloatMap, &stMap, unsafe.Pointer(&f[i&3])))
	}
	printstring(">\n")
	stRelease(saved)
}

// stProbes prints the mean successful probe length (times 100) of maps of 32 slots filled to their load limit with
// int32 keys i, i<<8, i<<12 and 0x100+4i (address-like), where random hashing gives 250.
func stProbes() {
	printstring("probes x100:")
	for shape := 0; shape < 4; shape++ {
		saved := heapPtr
		stMap = hashmap{}
		mapmake(&stMap, &stInt32Set, int(loadLimit(32)))
		for i := int32(0); uintptr(i) < loadLimit(32); i++ {
			key := i
			switch shape {
			case 1:
				key = i << 8
			case 2:
				key = i << 12
			case 3:
				key = 0x100 + 4*i
			}
			mapassign(&stMap, unsafe.Pointer(&key))
		}
		sum := uintptr(0)
		for i := uintptr(0); i < stMap.cap; i++ {
			if *tophashAt(stMap.data, i) >= minTop {
				k, _ := stInt32Set.slot(stMap.data, stMap.cap, i)
				sum += (i-stInt32Set.hash(k))&(stMap.cap-1) + 1
			}
		}
		printspace()
		print(int(sum * 100 / stMap.count))
		stRelease(saved)
	}
	printnl()
}

// stChurn replaces the entries of a map of 3 one by one, 500 times: after its first block, the map must not
// allocate (deletions shift entries back instead of leaving tombstones that would force a new block).
func stChurn() {
	saved := heapPtr
	stMap = hashmap{}
	mapmake(&stMap, &stInt32Map, 0)
	var after uintptr
	for i := int32(0); i < 500; i++ {
		key := i
		mapassign(&stMap, unsafe.Pointer(&key))
		if i >= 3 {
			key = i - 3
			mapdelete(&stInt32Map, &stMap, unsafe.Pointer(&key))
		}
		if i == 0 {
			after = heapPtr
		}
	}
	if heapPtr != after || maplen(&stMap) != 3 {
		stFail("churn", int(heapPtr-after), maplen(&stMap))
	}
	stRelease(saved)
	printstring("churn ok\n")
}
