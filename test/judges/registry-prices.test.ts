// Registry fields of issue 11: list prices (paired, plain non-negative dollars), the date they were read, open
// weights and size. A bad one makes an EXTRA_JUDGES entry skipped, as any bad field does.
import { describe, expect, it } from 'vitest';
import { BUILTIN_JUDGES } from '../../src/judges/builtin-judges';
import { parseExtraJudges } from '../../src/judges/extra-judges';

const base = { id: 'priced-judge', name: 'Priced', organization: 'Org', license: 'MIT', provider: 'local', providerModel: 'm' };
const parse = (entry: object) => parseExtraJudges(JSON.stringify([entry]), new Set());

describe('registry prices, open weights and size', () => {
  it('accepts an EXTRA_JUDGES entry with prices, their date, open weights and size', () => {
    const { judges, errors } = parse({ ...base, inputPricePerMTok: 0.6, outputPricePerMTok: 2.4, pricesReadOn: '2026-11-30', openWeights: true, parametersB: 70, supportsStreamUsage: true });
    expect(errors).toEqual([]);
    expect(judges[0]).toMatchObject({ inputPricePerMTok: 0.6, outputPricePerMTok: 2.4, pricesReadOn: '2026-11-30', openWeights: true, parametersB: 70, supportsStreamUsage: true });
  });

  it('defaults to no price, proprietary, undisclosed size, and no stream_options', () => {
    const { judges } = parse(base);
    expect(judges[0]).toMatchObject({ openWeights: false, parametersB: null, supportsStreamUsage: false });
    expect(judges[0].inputPricePerMTok).toBeUndefined();
  });

  it.each([
    ['a negative price', { inputPricePerMTok: -1, outputPricePerMTok: 2 }, 'inputPricePerMTok'],
    ['a price as text', { inputPricePerMTok: '2.50', outputPricePerMTok: 10 }, 'inputPricePerMTok'],
    ['an implausible price', { inputPricePerMTok: 1, outputPricePerMTok: 1e6 }, 'outputPricePerMTok'],
    ['one price without the other', { inputPricePerMTok: 1 }, 'outputPricePerMTok'],
    ['a date that is not one', { inputPricePerMTok: 1, outputPricePerMTok: 1, pricesReadOn: 'last week' }, 'pricesReadOn'],
    ['a size of zero', { parametersB: 0 }, 'parametersB'],
    ['open weights as text', { openWeights: 'yes' }, 'openWeights'],
  ])('refuses %s and names the field', (_label, fields, field) => {
    const { judges, errors } = parse({ ...base, ...fields });
    expect(judges).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('"priced-judge"');
    expect(errors[0]).toContain(field);
  });

  it('ships every built-in with both list prices, their date, and open weights with a size for the open models', () => {
    expect(BUILTIN_JUDGES).toHaveLength(18);
    for (const judge of BUILTIN_JUDGES) {
      expect(judge.inputPricePerMTok, judge.id).toBeGreaterThan(0);
      expect(judge.outputPricePerMTok, judge.id).toBeGreaterThanOrEqual(judge.inputPricePerMTok!);
      expect(judge.pricesReadOn, judge.id).toMatch(/^\d{4}-\d{2}/);
      expect(judge.supportsStreamUsage, judge.id).toBe(true);
      // Together hosts the open models; OpenAI's and Anthropic's are proprietary with undisclosed sizes.
      expect(judge.openWeights, judge.id).toBe(judge.provider === 'together');
      if (judge.openWeights) expect(judge.parametersB, judge.id).toBeGreaterThan(0);
      else expect(judge.parametersB, judge.id).toBeNull();
    }
    expect(BUILTIN_JUDGES.find((j) => j.id === 'gpt-4o')).toMatchObject({ inputPricePerMTok: 2.5, outputPricePerMTok: 10 });
    expect(BUILTIN_JUDGES.find((j) => j.id === 'qwen-2.5-7b-instruct')).toMatchObject({ openWeights: true, parametersB: 7 });
  });
});
