// Pairwise writing samples: form constraints (haiku, one sentence), plain English, faithful summaries and a
// subject line, including a tie between two good poems and a case where the longer answer is the better one.
import { CONCISION } from '../../shared/format-rubric-presets';
import type { PairwiseSample } from '../format-samples';

export const PAIRWISE_WRITING_SAMPLES: PairwiseSample[] = [
  {
    id: 'pairwise-writing-001',
    category: 'writing',
    input: 'Write a haiku about the sea.',
    responses: [
      "Grey waves fold and break\nthe gull's cry rides on the wind\nsalt on my cold lips",
      'Moonlight on the tide\na rowboat tugs at its rope\nthe harbour sleeps on',
    ],
    expected: {
      preferred: 'tie',
      difficulty: 'close',
      why: 'Both are 5-7-5, on topic and vivid; preferring one is a matter of taste.',
    },
  },
  {
    id: 'pairwise-writing-002',
    category: 'writing',
    input: 'Rewrite this in plain English for a general audience: "The utilisation of the facility is contingent upon the prior acquisition of authorisation."',
    responses: [
      'You need permission before you can use the facility.',
      'In order to be able to make use of the facility, it is necessary for each individual to first obtain the appropriate authorisation in advance of their visit.',
    ],
    rubric: CONCISION,
    expected: {
      preferred: 'first',
      difficulty: 'clear',
      why: 'The second is as wordy as the original ("in order to be able to", "first … in advance").',
    },
  },
  {
    id: 'pairwise-writing-003',
    category: 'writing',
    input: 'Write a one-sentence tagline for a neighbourhood bakery that opens at 6 a.m.',
    responses: [
      'Rise early. Eat well. Our ovens are on at 6 a.m., so your bread is warm before the city wakes up.',
      'Warm bread from 6 a.m., baked round the corner while the street still sleeps.',
    ],
    expected: {
      preferred: 'second',
      difficulty: 'clear',
      why: 'The first is three sentences, not one.',
    },
  },
  {
    id: 'pairwise-writing-004',
    category: 'writing',
    input: `Summarise this in two sentences:

"The town council voted on Tuesday to turn the Mill Street car park into a public garden. The project will cost about £400,000 and is due to open next spring. Local shop owners had opposed the plan, saying that losing 80 parking spaces would drive customers away. The council says a new multi-storey car park on Station Road, opening in March, will more than replace them."`,
    responses: [
      'The council has voted to turn the 80-space Mill Street car park into a £400,000 public garden, paid for by a national regeneration grant, opening next spring. Shop owners opposed it, and the council says a new car park will replace the spaces.',
      "The town council has voted to turn the Mill Street car park into a £400,000 public garden due to open next spring. Shop owners fear losing 80 spaces will cost them customers, but the council says a new multi-storey car park on Station Road, opening in March, will more than replace them.",
    ],
    reference: 'The council voted to replace the Mill Street car park with a public garden costing about £400,000, opening next spring. Shop owners objected to losing 80 parking spaces, but the council says a new multi-storey on Station Road, opening in March, will make up for them.',
    expected: {
      preferred: 'second',
      difficulty: 'clear',
      why: 'The first invents the national regeneration grant; the text says nothing about funding.',
    },
  },
  {
    id: 'pairwise-writing-005',
    category: 'writing',
    input: "Suggest a better subject line than \"Meeting\" for my email. In it I'm asking the team whether we can move Thursday's planning meeting to Friday at 10.",
    responses: [
      'Planning meeting moved to Friday 10:00',
      "Can we move Thursday's planning meeting to Friday at 10?",
    ],
    expected: {
      preferred: 'second',
      difficulty: 'close',
      why: 'The shorter line announces the move as decided, but the email only asks; the longer one says what the email is.',
    },
  },
  {
    id: 'pairwise-writing-006',
    category: 'writing',
    input: 'Write a two-line rhyming couplet for the retirement card of a teacher who taught for thirty years.',
    responses: [
      'For thirty years you lit the way;\nnow rest, and let the sunshine stay.',
      'Thank you for the lessons taught,\nfor every curious mind you brought;\nenjoy the restful years ahead,\nwith books and gardens, tea and bread.',
    ],
    expected: {
      preferred: 'first',
      difficulty: 'clear',
      why: 'The second is four lines, not a couplet, and drops the thirty years.',
    },
  },
];
