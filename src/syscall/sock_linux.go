// Socket calls: creating, binding, connecting and accepting sockets, their options, and sending and receiving with
// addresses (x86-64 Linux has a system call for each, no socketcall multiplexer). The Inet4/Inet6 variants at the
// end are the ones internal/syscall/unix reaches by //go:linkname.

package syscall

import "unsafe"

// Socket creates a socket of the domain (AF_INET, ...), type (SOCK_STREAM, ...) and protocol.
func Socket(domain, typ, proto int) (fd int, err error) {
	if domain == AF_INET6 && SocketDisableIPv6 {
		return -1, EAFNOSUPPORT
	}
	r, _, e := RawSyscall(SYS_SOCKET, uintptr(domain), uintptr(typ), uintptr(proto))
	return int(r), errnoErr(e)
}

// Socketpair creates a pair of connected sockets.
func Socketpair(domain, typ, proto int) (fd [2]int, err error) {
	var fdx [2]int32
	_, _, e := RawSyscall6(SYS_SOCKETPAIR, uintptr(domain), uintptr(typ), uintptr(proto), uintptr(unsafe.Pointer(&fdx)), 0, 0)
	if e != 0 {
		return fd, e
	}
	return [2]int{int(fdx[0]), int(fdx[1])}, nil
}

// Bind gives the socket fd the address sa.
func Bind(fd int, sa Sockaddr) (err error) {
	ptr, n, err := sa.sockaddr()
	if err != nil {
		return err
	}
	_, _, e := Syscall(SYS_BIND, uintptr(fd), uintptr(ptr), uintptr(n))
	return errnoErr(e)
}

// Connect connects the socket fd to the address sa.
func Connect(fd int, sa Sockaddr) (err error) {
	ptr, n, err := sa.sockaddr()
	if err != nil {
		return err
	}
	_, _, e := Syscall(SYS_CONNECT, uintptr(fd), uintptr(ptr), uintptr(n))
	return errnoErr(e)
}

// Listen makes fd a listening socket with a queue of n connections.
func Listen(s int, n int) (err error) {
	_, _, e := Syscall(SYS_LISTEN, uintptr(s), uintptr(n), 0)
	return errnoErr(e)
}

// Accept accepts a connection on the listening socket fd and returns its socket and the peer's address.
func Accept(fd int) (nfd int, sa Sockaddr, err error) { return Accept4(fd, 0) }

// Accept4 accepts a connection with the flags (SOCK_NONBLOCK, SOCK_CLOEXEC) for its socket.
func Accept4(fd int, flags int) (nfd int, sa Sockaddr, err error) {
	var rsa RawSockaddrAny
	l := _Socklen(SizeofSockaddrAny)
	r, _, e := Syscall6(SYS_ACCEPT4, uintptr(fd), uintptr(unsafe.Pointer(&rsa)), uintptr(unsafe.Pointer(&l)), uintptr(flags), 0, 0)
	if e != 0 {
		return -1, nil, e
	}
	nfd = int(r)
	if l > SizeofSockaddrAny {
		panic("RawSockaddrAny too small")
	}
	sa, err = anyToSockaddr(&rsa)
	if err != nil {
		Close(nfd)
		nfd = 0
	}
	return nfd, sa, err
}

// sockname runs getsockname or getpeername on fd and converts the address.
func sockname(trap uintptr, fd int) (Sockaddr, error) {
	var rsa RawSockaddrAny
	l := _Socklen(SizeofSockaddrAny)
	_, _, e := RawSyscall(trap, uintptr(fd), uintptr(unsafe.Pointer(&rsa)), uintptr(unsafe.Pointer(&l)))
	if e != 0 {
		return nil, e
	}
	return anyToSockaddr(&rsa)
}

// Getsockname returns the socket's own address.
func Getsockname(fd int) (sa Sockaddr, err error) { return sockname(SYS_GETSOCKNAME, fd) }

// Getpeername returns the address of the socket's peer.
func Getpeername(fd int) (sa Sockaddr, err error) { return sockname(SYS_GETPEERNAME, fd) }

// Shutdown shuts down reading, writing or both (SHUT_RD, SHUT_WR, SHUT_RDWR) on the socket.
func Shutdown(fd int, how int) (err error) {
	_, _, e := Syscall(SYS_SHUTDOWN, uintptr(fd), uintptr(how), 0)
	return errnoErr(e)
}

// setsockopt sets the option opt of level to the n bytes at p.
func setsockopt(fd, level, opt int, p unsafe.Pointer, n uintptr) error {
	_, _, e := Syscall6(SYS_SETSOCKOPT, uintptr(fd), uintptr(level), uintptr(opt), uintptr(p), n, 0)
	return errnoErr(e)
}

