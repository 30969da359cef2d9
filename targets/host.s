# Startup code and platform hooks for the host (x86-64 Linux), a freestanding static ELF without libc.
# _start: record where argc, argv and envp are, clear the frame pointer, align the stack to 16 bytes, call `main`,
# then exit with code 0 (.bss, including the heap, is zero-filled by the kernel). Platform hooks (System V ABI):
#   runtime.putchar(i8)      write(1, &c, 1), retried on EINTR
#   runtime.exit(i32)        exit_group(code)
#   runtime.heapStart()/heapEnd() bounds of the heap region the linker script reserves (_heap_size bytes)
#   runtime.argsStart()      the address of argc on the initial process stack (runtime/env_host.go)
#   tsgo_setjmp(buf) i8 / tsgo_longjmp(buf)   save and restore rbx, rbp, r12-r15, rsp and the return address
#   syscall.rawSyscall6(trap, a1..a6) i64   any system call (src/syscall), runtime.Breakpoint() int3

        .section .text._start,"ax",@progbits
        .global _start
        .type _start,@function
_start:
        xorl %ebp, %ebp
        movq %rsp, tsgo_args_start(%rip)        # argc, then argv[], nil, envp[], nil
        andq $-16, %rsp
        movq %rsp, tsgo_main_stack_top(%rip)    # the main stack's top, for the garbage collector
        call main
        xorl %edi, %edi
        jmp runtime.exit

        .section .text.runtime.exit,"ax",@progbits
        .global runtime.exit
        .type runtime.exit,@function
runtime.exit:
        movl $231, %eax          # exit_group
        syscall
        hlt

        .section .text.runtime.putchar,"ax",@progbits
        .global runtime.putchar
        .type runtime.putchar,@function
runtime.putchar:
        subq $24, %rsp
        movb %dil, 8(%rsp)
1:      movl $1, %eax            # write
        movl $1, %edi            # stdout
        leaq 8(%rsp), %rsi
        movl $1, %edx
        syscall
        cmpq $-4, %rax           # EINTR: try again
        je 1b
        addq $24, %rsp
        ret

        .section .text.runtime.heapStart,"ax",@progbits
        .global runtime.heapStart
        .type runtime.heapStart,@function
runtime.heapStart:
        leaq _heap_start(%rip), %rax
        ret

        .section .text.runtime.heapEnd,"ax",@progbits
        .global runtime.heapEnd
        .type runtime.heapEnd,@function
runtime.heapEnd:
        leaq _heap_end(%rip), %rax
        ret

# Weak memory helpers: LLVM lowers memcpy/memmove/memset intrinsics to these calls. A stronger definition wins.
        .section .text.memcpy,"ax",@progbits
        .weak memcpy
        .type memcpy,@function
memcpy:
        movq %rdi, %rax
        movq %rdx, %rcx
        rep movsb
        ret

        .section .text.memmove,"ax",@progbits
        .weak memmove
        .type memmove,@function
memmove:
        movq %rdi, %rax
        movq %rdx, %rcx
        cmpq %rsi, %rdi
        jbe 1f
        leaq -1(%rsi,%rdx), %rsi
        leaq -1(%rdi,%rdx), %rdi
        std
        rep movsb
        cld
        ret
1:      rep movsb
        ret

        .section .text.memset,"ax",@progbits
        .weak memset
        .type memset,@function
memset:
        movq %rdi, %r9
        movl %esi, %eax
        movq %rdx, %rcx
        rep stosb
        movq %r9, %rax
        ret

# tsgo_setjmp(buf): saves the callee-saved registers, the caller's stack pointer and the return address; returns 0.
# tsgo_longjmp(buf): restores them and returns 1 from that tsgo_setjmp (runtime/defer.go, a recovered panic).
        .section .text.tsgo_setjmp,"ax",@progbits
        .global tsgo_setjmp
        .type tsgo_setjmp,@function
