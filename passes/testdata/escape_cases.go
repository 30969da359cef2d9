package main

// Allocation-report expectations: every heap allocation that survives is marked on its line with an OUT comment;
// the harness fails on missing and on unexpected lines.

var global *int

type T struct {
	n int
	p *int
}

var gt T

func id(p *int) *int { return p }

func sink(p *int) { global = p }

func keepDeref(pp **int) { global = *pp }

func set(pp **int, v *int) { *pp = v }

func viaID() {
	x := 1
	p := id(&x)
	println(*p)
}

func viaIDLeak() {
	x := 1 // OUT: object allocated on the heap: escapes at line 32
	p := id(&x)
	global = p
}

func phis(c bool) {
	a := 1
	b := 2
	p := &a
	if c {
		p = &b
	}
	println(*p, p == nil)
}

func phisLeak(c bool) {
	a := 1 // OUT: object allocated on the heap: escapes at line 52
	b := 2 // OUT: object allocated on the heap: escapes at line 52
	p := &a
	if c {
		p = &b
	}
	global = p
}

func localStruct() {
	x := 1
	var t T
	t.p = &x
	println(*t.p)
}

func globalStruct() {
	x := 1 // OUT: object allocated on the heap: escapes at line 64
	gt.p = &x
}

func returned() *int {
	x := 1 // OUT: object allocated on the heap: escapes at line 69
	return &x
}

func passedToSink() {
	x := 1 // OUT: object allocated on the heap: escapes at line 74
	sink(&x)
}

func derefOnly() {
	x := 1 // OUT: object allocated on the heap: escapes at line 80
	px := &x
	keepDeref(&px)
}

func storeThroughParam() {
	x := 1 // OUT: object allocated on the heap: escapes at line 86
	var p *int
	set(&p, &x)
	println(p != nil)
}

func newAndLiteral() *T {
	p := new(int)
	*p = 4
	q := &T{n: *p} // OUT: object allocated on the heap: escapes at line 94
	return q
}

func loopFresh(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		p := new(int)
		*p = i
		s += *p
	}
	return s
}

func loopCarried(n int) {
	var last *int
	for i := 0; i < n; i++ {
		p := new(int) // OUT: object allocated on the heap: escapes at unknown line
		if last != nil {
			println(*last)
		}
		*p = i
		last = p
	}
}

func tooLarge() {
	var buf [300]byte // OUT: object allocated on the heap: object size 300 exceeds maximum stack allocation size 256
	p := &buf
	println(p[0])
}

func walk(p *int, n int) int {
	if n == 0 {
		return *p
	}
	return walk(p, n-1)
}

func hide(p *int, n int) {
	if n == 0 {
		global = p
		return
	}
	hide(p, n-1)
}

func recursion() {
	x := 1
	println(walk(&x, 3))
	y := 2 // OUT: object allocated on the heap: escapes at line 144
	hide(&y, 3)
}

type P struct{ a, b *int }

// fieldSensitive: gc moves both x and y (its locations are whole variables); only y reaches the heap.
func fieldSensitive() {
	x := 1
	y := 2 // OUT: object allocated on the heap: escapes at line 156
	var t P
	t.a = &x
	t.b = &y
	global = t.b
	println(*t.a)
}

// wholeStore: a store of a whole struct writes every field, so the copy's field b leaks x.
func wholeStore() {
	x := 1 // OUT: object allocated on the heap: escapes at line 166
	var t, u P
	t.b = &x
	u = t
	global = u.b
}

var gpp **int

// fieldAddrLeak: the address of one field escapes, so the whole struct is allocated on the heap, and what is stored
// in any of its fields with it.
func fieldAddrLeak() {
	x := 1  // OUT: object allocated on the heap: escapes at line 176
	var t P // OUT: object allocated on the heap: escapes at line 177
	t.b = &x
	gpp = &t.a
}

func main() {
	fieldAddrLeak()
	fieldSensitive()
	wholeStore()
	viaID()
	viaIDLeak()
	phis(true)
	phisLeak(true)
	localStruct()
	globalStruct()
	println(*returned())
	passedToSink()
	derefOnly()
	storeThroughParam()
	println(newAndLiteral().n)
	println(loopFresh(3))
	loopCarried(3)
	tooLarge()
	recursion()
	println(localLiteral())
	selfAssign()
}

// localLiteral's &T{} is only read through: it stays in the frame.
func localLiteral() int {
	q := &T{n: 1}
	return q.n
}

type digits struct {
	d []byte
	e []byte
}

var gbytes []byte

// trimDigits reslices a field in place (gc's self-assignment): the buffer d.d points to does not escape through it.
func trimDigits(d *digits) { d.d = d.d[1:] }

// moveDigits stores one field's slice into another, which escapes: the buffer does too.
func moveDigits(d *digits) {
	d.e = d.d[1:]
	gbytes = d.e
}

func selfAssign() {
	var a [4]byte
	d := digits{d: a[:]}
	trimDigits(&d)
	var b [4]byte // OUT: object allocated on the heap: escapes at line 231
	e := digits{d: b[:]}
	moveDigits(&e)
	println(len(d.d), len(e.e))
}