// getsockopt reads the option opt of level into the *n bytes at p.
func getsockopt(fd, level, opt int, p unsafe.Pointer, n *_Socklen) error {
	_, _, e := Syscall6(SYS_GETSOCKOPT, uintptr(fd), uintptr(level), uintptr(opt), uintptr(p), uintptr(unsafe.Pointer(n)), 0)
	return errnoErr(e)
}

// SetsockoptInt sets an integer socket option.
func SetsockoptInt(fd, level, opt int, value int) (err error) {
	v := int32(value)
	return setsockopt(fd, level, opt, unsafe.Pointer(&v), 4)
}

// SetsockoptByte sets a one-byte socket option.
func SetsockoptByte(fd, level, opt int, value byte) (err error) {
	return setsockopt(fd, level, opt, unsafe.Pointer(&value), 1)
}

// SetsockoptInet4Addr sets an IPv4 address socket option.
func SetsockoptInet4Addr(fd, level, opt int, value [4]byte) (err error) {
	return setsockopt(fd, level, opt, unsafe.Pointer(&value[0]), 4)
}

// SetsockoptIPMreq sets an ip_mreq socket option.
func SetsockoptIPMreq(fd, level, opt int, mreq *IPMreq) (err error) {
	return setsockopt(fd, level, opt, unsafe.Pointer(mreq), SizeofIPMreq)
}

// SetsockoptIPMreqn sets an ip_mreqn socket option.
func SetsockoptIPMreqn(fd, level, opt int, mreq *IPMreqn) (err error) {
	return setsockopt(fd, level, opt, unsafe.Pointer(mreq), SizeofIPMreqn)
}

// SetsockoptIPv6Mreq sets an ipv6_mreq socket option.
func SetsockoptIPv6Mreq(fd, level, opt int, mreq *IPv6Mreq) (err error) {
	return setsockopt(fd, level, opt, unsafe.Pointer(mreq), SizeofIPv6Mreq)
}

// SetsockoptICMPv6Filter sets an ICMPv6 filter socket option.
func SetsockoptICMPv6Filter(fd, level, opt int, filter *ICMPv6Filter) error {
	return setsockopt(fd, level, opt, unsafe.Pointer(filter), SizeofICMPv6Filter)
}

// SetsockoptLinger sets a linger socket option.
func SetsockoptLinger(fd, level, opt int, l *Linger) (err error) {
	return setsockopt(fd, level, opt, unsafe.Pointer(l), SizeofLinger)
}

// SetsockoptString sets a string socket option.
func SetsockoptString(fd, level, opt int, s string) (err error) {
	b := []byte(s)
	if len(b) == 0 {
		return setsockopt(fd, level, opt, unsafe.Pointer(&_zero), 0)
	}
	return setsockopt(fd, level, opt, unsafe.Pointer(&b[0]), uintptr(len(b)))
}

// SetsockoptTimeval sets a time socket option.
func SetsockoptTimeval(fd, level, opt int, tv *Timeval) (err error) {
	return setsockopt(fd, level, opt, unsafe.Pointer(tv), unsafe.Sizeof(*tv))
}

// BindToDevice binds the socket to the network interface device (SO_BINDTODEVICE).
func BindToDevice(fd int, device string) (err error) {
	return SetsockoptString(fd, SOL_SOCKET, SO_BINDTODEVICE, device)
}

// GetsockoptInt reads an integer socket option.
func GetsockoptInt(fd, level, opt int) (value int, err error) {
	var n int32
	l := _Socklen(4)
	err = getsockopt(fd, level, opt, unsafe.Pointer(&n), &l)
	return int(n), err
}

// GetsockoptInet4Addr reads an IPv4 address socket option.
func GetsockoptInet4Addr(fd, level, opt int) (value [4]byte, err error) {
	l := _Socklen(4)
	err = getsockopt(fd, level, opt, unsafe.Pointer(&value[0]), &l)
	return value, err
}

// GetsockoptIPMreq reads an ip_mreq socket option.
func GetsockoptIPMreq(fd, level, opt int) (*IPMreq, error) {
	var v IPMreq
	l := _Socklen(SizeofIPMreq)
	err := getsockopt(fd, level, opt, unsafe.Pointer(&v), &l)
	return &v, err
}

// GetsockoptIPMreqn reads an ip_mreqn socket option.
func GetsockoptIPMreqn(fd, level, opt int) (*IPMreqn, error) {
	var v IPMreqn
	l := _Socklen(SizeofIPMreqn)
	err := getsockopt(fd, level, opt, unsafe.Pointer(&v), &l)
	return &v, err
}

// GetsockoptIPv6Mreq reads an ipv6_mreq socket option.
func GetsockoptIPv6Mreq(fd, level, opt int) (*IPv6Mreq, error) {
	var v IPv6Mreq
	l := _Socklen(SizeofIPv6Mreq)
	err := getsockopt(fd, level, opt, unsafe.Pointer(&v), &l)
	return &v, err
}

