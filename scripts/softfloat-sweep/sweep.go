// Command sweep is the program of the soft-float differential sweep (scripts/softfloat-sweep.ts): it applies every
// float operation to random operands and prints hashes of the results, so that its output on arduino (tsgo's soft
// float in runtime/softfloat*.go) can be compared with gc's on the host (SSE). The operands come from a xorshift64
// generator biased toward the interesting cases: zeros, subnormals, the smallest and largest normals, infinities,
// NaNs, exponents near 1, mantissas of all ones, all zeros or single bits, and second operands with nearby exponents
// or nearly the same magnitude with the opposite sign (cancellation). params.go, written by the script, sets seed,
// iterations, blockSize and verboseBlock.
//
// Output: one line per block of blockSize iterations with a hash of everything computed in it, then one hash per
// operation group, then the operation count. In the block numbered verboseBlock every result is printed as well
// (`op a b result`, decimal bit patterns), to pin down a mismatch.
//
// Float-to-integer conversions are only applied to values in range: out of range Go leaves the result to the
// implementation (gc gives 0x8000...; tsgo's soft float saturates). NaN bit patterns are compared exactly (the soft
// float follows SSE's NaN rules), except which NaN an addition or multiplication of two NaNs returns (see nan64).
package main

import "unsafe"

var state uint64

func next() uint64 {
	state ^= state << 13
	state ^= state >> 7
	state ^= state << 17
	return state
}

// Operation groups, each with its own hash.
const (
	gAdd64 = iota
	gSub64
	gMul64
	gDiv64
	gCmp64
	gTrunc64 // float64 → float32
	gToInt64 // float64 → integers
	gAdd32
	gSub32
	gMul32
	gDiv32
	gCmp32
	gExt32   // float32 → float64
	gToInt32 // float32 → integers
	gFromInt // integers → float64, float32
	nGroups
)

var names = [nGroups]string{"add64", "sub64", "mul64", "div64", "cmp64", "f64>f32", "f64>int", "add32", "sub32",
	"mul32", "div32", "cmp32", "f32>f64", "f32>int", "int>float"}

var hashes [nGroups]uint64
var blockHash uint64
var count uint64
var verbose bool

// opA and opB are the operands of the operation being recorded, for the verbose output. (They are globals rather
// than parameters: every call passes at most 18 bytes of arguments, what AVR passes in registers, because llc-14
// miscompiles or crashes on ("stdwstk") calls that pass arguments on the stack.)
var opA, opB uint64

// record folds one result into its group's hash and the block hash (FNV-1a style, 64-bit).
func record(g int, r uint64) {
	a, b := opA, opB
	hashes[g] = (hashes[g] ^ r) * 0x100000001b3
	blockHash = (blockHash ^ r ^ uint64(g)) * 0x100000001b3
	count++
	if verbose {
		println(names[g], a, b, r)
	}
}

// randBits returns a random float bit pattern with expBits exponent bits and fracBits fraction bits, biased toward
// interesting values.
func randBits(expBits, fracBits uint) uint64 {
	r := next()
	expMax := uint64(1)<<expBits - 1
	bias := expMax >> 1
	var e uint64
	switch r & 15 {
	case 0, 1:
		e = 0
	case 2:
		e = expMax
	case 3:
		e = 1 + r>>8&3
	case 4:
		e = expMax - 1 - r>>8&3
	case 5, 6, 7, 8:
		e = bias - 40 + r>>8&63
	default:
		e = r >> 8 & expMax
	}
	m := next()
	switch r >> 4 & 7 {
	case 0:
		m = 0
	case 1:
		m = ^uint64(0)
	case 2:
		m = 1 << (m & 63)
	case 3:
		m = ^uint64(0) << (m & 63)
	case 4:
		m = ^uint64(0) >> (m & 63)
	}
	return r>>63<<(expBits+fracBits) | e<<fracBits | m&(uint64(1)<<fracBits-1)
}

// randPair returns two operands, the second often related to the first.
func randPair(expBits, fracBits uint) (uint64, uint64) {
	a := randBits(expBits, fracBits)
	b := randBits(expBits, fracBits)
	r := next()
	fracMask := uint64(1)<<fracBits - 1
	signExp := ^fracMask
	switch r & 7 {
	case 0, 1: // same exponent region: every alignment distance
		e := a >> fracBits & (uint64(1)<<expBits - 1)
		d := r >> 8 & 63
		if r&256 != 0 && e > d {
			e -= d
		} else if e+d < uint64(1)<<expBits-1 {
			e += d
		}
		b = b&(1<<(expBits+fracBits)) | e<<fracBits | b&fracMask
	case 2: // nearly equal magnitude, opposite sign: cancellation
		b = (a ^ uint64(1)<<(expBits+fracBits)) ^ (r >> 8 & 0xff >> (r >> 16 & 7))
	case 3: // equal magnitude
		b = a&signExp ^ r>>8&(uint64(1)<<(expBits+fracBits)) | a&fracMask
	}
	return a, b
}

// nan64 and nan32 return 1 in place of the result r of a commutative operation (addition, multiplication) whose
// operands opA and opB are both NaNs: SSE returns the first operand, but gc orders the operands of commutative
// operations as it likes, so which payload comes out is not a property of the source.
func nan64(r uint64) uint64 {
	if opA<<1 > 0x7ff0000000000000<<1 && opB<<1 > 0x7ff0000000000000<<1 {
		return 1
	}
	return r
}

func nan32(r uint64) uint64 {
	if uint32(opA)<<1 > 0x7f800000<<1 && uint32(opB)<<1 > 0x7f800000<<1 {
		return 1
	}
	return r
}

