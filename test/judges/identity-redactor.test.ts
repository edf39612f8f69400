import { describe, expect, it } from 'vitest';
import { BUILTIN_JUDGES } from '../../src/judges/builtin-judges';
import { createIdentityRedactor, identityTerms, REDACTED, redactIdentities } from '../../src/judges/identity-redactor';
import { streamInChunks } from './fixtures';

const terms = identityTerms(BUILTIN_JUDGES);

describe('identity redaction', () => {
  it('hides model, family and organization names, longest first', () => {
    expect(redactIdentities('As GPT-4o, a model made by OpenAI, I think', terms)).toBe(
      `As ${REDACTED}, a model made by ${REDACTED}, I think`,
    );
    expect(redactIdentities('I am claude-3-5-sonnet-20241022 (Claude 3.5 Sonnet).', terms)).toBe(`I am ${REDACTED} (${REDACTED}).`);
    expect(redactIdentities('Trained as meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo', terms)).toBe(`Trained as ${REDACTED}`);
  });

  it('leaves ordinary words that merely contain a name alone', () => {
    const text = 'The claudeville example and the GPTQ format are fine; gemmation is a word.';
    expect(redactIdentities(text, terms)).toBe(text);
  });

  it('does not hide a name the task itself mentions', () => {
    const taskTerms = identityTerms(BUILTIN_JUDGES, 'Compare Claude and a human writer.');
    expect(redactIdentities('The answer describes Claude well.', taskTerms)).toBe('The answer describes Claude well.');
    expect(redactIdentities('As GPT-4o I agree.', taskTerms)).toBe(`As ${REDACTED} I agree.`);
  });

  it('catches names split across chunks, at every chunk size', () => {
    const text = 'As GPT-4o, built by OpenAI, I rate this well. Claude 3 Opus would agree.';
    const expected = redactIdentities(text, terms);
    expect(expected).not.toContain('OpenAI');
    for (let size = 1; size <= text.length; size++) {
      expect(streamInChunks(createIdentityRedactor(terms), text, size).join('')).toBe(expected);
    }
  });

  it('releases text as it goes rather than all at the end', () => {
    const redactor = createIdentityRedactor(terms);
    const long = 'This critique is long enough that most of it must be released before the end. ';
    expect(redactor.push(long).length).toBeGreaterThan(0);
  });
});
