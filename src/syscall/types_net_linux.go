// The kernel's structures for sockets and netlink, laid out as Linux/x86-64 has them (gc's ztypes_linux_amd64.go:
// the same field names, types and order), and the Go socket addresses (Sockaddr) that convert to them.

package syscall

import "unsafe"

// _Socklen is the kernel's socklen_t.
type _Socklen uint32

// RawSockaddrInet4 is struct sockaddr_in (Port in network byte order).
type RawSockaddrInet4 struct {
	Family uint16
	Port   uint16
	Addr   [4]byte
	Zero   [8]uint8
}

// RawSockaddrInet6 is struct sockaddr_in6.
type RawSockaddrInet6 struct {
	Family   uint16
	Port     uint16
	Flowinfo uint32
	Addr     [16]byte
	Scope_id uint32
}

// RawSockaddrUnix is struct sockaddr_un.
type RawSockaddrUnix struct {
	Family uint16
	Path   [108]int8
}

// RawSockaddrLinklayer is struct sockaddr_ll.
type RawSockaddrLinklayer struct {
	Family   uint16
	Protocol uint16
	Ifindex  int32
	Hatype   uint16
	Pkttype  uint8
	Halen    uint8
	Addr     [8]uint8
}

// RawSockaddrNetlink is struct sockaddr_nl.
type RawSockaddrNetlink struct {
	Family uint16
	Pad    uint16
	Pid    uint32
	Groups uint32
}

// RawSockaddr is struct sockaddr.
type RawSockaddr struct {
	Family uint16
	Data   [14]int8
}

// RawSockaddrAny is room for any socket address.
type RawSockaddrAny struct {
	Addr RawSockaddr
	Pad  [96]int8
}

// Linger is struct linger (SO_LINGER).
type Linger struct {
	Onoff  int32
	Linger int32
}

// Iovec is one buffer of a scatter/gather transfer.
type Iovec struct {
	Base *byte
	Len  uint64
}

// SetLen sets the buffer's length.
func (iov *Iovec) SetLen(length int) { iov.Len = uint64(length) }

// IPMreq is struct ip_mreq (IP_ADD_MEMBERSHIP).
type IPMreq struct {
	Multiaddr [4]byte
	Interface [4]byte
}

// IPMreqn is struct ip_mreqn.
type IPMreqn struct {
	Multiaddr [4]byte
	Address   [4]byte
	Ifindex   int32
}

// IPv6Mreq is struct ipv6_mreq.
type IPv6Mreq struct {
	Multiaddr [16]byte
	Interface uint32
}

// Msghdr is struct msghdr (sendmsg, recvmsg).
type Msghdr struct {
	Name       *byte
	Namelen    uint32
	Pad_cgo_0  [4]byte
	Iov        *Iovec
	Iovlen     uint64
	Control    *byte
	Controllen uint64
	Flags      int32
	Pad_cgo_1  [4]byte
}

// SetControllen sets the length of the control data.
func (msghdr *Msghdr) SetControllen(length int) { msghdr.Controllen = uint64(length) }

// Cmsghdr is the header of one control message.
type Cmsghdr struct {
	Len          uint64
	Level        int32
	Type         int32
	X__cmsg_data [0]uint8
}

// SetLen sets the message's length.
func (cmsg *Cmsghdr) SetLen(length int) { cmsg.Len = uint64(length) }

// Inet4Pktinfo is struct in_pktinfo.
type Inet4Pktinfo struct {
	Ifindex  int32
	Spec_dst [4]byte
	Addr     [4]byte
}

// Inet6Pktinfo is struct in6_pktinfo.
type Inet6Pktinfo struct {
	Addr    [16]byte
	Ifindex uint32
}

// IPv6MTUInfo is struct ip6_mtuinfo.
type IPv6MTUInfo struct {
	Addr RawSockaddrInet6
	Mtu  uint32
}

// ICMPv6Filter is struct icmp6_filter.
type ICMPv6Filter struct {
	Data [8]uint32
}

// Ucred is struct ucred (SCM_CREDENTIALS).
type Ucred struct {
	Pid int32
	Uid uint32
	Gid uint32
}

