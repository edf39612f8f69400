// Pairwise factual samples: the same question answered twice, one answer with a false or invented detail.
import type { PairwiseSample } from '../format-samples';

export const PAIRWISE_FACTUAL_SAMPLES: PairwiseSample[] = [
  {
    id: 'pairwise-factual-001',
    category: 'factual',
    input: 'What is the capital of Australia?',
    responses: [
      "Canberra. It was chosen as a compromise between rivals Sydney and Melbourne and built as a planned capital; Parliament moved there from Melbourne in 1927.",
      'Sydney, the largest and best-known city in Australia, is the capital.',
    ],
    expected: {
      preferred: 'first',
      difficulty: 'clear',
      why: 'The capital is Canberra, not Sydney.',
    },
  },
  {
    id: 'pairwise-factual-002',
    category: 'factual',
    input: 'How many hearts does an octopus have, and why is its blood blue?',
    responses: [
      `An octopus has two hearts, which is already more than most animals, and they work together to push blood around its eight arms. Its blood is blue because it contains a special form of haemoglobin that reflects blue light instead of red. This blue haemoglobin is less efficient at carrying oxygen in warm water, which is one reason octopuses prefer cold, deep seas. Interestingly, octopuses are also famous for their intelligence: they can open jars, escape from tanks and recognise individual people.`,
      'Three: two branchial hearts pump blood through the gills and one systemic heart pumps it around the body. The blood is blue because it carries oxygen with haemocyanin, a copper-based protein, instead of iron-based haemoglobin.',
    ],
    reference: 'Three hearts: two branchial hearts that pump blood through the gills and one systemic heart for the rest of the body. The blood is blue because its oxygen carrier is haemocyanin, which contains copper.',
    expected: {
      preferred: 'second',
      difficulty: 'clear',
      why: 'The longer answer gets both facts wrong: it says two hearts and blue haemoglobin instead of three hearts and haemocyanin.',
    },
  },
  {
    id: 'pairwise-factual-003',
    category: 'factual',
    input: 'When did the First World War end?',
    responses: [
      'The fighting stopped with the Armistice of 11 November 1918, signed at Compiègne. The war with Germany formally ended with the Treaty of Versailles, signed on 28 June 1919, which came into force in January 1920.',
      'It ended with the Armistice signed on 11 November 1918, when the guns fell silent at 11 a.m.',
    ],
    expected: {
      preferred: 'first',
      difficulty: 'close',
      why: 'Both are correct; the first also gives the formal end (Versailles), which the question arguably asks about.',
    },
  },
  {
    id: 'pairwise-factual-004',
    category: 'factual',
    input: "What is gold's chemical symbol, and where does it come from?",
    responses: [
      'Ag, from the Latin "argentum", meaning shining.',
      'Au, from the Latin "aurum", gold.',
    ],
    expected: {
      preferred: 'second',
      difficulty: 'clear',
      why: 'Ag (argentum) is silver; gold is Au (aurum).',
    },
  },
  {
    id: 'pairwise-factual-005',
    category: 'factual',
    input: 'Who discovered penicillin?',
    responses: [
      'Alexander Fleming, in 1928, at St Mary\'s Hospital in London. He was awarded the Nobel Prize in Physiology or Medicine for it on his own in 1939.',
      'Alexander Fleming noticed in 1928, at St Mary\'s Hospital in London, that a Penicillium mould killed the bacteria around it. Howard Florey and Ernst Chain turned it into a usable drug in the early 1940s, and the three shared the 1945 Nobel Prize in Physiology or Medicine.',
    ],
    reference: 'Alexander Fleming (1928, St Mary\'s Hospital, London). Howard Florey and Ernst Chain developed it into a medicine around 1940; Fleming, Florey and Chain shared the 1945 Nobel Prize in Physiology or Medicine.',
    expected: {
      preferred: 'second',
      difficulty: 'clear',
      why: 'The first invents a solo 1939 Nobel Prize; the prize was shared with Florey and Chain in 1945.',
    },
  },
  {
    id: 'pairwise-factual-006',
    category: 'factual',
    input: 'How far away is the Moon?',
    responses: [
      'About 384,400 km on average.',
      'About 384,400 km on average. Its orbit is an ellipse, so the distance varies from roughly 363,000 km at its closest (perigee) to about 405,000 km at its farthest (apogee).',
    ],
    expected: {
      preferred: 'second',
      difficulty: 'close',
      why: 'Both are correct; the second adds that the distance varies, which is useful but was not asked.',
    },
  },
];
