// Binary factual samples: plain factual errors, a hallucinated detail checked against a reference, and a book
// recommendation whose title, author and date must all be real.
import { FAITHFUL_TO_REFERENCE, NO_FACTUAL_ERROR } from '../../shared/format-rubric-presets';
import type { BinarySample } from '../format-samples';

export const BINARY_FACTUAL_SAMPLES: BinarySample[] = [
  {
    id: 'binary-factual-001',
    category: 'factual',
    input: 'What is the largest planet in our solar system?',
    response: 'Jupiter. It is so massive that it has more than twice the mass of all the other planets combined.',
    rubric: NO_FACTUAL_ERROR,
    expected: 'pass',
  },
  {
    id: 'binary-factual-002',
    category: 'factual',
    input: 'Who painted the Mona Lisa, and where can I see it?',
    response: 'Leonardo da Vinci painted it in the early 16th century. It hangs in the Uffizi Gallery in Florence, behind bulletproof glass.',
    rubric: NO_FACTUAL_ERROR,
    expected: 'fail',
  },
  {
    id: 'binary-factual-003',
    category: 'factual',
    input: 'When was the Eiffel Tower built, and how tall is it?',
    response: 'It was completed in 1889 as the entrance arch to the Exposition Universelle, the World\'s Fair held in Paris that year. It is about 330 metres tall today including its antennas. Gustave Eiffel drew the original sketches himself, one evening in 1884.',
    reference: "Built from 1887 to 1889 and completed in 1889 for the Exposition Universelle (the Paris World's Fair). About 330 m tall today including antennas (312 m originally). Built by Gustave Eiffel's company; the initial design was by two of its engineers, Maurice Koechlin and Émile Nouguier.",
    rubric: FAITHFUL_TO_REFERENCE,
    expected: 'fail',
  },
  {
    id: 'binary-factual-004',
    category: 'factual',
    input: 'How many continents are there?',
    response: "It depends on the convention. The model most often taught in English-speaking countries has seven: Africa, Antarctica, Asia, Australia (Oceania), Europe, North America and South America. Other conventions count six, either joining Europe and Asia as Eurasia or treating the Americas as one continent.",
    rubric: NO_FACTUAL_ERROR,
    expected: 'pass',
  },
  {
    id: 'binary-factual-005',
    category: 'factual',
    input: 'How long does it take light from the Moon to reach Earth?',
    response: 'About 8 minutes and 20 seconds, because the Moon is roughly 150 million kilometres away.',
    reference: 'About 1.3 seconds: the Moon is on average about 384,400 km away and light travels about 300,000 km per second. (8 minutes 20 seconds is the time for sunlight, from about 150 million km.)',
    rubric: FAITHFUL_TO_REFERENCE,
    expected: 'fail',
  },
  {
    id: 'binary-factual-006',
    category: 'factual',
    input: 'Can you recommend one readable book on the history of the Silk Roads?',
    response: '"The Silk Roads: A New History of the World" by Peter Frankopan (2015) is a good start: a big, readable history that puts the trade routes between East and West at the centre of world history.',
    rubric: {
      criteria: 'Real sources: does every book, author and date the response names exist, with the title correctly attributed?',
      pass: 'Every named work is real and attributed to its actual author, with a correct date if one is given.',
      fail: 'A title, author or date is invented or misattributed.',
    },
    expected: 'pass',
  },
];
