// Factual questions: history, science and culture, with wrong dates, common misconceptions and confident fabrications.
import type { Sample } from '../types';

export const FACTUAL_SAMPLES: Sample[] = [
  {
    id: 'factual-001',
    category: 'factual',
    quality: 'good',
    input: 'When did the Berlin Wall fall, and how long after that was Germany reunified?',
    response: `The Berlin Wall fell on **9 November 1989**, when East German authorities unexpectedly announced that citizens could cross the border, and crowds gathered at the checkpoints until the guards opened them. Demolition of the wall itself happened gradually over the following months.

Germany was formally reunified on **3 October 1990**, a little under 11 months later, when the German Democratic Republic (East Germany) joined the Federal Republic of Germany. 3 October is now a national holiday, the Day of German Unity.`,
    reference: 'The wall fell on 9 November 1989; reunification took effect on 3 October 1990, just under 11 months later.',
  },
  {
    id: 'factual-002',
    category: 'factual',
    quality: 'good',
    input: "What's the tallest mountain in the solar system?",
    response: `The tallest known mountain is **Olympus Mons** on Mars, an enormous shield volcano about 22 km (roughly 72,000 ft) high, around two and a half times the height of Mount Everest above sea level. It is also about 600 km across, so its slopes are gentle enough that someone standing on them would barely notice they were on a mountain.

A close rival is the central peak of the Rheasilvia crater on the asteroid Vesta, which rises roughly 20–25 km; estimates vary with how the height is measured.

For comparison, the tallest mountain on Earth measured from base to summit is Mauna Kea in Hawaii, just over 10 km from the ocean floor, although only about 4.2 km of it is above sea level.`,
  },
  {
    id: 'factual-003',
    category: 'factual',
    quality: 'subtly_wrong',
    input: 'Who was the first person to walk on the Moon, and when did it happen?',
    response: `The first person to walk on the Moon was **Neil Armstrong**, commander of NASA's Apollo 11 mission, on **20 July 1968**. As he stepped onto the surface he said the famous words "That's one small step for [a] man, one giant leap for mankind." Buzz Aldrin joined him about 20 minutes later, while Michael Collins remained in lunar orbit aboard the command module Columbia.`,
    reference: 'Neil Armstrong, during Apollo 11, on 20 July 1969 (US time; 21 July 1969 at 02:56 UTC). Buzz Aldrin followed him about 20 minutes later; Michael Collins stayed in lunar orbit in the command module Columbia.',
  },
  {
    id: 'factual-004',
    category: 'factual',
    quality: 'good',
    input: "Why is the sky blue? And if shorter wavelengths scatter more, why isn't it violet?",
    response: `Sunlight contains all the visible colours. As it passes through the atmosphere it is scattered by gas molecules, mostly nitrogen and oxygen, which are much smaller than the wavelength of light. This is **Rayleigh scattering**, and its strength is proportional to 1/λ⁴, so short wavelengths are scattered far more than long ones: blue light (around 450 nm) is scattered roughly five to six times more than red light (around 700 nm). That scattered light reaches your eyes from every direction, so the whole sky glows blue.

Violet is scattered even more strongly, so why doesn't the sky look violet? Two things combine:

- **Less violet to start with.** Sunlight contains less violet than blue light.
- **Our eyes.** We are much less sensitive to violet than to blue, and the mix of scattered wavelengths stimulates our three types of cone cells in a way the brain reads as a pale blue.

The same effect explains red sunsets: when the Sun is low, its light travels through much more air, so most of the blue is scattered out of the direct beam before it reaches you, leaving the reds and oranges.`,
  },
  {
    id: 'factual-005',
    category: 'factual',
    quality: 'subtly_wrong',
    input: 'Which novel won the very first Pulitzer Prize for fiction?',
    response: `The first Pulitzer Prize for fiction went to **F. Scott Fitzgerald's *The Great Gatsby*** in 1926. The committee praised its portrait of the Jazz Age and its critique of the American Dream, and the award helped cement Fitzgerald's reputation as the defining novelist of his generation. It remains one of the most widely taught novels in American schools.`,
    reference: 'His Family by Ernest Poole won the first Pulitzer Prize for the Novel (as the fiction category was then called), awarded in 1918. The Great Gatsby never won a Pulitzer Prize.',
  },
  {
    id: 'factual-006',
    category: 'factual',
    quality: 'subtly_wrong',
    input: 'How many bones does an adult human have? Do babies have the same number?',
    response: `An adult human skeleton typically has **206 bones**.

Babies have fewer bones than adults: many of a newborn's bones haven't formed yet and are still made of cartilage, and they gradually appear and harden during childhood until the adult count of 206 is reached. That's also why babies are so flexible.`,
    reference: '206 in a typical adult (the exact count varies slightly from person to person). Newborns have more, roughly 270 to 300 bones and bony parts, because many of them (for example in the skull, the pelvis, the base of the spine and the ends of long bones) fuse together during growth.',
  },
  {
    id: 'factual-007',
    category: 'factual',
    quality: 'flawed',
    input: 'What causes the seasons on Earth?',
    response: `The seasons happen because Earth's distance from the Sun changes during the year. Earth's orbit is an ellipse, so in summer we're closest to the Sun and receive more heat, and in winter we're farthest away and it gets colder. That's why summer is hot and winter is cold.`,
    reference: "The tilt of Earth's axis (about 23.4°) relative to its orbit. For part of the year one hemisphere is tilted toward the Sun, so it gets more direct sunlight and longer days (summer) while the other gets less (winter). Distance is not the cause: Earth is closest to the Sun in early January, during northern winter, and the two hemispheres have opposite seasons at the same time.",
  },
  {
    id: 'factual-008',
    category: 'factual',
    quality: 'good',
    input: 'At what temperature does water boil on the summit of Mount Everest?',
    response: `Around **70 °C (about 160 °F)**, compared with 100 °C at sea level.

Water boils when its vapour pressure equals the pressure of the surrounding air. At Everest's summit (8,849 m), air pressure is only about a third of sea-level pressure, roughly 33 kPa instead of 101 kPa, so water reaches that point at a much lower temperature. The exact figure shifts a little with the weather, because air pressure varies from day to day.

One practical consequence: food cooks much more slowly at altitude, because boiling water there never gets hotter than about 70 °C. That's why high-altitude cooks often use pressure cookers.`,
  },
  {
    id: 'factual-009',
    category: 'factual',
    quality: 'subtly_wrong',
    input: 'Who wrote Pride and Prejudice, and when was it first published?',
    response: `*Pride and Prejudice* was written by **Jane Austen** and first published in **1811** by Thomas Egerton. Like her other novels, it appeared anonymously, credited only to "the Author of *Sense and Sensibility*". Austen had drafted an early version in the 1790s under the title *First Impressions*.`,
    reference: 'Jane Austen; first published on 28 January 1813 by Thomas Egerton. (1811 is the publication year of Sense and Sensibility.)',
  },
  {
    id: 'factual-010',
    category: 'factual',
    quality: 'good',
    input: "What's the difference between a virus and a bacterium? Will antibiotics help with my cold?",
    response: `**Bacteria** are single-celled living organisms. They have their own metabolism, reproduce on their own by dividing, and many are harmless or even helpful, like those in your gut. Some cause disease, such as strep throat or urinary tract infections.

**Viruses** are much smaller and aren't cells at all: they're genetic material (DNA or RNA) packed in a protein coat, and they can only reproduce by getting inside a host cell and hijacking its machinery.

**Antibiotics** work by attacking structures and processes specific to bacteria, such as their cell walls or their ribosomes. Viruses don't have these, so antibiotics do nothing against them.

The common cold is caused by viruses (most often rhinoviruses), so antibiotics won't help, and taking them unnecessarily can cause side effects and contributes to antibiotic resistance. Rest, fluids and over-the-counter symptom relief are the usual approach. See a doctor if symptoms last more than about 10 days, you develop a high fever, or you have trouble breathing, since a secondary bacterial infection sometimes develops.`,
  },
  {
    id: 'factual-011',
    category: 'factual',
    quality: 'flawed',
    input: 'What is the speed of light, and how long does sunlight take to reach Earth?',
    response: `The speed of light in a vacuum is exactly **299,792,458 metres per second**, or about 300,000 km/s. It has been exactly that value since 1983, when the metre was redefined in terms of the speed of light. Nothing with mass can reach this speed, which is why it's often called the universal speed limit in Einstein's theory of relativity.`,
    reference: '299,792,458 m/s in a vacuum (about 300,000 km/s). Sunlight takes about 8 minutes 20 seconds (roughly 499 seconds) on average to reach Earth, since the Sun is about 150 million km away; the time varies by about 8 seconds either way over the year as the distance changes.',
  },
  {
    id: 'factual-012',
    category: 'factual',
    quality: 'good',
    input: 'Is it true that the Great Wall of China is the only man-made structure visible from space?',
    response: `No, that's a popular myth.

- **From the Moon** (about 384,000 km away), you can make out continents, oceans and clouds, but no individual human structure at all.
- **From low Earth orbit** (around 400 km up, where the International Space Station flies), the wall is extremely hard to see with the naked eye. It is very long but mostly only a few metres wide, and built from materials similar in colour to the land around it. Astronauts, including China's first astronaut Yang Liwei in 2003, have said they couldn't see it.
- Meanwhile, many other human-made things *are* visible from orbit in good conditions, such as large cities (especially their lights at night), airports, large reservoirs and big agricultural patterns.

So the wall isn't uniquely visible; if anything, it's one of the harder large structures to spot.`,
  },
];
