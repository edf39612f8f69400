import { describe, expect, it } from 'vitest';
import { BUILTIN_JUDGES } from '../../src/judges/builtin-judges';
import { parseExtraJudges } from '../../src/judges/extra-judges';
import {
  createIdentityRedactor,
  identityTerms,
  mentionsIdentity,
  REDACTED,
  redactIdentities,
} from '../../src/judges/identity-redactor';
import { normaliseForMatching } from '../../src/judges/text-normalise';
import { streamInChunks } from './fixtures';

const terms = identityTerms(BUILTIN_JUDGES);

// Disguises an attacker (or a judge) might use, each a function of the plain spelling.
const CYRILLIC: Record<string, string> = {
  a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у', i: 'і',
  A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х',
};
const cyrillic = (s: string) => [...s].map((ch) => CYRILLIC[ch] ?? ch).join('');
const fullWidth = (s: string) =>
  [...s].map((ch) => (ch === ' ' ? '\u3000' : ch >= '!' && ch <= '~' ? String.fromCharCode(ch.charCodeAt(0) + 0xfee0) : ch)).join('');
const invisible = (s: string) => `${s[0]}\u200B${s.slice(1, 3)}\u00AD${s.slice(3, -1)}\u2060${s.at(-1)}`;
const spacedFirstWord = (s: string) => s.replace(/^\p{L}+/u, (w) => [...w].join(' '));
const glued = (s: string) => s.replace(/[\s-]+/g, '');
const greek = (s: string) => s.replace(/A/g, 'Α').replace(/o/g, 'ο').replace(/T/g, 'Τ').replace(/M/g, 'Μ');

const DISGUISES: [string, (s: string) => string][] = [
  ['as written', (s) => s],
  ['Cyrillic look-alikes', cyrillic],
  ['Greek look-alikes', greek],
  ['full-width', fullWidth],
  ['zero-width, soft hyphen, word joiner', invisible],
  ['first word spelt out', spacedFirstWord],
  ['spaces and hyphens removed', glued],
];

// Every registry entry, in every disguise, by its display name and by its provider model name.
const registryRows = BUILTIN_JUDGES.flatMap((m) => [
  ...DISGUISES.map(([how, disguise]) => [`${m.id}: name, ${how}`, disguise(m.name)] as const),
  [`${m.id}: provider model`, m.providerModel] as const,
  [`${m.id}: provider model, Cyrillic`, cyrillic(m.providerModel)] as const,
]);

const handRows: (readonly [string, string])[] = [
  // glued to digits or letters (the list)
  ...['GPT4o', 'GPT4', 'Claude3', 'ClaudeAI', 'Llama3', 'Qwen2.5', 'Gemma2', 'Mistral7B', 'gpt4o', 'claude3'].map((n) => [`glued: ${n}`, n] as const),
  // products, vendors, hosts
  ...['Sonnet', 'Haiku', 'Opus', 'ChatGPT', 'Bard', 'Gemini', 'PaLM', 'Le Chat', 'Facebook', 'FAIR', 'Google', 'DeepMind',
    'Meta', 'OpenAI', 'Anthropic', 'Alibaba', 'Tongyi', 'Qwen', 'Together AI', 'TogetherAI', 'Mixtral 8x7B', 'DeepSeek',
    'Zhipu', 'GLM-4', 'Moonshot', 'Kimi', 'ERNIE', 'Yi-34B', "OpenAI's", 'GPTs'].map((n) => [`name: ${n}`, n] as const),
  // disguises from the issue
  ['Cyrillic С', 'Сlaude'],
  ['Cyrillic Р and Т', 'GРТ'],
  ['full-width', 'Ｃｌａｕｄｅ'],
  ['mathematical bold', '𝐂𝐥𝐚𝐮𝐝𝐞'],
  ['diacritic', 'Clàude'],
  ['zero-width space', 'Cla\u200Bude'],
  ['soft hyphen', 'Cl\u00ADaude'],
  ['zero-width joiner in a version', 'GPT\u200D-4o'],
  ['letters spaced out', 'C l a u d e'],
  ['letters dotted', 'C.l.a.u.d.e'],
  ['letters hyphenated', 'G-P-T'],
  ['lowercase spelt out', 'c l a u d e'],
  // version tails go with the name
  ['tail -3-5-sonnet', 'claude-3-5-sonnet'],
  ['tail -3-opus-20240229', 'Claude-3-opus-20240229'],
  ['tail 4o', 'GPT 4o'],
  ['tail -4-turbo', 'GPT-4-turbo'],
  ['tail 3.1 405B', 'Llama 3.1 405B'],
  ['tail v0.3', 'Mistral-7B-v0.3'],
  ['tail :70b', 'llama3.3:70b'],
  ['lowercase id of a version-only name', 'glm-4-9b'],
  ['model hub path', 'google/gemma-2-9b-it'],
  ['model hub path', 'meta-llama/Llama-3.3-70B'],
  ['web address', 'anthropic.com'],
  ['lowercase id of a version-only name', 'yi-34b-chat'],
  ['adjacent names', 'Meta Llama 3.1'],
];

