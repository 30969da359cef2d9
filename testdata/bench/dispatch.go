// The interface-dispatch benchmark: a slice of 8 Shape interface values holding 4 concrete types, whose Area and
// Perimeter methods are called through the interface 50 times over; the program prints the total. The hot loop
// (400 Area and 400 Perimeter calls, nothing allocated) is bracketed by mark(1) and mark(2), which the bench runner
// times on AVR. The C equivalent is dispatch.c.
package main

import "unsafe"

// mark writes v to GPIOR0 (data address 0x3e) on AVR, where the bench runner records the cycle count at each write;
// on other targets it does nothing (the condition is a constant). It is a plain store (tsgo has no volatile access
// yet), kept by LLVM because the loop between the two marks reads memory; the bench says so if one is lost.
func mark(v uint8) {
	if unsafe.Sizeof(uintptr(0)) == 2 {
		*(*uint8)(unsafe.Pointer(uintptr(0x3e))) = v
	}
}

// Shape is the interface the loop calls through.
type Shape interface {
	Area() int
	Perimeter() int
}

// Rect is a W by H rectangle.
type Rect struct{ W, H int }

func (r Rect) Area() int      { return r.W * r.H }
func (r Rect) Perimeter() int { return 2 * (r.W + r.H) }

// Square has sides of S.
type Square struct{ S int }

func (s Square) Area() int      { return s.S * s.S }
func (s Square) Perimeter() int { return 4 * s.S }

// Tri is a right triangle with legs A and B and hypotenuse C.
type Tri struct{ A, B, C int }

func (t Tri) Area() int      { return t.A * t.B / 2 }
func (t Tri) Perimeter() int { return t.A + t.B + t.C }

// Hex is a regular hexagon of side S, its area approximated as 5S²/2 (it is 2.598S²).
type Hex struct{ S int }

func (h *Hex) Area() int      { return h.S * h.S * 5 / 2 }
func (h *Hex) Perimeter() int { return 6 * h.S }

func main() {
	shapes := []Shape{
		Rect{3, 4}, Square{5}, Tri{3, 4, 5}, &Hex{2},
		Rect{10, 2}, Square{7}, Tri{5, 12, 13}, &Hex{3},
	}
	mark(1)
	total := 0
	for r := 0; r < 50; r++ {
		for _, s := range shapes {
			total += s.Area() + s.Perimeter()
		}
	}
	mark(2)
	println(total)
}
