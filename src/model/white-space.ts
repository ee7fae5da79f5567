/**
 * What `\s` matches and String.prototype.trim removes, the same set (ECMA-262 WhiteSpace and
 * LineTerminator), for code that reads a string a code unit at a time rather than through a
 * regular expression or a copy.
 */
export function isWhiteSpace(code: number): boolean {
  if (code > 0x20 && code < 0xa0) return false;
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