// GetsockoptIPv6MTUInfo reads an ip6_mtuinfo socket option.
func GetsockoptIPv6MTUInfo(fd, level, opt int) (*IPv6MTUInfo, error) {
	var v IPv6MTUInfo
	l := _Socklen(SizeofIPv6MTUInfo)
	err := getsockopt(fd, level, opt, unsafe.Pointer(&v), &l)
	return &v, err
}

// GetsockoptICMPv6Filter reads an ICMPv6 filter socket option.
func GetsockoptICMPv6Filter(fd, level, opt int) (*ICMPv6Filter, error) {
	var v ICMPv6Filter
	l := _Socklen(SizeofICMPv6Filter)
	err := getsockopt(fd, level, opt, unsafe.Pointer(&v), &l)
	return &v, err
}

// GetsockoptUcred reads a ucred socket option (SO_PEERCRED).
func GetsockoptUcred(fd, level, opt int) (*Ucred, error) {
	var v Ucred
	l := _Socklen(SizeofUcred)
	err := getsockopt(fd, level, opt, unsafe.Pointer(&v), &l)
	return &v, err
}

// recvfrom receives into p and, when from is not nil, the sender's address.
func recvfrom(fd int, p []byte, flags int, from *RawSockaddrAny, fromlen *_Socklen) (int, error) {
	r, _, e := Syscall6(SYS_RECVFROM, uintptr(fd), bufPtr(p), uintptr(len(p)), uintptr(flags), uintptr(unsafe.Pointer(from)), uintptr(unsafe.Pointer(fromlen)))
	return int(r), errnoErr(e)
}

// sendto sends p to the address at to (of length addrlen; none for a connected socket).
func sendto(fd int, p []byte, flags int, to unsafe.Pointer, addrlen _Socklen) error {
	_, _, e := Syscall6(SYS_SENDTO, uintptr(fd), bufPtr(p), uintptr(len(p)), uintptr(flags), uintptr(to), uintptr(addrlen))
	return errnoErr(e)
}

// Recvfrom receives a message into p and returns its length and sender.
func Recvfrom(fd int, p []byte, flags int) (n int, from Sockaddr, err error) {
	var rsa RawSockaddrAny
	l := _Socklen(SizeofSockaddrAny)
	if n, err = recvfrom(fd, p, flags, &rsa, &l); err != nil {
		return n, nil, err
	}
	if rsa.Addr.Family != AF_UNSPEC {
		from, err = anyToSockaddr(&rsa)
	}
	return n, from, err
}

// Sendto sends p to the address to.
func Sendto(fd int, p []byte, flags int, to Sockaddr) (err error) {
	ptr, n, err := to.sockaddr()
	if err != nil {
		return err
	}
	return sendto(fd, p, flags, ptr, n)
}

// Recvmsg receives a message into p and its control data into oob, and returns their lengths, the message's flags
// and its sender.
func Recvmsg(fd int, p, oob []byte, flags int) (n, oobn int, recvflags int, from Sockaddr, err error) {
	var rsa RawSockaddrAny
	n, oobn, recvflags, err = recvmsgRaw(fd, p, oob, flags, &rsa)
	if err == nil && rsa.Addr.Family != AF_UNSPEC {
		from, err = anyToSockaddr(&rsa)
	}
	return n, oobn, recvflags, from, err
}

// recvmsgRaw receives a message with recvmsg, the sender's address into rsa.
func recvmsgRaw(fd int, p, oob []byte, flags int, rsa *RawSockaddrAny) (n, oobn int, recvflags int, err error) {
	var msg Msghdr
	msg.Name = (*byte)(unsafe.Pointer(rsa))
	msg.Namelen = uint32(SizeofSockaddrAny)
	var iov Iovec
	var dummy byte
	if len(p) > 0 {
		iov.Base = &p[0]
		iov.SetLen(len(p))
	}
	if len(oob) > 0 {
		if len(p) == 0 { // a stream socket needs one byte of data to carry control data
			iov.Base = &dummy
			iov.SetLen(1)
		}
		msg.Control = &oob[0]
		msg.SetControllen(len(oob))
	}
	msg.Iov = &iov
	msg.Iovlen = 1
	r, _, e := Syscall(SYS_RECVMSG, uintptr(fd), uintptr(unsafe.Pointer(&msg)), uintptr(flags))
	if e != 0 {
		return 0, 0, 0, e
	}
	return int(r), int(msg.Controllen), int(msg.Flags), nil
}

// Sendmsg sends p with the control data oob to the address to (nil for a connected socket).
func Sendmsg(fd int, p, oob []byte, to Sockaddr, flags int) (err error) {
	_, err = SendmsgN(fd, p, oob, to, flags)
	return err
}