// TCPInfo is struct tcp_info (TCP_INFO).
type TCPInfo struct {
	State          uint8
	Ca_state       uint8
	Retransmits    uint8
	Probes         uint8
	Backoff        uint8
	Options        uint8
	Pad_cgo_0      [2]byte
	Rto            uint32
	Ato            uint32
	Snd_mss        uint32
	Rcv_mss        uint32
	Unacked        uint32
	Sacked         uint32
	Lost           uint32
	Retrans        uint32
	Fackets        uint32
	Last_data_sent uint32
	Last_ack_sent  uint32
	Last_data_recv uint32
	Last_ack_recv  uint32
	Pmtu           uint32
	Rcv_ssthresh   uint32
	Rtt            uint32
	Rttvar         uint32
	Snd_ssthresh   uint32
	Snd_cwnd       uint32
	Advmss         uint32
	Reordering     uint32
	Rcv_rtt        uint32
	Rcv_space      uint32
	Total_retrans  uint32
}

// SockFilter is one instruction of a socket filter (struct sock_filter).
type SockFilter struct {
	Code uint16
	Jt   uint8
	Jf   uint8
	K    uint32
}

// SockFprog is a socket filter program (struct sock_fprog).
type SockFprog struct {
	Len       uint16
	Pad_cgo_0 [6]byte
	Filter    *SockFilter
}

// NlMsghdr is the header of a netlink message.
type NlMsghdr struct {
	Len   uint32
	Type  uint16
	Flags uint16
	Seq   uint32
	Pid   uint32
}

// NlMsgerr is a netlink error message.
type NlMsgerr struct {
	Error int32
	Msg   NlMsghdr
}

// NlAttr is the header of a netlink attribute.
type NlAttr struct {
	Len  uint16
	Type uint16
}

// RtGenmsg is a generic routing message.
type RtGenmsg struct {
	Family uint8
}

// RtAttr is the header of a routing attribute.
type RtAttr struct {
	Len  uint16
	Type uint16
}

// RtMsg is a routing table message.
type RtMsg struct {
	Family   uint8
	Dst_len  uint8
	Src_len  uint8
	Tos      uint8
	Table    uint8
	Protocol uint8
	Scope    uint8
	Type     uint8
	Flags    uint32
}

// RtNexthop is a route's next hop.
type RtNexthop struct {
	Len     uint16
	Flags   uint8
	Hops    uint8
	Ifindex int32
}

// IfInfomsg is a network interface's message.
type IfInfomsg struct {
	Family     uint8
	X__ifi_pad uint8
	Type       uint16
	Index      int32
	Flags      uint32
	Change     uint32
}

// IfAddrmsg is a network address's message.
type IfAddrmsg struct {
	Family    uint8
	Prefixlen uint8
	Flags     uint8
	Scope     uint8
	Index     uint32
}

// A Sockaddr is a socket address: SockaddrInet4, SockaddrInet6, SockaddrUnix, SockaddrLinklayer or SockaddrNetlink.
type Sockaddr interface {
	sockaddr() (ptr unsafe.Pointer, len _Socklen, err error) // the kernel's form, in the Sockaddr itself
}

// SockaddrInet4 is an IPv4 address and port.
type SockaddrInet4 struct {
	Port int
	Addr [4]byte
	raw  RawSockaddrInet4
}

// putPort stores port in network byte order at p.
func putPort(p *uint16, port int) {
	b := (*[2]byte)(unsafe.Pointer(p))
	b[0] = byte(port >> 8)
	b[1] = byte(port)
}

// getPort reads a port in network byte order from p.
func getPort(p *uint16) int {
	b := (*[2]byte)(unsafe.Pointer(p))
	return int(b[0])<<8 + int(b[1])
}

func (sa *SockaddrInet4) sockaddr() (unsafe.Pointer, _Socklen, error) {
	if sa.Port < 0 || sa.Port > 0xFFFF {
		return nil, 0, EINVAL
	}
	sa.raw.Family = AF_INET
	putPort(&sa.raw.Port, sa.Port)
	sa.raw.Addr = sa.Addr
	return unsafe.Pointer(&sa.raw), SizeofSockaddrInet4, nil
}

// SockaddrInet6 is an IPv6 address, port and zone.
type SockaddrInet6 struct {
	Port   int
	ZoneId uint32
	Addr   [16]byte
	raw    RawSockaddrInet6
}

func (sa *SockaddrInet6) sockaddr() (unsafe.Pointer, _Socklen, error) {
	if sa.Port < 0 || sa.Port > 0xFFFF {
		return nil, 0, EINVAL
	}
	sa.raw.Family = AF_INET6
	putPort(&sa.raw.Port, sa.Port)
	sa.raw.Scope_id = sa.ZoneId
	sa.raw.Addr = sa.Addr
	return unsafe.Pointer(&sa.raw), SizeofSockaddrInet6, nil
}

