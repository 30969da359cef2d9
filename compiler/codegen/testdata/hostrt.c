/* hostrt.c: a stand-in for the Go runtime (runtime/*.go) and the host startup code, used by codegen's tests to run
   hand-built IR natively on x86-64 Linux before/without the front end: print and panic functions with the same
   symbols and LLVM ABI as runtime/*.go, a bump allocator, and a freestanding _start with write/exit syscalls. */
typedef unsigned long uptr;
typedef struct { const unsigned char *p; uptr n; } gostring;

static long sys3(long nr, long a, long b, long c) {
  long r;
  __asm__ volatile("syscall" : "=a"(r) : "a"(nr), "D"(a), "S"(b), "d"(c) : "rcx", "r11", "memory");
  return r;
}
void rt_exit(int code) __asm__("runtime.exit");
void rt_putchar(unsigned char c) __asm__("runtime.putchar");
#ifndef TARGET_STARTUP /* else targets/host.s provides _start and the hooks */
void rt_exit(int code) { sys3(231, code, 0, 0); for (;;) {} }
void rt_putchar(unsigned char c) { sys3(1, 1, (long)&c, 1); }
__asm__(".globl _start\n_start:\n xor %rbp,%rbp\n and $-16,%rsp\n call main\n mov $0,%edi\n call runtime.exit\n");
#endif

static void puts_(const char *s) { while (*s) rt_putchar((unsigned char)*s++); }
static void putu(unsigned long long v) { if (v >= 10) putu(v / 10); rt_putchar((unsigned char)('0' + v % 10)); }
static void puti(long long v) { if (v < 0) { rt_putchar('-'); putu(0ULL - (unsigned long long)v); } else putu((unsigned long long)v); }

void printint(long long n) __asm__("runtime.printint");
void printint(long long n) { puti(n); }
void printint32(int n) __asm__("runtime.printint32");
void printint32(int n) { puti(n); }
void printuint(unsigned long long n) __asm__("runtime.printuint");
void printuint(unsigned long long n) { putu(n); }
void printuint32(unsigned n) __asm__("runtime.printuint32");
void printuint32(unsigned n) { putu(n); }
void printbool(unsigned char b) __asm__("runtime.printbool");
void printbool(unsigned char b) { puts_((b & 1) ? "true" : "false"); }
void printstring(gostring s) __asm__("runtime.printstring");
void printstring(gostring s) { for (uptr i = 0; i < s.n; i++) rt_putchar(s.p[i]); }
static void puthex(uptr v) { if (v >= 16) puthex(v / 16); rt_putchar("0123456789abcdef"[v % 16]); }
void printpointer(uptr p) __asm__("runtime.printpointer");
void printpointer(uptr p) { puts_("0x"); puthex(p); }
void printspace(void) __asm__("runtime.printspace");
void printspace(void) { rt_putchar(' '); }
void printnl(void) __asm__("runtime.printnl");
void printnl(void) { rt_putchar('\n'); }

void panicBegin(void) __asm__("runtime.panicBegin");
void panicBegin(void) { puts_("panic: "); }
void panicEnd(void) __asm__("runtime.panicEnd");
void panicEnd(void) { rt_putchar('\n'); rt_exit(2); }
void panicstring(gostring s) __asm__("runtime.panicstring");
void panicstring(gostring s) { panicBegin(); printstring(s); panicEnd(); }
static void rterr(const char *m) { puts_("panic: runtime error: "); puts_(m); panicEnd(); }
void panicBounds(unsigned char code, long i, long n) __asm__("runtime.panicBounds");
void panicBounds(unsigned char code, long i, long n) {
  /* Only the index form (code 0, | 0x10 for a signed index) is built by these tests. */
  puts_("panic: runtime error: index out of range [");
  puti(i);
  if ((code & 0x10) && i < 0) puts_("]");
  else { puts_("] with length "); puti(n); }
  panicEnd();
}
void panicDivide(void) __asm__("runtime.panicDivide");
void panicDivide(void) { rterr("integer divide by zero"); }
void panicNil(void) __asm__("runtime.panicNil");
void panicNil(void) { rterr("invalid memory address or nil pointer dereference"); }
void panicShift(void) __asm__("runtime.panicShift");
void panicShift(void) { rterr("negative shift amount"); }

static unsigned char heap[1 << 16] __attribute__((aligned(16)));
static uptr heapUsed;
void *rt_alloc(uptr n) __asm__("runtime.alloc");
void *rt_alloc(uptr n) { void *p = heap + heapUsed; heapUsed += (n + 15) & ~15UL; if (heapUsed > sizeof heap) rterr("out of memory"); return p; }

unsigned char stringEqual(gostring a, gostring b) __asm__("runtime.stringEqual");
unsigned char stringEqual(gostring a, gostring b) {
  if (a.n != b.n) return 0;
  for (uptr i = 0; i < a.n; i++) if (a.p[i] != b.p[i]) return 0;
  return 1;
}
unsigned char stringLess(gostring a, gostring b) __asm__("runtime.stringLess");
unsigned char stringLess(gostring a, gostring b) {
  uptr n = a.n < b.n ? a.n : b.n;
  for (uptr i = 0; i < n; i++) if (a.p[i] != b.p[i]) return a.p[i] < b.p[i];
  return a.n < b.n;
}
