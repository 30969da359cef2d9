import { describe, expect, it } from 'vitest';
import { runeCount } from './layout.ts';

describe('runeCount', () => {
  it("counts runes as Go's utf8.RuneCountInString (values printed by gc)", () => {
    // One char per byte, as the compiler holds constant strings: "héllo", "€" and "😀" are spelled as their bytes.
    const cases = ['h\xc3\xa9llo', '\xff', '\xe0\x80\x80', '\xed\xa0\x80', '\xf4\x90\x80\x80', '\xe2\x82', '\xe2\x82\xac', '\xf0\x9f\x98\x80', 'a\xc0\x80b', '\xf0\x9f\x98'];
    expect(cases.map(runeCount)).toEqual([5, 1, 3, 3, 4, 2, 1, 1, 4, 3]);
  });
});
