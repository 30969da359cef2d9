// A switch without a tag compares each case with true: an interface case matches when it holds true (issue 3980).
package main

func check(v interface{}) string {
	switch {
	case v:
		return "true"
	case false:
		return "false case"
	default:
		return "not true"
	}
}

func main() {
	println(check(true), check(false), check(1), check(nil))
	type B bool
	println(check(B(true))) // another type: not equal to true
}
