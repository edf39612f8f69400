// A view of a text in which disguised spellings of a name look like the name: compatibility forms folded (full-width
// and mathematical letters, ligatures), diacritics and invisible characters dropped, Cyrillic and Greek look-alikes
// folded to Latin, and letters spelt out one at a time ("C l a u d e", "G-P-T") joined. Every character of the view
// remembers which characters of the original it came from, so a match in the view maps back to a span of the original
// and the rest of the original is kept exactly as written. Case is kept: some names are matched by case.

/** Look-alikes of Latin letters in other scripts (the ones that render alike in common fonts). */
const CONFUSABLES: Record<string, string> = {
  // Cyrillic
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', һ: 'h', ԛ: 'q', ԝ: 'w', ӏ: 'l',
  ѵ: 'v', ү: 'y', ɡ: 'g',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', У: 'Y', Х: 'X', І: 'I', Ј: 'J', Ѕ: 'S',
  Һ: 'H', Ԛ: 'Q', Ԝ: 'W', Ӏ: 'I', Ү: 'Y', Ѵ: 'V', Ԍ: 'G', Ԁ: 'D', Ь: 'b',
  // Greek
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X',
  ο: 'o', α: 'a', ι: 'i', κ: 'k', ν: 'v', ρ: 'p', υ: 'u', ϲ: 'c', ϳ: 'j', Ϲ: 'C',
  // Armenian and Latin variants
  օ: 'o', ս: 'u', հ: 'h', ı: 'i', ɑ: 'a', ɩ: 'i', ʟ: 'L', ᴀ: 'A', ᴄ: 'C', ᴅ: 'D', ᴇ: 'E', ᴍ: 'M', ᴏ: 'O', ᴘ: 'P', ᴛ: 'T',
};

/** Invisible characters (format controls such as zero-width spaces, joiners, soft hyphens, bidi controls; combining marks). */
const INVISIBLE = /[\p{Cf}\p{M}\u115F\u1160\u3164\uFFA0]/u;
const ALNUM = /[\p{L}\p{N}]/u;
/** What may sit between letters spelt out one at a time. */
const SPELLING_SEPARATOR = /[\s.\-_*·•|/\\~+'’‐-―]/u;
const MAX_SEPARATOR = 3;
const MIN_SPELLED_LETTERS = 3;

export interface NormalisedText {
  /** The view, as one string (UTF-16; every character of it has an entry below). */
  text: string;
  /** For each UTF-16 unit of `text`, the original span [start, end) it came from. */
  start: number[];
  end: number[];
  /** Whether the unit is a letter of a spelt-out run (its left neighbour in the run counts as a word boundary). */
  spelled: boolean[];
}

interface Unit {
  ch: string;
  start: number;
  end: number;
}

function foldCodePoint(cp: string): string {
  if (cp.length === 1 && cp.charCodeAt(0) < 0x80) return cp; // ASCII: nothing to fold (the common case, kept fast)
  let out = '';
  for (const ch of cp.normalize('NFKD')) {
    if (INVISIBLE.test(ch)) continue;
    out += CONFUSABLES[ch] ?? ch;
  }
  return out;
}

function foldUnits(text: string): Unit[] {
  const units: Unit[] = [];
  let i = 0;
  for (const cp of text) {
    const end = i + cp.length;
    for (const ch of foldCodePoint(cp)) for (let k = 0; k < ch.length; k++) units.push({ ch: ch[k], start: i, end });
    i = end;
  }
  return units;
}

const isAlnum = (u: Unit | undefined) => u !== undefined && ALNUM.test(u.ch);
const isSeparator = (u: Unit | undefined) => u !== undefined && SPELLING_SEPARATOR.test(u.ch);

/** Indices of separators to drop and of letters in spelt-out runs: single letters with short separators between. */
function spelledRuns(units: Unit[]): { dropped: Set<number>; spelled: Set<number> } {
  const dropped = new Set<number>();
  const spelled = new Set<number>();
  const single = (i: number) => isAlnum(units[i]) && !isAlnum(units[i - 1]) && !isAlnum(units[i + 1]);
  let i = 0;
  while (i < units.length) {
    if (!single(i)) {
      i++;
      continue;
    }
    const letters = [i];
    const gaps: number[] = [];
    let j = i;
    for (;;) {
      let k = j + 1;
      while (k < units.length && k - j - 1 < MAX_SEPARATOR && isSeparator(units[k]) && !isAlnum(units[k])) k++;
      if (k === j + 1 || !single(k)) break;
      for (let g = j + 1; g < k; g++) gaps.push(g);
      letters.push(k);
      j = k;
    }
    if (letters.length >= MIN_SPELLED_LETTERS) {
      for (const g of gaps) dropped.add(g);
      for (const l of letters) spelled.add(l);
    }
    i = j + 1;
  }
  return { dropped, spelled };
}

export function normaliseForMatching(original: string): NormalisedText {
  const units = foldUnits(original);
  const { dropped, spelled } = spelledRuns(units);
  const view: NormalisedText = { text: '', start: [], end: [], spelled: [] };
  let text = '';
  units.forEach((u, i) => {
    if (dropped.has(i)) return;
    text += u.ch;
    view.start.push(u.start);
    view.end.push(u.end);
    view.spelled.push(spelled.has(i));
  });
  view.text = text;
  return view;
}

/** The same folding for a name in the list, so names and texts meet in one form. */
export function foldName(name: string): string {
  return [...name].map(foldCodePoint).join('');
}
