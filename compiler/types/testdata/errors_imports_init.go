// gc 1.19 rejects a package imported under the name init (types2's resolver; GOROOT test/fixedbugs/issue4517d.go).

package p

import init /* ERROR "cannot import package as init - init must be a func" */ "unsafe"
