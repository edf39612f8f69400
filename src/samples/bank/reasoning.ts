// Reasoning and maths samples: word problems, probability and puzzles where a plausible answer is often wrong.
import type { Sample } from '../types';

export const REASONING_SAMPLES: Sample[] = [
  {
    id: 'reasoning-001',
    category: 'reasoning',
    quality: 'subtly_wrong',
    input: 'A bat and a ball cost $1.10 in total. The bat costs $1.00 more than the ball. How much does the ball cost?',
    response: `The ball costs $0.10.

Here's the reasoning: the total is $1.10 and the bat accounts for the extra $1.00, so once you take that $1.00 away you're left with $0.10 for the ball. So the bat is $1.00 and the ball is $0.10, which adds up to $1.10 as required.`,
    reference: `The ball costs $0.05. If the ball costs x, the bat costs x + $1.00, so x + (x + 1.00) = 1.10, which gives 2x = 0.10 and x = 0.05. The bat costs $1.05. (The intuitive answer of $0.10 is wrong: the bat would then cost $1.10 and the total would be $1.20.)`,
  },
  {
    id: 'reasoning-002',
    category: 'reasoning',
    quality: 'good',
    input: 'If I put $5,000 in a savings account that pays 4% interest compounded annually, how much will I have after 3 years? Please show the working.',
    response: `With annual compounding, the balance after n years is A = P × (1 + r)^n, where:

- P = $5,000 (the starting amount)
- r = 0.04 (4% per year)
- n = 3 years

Year by year:
1. After year 1: 5,000 × 1.04 = $5,200.00
2. After year 2: 5,200 × 1.04 = $5,408.00
3. After year 3: 5,408 × 1.04 = $5,624.32

So you'll have **$5,624.32** after 3 years, of which $624.32 is interest. That's $24.32 more than simple interest would give (3 × $200 = $600), because each year's interest also earns interest in the following years.`,
    reference: 'After 3 years the balance is $5,624.32: A = 5000 × 1.04³ = 5000 × 1.124864 = 5624.32, i.e. $624.32 of interest.',
  },
  {
    id: 'reasoning-003',
    category: 'reasoning',
    quality: 'subtly_wrong',
    input: "I drove 60 km to my parents' house at 30 km/h because of heavy traffic, and drove the 60 km back at 90 km/h. What was my average speed for the whole round trip?",
    response: `Your average speed was **60 km/h**.

To find the average, add the two speeds and divide by two: (30 + 90) / 2 = 60 km/h. Since you drove the same distance in each direction, both legs count equally, so the simple average gives the right answer for the whole trip.`,
    reference: `45 km/h. Average speed is total distance divided by total time. The trip there took 60 / 30 = 2 hours and the trip back took 60 / 90 = 2/3 of an hour, so 120 km took 8/3 hours: 120 ÷ (8/3) = 45 km/h. Averaging the two speeds is wrong because more time was spent at the slower speed (equal distances call for the harmonic mean, not the arithmetic mean).`,
  },
  {
    id: 'reasoning-004',
    category: 'reasoning',
    quality: 'good',
    input: "If I roll two fair six-sided dice, what's the probability that they add up to 8?",
    response: `There are 6 × 6 = 36 equally likely outcomes when rolling two dice. The ones that sum to 8 are:

- (2, 6)
- (3, 5)
- (4, 4)
- (5, 3)
- (6, 2)

That's 5 outcomes, so the probability is **5/36 ≈ 0.139**, or about 13.9%.

Note that (2, 6) and (6, 2) count separately because the two dice are distinct, while (4, 4) can only happen one way.`,
  },
  {
    id: 'reasoning-005',
    category: 'reasoning',
    quality: 'subtly_wrong',
    input: "I'm building a straight fence 50 metres long and want a post every 5 metres, including one at each end. How many posts do I need to buy?",
    response: `You'll need **10 posts**.

The calculation is simple: 50 m ÷ 5 m = 10, so ten posts spaced 5 m apart will cover the full 50 metres. I'd also recommend buying one bag of post mix per post so you can set each of them in concrete.`,
  },
  {
    id: 'reasoning-006',
    category: 'reasoning',
    quality: 'good',
    input: "Puzzle: there are three boxes. One contains only apples, one only oranges, and one a mix of both. The boxes are labelled 'Apples', 'Oranges' and 'Mixed', but every label is wrong. You may take one fruit out of one box without looking inside. How can you relabel all the boxes correctly?",
    response: `Take a fruit from the box labelled **'Mixed'**.

Because every label is wrong, that box can't be the mixed one, so it contains only one kind of fruit, and the fruit you draw tells you which kind. Say you draw an apple: that box is the Apples box.

Two boxes remain, labelled 'Apples' and 'Oranges', and they hold the oranges and the mix. The box labelled 'Oranges' can't hold oranges (its label is wrong), so it must be the Mixed box, which leaves the box labelled 'Apples' as Oranges.

If you draw an orange instead, the same logic applies with the roles swapped: the 'Mixed' box is Oranges, the box labelled 'Apples' is Mixed, and the box labelled 'Oranges' is Apples.`,
  },
  {
    id: 'reasoning-007',
    category: 'reasoning',
    quality: 'flawed',
    input: 'A shop raised the price of a jacket by 20%, then a month later put it on sale at 20% off. Is the sale price the same as the original price?',
    response: `Yes. A 20% increase followed by a 20% decrease cancels out, because you're adding and then removing the same percentage. So if the jacket was originally $100, it went up to $120 and then came back down to $100. The sale price is exactly the original price.`,
  },
  {
    id: 'reasoning-008',
    category: 'reasoning',
    quality: 'flawed',
    input: 'Alice is twice as old as Bob. In 10 years, the sum of their ages will be 59. How old are Alice and Bob now?',
    response: `Let Bob's age be b. Working through the equation gives b = 13.

So Bob is 13 years old.`,
    reference: 'Bob is 13 and Alice is 26. With Alice = 2b, in 10 years (2b + 10) + (b + 10) = 59, so 3b = 39 and b = 13. Check: in 10 years they will be 36 and 23, which sum to 59.',
  },
  {
    id: 'reasoning-009',
    category: 'reasoning',
    quality: 'good',
    input: 'How many people need to be in a room for there to be a better than even chance that two of them share a birthday?',
    response: `Just **23 people**, assuming 365 equally likely birthdays and ignoring leap years.

It's easiest to compute the chance that nobody shares a birthday and subtract it from 1. The second person must avoid 1 birthday, the third must avoid 2, and so on:

P(no match among n people) = (365/365) × (364/365) × (363/365) × … × ((365 − n + 1)/365)

For n = 22 this product is about 0.524, and for n = 23 it drops to about 0.493, so with 23 people the probability of at least one shared birthday is about 50.7%.

It feels surprisingly small because what matters is the number of *pairs* of people: 23 people form 23 × 22 / 2 = 253 pairs, and any one of them could match.`,
  },
  {
    id: 'reasoning-010',
    category: 'reasoning',
    quality: 'flawed',
    input: 'On a game show there are three doors: a car is behind one and goats are behind the other two. I pick door 1. The host, who knows where the car is, opens door 3 to show a goat and offers to let me switch to door 2. Should I switch?',
    response: `It doesn't matter whether you switch. Once door 3 has been opened there are only two doors left, and the car is behind one of them, so each door now has a 50% chance. Switching or staying gives you the same odds, so just go with your gut.`,
    reference: 'Yes, switch: switching wins the car with probability 2/3, staying with 1/3. Your first pick was right with probability 1/3, and the host (who knows where the car is and always reveals a goat) gives no new information about your door, so the remaining 2/3 is concentrated on door 2. The two remaining doors are not equally likely.',
  },
  {
    id: 'reasoning-011',
    category: 'reasoning',
    quality: 'good',
    input: "A disease affects 1 in 1,000 people. A test for it detects 99% of people who have the disease, but also gives a positive result for 5% of people who don't have it. If a randomly chosen person tests positive, what's the chance they actually have the disease?",
    response: `Only about **2%**, even though the test sounds accurate. It's easiest to picture 100,000 people:

- 100 have the disease, and the test catches 99 of them (true positives).
- 99,900 don't, but 5% of them, 4,995 people, test positive anyway (false positives).

So 99 + 4,995 = 5,094 people test positive, and only 99 of them are actually ill:

99 / 5,094 ≈ 0.019, or about 1.9%.

The disease is so rare that false positives from the large healthy group vastly outnumber the true positives. This is why a positive screening result is usually followed by a second, more specific test.`,
    reference: 'About 1.9%. By Bayes’ theorem: P(disease | positive) = (0.99 × 0.001) / (0.99 × 0.001 + 0.05 × 0.999) = 0.00099 / 0.05094 ≈ 0.019.',
  },
  {
    id: 'reasoning-012',
    category: 'reasoning',
    quality: 'subtly_wrong',
    input: 'My mortgage rate went up from 4% to 5%. By what percentage did my rate increase? And roughly how much more interest will I pay in the first year on a $200,000 balance?',
    response: `Your rate increased by **1%**, since 5% − 4% = 1%.

For the first year, the extra interest is roughly 1% of $200,000, which is about **$2,000** more (ignoring the small reduction in the balance from your monthly payments).`,
  },
];
