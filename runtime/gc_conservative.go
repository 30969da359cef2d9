//go:build gc.conservative

// The garbage collector (-gc=conservative, the default): a conservative, non-moving mark-sweep collector over the
// heap region [heapStart(), heapEnd()) that the linker script reserves and the startup code zeroes.
//
// Layout. The region starts with the metadata, 2 bits of state per block, four blocks to a byte, followed by the
// blocks of four pointer words (8 bytes on AVR, 16 on Cortex-M, 32 on the host): the metadata costs 1 byte per 32 heap
// bytes on AVR. (The metadata is at the start, away from the main stack, which sits just above the heap on the
// boards: a stack that overflows its 256 bytes on AVR spoils the last blocks, which first fit hands out last, rather
// than the state of every block.) An object is a run of blocks: a head block, then tail blocks. The states:
//
//	blockFree    no object (the metadata's zero value: the zeroed region starts all free)
//	blockHead    the first block of an object
//	blockTail    a following block of the object whose head precedes it
//	blockMarked  a head that the current mark phase found reachable (a head again after the sweep)
//
// Allocation takes the block after the previous allocation when a one-block object fits there (the common case of
// a run of small allocations), else searches first fit from there, wrapping around once; when no run of free blocks
// is long enough, alloc collects and searches again, and ends the program with "fatal error: out of memory" if that
// fails too. Freed memory is not cleared by the sweep, so alloc clears what it hands out.
//
// Marking is conservative: every pointer-aligned word of the roots (the globals, every goroutine's stack and its
// saved registers, see markStacks) that points into an object's blocks, interior pointers included, marks the object
// (on AVR a stack word is read in both byte orders: prologues save register pairs high byte first), and the words of
// every marked object are scanned the same way. The objects marked but not yet scanned wait on a
// small fixed mark stack, never in recursion; when it is full, the object is only marked and markOverflow is set,
// and the mark phase then rescans every marked object of the heap until a full pass overflows no more (a marked
// object's scan is idempotent). The sweep frees every head left unmarked, with its tails, and unmarks the rest.
//
// Invariants outside a collection: no block is blockMarked; every blockTail follows a blockHead or another blockTail;
// the mark stack is empty. The collector's own state (one variable, collector) is not a root: its counts would read
// as heap addresses.

package runtime

import "unsafe"

const (
	gcWordSize  = unsafe.Sizeof(uintptr(0))
	gcWordAlign = unsafe.Alignof(uintptr(0)) // 1 on AVR: a pointer may sit at any address
	blockSize   = 4 * gcWordSize

	blocksPerMetaByte = 4

	// markStackSize is the number of objects waiting to be scanned that the mark stack holds (16 on AVR: 32 bytes).
	markStackSize = 8 * gcWordSize

	// noBlock is findFree's answer when no run of free blocks is long enough.
	noBlock = ^uintptr(0)
)

// The 2-bit states of a block.
const (
	blockFree   = 0
	blockHead   = 1
	blockTail   = 2
	blockMarked = 3
)

// collector is the collector's state. It is one variable so that the mark phase can skip it: its counts and block
// indices would read as heap addresses (on AVR, 1560 bytes allocated so far is an address in the heap).
var collector struct {
	// totalAlloc is the bytes handed out since the start, in whole blocks. (The first field: scripts/avrcycles.ts
	// reads it at the variable's address.)
	totalAlloc gcCount

	// heapBlocks is the number of blocks; 0 until gcInit runs at the first allocation or collection.
	heapBlocks uintptr
	// metaStart is the address of the metadata, the heap region's start.
	metaStart uintptr
	// heapBase is the address of block 0; heapLimit is the address just past the last block.
	heapBase  uintptr
	heapLimit uintptr
	// nextBlock is where the next search for free blocks starts.
	nextBlock uintptr

	// markStack holds the block indices of marked heads whose words are still to be scanned.
	markStack    [markStackSize]uintptr
	markStackLen uintptr
	// markOverflow records that an object was marked while the mark stack was full, so it was never pushed.
	markOverflow bool

	// The figures ReadMemStats reports.
	liveBlocks uintptr // blocks held by objects not yet freed
	mallocs    gcCount
	frees      gcCount
	numGC      uint32
}

// zeroSizedObject is the address of every zero-sized allocation (as gc's zerobase).
var zeroSizedObject uintptr

// gcInit divides the heap region into blocks and their metadata, and records the main stack's top for the mark phase.
func gcInit() {
	collector.metaStart = heapStart()
	size := heapEnd() - collector.metaStart
	collector.heapBlocks = size * blocksPerMetaByte / (blockSize*blocksPerMetaByte + 1)
	for metaSize(collector.heapBlocks)+collector.heapBlocks*blockSize > size {
		collector.heapBlocks--
	}
	collector.heapBase = collector.metaStart + metaSize(collector.heapBlocks)
	collector.heapLimit = collector.heapBase + collector.heapBlocks*blockSize
	mainTask.stackTop = mainStackTop()
}

