package main

const greeting = "héllo, 世界"

func main() {
	println(greeting, len(greeting))
	s := "abc"
	println(s[0], s[1], s[2], len(s))
	i := 1
	println(s[i])
	println(len(""), "" == "", s == "abc", s != "abd", s < "abd", "b" > s)
	var b byte = greeting[1]
	println(b)
	t := "tiny"
	for j := 0; j < len(t); j++ {
		print(t[j], " ")
	}
	println()
}