// SendmsgN sends p with the control data oob to the address to and returns how many bytes of p it sent.
func SendmsgN(fd int, p, oob []byte, to Sockaddr, flags int) (n int, err error) {
	var ptr unsafe.Pointer
	var salen _Socklen
	if to != nil {
		if ptr, salen, err = to.sockaddr(); err != nil {
			return 0, err
		}
	}
	return sendmsgN(fd, p, oob, ptr, salen, flags)
}

// sendmsgN sends a message with sendmsg to the address at ptr.
func sendmsgN(fd int, p, oob []byte, ptr unsafe.Pointer, salen _Socklen, flags int) (n int, err error) {
	var msg Msghdr
	msg.Name = (*byte)(ptr)
	msg.Namelen = uint32(salen)
	var iov Iovec
	var dummy byte
	if len(p) > 0 {
		iov.Base = &p[0]
		iov.SetLen(len(p))
	}
	if len(oob) > 0 {
		if len(p) == 0 {
			iov.Base = &dummy
			iov.SetLen(1)
		}
		msg.Control = &oob[0]
		msg.SetControllen(len(oob))
	}
	msg.Iov = &iov
	msg.Iovlen = 1
	r, _, e := Syscall(SYS_SENDMSG, uintptr(fd), uintptr(unsafe.Pointer(&msg)), uintptr(flags))
	if e != 0 {
		return 0, e
	}
	if len(oob) > 0 && len(p) == 0 {
		r = 0
	}
	return int(r), nil
}

// recvfromInet4 is Recvfrom for an IPv4 socket, filling from in place (internal/syscall/unix.RecvfromInet4).
func recvfromInet4(fd int, p []byte, flags int, from *SockaddrInet4) (n int, err error) {
	var rsa RawSockaddrAny
	l := _Socklen(SizeofSockaddrAny)
	if n, err = recvfrom(fd, p, flags, &rsa, &l); err != nil {
		return n, err
	}
	pp := (*RawSockaddrInet4)(unsafe.Pointer(&rsa))
	from.Port, from.Addr = getPort(&pp.Port), pp.Addr
	return n, nil
}

// recvfromInet6 is Recvfrom for an IPv6 socket, filling from in place.
func recvfromInet6(fd int, p []byte, flags int, from *SockaddrInet6) (n int, err error) {
	var rsa RawSockaddrAny
	l := _Socklen(SizeofSockaddrAny)
	if n, err = recvfrom(fd, p, flags, &rsa, &l); err != nil {
		return n, err
	}
	pp := (*RawSockaddrInet6)(unsafe.Pointer(&rsa))
	from.Port, from.ZoneId, from.Addr = getPort(&pp.Port), pp.Scope_id, pp.Addr
	return n, nil
}

// sendtoInet4 is Sendto to an IPv4 address.
func sendtoInet4(fd int, p []byte, flags int, to *SockaddrInet4) (err error) {
	return Sendto(fd, p, flags, to)
}

// sendtoInet6 is Sendto to an IPv6 address.
func sendtoInet6(fd int, p []byte, flags int, to *SockaddrInet6) (err error) {
	return Sendto(fd, p, flags, to)
}

// sendmsgNInet4 is SendmsgN to an IPv4 address.
func sendmsgNInet4(fd int, p, oob []byte, to *SockaddrInet4, flags int) (n int, err error) {
	return SendmsgN(fd, p, oob, to, flags)
}

// sendmsgNInet6 is SendmsgN to an IPv6 address.
func sendmsgNInet6(fd int, p, oob []byte, to *SockaddrInet6, flags int) (n int, err error) {
	return SendmsgN(fd, p, oob, to, flags)
}

// recvmsgInet4 is Recvmsg on an IPv4 socket, filling from in place.
func recvmsgInet4(fd int, p, oob []byte, flags int, from *SockaddrInet4) (n, oobn int, recvflags int, err error) {
	var rsa RawSockaddrAny
	n, oobn, recvflags, err = recvmsgRaw(fd, p, oob, flags, &rsa)
	if err == nil {
		pp := (*RawSockaddrInet4)(unsafe.Pointer(&rsa))
		from.Port, from.Addr = getPort(&pp.Port), pp.Addr
	}
	return n, oobn, recvflags, err
}

// recvmsgInet6 is Recvmsg on an IPv6 socket, filling from in place.
func recvmsgInet6(fd int, p, oob []byte, flags int, from *SockaddrInet6) (n, oobn int, recvflags int, err error) {
	var rsa RawSockaddrAny
	n, oobn, recvflags, err = recvmsgRaw(fd, p, oob, flags, &rsa)
	if err == nil {
		pp := (*RawSockaddrInet6)(unsafe.Pointer(&rsa))
		from.Port, from.ZoneId, from.Addr = getPort(&pp.Port), pp.Scope_id, pp.Addr
	}
	return n, oobn, recvflags, err
}
