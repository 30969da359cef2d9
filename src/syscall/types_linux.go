// The kernel's structures for files, time and processes, laid out as Linux/x86-64 has them (gc's
// ztypes_linux_amd64.go: the same field names, types and order). The boards use the same layouts: their system calls
// never fill them.

package syscall

// Timespec is a time in seconds and nanoseconds (struct timespec).
type Timespec struct {
	Sec  int64
	Nsec int64
}

// Timeval is a time in seconds and microseconds (struct timeval).
type Timeval struct {
	Sec  int64
	Usec int64
}

// Time_t is a time in seconds since 1970.
type Time_t int64

// Stat_t is a file's status as stat(2) reports it.
type Stat_t struct {
	Dev       uint64
	Ino       uint64
	Nlink     uint64
	Mode      uint32
	Uid       uint32
	Gid       uint32
	X__pad0   int32
	Rdev      uint64
	Size      int64
	Blksize   int64
	Blocks    int64
	Atim      Timespec
	Mtim      Timespec
	Ctim      Timespec
	X__unused [3]int64
}

// Fsid is a file system's identifier.
type Fsid struct {
	X__val [2]int32
}

// Statfs_t is a file system's statistics as statfs(2) reports them.
type Statfs_t struct {
	Type    int64
	Bsize   int64
	Blocks  uint64
	Bfree   uint64
	Bavail  uint64
	Files   uint64
	Ffree   uint64
	Fsid    Fsid
	Namelen int64
	Frsize  int64
	Flags   int64
	Spare   [4]int64
}

// Dirent is one directory entry as getdents64(2) returns it (the name runs on past Name's 256 bytes when longer).
type Dirent struct {
	Ino       uint64
	Off       int64
	Reclen    uint16
	Type      uint8
	Name      [256]int8
	Pad_cgo_0 [5]byte
}

// Flock_t is a file lock's description for fcntl(2).
type Flock_t struct {
	Type      int16
	Whence    int16
	Pad_cgo_0 [4]byte
	Start     int64
	Len       int64
	Pid       int32
	Pad_cgo_1 [4]byte
}

// Rusage is a process's resource usage as getrusage(2) and wait4(2) report it.
type Rusage struct {
	Utime    Timeval
	Stime    Timeval
	Maxrss   int64
	Ixrss    int64
	Idrss    int64
	Isrss    int64
	Minflt   int64
	Majflt   int64
	Nswap    int64
	Inblock  int64
	Oublock  int64
	Msgsnd   int64
	Msgrcv   int64
	Nsignals int64
	Nvcsw    int64
	Nivcsw   int64
}

// Rlimit is a resource limit (getrlimit(2)).
type Rlimit struct {
	Cur uint64
	Max uint64
}

// Utsname is the system's names as uname(2) reports them, NUL-terminated.
type Utsname struct {
	Sysname    [65]int8
	Nodename   [65]int8
	Release    [65]int8
	Version    [65]int8
	Machine    [65]int8
	Domainname [65]int8
}

// Sysinfo_t is the system's statistics as sysinfo(2) reports them.
type Sysinfo_t struct {
	Uptime    int64
	Loads     [3]uint64
	Totalram  uint64
	Freeram   uint64
	Sharedram uint64
	Bufferram uint64
	Totalswap uint64
	Freeswap  uint64
	Procs     uint16
	Pad       uint16
	Pad_cgo_0 [4]byte
	Totalhigh uint64
	Freehigh  uint64
	Unit      uint32
	X_f       [0]byte
	Pad_cgo_1 [4]byte
}

// Ustat_t is a file system's statistics as ustat(2) reports them.
type Ustat_t struct {
	Tfree     int32
	Pad_cgo_0 [4]byte
	Tinode    uint64
	Fname     [6]int8
	Fpack     [6]int8
	Pad_cgo_1 [4]byte
}

// Tms is a process's times as times(2) reports them, in clock ticks.
type Tms struct {
	Utime  int64
	Stime  int64
	Cutime int64
	Cstime int64
}

// Utimbuf is a file's access and modification times for utime(2).
type Utimbuf struct {
	Actime  int64
	Modtime int64
}