tsgo_setjmp:
        movq %rbx, 0(%rdi)
        movq %rbp, 8(%rdi)
        movq %r12, 16(%rdi)
        movq %r13, 24(%rdi)
        movq %r14, 32(%rdi)
        movq %r15, 40(%rdi)
        leaq 8(%rsp), %rdx       # the stack pointer after the return
        movq %rdx, 48(%rdi)
        movq (%rsp), %rdx        # the return address
        movq %rdx, 56(%rdi)
        xorl %eax, %eax
        ret

        .section .text.tsgo_longjmp,"ax",@progbits
        .global tsgo_longjmp
        .type tsgo_longjmp,@function
tsgo_longjmp:
        movq 0(%rdi), %rbx
        movq 8(%rdi), %rbp
        movq 16(%rdi), %r12
        movq 24(%rdi), %r13
        movq 32(%rdi), %r14
        movq 40(%rdi), %r15
        movq 48(%rdi), %rsp
        movl $1, %eax
        jmpq *56(%rdi)

# Goroutine switches (runtime/scheduler_tasks.go).
# tsgo_swapTask(newSP, oldSP *uintptr): pushes the callee-saved registers, stores rsp in *oldSP, moves to the stack
# at newSP and pops the registers saved there; the `ret` resumes that task.
        .section .text.tsgo_swapTask,"ax",@progbits
        .global tsgo_swapTask
        .type tsgo_swapTask,@function
tsgo_swapTask:
        pushq %rbp
        pushq %rbx
        pushq %r12
        pushq %r13
        pushq %r14
        pushq %r15
        movq %rsp, (%rsi)
        movq %rdi, %rsp
        popq %r15
        popq %r14
        popq %r13
        popq %r12
        popq %rbx
        popq %rbp
        ret

# tsgo_prepareTask(top) sp: lays out below top (aligned to 16) a frame for tsgo_swapTask to pop: six zeroed
# registers, then tsgo_taskStart as the return address, then a zero in place of taskStart's own return address, so
# that it starts with rsp = 8 (mod 16) as after a call. Returns the task's initial stack pointer.
        .section .text.tsgo_prepareTask,"ax",@progbits
        .global tsgo_prepareTask
        .type tsgo_prepareTask,@function
        .weak tsgo_taskStart
tsgo_prepareTask:
        movq %rdi, %rax
        andq $-16, %rax
        movq $0, -8(%rax)
        leaq tsgo_taskStart(%rip), %rcx
        movq %rcx, -16(%rax)
        movq $0, -24(%rax)
        movq $0, -32(%rax)
        movq $0, -40(%rax)
        movq $0, -48(%rax)
        movq $0, -56(%rax)
        movq $0, -64(%rax)
        subq $64, %rax
        ret

# ---------------------------------------------------------------------------------------------------------------------
# The garbage collector's hooks (runtime/gc_conservative.go, runtime/scheduler_*.go).
#   runtime.globalsStart()/globalsEnd()   the package variables: .data and .bss, without the heap (host.ld)
#   runtime.mainStackTop()                the stack pointer _start received (recorded in tsgo_main_stack_top)
#   tsgo_scanCurrentStack()   pushes the callee-saved registers rbx, rbp and r12-r15, then calls
#                             runtime.markCurrentStack(sp) (16-byte aligned), so that pointers held only in registers
#                             are scanned as stack words
        .section .bss.tsgo_main_stack_top,"aw",@nobits
        .p2align 3
tsgo_main_stack_top:
        .quad 0

        .section .text.runtime.globalsStart,"ax",@progbits
        .global runtime.globalsStart
        .type runtime.globalsStart,@function
runtime.globalsStart:
        leaq _sdata(%rip), %rax
        ret

        .section .text.runtime.globalsEnd,"ax",@progbits
        .global runtime.globalsEnd
        .type runtime.globalsEnd,@function
runtime.globalsEnd:
        leaq _ebss(%rip), %rax
        ret

        .section .text.runtime.mainStackTop,"ax",@progbits
        .global runtime.mainStackTop
        .type runtime.mainStackTop,@function
runtime.mainStackTop:
        movq tsgo_main_stack_top(%rip), %rax
        ret

        .section .text.tsgo_scanCurrentStack,"ax",@progbits
        .global tsgo_scanCurrentStack
        .type tsgo_scanCurrentStack,@function