describe('identity redaction: a table of names and disguises', () => {
  const rows = [...registryRows, ...handRows];

  it('has at least 60 variants, with every registry entry among them', () => {
    expect(rows.length).toBeGreaterThanOrEqual(60);
    for (const m of BUILTIN_JUDGES) expect(rows.some(([label]) => label.startsWith(`${m.id}:`))).toBe(true);
  });

  it.each(rows)('%s: %s', (_label, variant) => {
    const before = 'As ';
    const after = ', I think the answer is right.';
    expect(redactIdentities(`${before}${variant}${after}`, terms)).toBe(`${before}${REDACTED}${after}`);
    expect(mentionsIdentity(variant)).toBe(true);
  });

  it('streams every variant exactly as it redacts the whole text, at several chunk sizes', () => {
    const filler = 'The response is accurate and clear, though it could explain more. ';
    for (const [label, variant] of rows) {
      const text = `${filler}I am ${variant}. ${filler}${variant}-3 here, ${variant}`;
      const expected = redactIdentities(text, terms);
      for (const size of [1, 2, 3, 5, 8, 13, 40]) {
        expect(streamInChunks(createIdentityRedactor(terms), text, size).join(''), `${label}, chunks of ${size}`).toBe(expected);
      }
    }
  });

  it.each([
    ['A Llama-based model would agree.', `A ${REDACTED}-based model would agree.`],
    ['A Meta-trained model would agree.', `A ${REDACTED}-trained model would agree.`],
    ['Meta-analysis and a Claude-like tone.', `Meta-analysis and a ${REDACTED}-like tone.`],
  ])('compounds: %s', (text, expected) => {
    expect(redactIdentities(text, terms)).toBe(expected);
  });

  it.each(['通义千问', '阿里巴巴', '通义', '千问', '深度求索', '智谱', '月之暗面', '百度', '文心一言', '字节跳动', '豆包', '零一万物'])(
    'Chinese name %s, glued to the surrounding text',
    (name) => {
      expect(redactIdentities(`我是${name}，我认为这个回答正确。`, terms)).toBe(`我是${REDACTED}，我认为这个回答正确。`);
    },
  );
});

describe('identity redaction: ordinary text', () => {
  it.each([
    'The claudeville example and the GPTQ format are fine; gemmation is a word.',
    'Check the metadata and the meta tags; a meta-analysis of 12 studies.',
    'Meta-analysis shows a small effect.',
    'His magnum opus is a haiku about rain, not a sonnet.',
    'It is only fair to say that we worked together on it.',
    'The bard of Avon wrote about a palm tree and a llama.',
    'The mistral wind blows; the anthropic principle holds.',
    'Fit a GLM to the data. Mr Yi wrote it.',
    'Le chat est noir.',
    'I googled it: the GPU and the CPU are fine, e.g. the A.B.C. method in x y z.',
    'Version 3.5 is better than 4 in a C program.',
    '字节是存储单位。',
    'Response A is correct; response B is wrong, scored 4/5.',
  ])('leaves %s alone', (text) => {
    expect(redactIdentities(text, terms)).toBe(text);
    expect(mentionsIdentity(text)).toBe(false);
  });

  it('keeps every character around a withheld name, invisible ones included', () => {
    const text = 'Good\u200B answer — Ｃｌａｕｄｅ-3 aside — ✓ 😀 end.';
    expect(redactIdentities(text, terms)).toBe(`Good\u200B answer — ${REDACTED} aside — ✓ 😀 end.`);
  });

  it('maps every view character back to the original', () => {
    const text = 'x Сl\u200Bａude C l a u d e';
    const view = normaliseForMatching(text);
    expect(view.text).toBe('x Claude Claude');
    expect(text.slice(view.start[2], view.end[7])).toBe('Сl\u200Bａude');
    expect(text.slice(view.start[9], view.end[14])).toBe('C l a u d e');
  });
});

