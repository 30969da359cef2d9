package calc_test

import (
	"fmt"

	"tsgo.test/gotest/calc"
)

func ExampleAdd() {
	fmt.Println(calc.Add(1, 2))
	fmt.Println(calc.Add(-1, 1))
	// Output:
	// 3
	// 0
}

func ExampleDiv() {
	q, ok := calc.Div(9, 3)
	fmt.Println(q, ok)
	_, ok = calc.Div(1, 0)
	fmt.Println(ok)
	// Unordered output:
	// false
	// 3 true
}

func ExampleAdd_wrong() {
	fmt.Println(calc.Add(2, 2))
	// Output: 5
}

func ExampleNotRun() {
	fmt.Println("compiled, not run: no output comment")
}
