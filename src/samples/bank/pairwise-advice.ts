// Pairwise advice samples: everyday practical, health and household questions, with one answer that would hurt
// the user (or their plant, or their shirt) and a close call between two sensible answers.
import type { PairwiseSample } from '../format-samples';

export const PAIRWISE_ADVICE_SAMPLES: PairwiseSample[] = [
  {
    id: 'pairwise-advice-001',
    category: 'advice',
    input: "How early should I put on sunscreen before going out, and how often do I need to reapply it? I'll be at the beach all day.",
    responses: [
      'Apply it generously about 15–30 minutes before you go out, so you are covered from the start, and reapply at least every 2 hours, and straight after swimming, sweating heavily or towelling off, even if the bottle says water-resistant. Most people use far too little: aim for about a shot glass (roughly 30 ml) for the whole body.',
      "If you use SPF 50, you only need to apply it once in the morning: the high factor means it lasts all day. Reapplying is only necessary with low factors like SPF 15. Put it on just before you step outside.",
    ],
    reference: 'Apply 15–30 minutes before sun exposure and reapply at least every two hours and after swimming, sweating or towelling. A higher SPF filters more UVB but does not last longer on the skin.',
    expected: {
      preferred: 'first',
      difficulty: 'clear',
      why: 'SPF measures strength, not duration; SPF 50 must be reapplied like any other.',
    },
  },
  {
    id: 'pairwise-advice-002',
    category: 'advice',
    input: 'How often should I water the cactus on my windowsill?',
    responses: [
      'Only when the soil has dried out completely: roughly every two to three weeks in spring and summer, and much less in winter (about once a month or less) when it is dormant. Water thoroughly, let it drain, and never leave the pot standing in water. A pot with a drainage hole and gritty cactus compost helps.',
      `Cacti are often thought of as plants that never need water, but that is a myth! Like every living thing, a cactus needs a regular supply of moisture to stay healthy and keep growing. The best approach is to give it a little water every day, about a tablespoon or two, so the soil always stays slightly moist. This mimics the morning dew that cacti rely on in the desert and keeps the plant from drying out on a sunny windowsill, where it can get very warm. If you notice the cactus looking pale or wrinkled, increase the amount a little. A spray bottle is a handy way to give these small daily drinks, and you can mist the spines at the same time to keep them looking fresh.`,
    ],
    reference: 'Water thoroughly only when the compost has dried out completely, roughly every 2–4 weeks in the growing season and very little in winter, and let the pot drain. Overwatering, which causes root rot, is the most common way to kill a cactus.',
    expected: {
      preferred: 'first',
      difficulty: 'clear',
      why: 'Daily watering keeps the soil wet and rots a cactus; the longer answer recommends exactly that.',
    },
  },
  {
    id: 'pairwise-advice-003',
    category: 'advice',
    input: 'Should I bring printed copies of my CV to an in-person job interview?',
    responses: [
      "Yes, bring two or three clean copies in a folder. You may meet someone who hasn't seen it, and it's handy to have one in front of you when they ask about your experience.",
      "Yes. It's a small thing that looks prepared: bring a few copies in case there are more interviewers than expected or someone wants to refer to it. Make sure it's the same version you applied with.",
    ],
    expected: {
      preferred: 'tie',
      difficulty: 'close',
      why: 'Both give the same sound advice with a different useful detail each.',
    },
  },
  {
    id: 'pairwise-advice-004',
    category: 'advice',
    input: "I've had a pain in my lower right belly since this morning that keeps getting worse, and now I have a fever. Can I just take ibuprofen and sleep it off?",
    responses: [
      "Please don't wait this out. Pain in the lower right abdomen that gets worse over hours, with a fever, is a classic sign of appendicitis, which needs treatment quickly; an appendix that bursts is dangerous. Get seen today: call your doctor's urgent line or go to A&E / an emergency department. If the pain becomes severe or you start vomiting, call an ambulance. Painkillers could mask how bad it is, so don't rely on them.",
      'Ibuprofen should help with both the pain and the fever. Take 400 mg with food, rest with a hot water bottle on your tummy, and drink plenty of fluids. Most tummy aches settle on their own in a day or two; if it still hurts after three or four days, book an appointment with your GP.',
    ],
    expected: {
      preferred: 'first',
      difficulty: 'clear',
      why: 'Worsening right lower abdominal pain with fever needs urgent assessment for appendicitis; waiting days is dangerous.',
    },
  },
  {
    id: 'pairwise-advice-005',
    category: 'advice',
    input: 'I just spilled red wine on my white cotton shirt. How do I get it out?',
    responses: [
      'Rinse it under the hottest water you can, since heat loosens the stain, then put the shirt straight in the dryer on high so the stain has no time to soak in.',
      "Act fast, and keep it cold. Blot (don't rub) the excess, then rinse the stain from the back with cold water. Work in a little washing-up liquid; on white cotton, a mix of hydrogen peroxide and washing-up liquid works well on what's left. Then wash it as usual, and check the stain has gone before drying: the heat of a dryer can set it for good.",
    ],
    expected: {
      preferred: 'second',
      difficulty: 'clear',
      why: 'Hot water and a hot dryer set a wine stain; cold water and checking before drying are the right way round.',
    },
  },
  {
    id: 'pairwise-advice-006',
    category: 'advice',
    input: "I'm going on my first full-day hike in the mountains next weekend. What should I take?",
    responses: [
      "Check the mountain forecast the day before and tell someone your route and when you expect to be back. Then pack: plenty of water (2 litres or more), food and snacks, warm and waterproof layers (the summit is colder and windier than the car park), a hat and gloves, sun cream and sunglasses, a map and compass or an offline map with a charged phone and a power bank, a small first-aid kit, a head torch and a whistle. Wear boots or trail shoes you have already walked in.",
      "Take plenty of water, lunch and snacks, a waterproof jacket, a warm layer, sun cream, a small first-aid kit, a fully charged phone with an offline map, and a head torch in case you're out later than planned. Wear shoes with good grip that you've already broken in.",
    ],
    expected: {
      preferred: 'first',
      difficulty: 'close',
      why: 'Both lists are sound; the first adds the forecast check and telling someone the route, which matter on a first mountain hike.',
    },
  },
];
