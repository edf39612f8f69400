// Binary reasoning samples: is the final answer right, is every step of the working valid, does the answer keep
// to the requested form.
import { FOLLOWS_INSTRUCTIONS } from '../../shared/format-rubric-presets';
import type { BinaryRubric } from '../../shared/request-schemas';
import type { BinarySample } from '../format-samples';

const FINAL_ANSWER_CORRECT: BinaryRubric = {
  criteria: 'Final answer: is the final answer the response gives correct? Ignore style and the quality of any explanation.',
  pass: 'The final answer is correct.',
  fail: 'The final answer is wrong, missing, or hedged between several answers.',
};

const WORKING_VALID: BinaryRubric = {
  criteria: 'Working: is every step of the working valid, and does the final answer follow from it?',
  pass: 'Every step is correct and the answer follows from the steps.',
  fail: 'At least one step is wrong, even if the final answer happens to be right.',
};

export const BINARY_REASONING_SAMPLES: BinarySample[] = [
  {
    id: 'binary-reasoning-001',
    category: 'reasoning',
    input: 'What is 15% of 240?',
    response: '10% of 240 is 24 and 5% is half of that, 12, so 15% is 24 + 12 = 36.',
    reference: '36',
    rubric: FINAL_ANSWER_CORRECT,
    expected: 'pass',
  },
  {
    id: 'binary-reasoning-002',
    category: 'reasoning',
    input: 'A shirt costs $25 after a 20% discount. What was the price before the discount?',
    response: 'Add the 20% back on: 20% of $25 is $5, so the original price was $25 + $5 = $30.',
    reference: '$31.25: the sale price is 80% of the original, so the original is 25 / 0.8 = 31.25.',
    rubric: FINAL_ANSWER_CORRECT,
    expected: 'fail',
  },
  {
    id: 'binary-reasoning-003',
    category: 'reasoning',
    input: 'Put these in order from smallest to largest: 0.5, 0.45, 0.405, 0.54',
    response: '0.405, 0.45, 0.5, 0.54',
    rubric: FINAL_ANSWER_CORRECT,
    expected: 'pass',
  },
  {
    id: 'binary-reasoning-004',
    category: 'reasoning',
    input: 'If today is a Wednesday, what day of the week will it be 100 days from now?',
    response: '100 days is 14 weeks and 2 days (14 × 7 = 98). After 14 whole weeks it is Wednesday again, and 2 more days makes it Thursday.',
    reference: 'Friday: 100 = 14 × 7 + 2, and two days after Wednesday is Friday.',
    rubric: FINAL_ANSWER_CORRECT,
    expected: 'fail',
  },
  {
    id: 'binary-reasoning-005',
    category: 'reasoning',
    input: 'How many minutes are there in 3.5 hours? Give only the number, nothing else.',
    response: '210',
    rubric: FOLLOWS_INSTRUCTIONS,
    expected: 'pass',
  },
  {
    id: 'binary-reasoning-006',
    category: 'reasoning',
    input: 'A rectangle has a perimeter of 30 cm and a length of 9 cm. What is its area? Show your working.',
    response: `The perimeter counts both lengths and both widths: 2 × 9 = 18 cm for the lengths.
That leaves 30 − 18 = 12 cm, so the width is 12 cm.
Area = length × width = 9 × 12 = 108 cm².`,
    reference: 'The two widths together are 30 − 18 = 12 cm, so the width is 6 cm and the area is 9 × 6 = 54 cm².',
    rubric: WORKING_VALID,
    expected: 'fail',
  },
];