describe('identity redaction: names the sample mentions', () => {
  const sample = 'Compare Claude, GPT-4o, Llama, Qwen, Gemma and Mistral. Claude is made by Anthropic, GPT-4o by OpenAI.';
  const taskTerms = identityTerms(BUILTIN_JUDGES, sample);

  it('leaves a plain mention of a name in the sample alone', () => {
    expect(redactIdentities('The answer describes Claude and OpenAI well.', taskTerms)).toBe('The answer describes Claude and OpenAI well.');
  });

  it('still withholds names the sample does not mention', () => {
    expect(redactIdentities('Gemini would disagree.', taskTerms)).toBe(`${REDACTED} would disagree.`);
  });

  it('finds each task text\'s own names when the texts alternate (the names are looked up once per text, not once per judge)', () => {
    const other = 'What does Gemini do?';
    for (let round = 0; round < 2; round++) {
      expect(redactIdentities('Claude and Gemini.', identityTerms(BUILTIN_JUDGES, sample))).toBe(`Claude and ${REDACTED}.`);
      expect(redactIdentities('Claude and Gemini.', identityTerms(BUILTIN_JUDGES, other))).toBe(`${REDACTED} and Gemini.`);
    }
    expect(identityTerms(BUILTIN_JUDGES, sample).exempt).toEqual(taskTerms.exempt);
  });

  it.each([
    ['I am Claude, made by Anthropic.', `I am ${REDACTED}, made by ${REDACTED}.`],
    ["I'm GPT-4o, trained by OpenAI.", `I'm ${REDACTED}, trained by ${REDACTED}.`],
    ['As Llama, I rate this 4.', `As ${REDACTED}, I rate this 4.`],
    ['Qwen here: the answer is fine.', `${REDACTED} here: the answer is fine.`],
    ['A model developed by the team at Anthropic would say so.', `A model developed by the team at ${REDACTED} would say so.`],
    ['This was created by OpenAI.', `This was created by ${REDACTED}.`],
    ['I am an AI model called Gemma.', `I am an AI model called ${REDACTED}.`],
    ['I am Yi.', `I am ${REDACTED}.`],
  ])('always withholds self-identification: %s', (critique, expected) => {
    expect(redactIdentities(critique, taskTerms)).toBe(expected);
  });
});

describe('identity redaction: registry-derived names', () => {
  const extra = parseExtraJudges(
    JSON.stringify([
      { id: 'phi-3-mini', name: 'Phi-3 Mini', organization: 'Microsoft', license: 'MIT', provider: 'local', providerModel: 'phi3:mini' },
      { id: 'llama-3.3-70b-local', name: 'Llama 3.3 70B (Ollama)', organization: 'Meta', license: 'Llama 3.3', provider: 'local', providerModel: 'llama3.3:70b' },
    ]),
    new Set(),
  ).judges;
  const withExtra = identityTerms([...BUILTIN_JUDGES, ...extra]);

  it.each(['Microsoft', 'Phi-3 Mini', 'phi3:mini', 'Phi-3', 'Ollama', 'llama3.3:70b'])('covers an EXTRA_JUDGES entry: %s', (name) => {
    expect(redactIdentities(`As ${name}, I agree.`, withExtra)).toBe(`As ${REDACTED}, I agree.`);
  });

  it('derives them from the registry rather than a fixed list', () => {
    expect(redactIdentities('As Microsoft, I agree.', terms)).toBe('As Microsoft, I agree.');
    expect(mentionsIdentity('Microsoft agrees.', extra)).toBe(true);
    expect(mentionsIdentity('Microsoft agrees.')).toBe(false);
  });

  it('keeps a common-word model name ordinary in lowercase', () => {
    expect(redactIdentities('The golden ratio phi is 1.618.', withExtra)).toBe('The golden ratio phi is 1.618.');
  });
});

describe('identity redaction while streaming', () => {
  const text =
    'As GPT-4o, built by OpenAI, I rate this well. Сlaude 3 Opus would agree, and so would C l a u d e-3-5-sonnet ' +
    'or Qwen2.5-72B-Instruct; the metadata is fine, 我是通义千问. Meta Llama 3.1 405B here.';

  it('catches names split across chunks, at every chunk size', () => {
    const expected = redactIdentities(text, terms);
    expect(expected).not.toMatch(/GPT|OpenAI|laude|Opus|Qwen|通义|Llama|sonnet|405B/);
    expect(expected).toContain('the metadata is fine');
    for (let size = 1; size <= text.length; size++) {
      expect(streamInChunks(createIdentityRedactor(terms), text, size).join('')).toBe(expected);
    }
  });

  it('releases text as it goes rather than all at the end', () => {
    const redactor = createIdentityRedactor(terms);
    const long = 'This critique is long enough that most of it must be released before the end, well before it. '.repeat(2);
    expect(redactor.push(long).length).toBeGreaterThan(0);
  });
});
