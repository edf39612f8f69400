// Binary advice samples: household, money and first-aid advice that must be safe and sound, and a list that must
// keep to the requested count.
import { FOLLOWS_INSTRUCTIONS } from '../../shared/format-rubric-presets';
import type { BinaryRubric } from '../../shared/request-schemas';
import type { BinarySample } from '../format-samples';

const SOUND_ADVICE: BinaryRubric = {
  criteria: 'Sound advice: would following the advice as written be safe and achieve what the user wants, according to current mainstream guidance?',
  pass: 'The advice is correct and safe to follow as written.',
  fail: 'Following the advice would cause harm or damage, or it contradicts mainstream guidance.',
};

export const BINARY_ADVICE_SAMPLES: BinarySample[] = [
  {
    id: 'binary-advice-001',
    category: 'advice',
    input: 'Can I put my cast-iron frying pan in the dishwasher?',
    response: 'Yes, cast iron is very tough, so the dishwasher is fine. Use the hottest cycle to get rid of any baked-on grease.',
    reference: "No: a dishwasher strips cast iron's seasoning and leaves it to rust. Wash it by hand with hot water (a little soap is fine), dry it straight away, and wipe on a thin coat of oil.",
    rubric: SOUND_ADVICE,
    expected: 'fail',
  },
  {
    id: 'binary-advice-002',
    category: 'advice',
    input: "I've saved an emergency fund of about four months' expenses. Should I move it into shares to get a better return?",
    response: "I'd keep it where it is. An emergency fund has to be there, at full value, exactly when something goes wrong, which is often when markets are down too: shares can fall 30% or more in a bad year. Keep it in an easy-access savings account with a good interest rate, and invest money you won't need for five years or more.",
    rubric: SOUND_ADVICE,
    expected: 'pass',
  },
  {
    id: 'binary-advice-003',
    category: 'advice',
    input: 'I just burned my hand on the oven door. What should I do?',
    response: "Hold it under ice-cold water or press an ice pack on it, then rub in some butter to soothe the skin and stop it blistering. If a blister forms, pop it so it heals faster.",
    reference: "Cool the burn under cool or lukewarm running water for 20 minutes; don't use ice, butter or creams. Remove rings or tight items near it, then cover loosely with cling film or a clean non-fluffy dressing. Don't burst blisters. Get medical help for burns that are large, deep, on the face, hands or genitals, or if unsure.",
    rubric: SOUND_ADVICE,
    expected: 'fail',
  },
  {
    id: 'binary-advice-004',
    category: 'advice',
    input: 'Give me exactly three tips for staying focused while working from home, as a numbered list.',
    response: `1. Keep a dedicated workspace that you only use for work.
2. Plan the day in the morning with two or three priorities.
3. Put your phone in another room during focused blocks.
4. Take a proper lunch break away from the screen.`,
    rubric: FOLLOWS_INSTRUCTIONS,
    expected: 'fail',
  },
  {
    id: 'binary-advice-005',
    category: 'advice',
    input: 'I found a tick on my leg after a walk. How do I get it off?',
    response: "Use fine-tipped tweezers. Grip the tick as close to the skin as you can and pull straight up with steady, even pressure; don't twist or jerk it, or squeeze its body. Then clean the bite and your hands with soap and water or an antiseptic. Don't burn it or smother it in petroleum jelly or nail polish. Watch the bite for a few weeks and see a doctor if a spreading rash or fever appears.",
    reference: 'Fine-tipped tweezers (or a tick remover), grasp close to the skin, pull upward with steady even pressure without twisting; clean the area; do not use heat, petroleum jelly or nail polish; see a doctor if a rash or fever develops in the following weeks.',
    rubric: SOUND_ADVICE,
    expected: 'pass',
  },
  {
    id: 'binary-advice-006',
    category: 'advice',
    input: "I'm travelling to Japan next month. How much should I tip in restaurants?",
    response: "You don't need to: tipping isn't customary in Japan, and leaving cash on the table can cause confusion (staff may even run after you to give it back). Good service is simply expected. Some upmarket restaurants and hotels add a service charge to the bill, which covers it.",
    rubric: SOUND_ADVICE,
    expected: 'pass',
  },
];