func f64(b uint64) float64    { return *(*float64)(unsafe.Pointer(&b)) }
func bits64(f float64) uint64 { return *(*uint64)(unsafe.Pointer(&f)) }
func f32(b uint32) float32    { return *(*float32)(unsafe.Pointer(&b)) }
func bits32(f float32) uint64 { return uint64(*(*uint32)(unsafe.Pointer(&f))) }

// cmpBits packs every comparison of x and y into one number, including negated ones (LLVM lowers those to the
// unordered predicates, which the helpers' NaN results must get right).
func cmpBits(x, y float64) uint64 {
	var r uint64
	if x == y {
		r |= 1
	}
	if x != y {
		r |= 2
	}
	if x < y {
		r |= 4
	}
	if x <= y {
		r |= 8
	}
	if x > y {
		r |= 16
	}
	if x >= y {
		r |= 32
	}
	if !(x < y) {
		r |= 64
	}
	if !(x <= y) {
		r |= 128
	}
	if !(x > y) {
		r |= 256
	}
	if !(x >= y) {
		r |= 512
	}
	if x != x {
		r |= 1024
	}
	return r
}

func cmpBits32(x, y float32) uint64 {
	var r uint64
	if x == y {
		r |= 1
	}
	if x != y {
		r |= 2
	}
	if x < y {
		r |= 4
	}
	if x <= y {
		r |= 8
	}
	if x > y {
		r |= 16
	}
	if x >= y {
		r |= 32
	}
	if !(x < y) {
		r |= 64
	}
	if !(x <= y) {
		r |= 128
	}
	if !(x > y) {
		r |= 256
	}
	if !(x >= y) {
		r |= 512
	}
	if x != x {
		r |= 1024
	}
	return r
}

// toInts converts x to every integer type whose range holds its truncation (opB says which).
func toInts(g int, x float64) {
	if x >= -9223372036854775808.0 && x < 9223372036854775808.0 {
		opB = 64
		record(g, uint64(int64(x)))
	}
	if x > -1 && x < 18446744073709551616.0 {
		opB = 65
		record(g, uint64(x))
	}
	if x > -2147483649.0 && x < 2147483648.0 {
		opB = 32
		record(g, uint64(int32(x)))
	}
	if x > -1 && x < 4294967296.0 {
		opB = 33
		record(g, uint64(uint32(x)))
	}
	if x > -32769.0 && x < 32768.0 {
		opB = 16
		record(g, uint64(int16(x)))
	}
	if x > -1 && x < 256.0 {
		opB = 8
		record(g, uint64(uint8(x)))
	}
}

func toInts32(g int, x float32) {
	if x >= -9223372036854775808.0 && x < 9223372036854775808.0 {
		opB = 64
		record(g, uint64(int64(x)))
	}
	if x > -1 && x < 18446744073709551616.0 {
		opB = 65
		record(g, uint64(x))
	}
	if x >= -2147483648.0 && x < 2147483648.0 {
		opB = 32
		record(g, uint64(int32(x)))
	}
	if x > -1 && x < 4294967296.0 {
		opB = 33
		record(g, uint64(uint32(x)))
	}
	if x > -32769.0 && x < 32768.0 {
		opB = 16
		record(g, uint64(int16(x)))
	}
	if x > -1 && x < 256.0 {
		opB = 8
		record(g, uint64(uint8(x)))
	}
}

// randInt returns a random integer of random bit length, so that every magnitude (and the rounding of long ones)
// is covered.
func randInt() uint64 {
	r := next()
	return next() >> (r & 63)
}

func step() {
	a, b := randPair(11, 52)
	x, y := f64(a), f64(b)
	opA, opB = a, b
	record(gAdd64, nan64(bits64(x+y)))
	record(gSub64, bits64(x-y))
	record(gMul64, nan64(bits64(x*y)))
	record(gDiv64, bits64(x/y))
	record(gCmp64, cmpBits(x, y))
	record(gTrunc64, bits32(float32(x)))
	toInts(gToInt64, x)
	// Scaled operands reach the conversions' interesting range (around 2^0 .. 2^64) more often.
	toInts(gToInt64, x*1.8446744073709552e19)

	a, b = randPair(8, 23)
	u, v := f32(uint32(a)), f32(uint32(b))
	opA, opB = a, b
	record(gAdd32, nan32(bits32(u+v)))
	record(gSub32, bits32(u-v))
	record(gMul32, nan32(bits32(u*v)))
	record(gDiv32, bits32(u/v))
	record(gCmp32, cmpBits32(u, v))
	record(gExt32, bits64(float64(u)))
	toInts32(gToInt32, u)
	toInts32(gToInt32, u*4294967296.0)

	n := randInt()
	opA = n
	fromInt(0, bits64(float64(int64(n))))
	fromInt(1, bits64(float64(n)))
	fromInt(2, bits64(float64(int32(n))))
	fromInt(3, bits64(float64(uint32(n))))
	fromInt(4, bits32(float32(int64(n))))
	fromInt(5, bits32(float32(n)))
	fromInt(6, bits32(float32(int32(n))))
	fromInt(7, bits32(float32(uint32(n))))
	fromInt(8, bits64(float64(int8(n))))
	fromInt(9, bits32(float32(uint16(n))))
}

// fromInt records the result of integer conversion number k of opA.
func fromInt(k uint64, r uint64) {
	opB = k
	record(gFromInt, r)
}

func main() {
	state = seed
	for blk := 0; blk*blockSize < iterations; blk++ {
		verbose = blk == verboseBlock
		blockHash = 0
		for i := 0; i < blockSize && blk*blockSize+i < iterations; i++ {
			step()
		}
		println("block", blk, blockHash)
	}
	for g := 0; g < nGroups; g++ {
		println(names[g], hashes[g])
	}
	println("operations", count)
}
