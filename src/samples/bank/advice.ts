// Everyday advice: money, health habits, work and home, with risky tips, wrong numbers and generic answers.
import type { Sample } from '../types';

export const ADVICE_SAMPLES: Sample[] = [
  {
    id: 'advice-001',
    category: 'advice',
    quality: 'good',
    input: 'I have $10,000 of credit card debt at 22% APR and $5,000 in a savings account earning 4%. Should I use my savings to pay down the card?',
    response: `Mostly yes, but keep a cushion.

Your card costs you about 22% a year while your savings earn about 4%, so every dollar you move from savings to the card saves you roughly 18 cents a year. That's a guaranteed return that no investment can reliably match.

The catch is emergencies. If you empty your savings and then your car breaks down, the repair may go straight back on the card at 22%. A sensible middle ground:

1. **Keep a small emergency fund**, for example one month of essential expenses or at least $1,000–$2,000, depending on how stable your income is.
2. **Put the rest toward the card** right away.
3. **Pay down the remaining balance** with as much as you can afford each month, and stop adding new charges to the card.
4. **Look for cheaper ways to carry the balance**: a 0% balance-transfer offer (watch for a transfer fee, often 3–5%, and for when the promotional rate ends) or simply calling the issuer to ask for a lower rate can both cut the interest significantly.

Once the card is paid off, redirect the amount you were paying each month into rebuilding your savings.`,
  },
  {
    id: 'advice-002',
    category: 'advice',
    quality: 'good',
    input: 'I lie awake for an hour most nights before I fall asleep. Any tips?',
    response: `That sounds frustrating. These are the approaches with the best evidence behind them:

- **Keep a consistent schedule.** Get up at the same time every day, weekends included. A fixed wake-up time is the strongest signal for your body clock.
- **Get out of bed if you can't sleep.** If you've been lying awake for about 20 minutes, go to another room and do something quiet in dim light (reading, not scrolling) until you feel sleepy. This stops your brain associating bed with being awake.
- **Limit caffeine after midday.** Caffeine's effects can last six hours or more, so an afternoon coffee can still be in your system at bedtime.
- **Wind down.** Dim the lights and put screens away for the last 30–60 minutes, and keep the bedroom cool, dark and quiet.
- **Be careful with alcohol and naps.** Alcohol makes you drowsy but fragments sleep later in the night, and long or late naps reduce your drive to sleep.
- **Park your worries.** If racing thoughts keep you up, write tomorrow's to-do list before bed.

If this has been going on for more than a few months, or you're tired during the day despite trying these, talk to a doctor. Cognitive behavioural therapy for insomnia (CBT-I) is the recommended first-line treatment and tends to work better in the long run than sleeping pills.`,
  },
  {
    id: 'advice-003',
    category: 'advice',
    quality: 'flawed',
    input: "I'm 40, out of shape and want to start running. How should I begin?",
    response: `The best way to get fit fast is to commit fully from day one. Aim to run 5 km every day, with no rest days. It'll be hard at first, but your body adapts quickly. If your knees or shins hurt, push through it: pain is just weakness leaving the body. Any cheap pair of trainers will do, since expensive running shoes are a marketing gimmick. You should be able to run a 10 km race within a month.`,
  },
  {
    id: 'advice-004',
    category: 'advice',
    quality: 'good',
    input: 'Is it OK to keep all my passwords in a spreadsheet on my laptop?',
    response: `It's better than reusing one password everywhere, but it's risky:

- Anyone who gets into your laptop, whether through malware, theft or a shared account, gets every password at once.
- Spreadsheets are often synced to cloud storage or emailed around without much thought.
- Copying and pasting from a spreadsheet gives you no protection against look-alike phishing sites.

A **password manager** (for example Bitwarden, 1Password, or the ones built into Apple devices, Google Chrome and Firefox) is much safer. It encrypts your passwords behind one master password, generates a strong unique password for every site, and only autofills on the real site, which helps against phishing.

Whatever you choose:
1. Use a long, unique master password; a passphrase of several random words works well.
2. Turn on two-factor authentication for your email and other important accounts.
3. If you keep the spreadsheet for now, at least encrypt the file with a strong password and keep it out of unencrypted cloud folders.`,
  },
  {
    id: 'advice-005',
    category: 'advice',
    quality: 'subtly_wrong',
    input: 'My dog just ate a handful of grapes off the kitchen table. Should I be worried?',
    response: `A handful of grapes is usually nothing to worry about. Grapes are mostly water and sugar, so at worst your dog might get a mildly upset stomach. Keep an eye on them for the next day or so, make sure they have plenty of fresh water, and if they vomit more than a couple of times, feed them a bland diet of boiled chicken and rice for a day.`,
    reference: "Yes, treat it as urgent. Grapes and raisins can cause sudden kidney failure in dogs, and even small amounts can be dangerous because the toxic dose is unpredictable. Call a vet, an emergency vet or a pet poison helpline right away, even if the dog seems fine; the vet may induce vomiting if the grapes were eaten recently. Don't try to make the dog vomit at home unless a vet says to.",
  },
  {
    id: 'advice-006',
    category: 'advice',
    quality: 'good',
    input: 'I got a job offer, but the salary is lower than I hoped. How do I negotiate without risking the offer?',
    response: `Politely negotiating a reasonable offer very rarely gets it withdrawn, and most employers expect it. Some tips:

1. **Do your research.** Look up the pay range for the role, level and location (salary sites, industry surveys, or people you know in similar roles). A concrete number makes your request credible.
2. **Lead with enthusiasm.** Say you're excited about the role and want to make it work. This frames the conversation as collaborative.
3. **Make a specific ask, with reasons.** For example: "Based on my research and my experience with X, I was hoping for something closer to $78,000. Is there flexibility on the base salary?" A specific number works better than a range, because employers tend to anchor on the bottom of a range.
4. **Consider the whole package.** If the base salary is fixed, ask about a signing bonus, extra holiday, remote work, a better title, or an earlier salary review.
5. **Get it in writing.** Once you agree, ask for an updated offer letter.

Stay polite and avoid ultimatums unless you really are prepared to walk away. The worst realistic outcome is a "no, this is our best offer", at which point you can still accept.`,
  },
  {
    id: 'advice-007',
    category: 'advice',
    quality: 'good',
    input: 'I have to give a 5-minute update presentation to senior management next week. How do I make it good?',
    response: `Five minutes goes quickly, so the key is ruthless focus:

- **Lead with the headline.** Start with the one thing you want them to remember, e.g. "We're on track to launch in March, but we need a budget decision by Friday." Senior audiences want the conclusion first and the details second.
- **Use a simple structure:** where we are, what has changed or is at risk, and what you need from them.
- **Keep slides minimal.** Three to five slides, one message each, with big numbers and simple charts rather than dense tables.
- **Be explicit about your asks.** If you need a decision or resources, say exactly what, by when, and what happens otherwise.
- **Rehearse with a timer.** Out loud, at least twice. Most people overrun, so aim for four minutes to leave room for questions.
- **Prepare for questions.** Think of the three toughest questions they could ask, and have short answers (and a backup slide if needed).

Finish by restating the headline and your ask, so that's what they leave with.`,
  },
  {
    id: 'advice-008',
    category: 'advice',
    quality: 'subtly_wrong',
    input: "I'm 25 and just started my first job. My employer matches 50% of my 401(k) contributions up to 6% of my salary. How much should I contribute?",
    response: `To get the full employer match, contribute **3% of your salary**. Your employer matches 50%, so at 3% you've captured the whole match. Anything beyond that isn't matched, so you're better off putting extra savings into a regular brokerage account, where you have more flexibility.

At 25, time is your biggest advantage: even small contributions now can grow substantially by retirement thanks to compound growth.`,
    reference: 'Contribute at least 6% of salary: the employer adds 50 cents per dollar on the first 6% of salary, so contributing 6% earns the full match of 3% of salary (contributing only 3% earns just 1.5%). The match is an immediate 50% return, so it comes first; beyond that, a common goal is saving around 10–15% of income for retirement in total, and tax-advantaged accounts (more 401(k) contributions or an IRA) usually beat a taxable brokerage account for that.',
  },
  {
    id: 'advice-009',
    category: 'advice',
    quality: 'subtly_wrong',
    input: 'How long should I boil an egg if I want the white set but the yolk still soft and jammy?',
    response: `For a jammy yolk, lower the eggs into boiling water and cook them for **12 minutes**, then transfer them to a bowl of iced water for a few minutes to stop the cooking. The ice bath also makes them easier to peel. If you like the yolk a bit runnier, take them out a minute earlier.`,
    reference: 'About 6½ to 7 minutes for a large egg lowered straight from the fridge into water that is already gently boiling, then into iced water for a few minutes to stop the cooking. Around 6 minutes gives a runnier yolk; 10–12 minutes gives a fully hard-boiled egg.',
  },
  {
    id: 'advice-010',
    category: 'advice',
    quality: 'flawed',
    input: 'The leaves on my peace lily are turning yellow. What am I doing wrong?',
    response: `Your plant needs more water. Yellow leaves mean it's thirsty, so water it every day until the leaves turn green again.`,
    reference: 'Yellow leaves have several possible causes, so check before changing anything. In peace lilies the most common is overwatering or poor drainage (soggy soil, roots sitting in water); others are underwatering (the plant droops dramatically and the soil is bone dry), too much direct sun, old leaves dying off naturally, cold draughts, or nutrient deficiency. Water when the top few centimetres of soil are dry, make sure the pot drains, and keep it in bright indirect light. Leaves that have already yellowed will not turn green again; trim them off.',
  },
  {
    id: 'advice-011',
    category: 'advice',
    quality: 'good',
    input: "I started a new job three weeks ago and I feel completely overwhelmed. Everyone seems to know what they're doing except me. Is this normal?",
    response: `Yes, it's very normal, and three weeks in is often when it peaks: the welcome period is over, you're being given real work, and you don't yet have the context that makes everything feel easy. Your colleagues look confident partly because they've had months or years to build that context.

A few things that help:

- **Write things down.** Keep a running document of processes, acronyms, who owns what, and answers to your questions. You'll ask fewer repeat questions and see how much you've learned.
- **Batch your questions.** Collect non-urgent questions and go through them with your manager or a friendly colleague once a day, so you don't feel you're constantly interrupting.
- **Clarify expectations.** Ask your manager what success looks like in your first 30, 60 and 90 days. They often expect far less at this stage than you're demanding of yourself.
- **Aim for small wins.** Finishing one small task well builds confidence faster than trying to understand everything at once.
- **Protect the basics.** Sleep, proper meals and real time off make a bigger difference to how overwhelmed you feel than you'd expect.

Many people find things start to click somewhere around the three-to-six-month mark. If the feeling doesn't ease, or it starts affecting your sleep or mood, it's worth talking to your manager or someone you trust about it.`,
  },
  {
    id: 'advice-012',
    category: 'advice',
    quality: 'flawed',
    input: "I have an interview tomorrow morning for a nursing position in a hospital's emergency department. What should I prepare tonight?",
    response: `Great question! Here are some general interview tips:

- Research the company and its values.
- Prepare answers to common questions like "Tell me about yourself" and "What's your greatest weakness?"
- Dress professionally.
- Arrive 10–15 minutes early.
- Bring copies of your CV.
- Prepare a few questions to ask the interviewer.
- Send a thank-you email afterwards.

Good luck!`,
  },
];
