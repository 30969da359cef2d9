// Operand descriptions in messages as go/types and gc 1.19 print them: a type assertion or receive used as a single
// value stays a `comma, ok expression` (also in parentheses), a map index a `map index expression`; once assigned as
// a pair, or combined by an operator, it is a plain value. Empty composite literals print as `T{}`, others `T{…}`.
package main

type T struct{ a int }

func f(string) {}

func main() {
	var y interface{} = 1
	var m map[int]int
	var ch chan int
	var s string
	var ok bool
	s, ok = y /* ERROR "cannot use y\.\(int\) \(value of type int\) as type string in assignment" */ .(int)
	s, ok = m /* ERROR "cannot use m\[1\] \(value of type int\) as type string in assignment" */ [1]
	f(y /* ERROR "cannot use y\.\(int\) \(comma, ok expression of type int\) as type string in argument to f" */ .(int))
	f(( /* ERROR "cannot use \(<-ch\) \(comma, ok expression of type int\) as type string in argument to f" */ <-ch))
	f(m /* ERROR "cannot use m\[1\] \(map index expression of type int\) as type string in argument to f" */ [1])
	var t string = - /* ERROR "cannot use -<-ch \(value of type int\) as type string in variable declaration" */ <-ch
	var u string = T /* ERROR "cannot use T\{\} \(value of type T\) as type string in variable declaration" */ {}
	var v string = T /* ERROR "cannot use T\{…\} \(value of type T\) as type string in variable declaration" */ {a: 1}
	_, _, _, _, _ = s, ok, t, u, v
}
