import { describe, expect, it } from 'vitest';
import { isWhiteSpace } from './white-space.ts';

describe('isWhiteSpace', () => {
  it('agrees with \\s and with trim on every UTF-16 code unit', () => {
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      const name = `U+${code.toString(16).padStart(4, '0')}`;
      expect(isWhiteSpace(code), name).toBe(/\s/.test(char));
      expect(isWhiteSpace(code), name).toBe(`x${char}`.trim() === 'x');
    }
  });
});