// metaSize returns the bytes of metadata for n blocks, rounded up so that the blocks after it are aligned for any type.
func metaSize(n uintptr) uintptr {
	const align = unsafe.Alignof(uint64(0))
	return ((n+blocksPerMetaByte-1)/blocksPerMetaByte + align - 1) &^ (align - 1)
}

// heapBase returns the address of block 0.
func heapBase() uintptr {
	return collector.heapBase
}

// blockState returns the state of block b.
func blockState(b uintptr) uint8 {
	meta := *(*uint8)(unsafe.Pointer(collector.metaStart + b/blocksPerMetaByte))
	return (meta >> (b % blocksPerMetaByte * 2)) & 3
}

// setBlockState sets the state of block b.
func setBlockState(b uintptr, state uint8) {
	p := (*uint8)(unsafe.Pointer(collector.metaStart + b/blocksPerMetaByte))
	shift := b % blocksPerMetaByte * 2
	*p = *p&^(3<<shift) | state<<shift
}

// alloc returns size bytes of zeroed heap memory, collecting garbage when the heap has no room, or ends the program
// with "fatal error: out of memory". The memory is aligned for any type. It stays out of line: a program has many
// allocation sites.
//
//go:noinline
func alloc(size uintptr) unsafe.Pointer {
	if size == 0 {
		return unsafe.Pointer(&zeroSizedObject)
	}
	if collector.heapBlocks == 0 {
		gcInit()
	}
	if size > collector.heapBlocks*blockSize {
		fatal("out of memory")
	}
	n := (size + blockSize - 1) / blockSize
	b := collector.nextBlock
	if n != 1 || b >= collector.heapBlocks || blockState(b) != blockFree {
		// Not the common case of a small object that fits in the block after the previous one: search.
		b = findFree(n)
	}
	if b == noBlock {
		GC()
		b = findFree(n)
		if b == noBlock {
			fatal("out of memory")
		}
	}
	setBlockState(b, blockHead)
	for i := uintptr(1); i < n; i++ {
		setBlockState(b+i, blockTail)
	}
	collector.nextBlock = b + n
	collector.liveBlocks += n
	collector.mallocs++
	collector.totalAlloc += gcCount(n * blockSize)
	p := unsafe.Pointer(heapBase() + b*blockSize)
	memset(p, 0, n*blockSize)
	return p
}

// findFree returns the first block of a run of n free blocks, searching from nextBlock to the end and then from the
// start, or noBlock.
func findFree(n uintptr) uintptr {
	if b := findFreeIn(collector.nextBlock, collector.heapBlocks, n); b != noBlock {
		return b
	}
	end := collector.nextBlock + n - 1
	if end > collector.heapBlocks {
		end = collector.heapBlocks
	}
	return findFreeIn(0, end, n)
}

// findFreeIn returns the first block of a run of n free blocks within blocks [from, to), or noBlock.
func findFreeIn(from, to, n uintptr) uintptr {
	run := uintptr(0)
	for b := from; b < to; b++ {
		if blockState(b) != blockFree {
			run = 0
			continue
		}
		run++
		if run == n {
			return b + 1 - n
		}
	}
	return noBlock
}

// GC runs a garbage collection: marks what the roots reach and frees the rest.
func GC() {
	if collector.heapBlocks == 0 {
		gcInit()
	}
	markGlobals()
	markStacks()
	sweep()
	collector.nextBlock = 0
	collector.numGC++
}

// markRoots conservatively marks every object that a pointer-aligned word in [lo, hi) points into, then everything
// reachable from them. The scheduler calls it for goroutine stacks (markStacks).
//
// On AVR each word is read in both byte orders: a function's prologue pushes a register pair low register first, so
// a pointer saved there reads with its bytes swapped.
func markRoots(lo, hi uintptr) {
	lo = (lo + gcWordAlign - 1) &^ (gcWordAlign - 1)
	for p := lo; p+gcWordSize <= hi; p += gcWordAlign {
		v := *(*uintptr)(unsafe.Pointer(p))
		markPointer(v)
		if gcWordSize == 2 {
			markPointer(v>>8 | v<<8)
		}
	}
	finishMarking()
}

// markGlobals marks what the package variables but the collector's own point to. Unlike a stack, they hold no saved
// registers, so they are read in their natural byte order only.
func markGlobals() {
	self := uintptr(unsafe.Pointer(&collector))
	scanWords(globalsStart(), self)
	scanWords(self+unsafe.Sizeof(collector), globalsEnd())
	finishMarking()
}

