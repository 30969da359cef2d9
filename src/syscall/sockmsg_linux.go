// Socket control messages (SCM_RIGHTS descriptors, SCM_CREDENTIALS), netlink route messages, and the deprecated
// Linux socket filter helpers, as gc's syscall offers them.

package syscall

import "unsafe"

// cmsgAlignOf rounds salen up to the alignment of control messages (a pointer's size on x86-64 Linux).
func cmsgAlignOf(salen int) int { return (salen + 7) &^ 7 }

// CmsgLen returns the value of Cmsghdr.Len for datalen bytes of data.
func CmsgLen(datalen int) int { return cmsgAlignOf(SizeofCmsghdr) + datalen }

// CmsgSpace returns the bytes a control message with datalen bytes of data takes, padding included.
func CmsgSpace(datalen int) int { return cmsgAlignOf(SizeofCmsghdr) + cmsgAlignOf(datalen) }

// cmsgData returns the address of a control message's data.
func cmsgData(h *Cmsghdr) unsafe.Pointer {
	return unsafe.Pointer(uintptr(unsafe.Pointer(h)) + uintptr(cmsgAlignOf(SizeofCmsghdr)))
}

// SocketControlMessage is one control message: its header and data.
type SocketControlMessage struct {
	Header Cmsghdr
	Data   []byte
}

// ParseSocketControlMessage splits b, received control data, into its messages.
func ParseSocketControlMessage(b []byte) ([]SocketControlMessage, error) {
	var msgs []SocketControlMessage
	for i := 0; i+CmsgLen(0) <= len(b); {
		h := (*Cmsghdr)(unsafe.Pointer(&b[i]))
		if h.Len < SizeofCmsghdr || uint64(h.Len) > uint64(len(b)-i) {
			return nil, EINVAL
		}
		dbuf := b[i+cmsgAlignOf(SizeofCmsghdr) : i+int(h.Len)]
		msgs = append(msgs, SocketControlMessage{Header: *h, Data: dbuf})
		i += cmsgAlignOf(int(h.Len))
	}
	return msgs, nil
}

// UnixRights returns an SCM_RIGHTS control message passing the descriptors fds.
func UnixRights(fds ...int) []byte {
	datalen := len(fds) * 4
	b := make([]byte, CmsgSpace(datalen))
	h := (*Cmsghdr)(unsafe.Pointer(&b[0]))
	h.Level = SOL_SOCKET
	h.Type = SCM_RIGHTS
	h.SetLen(CmsgLen(datalen))
	for i, fd := range fds {
		*(*int32)(unsafe.Add(cmsgData(h), 4*i)) = int32(fd)
	}
	return b
}

// ParseUnixRights returns the descriptors of an SCM_RIGHTS control message.
func ParseUnixRights(m *SocketControlMessage) ([]int, error) {
	if m.Header.Level != SOL_SOCKET || m.Header.Type != SCM_RIGHTS {
		return nil, EINVAL
	}
	fds := make([]int, len(m.Data)>>2)
	for i, j := 0, 0; i < len(m.Data)-3; i += 4 {
		fds[j] = int(*(*int32)(unsafe.Pointer(&m.Data[i])))
		j++
	}
	return fds, nil
}

// UnixCredentials returns an SCM_CREDENTIALS control message carrying ucred.
func UnixCredentials(ucred *Ucred) []byte {
	b := make([]byte, CmsgSpace(SizeofUcred))
	h := (*Cmsghdr)(unsafe.Pointer(&b[0]))
	h.Level = SOL_SOCKET
	h.Type = SCM_CREDENTIALS
	h.SetLen(CmsgLen(SizeofUcred))
	*(*Ucred)(cmsgData(h)) = *ucred
	return b
}

