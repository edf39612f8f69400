// Writing samples: short creative and editing tasks, with broken forms, ignored constraints and missed corrections.
import type { Sample } from '../types';

export const WRITING_SAMPLES: Sample[] = [
  {
    id: 'writing-001',
    category: 'writing',
    quality: 'good',
    input: 'Write a haiku about autumn rain.',
    response: `Cold rain on maples —
each red leaf lets go at once;
the gutter runs red`,
  },
  {
    id: 'writing-002',
    category: 'writing',
    quality: 'flawed',
    input: 'Write a limerick about a cat who hates Mondays.',
    response: `There once was a cat named Lou
Who hated the start of the week.
Every Monday he'd hide
In the laundry inside,
And he wouldn't come out for a snack.`,
  },
  {
    id: 'writing-003',
    category: 'writing',
    quality: 'good',
    input: 'Make this sentence more concise: "Due to the fact that we were in a situation where the budget was not sufficient, we made the decision to postpone the project until a later date."',
    response: `"Because the budget was insufficient, we postponed the project."

What changed:
- "Due to the fact that" → "Because"
- "we were in a situation where the budget was not sufficient" → "the budget was insufficient"
- "made the decision to postpone" → "postponed"
- "until a later date" is dropped, because postponing already implies it.`,
    reference: 'Because the budget was insufficient, we postponed the project. (Equivalent versions such as "We postponed the project because we lacked the budget." are equally good.)',
  },
  {
    id: 'writing-004',
    category: 'writing',
    quality: 'good',
    input: "Write a short, polite email to my landlord asking them to fix the heater in my flat. It stopped working three days ago and it's getting really cold.",
    response: `Subject: Heater not working – repair request

Dear [Landlord's name],

I hope you're well. I'm writing to let you know that the heater in my flat stopped working three days ago and is no longer producing any heat.

As the weather is getting colder, the flat is becoming quite uncomfortable, so I'd be grateful if you could arrange a repair as soon as possible. I'm happy to be flexible about access: just let me know when a technician can come and I'll make sure they can get in.

Thank you for your help.

Kind regards,
[Your name]
[Flat number and phone number]`,
  },
  {
    id: 'writing-005',
    category: 'writing',
    quality: 'subtly_wrong',
    input: `Summarise this paragraph in one sentence:

"Honeybees communicate the location of food sources through a behaviour known as the waggle dance. A forager returning to the hive performs a figure-of-eight pattern on the vertical comb, and the angle of the straight 'waggle run' relative to vertical indicates the direction of the food relative to the sun. The duration of the waggle run correlates with the distance to the source: longer runs mean the food is farther away. Other bees follow the dancer closely, picking up both this information and the scent of the flowers she has visited."`,
    response: `Honeybees use the waggle dance, in which a returning forager's figure-of-eight movement signals the direction of food relative to the sun and the speed of her waggling shows how much food there is, so that other bees can find it.`,
    reference: "Returning honeybee foragers perform a figure-of-eight waggle dance whose angle shows the food's direction relative to the sun and whose waggle-run duration shows its distance, while the bees following the dance also pick up the scent of the flowers.",
  },
  {
    id: 'writing-006',
    category: 'writing',
    quality: 'flawed',
    input: 'Write a product description for our stainless steel water bottle (750 ml, keeps drinks cold for 24 hours or hot for 12). It must be under 50 words, as it goes on a small product card.',
    response: `Meet the only water bottle you'll ever need. Crafted from premium 18/8 stainless steel, our 750 ml bottle features double-wall vacuum insulation that keeps your drinks ice-cold for 24 hours or piping hot for 12. Whether you're hitting the gym, commuting to the office, hiking a mountain trail or simply relaxing at home, it's the perfect companion. The leak-proof lid means no more spills in your bag, and the powder-coated finish gives a comfortable, sweat-free grip in a range of stunning colours. It's BPA-free, dishwasher-safe and built to last a lifetime. Stay hydrated in style, and say goodbye to single-use plastic for good.`,
  },
  {
    id: 'writing-007',
    category: 'writing',
    quality: 'subtly_wrong',
    input: `Please proofread this and fix any mistakes: "Their going to announce the results tomorrow, its been a long week for everyone who's application was submitted."`,
    response: `Here's the corrected sentence:

"They're going to announce the results tomorrow; it's been a long week for everyone who's application was submitted."

Changes:
- "Their" → "They're" (short for "they are")
- "its" → "it's" (short for "it has")
- Replaced the comma with a semicolon, since the sentence joins two independent clauses.`,
    reference: `They're going to announce the results tomorrow; it's been a long week for everyone whose application was submitted. (Their → They're, its → it's, who's → whose, and the comma splice fixed with a semicolon, a full stop or a dash.)`,
  },
  {
    id: 'writing-008',
    category: 'writing',
    quality: 'good',
    input: 'Give me an opening line for a mystery novel set in a small fishing village.',
    response: `"Tom Galloway's boat came back into the harbour at dawn with its nets neatly coiled and its engine still running, but Tom was not on board, and nobody in Porthkerris would admit to having seen him leave."

It opens on a concrete, unsettling image, establishes the fishing-village setting in a few words, and poses the central question (what happened to Tom, and who is lying?) straight away. If you'd like a different tone, such as darker, more literary or with a touch of humour, I can suggest alternatives.`,
  },
  {
    id: 'writing-009',
    category: 'writing',
    quality: 'good',
    input: 'Translate into French: "I would like to book a table for two at eight o\'clock this evening, please."',
    response: `"Je voudrais réserver une table pour deux personnes ce soir à vingt heures, s'il vous plaît."

A few notes:
- "Je voudrais" (I would like) is the polite conditional form, ideal for making requests.
- French usually uses the 24-hour clock for bookings, so eight in the evening is "vingt heures". In conversation, "ce soir à huit heures" is also perfectly natural.
- "pour deux personnes" is the standard phrasing; "pour deux" on its own is fine when speaking.`,
    reference: "Je voudrais réserver une table pour deux (personnes) ce soir à vingt heures (or à huit heures), s'il vous plaît.",
  },
  {
    id: 'writing-010',
    category: 'writing',
    quality: 'flawed',
    input: 'Write the opening paragraph of a cover letter for a junior data analyst position at Brightline Logistics. I have a BSc in Statistics and did a six-month internship analysing delivery times at a courier company.',
    response: `Dear Hiring Manager,

I am writing to express my strong interest in the Junior Data Analyst position at your company. With over five years of experience in data analysis across the finance and healthcare sectors, and a proven track record of delivering actionable insights to senior stakeholders, I am confident that I would be a valuable addition to your team. I am passionate about data and eager to bring my skills to a dynamic organisation like yours.`,
  },
  {
    id: 'writing-011',
    category: 'writing',
    quality: 'good',
    input: 'Give me three title ideas for a blog post about learning to cook on a tight budget.',
    response: `1. **Eat Well for Less: A Beginner's Guide to Cooking on a Budget**
2. **Ten Cheap Ingredients That Make Every Meal Better**
3. **From Instant Noodles to Real Dinners: Learning to Cook Without Breaking the Bank**

The first suits a comprehensive how-to guide, the second a list post, and the third a personal, story-driven post if you're writing about your own experience.`,
  },
  {
    id: 'writing-012',
    category: 'writing',
    quality: 'subtly_wrong',
    input: 'Can you explain the difference between "affect" and "effect", with examples?',
    response: `Sure! In everyday use:

- **Affect** is a verb meaning "to influence": *The cold weather affected my mood.*
- **Effect** is a noun meaning "a result": *The new policy had a big effect on sales.*

A handy memory trick: **A**ffect is the **A**ction, **E**ffect is the **E**nd result.

There are a couple of less common uses too. "Effect" can be a verb meaning "to influence something slightly", as in *The new manager effected our team's morale.* And in psychology, "affect" can be a noun meaning someone's outward emotional expression, as in *The patient showed a flat affect.*`,
    reference: 'Affect is usually a verb meaning to influence (The delay affected our plans); effect is usually a noun meaning a result (The delay had a big effect). Less commonly, effect is a verb meaning to bring about or cause (The new manager effected major changes), and affect is a noun in psychology meaning displayed emotion (a flat affect).',
  },
];
