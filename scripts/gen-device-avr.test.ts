// The device/avr generator: the committed src/device/avr/atmega328p.go is what the generator makes from avr-libc's
// header today (regenerate with `node --import tsx scripts/gen-device-avr.ts` when it changes), the header's forms are
// parsed as the datasheet says (I/O space offset, 16-bit pairs, bits after their register, vector numbers), and a
// program using a few registers pays no RAM for the others.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from '../compiler/build/driver.ts';
import { generate, generateFile, HEADER, OUTPUT, parseHeader } from './gen-device-avr.ts';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tsgo-devavr-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('gen-device-avr', () => {
  it.skipIf(!fs.existsSync(HEADER))('regenerates the committed atmega328p.go exactly', () => {
    expect(generateFile(HEADER)).toBe(fs.readFileSync(OUTPUT, 'utf8'));
  });

  it('applies the I/O offset, keeps 16-bit pairs and reads the bits after each register', () => {
    const dev = parseHeader(`
#define PORTB _SFR_IO8(0x05)
#define PORTB0 0
#define PORTB5 5

#ifndef __ASSEMBLER__
#define TCNT1 _SFR_MEM16(0x84)
#endif
#define TCNT1L _SFR_MEM8(0x84)
#define TCNT1L0 0
#define _EEPROM_REG_LOCATIONS_ 1F2021
#define UCSR0B _SFR_MEM8(0xC1)
#define RXCIE0 7
#define USART_RX_vect_num 18
#define USART_RX_vect     _VECTOR(18)  /* USART Rx Complete */
#define NOT_A_BIT 3
`);
    expect(dev.registers).toEqual([
      { name: 'PORTB', address: 0x25, bits: 8, io: true },
      { name: 'TCNT1', address: 0x84, bits: 16, io: false },
      { name: 'TCNT1L', address: 0x84, bits: 8, io: false },
      { name: 'UCSR0B', address: 0xc1, bits: 8, io: false },
    ]);
    expect(dev.bits).toEqual([
      { register: 'PORTB', name: 'PORTB0', bit: 0 },
      { register: 'PORTB', name: 'PORTB5', bit: 5 },
      { register: 'TCNT1L', name: 'TCNT1L0', bit: 0 },
      { register: 'UCSR0B', name: 'RXCIE0', bit: 7 },
    ]);
    expect(dev.vectors).toEqual([{ name: 'USART_RX', num: 18, description: 'USART Rx Complete' }]);
    const go = generate(dev, 'Test', 'test', 'test.h');
    expect(go).toContain('\tPORTB = (*volatile.Register8)(unsafe.Pointer(uintptr(0x25)))\n');
    expect(go).toContain('\tTCNT1 = (*volatile.Register16)(unsafe.Pointer(uintptr(0x84)))\n');
    expect(go).toContain('\tPORTB_PORTB5 = 0x20\n');
    expect(go).toContain('\tUCSR0B_RXCIE0 = 0x80\n');
    expect(go).toContain('\tSREG_I = 0x80\n');
    expect(go).toContain('\tIRQ_USART_RX = 18\n');
    expect(go).toMatch(/^\/\/go:build test$/m);
  });

  it.skipIf(!fs.existsSync(HEADER))('gives the ATmega328P registers and vectors their datasheet numbers', () => {
    const go = fs.readFileSync(OUTPUT, 'utf8');
    const addr = (name: string): number => Number(new RegExp(`\\t${name} = \\(\\*volatile\\.Register\\d+\\)\\(unsafe\\.Pointer\\(uintptr\\((0x[0-9a-f]+)\\)\\)\\)`).exec(go)?.[1]);
    expect([addr('PINB'), addr('PORTB'), addr('PORTD'), addr('SREG'), addr('UCSR0A'), addr('UDR0'), addr('ADC'), addr('OCR1A')]).toEqual([
      0x23, 0x25, 0x2b, 0x5f, 0xc0, 0xc6, 0x78, 0x88,
    ]);
    const irq = (name: string): number => Number(new RegExp(`\\tIRQ_${name} = (\\d+)\\n`).exec(go)?.[1]);
    expect([irq('INT0'), irq('TIMER2_OVF'), irq('TIMER0_OVF'), irq('USART_RX'), irq('ADC'), irq('SPM_READY')]).toEqual([1, 9, 16, 18, 21, 25]);
  });

  it('costs no RAM for the registers a program does not use', async () => {
    /** sizeOf builds a main body for arduino and returns its code and RAM (data + bss) from the size report. */
    const sizeOf = async (name: string, body: string): Promise<{ code: number; ram: number }> => {
      const file = path.join(work, `${name}.go`);
      const imp = body.includes('avr.') ? 'import "device/avr"\n\n' : '';
      fs.writeFileSync(file, `package main\n\n${imp}func main() {\n${body}}\n`);
      let out = '';
      const output = path.join(work, `${name}.elf`);
      await build({ inputs: [file], target: 'arduino', output, optLevel: 'z', size: 'short', tags: [], stderr: () => {}, stdout: (s) => void (out += s) });
      const [, code, data, bss] = /\n\s*(\d+)\s+(\d+)\s+(\d+)\s+\|/.exec(out) ?? [];
      return { code: Number(code), ram: Number(data) + Number(bss) };
    };
    const empty = await sizeOf('empty', '');
    const regs = await sizeOf('regs', '\tavr.DDRB.SetBits(avr.DDRB_DDB5)\n\tavr.PORTB.SetBits(avr.PORTB_PORTB5)\n\tavr.OCR1A.Set(1000)\n');
    expect(regs.ram).toBe(empty.ram);
    // sbi, sbi, and two ldi + two sts for the 16-bit register.
    expect(regs.code - empty.code).toBeLessThanOrEqual(20);
  });
});
