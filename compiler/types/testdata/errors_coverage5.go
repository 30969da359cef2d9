// Coverage cases (messages that come with, or instead of, a syntax error): expectations for message templates of the
// checker not exercised elsewhere (see messages.test.ts). Every marked line is rejected by gc too; where the parser
// already reports the line, gc reports only the parser's error.

package main

import "unsafe" /* ERROR "\"unsafe\" imported and not used" */

func typeOutsideSwitch(y interface{}) {
	_ = y /* ERROR "invalid AST: use of \.\(type\) outside type switch" */.(type)
}

func malformed() {
	_ = /* ERROR "hexadecimal literal has no digits" */ 0x /* ERROR "malformed constant: 0x" */
	_ = 'ab' /* ERROR "more than one character in rune literal" */ /* ERROR "malformed constant: 'ab'" */
}

func postDecl() {
	for i := 0; i < 1; i := /* ERROR "syntax error: cannot declare in post statement of for loop" */ /* ERROR "^cannot declare in post statement of for loop" */ 1 {
	}
}
