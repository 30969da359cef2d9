// sync/atomic: every function for int32, int64, uint32, uint64, uintptr and unsafe.Pointer, the typed values Bool,
// Int32, Int64, Uint32, Uint64, Uintptr and Pointer[T], and Value (Load, Store, Swap, CompareAndSwap).
package main

import (
	"sync/atomic"
	"unsafe"
)

type config struct{ name string }

func main() {
	var i32 int32 = 10
	println(atomic.AddInt32(&i32, -15), atomic.LoadInt32(&i32), atomic.SwapInt32(&i32, 7), i32)
	println(atomic.CompareAndSwapInt32(&i32, 8, 9), atomic.CompareAndSwapInt32(&i32, 7, 9), i32)
	atomic.StoreInt32(&i32, -1)
	println(i32)

	var i64 int64 = 1 << 40
	println(atomic.AddInt64(&i64, 1<<41), atomic.LoadInt64(&i64), atomic.SwapInt64(&i64, -5), i64)
	println(atomic.CompareAndSwapInt64(&i64, -5, 1<<62), i64)
	atomic.StoreInt64(&i64, -1<<63)
	println(i64)

	var u32 uint32
	println(atomic.AddUint32(&u32, ^uint32(0)), atomic.LoadUint32(&u32), atomic.SwapUint32(&u32, 3))
	println(atomic.CompareAndSwapUint32(&u32, 3, 4), u32)
	atomic.StoreUint32(&u32, 1<<31)
	println(u32)

	var u64 uint64 = 1<<64 - 1
	println(atomic.AddUint64(&u64, 2), atomic.LoadUint64(&u64), atomic.SwapUint64(&u64, 1<<63))
	println(atomic.CompareAndSwapUint64(&u64, 1, 2), u64)
	atomic.StoreUint64(&u64, 12345678901234)
	println(u64)

	var up uintptr = 100
	println(atomic.AddUintptr(&up, 28), atomic.LoadUintptr(&up), atomic.SwapUintptr(&up, 1))
	println(atomic.CompareAndSwapUintptr(&up, 1, 0), up)
	atomic.StoreUintptr(&up, 255)
	println(up)

	a, b := 1, 2
	var p unsafe.Pointer
	println(atomic.LoadPointer(&p) == nil)
	atomic.StorePointer(&p, unsafe.Pointer(&a))
	println(*(*int)(atomic.SwapPointer(&p, unsafe.Pointer(&b))), *(*int)(p))
	println(atomic.CompareAndSwapPointer(&p, unsafe.Pointer(&a), nil), atomic.CompareAndSwapPointer(&p, unsafe.Pointer(&b), nil), p == nil)

	var flag atomic.Bool
	println(flag.Load(), flag.Swap(true), flag.Load(), flag.CompareAndSwap(false, true), flag.CompareAndSwap(true, false))
	flag.Store(true)
	println(flag.Load())

	var n32 atomic.Int32
	n32.Store(5)
	println(n32.Add(-10), n32.Swap(1), n32.CompareAndSwap(1, 2), n32.Load())
	var n64 atomic.Int64
	println(n64.Add(1<<50), n64.Swap(3), n64.CompareAndSwap(4, 5), n64.Load())
	n64.Store(-7)
	println(n64.Load())
	var m32 atomic.Uint32
	m32.Store(1)
	println(m32.Add(^uint32(0)), m32.Swap(9), m32.CompareAndSwap(9, 10), m32.Load())
	var m64 atomic.Uint64
	m64.Store(1 << 63)
	println(m64.Add(1<<63), m64.Swap(8), m64.CompareAndSwap(8, 1<<60), m64.Load())
	var mp atomic.Uintptr
	mp.Store(6)
	println(mp.Add(1), mp.Swap(2), mp.CompareAndSwap(2, 3), mp.Load())

	var cfg atomic.Pointer[config]
	println(cfg.Load() == nil)
	first := &config{"first"}
	cfg.Store(first)
	old := cfg.Swap(&config{"second"})
	println(old.name, cfg.Load().name)
	println(cfg.CompareAndSwap(first, nil), cfg.CompareAndSwap(cfg.Load(), first), cfg.Load().name)

	var v atomic.Value
	println(v.Load() == nil)
	v.Store("hello")
	println(v.Load().(string))
	println(v.Swap("world").(string), v.Load().(string))
	println(v.CompareAndSwap("nope", "x"), v.CompareAndSwap("world", "again"), v.Load().(string))
	var w atomic.Value
	println(w.CompareAndSwap(nil, 42), w.Load().(int))
	var s atomic.Value
	println(s.Swap(1.5) == nil, s.Load().(float64))
}
