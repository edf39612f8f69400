// Odd values to put where the API expects something else: wrong types, edge numbers, and strings that are
// huge, exotic unicode, control characters, lone surrogates or NUL bytes.
import type { FuzzRandom } from './fuzz-random';

/** Text limits of the API (src/shared/limits.ts), repeated here so a change there does not silently weaken the fuzz. */
export const TEXT_LIMIT = 10_000;
export const RUBRIC_LIMIT = 1_000;

const UNICODE_SNIPPETS = [
  'héllo wörld',
  '日本語のテキスト',
  'مرحبا بالعالم',
  '\u202eevil\u202c',
  'e\u0301\u0301\u0301\u0301',
  '👩‍👩‍👧‍👦🏳️‍🌈',
  '\u200b\u200c\u200d\ufeff',
  '\u2028\u2029',
  '\ufffd\uffff\ufffe',
  '𝕳𝖊𝖑𝖑𝖔',
  'Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇',
];

const CONTROL_SNIPPETS = ['\u0000', '\u0001\u0002\u0003', '\t\r\n', '\u001b[31m', '\u007f', '\b\f\v', 'a\u0000b', '\r\n\r\n'];

const LONE_SURROGATES = ['\ud800', '\udfff', 'a\ud83dz', '\udc00\ud800', 'x\ud800\ud800y'];

const INJECTION_SNIPPETS = [
  "'; DROP TABLE battles; --",
  '" OR 1=1 --',
  '<script>alert(1)</script>',
  '{{7*7}}${7*7}',
  '../../etc/passwd',
  '%00%0d%0a',
  '\\u0000',
  'null',
  'undefined',
  '__proto__',
];

/** A string meant to upset a text field: exotic, too long, blank or dangerous. */
export function oddString(r: FuzzRandom): string {
  const kind = r.int(0, 11);
  switch (kind) {
    case 0:
      return '';
    case 1:
      return r.pick([' ', '   \t\n  ', '\u00a0\u3000', '\u200b']);
    case 2:
      return r.pick(UNICODE_SNIPPETS).repeat(r.int(1, 50));
    case 3:
      return `text${r.pick(CONTROL_SNIPPETS)}more`;
    case 4:
      return `surrogate${r.pick(LONE_SURROGATES)}end`;
    case 5:
      return r.pick(INJECTION_SNIPPETS);
    case 6:
      // Just over, at and just under the text limit.
      return 'x'.repeat(r.pick([TEXT_LIMIT + 1, TEXT_LIMIT, TEXT_LIMIT - 1, RUBRIC_LIMIT + 1]));
    case 7:
      // Emoji count twice in UTF-16: 5,001 of them are 10,002 code units.
      return '😀'.repeat(r.pick([4_999, 5_000, 5_001]));
    case 8:
      return 'y'.repeat(r.int(20_000, 200_000));
    case 9:
      return r.chars('\u0000\u0001\u001f\u007f\u0080\u00ff\ud7ff\ue000\ufffd', r.int(1, 200));
    case 10:
      return `  padded  ${r.chars('abc ', r.int(1, 30))}  `;
    default:
      return r.chars('abcdefghijklmnopqrstuvwxyz ', r.int(1, 80));
  }
}

/** Any JSON value, most of them of the wrong type for whatever field they replace. */
export function oddValue(r: FuzzRandom, depth = 0): unknown {
  const kind = r.int(0, 12);
  switch (kind) {
    case 0:
      return null;
    case 1:
      return r.pick([true, false]);
    case 2:
      return r.pick([0, -1, 1, 1.5, -0, 2 ** 53, -(2 ** 53), 1e308, -1e308, 5e-324, 10_081, 10_080]);
    case 3:
      return r.pick(['1', 'A', 'B', 'tie', 'both_bad', 'a', 'TIE', ' A', 'A ', 'true', '0', '1e3']);
    case 4:
      return [];
    case 5:
      return {};
    case 6:
      return depth < 3 ? [oddValue(r, depth + 1), oddValue(r, depth + 1)] : [];
    case 7:
      return depth < 3 ? { [oddKey(r)]: oddValue(r, depth + 1) } : {};
    case 8:
      return deeplyNested(r.int(50, 2_000));
    default:
      return oddString(r);
  }
}

/** Object keys that mean something to JavaScript or nothing at all. */
export function oddKey(r: FuzzRandom): string {
  return r.pick(['__proto__', 'constructor', 'prototype', 'toString', '', ' ', 'input ', 'INPUT', 'modelA', 'models', 'judge', '\u0000', 'ключ', 'a.b', '0']);
}

/** [[[...]]] nested `depth` deep. */
export function deeplyNested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}
