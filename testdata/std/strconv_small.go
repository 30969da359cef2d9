// std: strconv — integers only, sized for arduino: Itoa, Atoi and ParseInt with their errors (compared, not
// printed: NumError.Error quotes the input, and strconv's tables of printable runes are 4 KB of RAM on AVR),
// FormatInt in a few bases, AppendInt and ParseBool. strconv.go covers the rest.
package main

import (
	"errors"
	"strconv"
)

func main() {
	println(strconv.Itoa(-1234), strconv.Itoa(0), strconv.FormatInt(255, 16), strconv.FormatInt(-8, 2), strconv.FormatUint(1<<40, 36))
	n, err := strconv.Atoi("4321")
	println(n, err == nil)
	_, err = strconv.Atoi("12x")
	println(errors.Is(err, strconv.ErrSyntax), err.(*strconv.NumError).Func)
	i, err := strconv.ParseInt("-0x7f", 0, 8)
	println(i, err == nil)
	i, err = strconv.ParseInt("200", 10, 8)
	println(i, errors.Is(err, strconv.ErrRange))
	u, _ := strconv.ParseUint("18446744073709551615", 10, 64)
	println(u)
	buf := strconv.AppendInt(make([]byte, 0, 16), -99, 10)
	println(string(buf))
	t, _ := strconv.ParseBool("true")
	println(t, strconv.FormatBool(false))
}