// Timex is the kernel clock's state for adjtimex(2).
type Timex struct {
	Modes     uint32
	Pad_cgo_0 [4]byte
	Offset    int64
	Freq      int64
	Maxerror  int64
	Esterror  int64
	Status    int32
	Pad_cgo_1 [4]byte
	Constant  int64
	Precision int64
	Tolerance int64
	Time      Timeval
	Tick      int64
	Ppsfreq   int64
	Jitter    int64
	Shift     int32
	Pad_cgo_2 [4]byte
	Stabil    int64
	Jitcnt    int64
	Calcnt    int64
	Errcnt    int64
	Stbcnt    int64
	Tai       int32
	Pad_cgo_3 [44]byte
}

// Termios is a terminal's settings (struct termios).
type Termios struct {
	Iflag     uint32
	Oflag     uint32
	Cflag     uint32
	Lflag     uint32
	Line      uint8
	Cc        [32]uint8
	Pad_cgo_0 [3]byte
	Ispeed    uint32
	Ospeed    uint32
}

// EpollEvent is one event of epoll_wait(2).
type EpollEvent struct {
	Events uint32
	Fd     int32
	Pad    int32
}

// FdSet is a set of descriptors for select(2).
type FdSet struct {
	Bits [16]int64
}

// InotifyEvent is the header of one event read from an inotify descriptor.
type InotifyEvent struct {
	Wd     int32
	Mask   uint32
	Cookie uint32
	Len    uint32
	Name   [0]uint8
}

// PtraceRegs is a traced process's registers (struct user_regs_struct).
type PtraceRegs struct {
	R15      uint64
	R14      uint64
	R13      uint64
	R12      uint64
	Rbp      uint64
	Rbx      uint64
	R11      uint64
	R10      uint64
	R9       uint64
	R8       uint64
	Rax      uint64
	Rcx      uint64
	Rdx      uint64
	Rsi      uint64
	Rdi      uint64
	Orig_rax uint64
	Rip      uint64
	Cs       uint64
	Eflags   uint64
	Rsp      uint64
	Ss       uint64
	Fs_base  uint64
	Gs_base  uint64
	Ds       uint64
	Es       uint64
	Fs       uint64
	Gs       uint64
}

// PC returns the traced process's program counter.
func (r *PtraceRegs) PC() uint64 { return r.Rip }

// SetPC sets the traced process's program counter.
func (r *PtraceRegs) SetPC(pc uint64) { r.Rip = pc }

// Unix returns ts as seconds and nanoseconds since 1970.
func (ts *Timespec) Unix() (sec int64, nsec int64) { return ts.Sec, ts.Nsec }

// Nano returns ts in nanoseconds since 1970.
func (ts *Timespec) Nano() int64 { return ts.Sec*1e9 + ts.Nsec }

// Unix returns tv as seconds and nanoseconds since 1970.
func (tv *Timeval) Unix() (sec int64, nsec int64) { return tv.Sec, tv.Usec * 1000 }

// Nano returns tv in nanoseconds since 1970.
func (tv *Timeval) Nano() int64 { return tv.Sec*1e9 + tv.Usec*1000 }

// TimespecToNsec returns ts in nanoseconds.
func TimespecToNsec(ts Timespec) int64 { return ts.Nano() }

// NsecToTimespec returns the Timespec of nsec nanoseconds (the nanoseconds rounded toward minus infinity, so that
// Nsec is in [0, 1e9)).
func NsecToTimespec(nsec int64) Timespec {
	sec := nsec / 1e9
	nsec = nsec % 1e9
	if nsec < 0 {
		nsec += 1e9
		sec--
	}
	return Timespec{Sec: sec, Nsec: nsec}
}

// TimevalToNsec returns tv in nanoseconds.
func TimevalToNsec(tv Timeval) int64 { return tv.Nano() }

// NsecToTimeval returns the Timeval of nsec nanoseconds, rounded up to the microsecond (as gc does).
func NsecToTimeval(nsec int64) Timeval {
	nsec += 999 // round up to microsecond
	usec := nsec % 1e9 / 1e3
	sec := nsec / 1e9
	if usec < 0 {
		usec += 1e6
		sec--
	}
	return Timeval{Sec: sec, Usec: usec}
}