tsgo_scanCurrentStack:
        pushq %rbx
        pushq %rbp
        pushq %r12
        pushq %r13
        pushq %r14
        pushq %r15
        subq $8, %rsp            # 16-byte alignment at the call
        movq %rsp, %rdi
        call runtime.markCurrentStack
        addq $8, %rsp
        popq %r15
        popq %r14
        popq %r13
        popq %r12
        popq %rbp
        popq %rbx
        ret

# tsgo_stackOverflow: a stack check failed (runtime/stack.go). The stack pointer goes back to the top of the main
# stack (the program ends anyway) before runtime.stackOverflow reports.
        .section .text.tsgo_stackOverflow,"ax",@progbits
        .global tsgo_stackOverflow
        .type tsgo_stackOverflow,@function
tsgo_stackOverflow:
        movq tsgo_main_stack_top(%rip), %rsp
        andq $-16, %rsp
        call runtime.stackOverflow

# runtime.clockNanos(clock int32) int64: clock_gettime(clock) in nanoseconds (runtime/time_host.go).
        .section .text.runtime.clockNanos,"ax",@progbits
        .global runtime.clockNanos
        .type runtime.clockNanos,@function
runtime.clockNanos:
        subq $24, %rsp
        movl $228, %eax          # clock_gettime(edi = clock, rsi = &timespec)
        movq %rsp, %rsi
        syscall
        movq (%rsp), %rax
        imulq $1000000000, %rax
        addq 8(%rsp), %rax
        addq $24, %rsp
        ret

# runtime.sleepNanos(ns int64): nanosleep for ns nanoseconds (an interrupted sleep returns early; the caller loops).
        .section .text.runtime.sleepNanos,"ax",@progbits
        .global runtime.sleepNanos
        .type runtime.sleepNanos,@function
runtime.sleepNanos:
        subq $24, %rsp
        movq %rdi, %rax
        xorl %edx, %edx
        movl $1000000000, %ecx
        divq %rcx                # rax = seconds, rdx = nanoseconds
        movq %rax, (%rsp)
        movq %rdx, 8(%rsp)
        movl $35, %eax           # nanosleep(rdi = &timespec, rsi = nil)
        movq %rsp, %rdi
        xorl %esi, %esi
        syscall
        addq $24, %rsp
        ret

# runtime.argsStart() uintptr: where _start found argc (argv and envp follow; runtime/env_host.go reads them).
        .section .bss.tsgo_args_start,"aw",@nobits
        .p2align 3
tsgo_args_start:
        .quad 0

        .section .text.runtime.argsStart,"ax",@progbits
        .global runtime.argsStart
        .type runtime.argsStart,@function
runtime.argsStart:
        movq tsgo_args_start(%rip), %rax
        ret

# syscall.rawSyscall6(trap, a1, a2, a3, a4, a5, a6 uintptr) uintptr: the Linux system call `trap` with six
# arguments (System V passes them in rdi, rsi, rdx, rcx, r8, r9 and the stack; the kernel takes the number in rax
# and the arguments in rdi, rsi, rdx, r10, r8, r9). Returns rax: the result, or -errno in [-4095, -1].
        .section .text.syscall.rawSyscall6,"ax",@progbits
        .global syscall.rawSyscall6
        .type syscall.rawSyscall6,@function
syscall.rawSyscall6:
        movq %rdi, %rax
        movq %rsi, %rdi
        movq %rdx, %rsi
        movq %rcx, %rdx
        movq %r8, %r10
        movq %r9, %r8
        movq 8(%rsp), %r9
        syscall
        ret

# runtime.Breakpoint(): a breakpoint trap (int3). A debugger stops here; without one the kernel ends the process
# with SIGTRAP, as it would a gc program's.
        .section .text.runtime.Breakpoint,"ax",@progbits
        .global runtime.Breakpoint
        .type runtime.Breakpoint,@function
runtime.Breakpoint:
        int3
        ret