// ParseUnixCredentials returns the credentials of an SCM_CREDENTIALS control message.
func ParseUnixCredentials(m *SocketControlMessage) (*Ucred, error) {
	if m.Header.Level != SOL_SOCKET || m.Header.Type != SCM_CREDENTIALS {
		return nil, EINVAL
	}
	if uintptr(len(m.Data)) < unsafe.Sizeof(Ucred{}) {
		return nil, EINVAL
	}
	ucred := *(*Ucred)(unsafe.Pointer(&m.Data[0]))
	return &ucred, nil
}

// NetlinkRouteRequest is a netlink routing request: its header and its message.
type NetlinkRouteRequest struct {
	Header NlMsghdr
	Data   RtGenmsg
}

// NetlinkMessage is one netlink message: its header and data.
type NetlinkMessage struct {
	Header NlMsghdr
	Data   []byte
}

// NetlinkRouteAttr is one routing attribute: its header and value.
type NetlinkRouteAttr struct {
	Attr  RtAttr
	Value []byte
}

// nlmAlignOf rounds msglen up to netlink's alignment.
func nlmAlignOf(msglen int) int { return (msglen + NLMSG_ALIGNTO - 1) & ^(NLMSG_ALIGNTO - 1) }

// rtaAlignOf rounds attrlen up to routing attributes' alignment.
func rtaAlignOf(attrlen int) int { return (attrlen + RTA_ALIGNTO - 1) & ^(RTA_ALIGNTO - 1) }

// NetlinkRIB returns the routing information base (the answer to a dump request of type proto for the address
// family) as netlink messages in their wire form.
func NetlinkRIB(proto, family int) ([]byte, error) {
	s, err := Socket(AF_NETLINK, SOCK_RAW|SOCK_CLOEXEC, NETLINK_ROUTE)
	if err != nil {
		return nil, err
	}
	defer Close(s)
	sa := &SockaddrNetlink{Family: AF_NETLINK}
	if err := Bind(s, sa); err != nil {
		return nil, err
	}
	var req NetlinkRouteRequest
	req.Header.Len = uint32(NLMSG_HDRLEN + SizeofRtGenmsg)
	req.Header.Type = uint16(proto)
	req.Header.Flags = NLM_F_DUMP | NLM_F_REQUEST
	req.Header.Seq = 1
	req.Data.Family = uint8(family)
	wb := (*[NLMSG_HDRLEN + SizeofRtGenmsg]byte)(unsafe.Pointer(&req))[:req.Header.Len]
	if err := Sendto(s, wb, 0, sa); err != nil {
		return nil, err
	}
	var tab []byte
	rbNew := make([]byte, Getpagesize())
	for {
		rb := rbNew
		nr, _, err := Recvfrom(s, rb, 0)
		if err != nil {
			return nil, err
		}
		if nr < NLMSG_HDRLEN {
			return nil, EINVAL
		}
		rb = rb[:nr]
		tab = append(tab, rb...)
		msgs, err := ParseNetlinkMessage(rb)
		if err != nil {
			return nil, err
		}
		for _, m := range msgs {
			if m.Header.Type == NLMSG_DONE {
				return tab, nil
			}
			if m.Header.Type == NLMSG_ERROR {
				return nil, EINVAL
			}
		}
	}
}

// ParseNetlinkMessage splits b, received from a netlink socket, into its messages.
func ParseNetlinkMessage(b []byte) ([]NetlinkMessage, error) {
	var msgs []NetlinkMessage
	for len(b) >= NLMSG_HDRLEN {
		h := (*NlMsghdr)(unsafe.Pointer(&b[0]))
		l := nlmAlignOf(int(h.Len))
		if int(h.Len) < NLMSG_HDRLEN || l > len(b) {
			return nil, EINVAL
		}
		msgs = append(msgs, NetlinkMessage{Header: *h, Data: b[NLMSG_HDRLEN:h.Len]})
		b = b[l:]
	}
	return msgs, nil
}

