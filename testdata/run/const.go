package main

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

const huge = 1 << 100
const ratio = huge >> 98
const typed int16 = -300
const mask = ^uint8(0)

func main() {
	println(Sunday, Monday, Tuesday, Thursday)
	println(KB, MB, GB/MB)
	println(ratio, typed, mask)
	const local = 'a' + 1
	println(local, string("x")+"y")
	println(7/2, -7/2, 7%3, -7%3, 7.0/2 == 3.5)
}
