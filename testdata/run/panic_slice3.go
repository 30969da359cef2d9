package main

func main() {
	a := [5]int{}
	s := a[:]
	i, j := 2, 1
	println(len(s[j:i:4]))
	println(len(s[i:j:4]))
}