// ParseNetlinkRouteAttr returns the routing attributes of a netlink message (an interface, address or route
// message).
func ParseNetlinkRouteAttr(m *NetlinkMessage) ([]NetlinkRouteAttr, error) {
	var b []byte
	switch m.Header.Type {
	case RTM_NEWLINK, RTM_DELLINK:
		b = m.Data[SizeofIfInfomsg:]
	case RTM_NEWADDR, RTM_DELADDR:
		b = m.Data[SizeofIfAddrmsg:]
	case RTM_NEWROUTE, RTM_DELROUTE:
		b = m.Data[SizeofRtMsg:]
	default:
		return nil, EINVAL
	}
	var attrs []NetlinkRouteAttr
	for len(b) >= SizeofRtAttr {
		a := (*RtAttr)(unsafe.Pointer(&b[0]))
		if int(a.Len) < SizeofRtAttr || int(a.Len) > len(b) {
			return nil, EINVAL
		}
		attrs = append(attrs, NetlinkRouteAttr{Attr: *a, Value: b[SizeofRtAttr:a.Len]})
		b = b[rtaAlignOf(int(a.Len)):]
	}
	return attrs, nil
}

// LsfStmt returns a socket filter statement.
//
// Deprecated: as in gc, use golang.org/x/net/bpf.
func LsfStmt(code, k int) *SockFilter { return &SockFilter{Code: uint16(code), K: uint32(k)} }

// LsfJump returns a socket filter jump.
//
// Deprecated: as in gc, use golang.org/x/net/bpf.
func LsfJump(code, k, jt, jf int) *SockFilter {
	return &SockFilter{Code: uint16(code), Jt: uint8(jt), Jf: uint8(jf), K: uint32(k)}
}

// LsfSocket returns a packet socket bound to the interface ifindex for the protocol proto.
//
// Deprecated: as in gc, use golang.org/x/net/bpf.
func LsfSocket(ifindex, proto int) (int, error) {
	p := uint16(proto)<<8 | uint16(proto)>>8 // network byte order
	s, err := Socket(AF_PACKET, SOCK_DGRAM, int(p))
	if err != nil {
		return -1, err
	}
	if err := Bind(s, &SockaddrLinklayer{Ifindex: ifindex, Protocol: p}); err != nil {
		Close(s)
		return -1, err
	}
	return s, nil
}

// SetLsfPromisc sets or clears the promiscuous mode of the interface name.
//
// Deprecated: as in gc, use golang.org/x/net/bpf.
func SetLsfPromisc(name string, m bool) error {
	s, err := Socket(AF_INET, SOCK_DGRAM, 0)
	if err != nil {
		return err
	}
	defer Close(s)
	var ifl struct {
		name  [IFNAMSIZ]byte
		flags uint16
		pad   [22]byte
	}
	copy(ifl.name[:], name)
	if _, _, e := Syscall(SYS_IOCTL, uintptr(s), SIOCGIFFLAGS, uintptr(unsafe.Pointer(&ifl))); e != 0 {
		return e
	}
	if m {
		ifl.flags |= uint16(IFF_PROMISC)
	} else {
		ifl.flags &^= uint16(IFF_PROMISC)
	}
	_, _, e := Syscall(SYS_IOCTL, uintptr(s), SIOCSIFFLAGS, uintptr(unsafe.Pointer(&ifl)))
	return errnoErr(e)
}

// AttachLsf attaches a socket filter to the socket fd.
//
// Deprecated: as in gc, use golang.org/x/net/bpf.
func AttachLsf(fd int, i []SockFilter) error {
	var p SockFprog
	p.Len = uint16(len(i))
	if len(i) > 0 {
		p.Filter = &i[0]
	}
	return setsockopt(fd, SOL_SOCKET, SO_ATTACH_FILTER, unsafe.Pointer(&p), unsafe.Sizeof(p))
}

// DetachLsf removes the socket filter of the socket fd.
//
// Deprecated: as in gc, use golang.org/x/net/bpf.
func DetachLsf(fd int) error {
	var dummy int
	return setsockopt(fd, SOL_SOCKET, SO_DETACH_FILTER, unsafe.Pointer(&dummy), unsafe.Sizeof(dummy))
}
