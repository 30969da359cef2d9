// Imaginary literals: decimal digits even after a leading 0, with or without underscores (gc's backward
// compatibility), and every base with underscores.
package main

func main() {
	println(imag(0_1_2i), imag(00089i), imag(012i), imag(0o_1_2i), imag(0x_cafei), imag(0b_1_0i), imag(1_0.0_1i))
	println(0_1_2i == complex(0, 12), 0o12i == complex(0, 10))
}