// markCurrentStack marks the running task's stack from sp to its top. It is called by the assembly hook
// tsgo_scanCurrentStack (targets/*.s) once that has pushed the callee-saved registers below sp, so that pointers
// held only in registers are on the scanned stack too.
//
//export runtime.markCurrentStack
func markCurrentStack(sp uintptr) {
	markRoots(sp, current.stackTop)
}

// scanWords marks the objects that the pointer-aligned words in [lo, hi) point into.
func scanWords(lo, hi uintptr) {
	lo = (lo + gcWordAlign - 1) &^ (gcWordAlign - 1)
	for p := lo; p+gcWordSize <= hi; p += gcWordAlign {
		markPointer(*(*uintptr)(unsafe.Pointer(p)))
	}
}

// markPointer marks the object that address v points into, if any, and pushes it for scanning.
func markPointer(v uintptr) {
	base := heapBase()
	if v < base || v >= collector.heapLimit {
		return
	}
	b := (v - base) / blockSize
	state := blockState(b)
	for state == blockTail {
		b--
		state = blockState(b)
	}
	if state != blockHead {
		return // free memory, or already marked
	}
	setBlockState(b, blockMarked)
	if collector.markStackLen == markStackSize {
		collector.markOverflow = true
		return
	}
	*markStackSlot(collector.markStackLen) = b
	collector.markStackLen++
}

// markStackSlot returns the address of markStack[i] (i < markStackSize), without the bounds check's panic code.
func markStackSlot(i uintptr) *uintptr {
	return (*uintptr)(unsafe.Pointer(uintptr(unsafe.Pointer(&collector.markStack)) + i*gcWordSize))
}

// scanObject marks what the words of the object whose head is block b point into.
func scanObject(b uintptr) {
	end := b + 1
	for end < collector.heapBlocks && blockState(end) == blockTail {
		end++
	}
	base := heapBase()
	scanWords(base+b*blockSize, base+end*blockSize)
}

// drainMarkStack scans the objects on the mark stack, and the ones their scans push, until it is empty.
func drainMarkStack() {
	for collector.markStackLen > 0 {
		collector.markStackLen--
		scanObject(*markStackSlot(collector.markStackLen))
	}
}

// finishMarking empties the mark stack; after an overflow, it rescans every marked object until no scan overflows.
func finishMarking() {
	drainMarkStack()
	for collector.markOverflow {
		collector.markOverflow = false
		for b := uintptr(0); b < collector.heapBlocks; b++ {
			if blockState(b) == blockMarked {
				scanObject(b)
				drainMarkStack()
			}
		}
	}
}

// sweep frees every unmarked object and unmarks the marked ones.
func sweep() {
	frees := uintptr(0)
	for b := uintptr(0); b < collector.heapBlocks; b++ {
		switch blockState(b) {
		case blockHead:
			setBlockState(b, blockFree)
			frees++
			collector.liveBlocks--
			for b+1 < collector.heapBlocks && blockState(b+1) == blockTail {
				b++
				setBlockState(b, blockFree)
				collector.liveBlocks--
			}
		case blockMarked:
			setBlockState(b, blockHead)
		}
	}
	collector.frees += gcCount(frees)
}

// free returns the object at p (its first byte, from alloc) to the heap at once: the scheduler frees the stack of a
// goroutine that has ended, which conservative marking might otherwise keep alive through a stale word.
func free(p unsafe.Pointer) {
	b := (uintptr(p) - collector.heapBase) / blockSize
	if uintptr(p) < collector.heapBase || b >= collector.heapBlocks || blockState(b) != blockHead {
		return
	}
	setBlockState(b, blockFree)
	collector.liveBlocks--
	for b+1 < collector.heapBlocks && blockState(b+1) == blockTail {
		b++
		setBlockState(b, blockFree)
		collector.liveBlocks--
	}
	collector.frees += gcCount(1)
}

// ReadMemStats fills m with the heap's figures. The heap's size is the blocks' (HeapSys), sizes are in whole blocks.
func ReadMemStats(m *MemStats) {
	if collector.heapBlocks == 0 {
		gcInit()
	}
	*m = MemStats{}
	sys := uint64(collector.heapBlocks * blockSize)
	live := uint64(collector.liveBlocks * blockSize)
	m.Alloc = live
	m.TotalAlloc = uint64(collector.totalAlloc)
	m.Sys = uint64(heapEnd() - heapStart())
	m.Mallocs = uint64(collector.mallocs)
	m.Frees = uint64(collector.frees)
	m.HeapAlloc = live
	m.HeapSys = sys
	m.HeapIdle = sys - live
	m.HeapInuse = live
	m.HeapObjects = uint64(collector.mallocs - collector.frees)
	m.NumGC = collector.numGC
}
