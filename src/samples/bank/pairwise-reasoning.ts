// Pairwise reasoning samples: arithmetic, rates and logic, where the longer working is sometimes the wrong one.
import type { PairwiseSample } from '../format-samples';

export const PAIRWISE_REASONING_SAMPLES: PairwiseSample[] = [
  {
    id: 'pairwise-reasoning-001',
    category: 'reasoning',
    input: 'My train leaves at 14:45 and the journey takes 2 hours 50 minutes. What time does it arrive?',
    responses: [
      '14:45 + 2 h 50 min: 14:45 + 3 h is 17:45, minus the extra 10 minutes is **17:35**.',
      `Let's work through this carefully, step by step, so that nothing is missed.

1. Start with the departure time: 14:45.
2. First add the whole hours. 14:45 plus 2 hours is 16:45.
3. Now add the remaining minutes. We need to add 50 minutes to 16:45.
4. 16:45 plus 15 minutes takes us to 17:00, and we still have 50 − 15 = 25 minutes left to add.
5. 17:00 plus 25 minutes is 17:25.

So the train arrives at **17:25**. It is always a good idea to double-check the timetable on the day, since delays can happen.`,
    ],
    reference: '17:35 (14:45 + 2 h = 16:45; + 50 min = 17:35).',
    expected: {
      preferred: 'first',
      difficulty: 'clear',
      why: 'The step-by-step answer slips at step 4 (50 − 15 is 35, not 25) and arrives at 17:25.',
    },
  },
  {
    id: 'pairwise-reasoning-002',
    category: 'reasoning',
    input: 'If 5 machines take 5 minutes to make 5 widgets, how long would 100 machines take to make 100 widgets?',
    responses: [
      '100 machines and 100 widgets is 20 times as much of each, so it takes 20 × 5 = 100 minutes.',
      `5 minutes. Each machine makes one widget in 5 minutes (5 machines, 5 widgets, 5 minutes). With 100 machines working at the same time, each makes one widget in those same 5 minutes, giving 100 widgets.`,
    ],
    expected: {
      preferred: 'second',
      difficulty: 'clear',
      why: 'Each machine makes one widget per 5 minutes, so the time stays 5 minutes; 100 minutes is the classic intuitive error.',
    },
  },
  {
    id: 'pairwise-reasoning-003',
    category: 'reasoning',
    input: 'Is 91 a prime number?',
    responses: [
      'No. 91 = 7 × 13, so it has divisors other than 1 and itself.',
      "No, although it looks prime. It isn't even, its digits sum to 10 (so 3 doesn't divide it) and it doesn't end in 0 or 5, but trying 7 works: 7 × 13 = 91. To check a number for primality you only need to try primes up to its square root, which for 91 is about 9.5, so 2, 3, 5 and 7 suffice.",
    ],
    expected: {
      preferred: 'tie',
      difficulty: 'close',
      why: 'Both are correct and give the factorisation; the second explains the method, which the user did not ask for.',
    },
  },
  {
    id: 'pairwise-reasoning-004',
    category: 'reasoning',
    input: 'How many times does the digit 1 appear when you write out all the whole numbers from 1 to 20?',
    responses: [
      `It appears 11 times: once in 1, and once in each of 10, 11, 12, 13, 14, 15, 16, 17, 18 and 19.`,
      `12 times. Units place: 1 and 11 (2 times). Tens place: 10 to 19 (10 times). 2 + 10 = 12; 11 counts twice because it has two 1s.`,
    ],
    reference: '12: the digit 1 appears in the units place in 1 and 11, and in the tens place in 10 to 19 (ten times).',
    expected: {
      preferred: 'second',
      difficulty: 'clear',
      why: 'The first counts 11 once although it contains the digit twice.',
    },
  },
  {
    id: 'pairwise-reasoning-005',
    category: 'reasoning',
    input: 'All roses are flowers. Some flowers fade quickly. Does it follow that some roses fade quickly?',
    responses: [
      'No. The flowers that fade quickly might all be other kinds of flower. For example, if only tulips faded quickly, both statements would be true and no rose would fade quickly. The conclusion is possible, but it does not follow.',
      `Yes, it does follow, and we can show it with a short chain of reasoning.

First, every rose belongs to the group of flowers, because all roses are flowers. Second, within that group of flowers, some members fade quickly. Since roses make up part of the group of flowers, and part of the group fades quickly, at least some of the roses must be among those that fade quickly. This is an example of a valid syllogism, the kind of deductive argument first described by Aristotle, in which a conclusion follows necessarily from two premises. Therefore we can confidently conclude that some roses fade quickly.`,
    ],
    expected: {
      preferred: 'first',
      difficulty: 'clear',
      why: 'The syllogism is invalid (undistributed middle); the long answer calls it valid.',
    },
  },
  {
    id: 'pairwise-reasoning-006',
    category: 'reasoning',
    input: 'Which is bigger, 2 to the power of 10 or 10 to the power of 3?',
    responses: [
      '2^10 = 1024 and 10^3 = 1000, so 2^10 is bigger, by 24.',
      "They're essentially the same. Both come out at about a thousand, which is exactly why computer scientists use the word kilo for both: a kilobyte is sometimes defined as 1000 bytes and sometimes as 1024 bytes, and in everyday use nobody minds the difference. So for any practical purpose you can treat 2^10 and 10^3 as equal, and it is not really meaningful to say that one is bigger than the other.",
    ],
    expected: {
      preferred: 'first',
      difficulty: 'clear',
      why: 'The question has an exact answer (1024 > 1000); the longer answer dodges it.',
    },
  },
];
