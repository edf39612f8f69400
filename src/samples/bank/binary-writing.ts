// Binary writing samples: form (haiku, word limits, tone), a correct translation, a grammar fix that is still
// wrong, and a summary that must stay faithful to its source.
import { FOLLOWS_INSTRUCTIONS } from '../../shared/format-rubric-presets';
import type { BinarySample } from '../format-samples';

export const BINARY_WRITING_SAMPLES: BinarySample[] = [
  {
    id: 'binary-writing-001',
    category: 'writing',
    input: 'Write a haiku about winter: three lines of 5, 7 and 5 syllables.',
    response: 'Snow on the still pond\na heron waits without sound\nthe world holds its breath',
    rubric: FOLLOWS_INSTRUCTIONS,
    expected: 'pass',
  },
  {
    id: 'binary-writing-002',
    category: 'writing',
    input: 'Write a product description for our wireless noise-cancelling headphones in under 30 words. It goes on a small shelf label.',
    response: 'Step into your own world of sound. Our wireless noise-cancelling headphones block out the chatter of busy trains and offices, deliver rich, deep bass, and last up to 30 hours on a single charge, so your music never stops.',
    rubric: FOLLOWS_INSTRUCTIONS,
    expected: 'fail',
  },
  {
    id: 'binary-writing-003',
    category: 'writing',
    input: 'Translate into Spanish: "Where is the train station?"',
    response: '¿Dónde está la estación de tren?',
    reference: '¿Dónde está la estación de tren? (also: ¿Dónde está la estación de ferrocarril?)',
    rubric: {
      criteria: 'Translation: does the response translate the sentence accurately and idiomatically, with correct grammar and punctuation in the target language?',
      pass: 'The translation means the same as the original and is correct, natural target-language text.',
      fail: 'The translation changes the meaning, or has a grammar or punctuation error.',
    },
    expected: 'pass',
  },
  {
    id: 'binary-writing-004',
    category: 'writing',
    input: 'Fix the grammar in this sentence: "Me and him went to the shop."',
    response: 'Him and I went to the shop.',
    reference: 'He and I went to the shop.',
    rubric: {
      criteria: 'Correction: is the corrected sentence grammatically correct standard English, with the original meaning kept?',
      pass: 'The sentence is grammatical standard English and means the same as the original.',
      fail: 'An error remains (or a new one is introduced), or the meaning changed.',
    },
    expected: 'fail',
  },
  {
    id: 'binary-writing-005',
    category: 'writing',
    input: 'Write a formal email, three sentences at most, declining an invitation to a supplier briefing next Tuesday.',
    response: "Hey! Thanks so much for thinking of me, but I can't make it on Tuesday, so gutted! Catch you next time :)",
    rubric: FOLLOWS_INSTRUCTIONS,
    expected: 'fail',
  },
  {
    id: 'binary-writing-006',
    category: 'writing',
    input: `Summarise this in one sentence:

"From 1 March, Westfield Library will open until 8 p.m. on weekdays instead of 6 p.m., after a survey found that most members could only visit after work. Weekend hours stay the same. The extra hours are paid for by cutting the mobile library service from two days a week to one."`,
    response: 'From 1 March Westfield Library will stay open until 8 p.m. on weekdays, because most members can only come after work, paid for by halving the mobile library service.',
    rubric: {
      criteria: 'Faithful summary: does the summary say only what the text says, and keep to one sentence?',
      pass: 'One sentence, and every claim in it is supported by the text.',
      fail: 'More than one sentence, or a claim that the text does not support or that contradicts it.',
    },
    expected: 'pass',
  },
];