// SockaddrUnix is a Unix domain socket's path; a name starting with '@' is in the abstract namespace.
type SockaddrUnix struct {
	Name string
	raw  RawSockaddrUnix
}

func (sa *SockaddrUnix) sockaddr() (unsafe.Pointer, _Socklen, error) {
	name := sa.Name
	n := len(name)
	if n > len(sa.raw.Path) || n == len(sa.raw.Path) && name[0] != '@' {
		return nil, 0, EINVAL
	}
	sa.raw.Family = AF_UNIX
	for i := 0; i < n; i++ {
		sa.raw.Path[i] = int8(name[i])
	}
	sl := _Socklen(2) // the family, the name, then a NUL
	if n > 0 {
		sl += _Socklen(n) + 1
	}
	if sa.raw.Path[0] == '@' || sa.raw.Path[0] == 0 && sl > 3 {
		sa.raw.Path[0] = 0 // abstract: no trailing NUL
		sl--
	}
	return unsafe.Pointer(&sa.raw), sl, nil
}

// SockaddrLinklayer is a link-layer (packet socket) address.
type SockaddrLinklayer struct {
	Protocol uint16
	Ifindex  int
	Hatype   uint16
	Pkttype  uint8
	Halen    uint8
	Addr     [8]byte
	raw      RawSockaddrLinklayer
}

func (sa *SockaddrLinklayer) sockaddr() (unsafe.Pointer, _Socklen, error) {
	if sa.Ifindex < 0 || sa.Ifindex > 0x7fffffff {
		return nil, 0, EINVAL
	}
	sa.raw.Family = AF_PACKET
	sa.raw.Protocol = sa.Protocol
	sa.raw.Ifindex = int32(sa.Ifindex)
	sa.raw.Hatype = sa.Hatype
	sa.raw.Pkttype = sa.Pkttype
	sa.raw.Halen = sa.Halen
	sa.raw.Addr = sa.Addr
	return unsafe.Pointer(&sa.raw), SizeofSockaddrLinklayer, nil
}

// SockaddrNetlink is a netlink socket's address.
type SockaddrNetlink struct {
	Family uint16
	Pad    uint16
	Pid    uint32
	Groups uint32
	raw    RawSockaddrNetlink
}

func (sa *SockaddrNetlink) sockaddr() (unsafe.Pointer, _Socklen, error) {
	sa.raw.Family = AF_NETLINK
	sa.raw.Pad = sa.Pad
	sa.raw.Pid = sa.Pid
	sa.raw.Groups = sa.Groups
	return unsafe.Pointer(&sa.raw), SizeofSockaddrNetlink, nil
}

// anyToSockaddr converts the kernel's address to a Sockaddr (EAFNOSUPPORT for a family it does not know).
func anyToSockaddr(rsa *RawSockaddrAny) (Sockaddr, error) {
	switch rsa.Addr.Family {
	case AF_NETLINK:
		pp := (*RawSockaddrNetlink)(unsafe.Pointer(rsa))
		return &SockaddrNetlink{Family: pp.Family, Pad: pp.Pad, Pid: pp.Pid, Groups: pp.Groups}, nil
	case AF_PACKET:
		pp := (*RawSockaddrLinklayer)(unsafe.Pointer(rsa))
		return &SockaddrLinklayer{Protocol: pp.Protocol, Ifindex: int(pp.Ifindex), Hatype: pp.Hatype,
			Pkttype: pp.Pkttype, Halen: pp.Halen, Addr: pp.Addr}, nil
	case AF_UNIX:
		pp := (*RawSockaddrUnix)(unsafe.Pointer(rsa))
		sa := new(SockaddrUnix)
		if pp.Path[0] == 0 {
			pp.Path[0] = '@' // abstract: shown with '@', as in gc
		}
		n := 0
		for n < len(pp.Path) && pp.Path[n] != 0 {
			n++
		}
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(pp.Path[i])
		}
		sa.Name = string(b)
		return sa, nil
	case AF_INET:
		pp := (*RawSockaddrInet4)(unsafe.Pointer(rsa))
		return &SockaddrInet4{Port: getPort(&pp.Port), Addr: pp.Addr}, nil
	case AF_INET6:
		pp := (*RawSockaddrInet6)(unsafe.Pointer(rsa))
		return &SockaddrInet6{Port: getPort(&pp.Port), ZoneId: pp.Scope_id, Addr: pp.Addr}, nil
	}
	return nil, EAFNOSUPPORT
}
