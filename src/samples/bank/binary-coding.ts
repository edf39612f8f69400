// Binary coding samples: does the code do what was asked, does it use APIs that exist, is it safe from injection,
// does the answer keep to the requested form.
import { CODE_IS_CORRECT, FOLLOWS_INSTRUCTIONS, NO_FACTUAL_ERROR } from '../../shared/format-rubric-presets';
import type { BinarySample } from '../format-samples';

export const BINARY_CODING_SAMPLES: BinarySample[] = [
  {
    id: 'binary-coding-001',
    category: 'coding',
    input: "Write a Python function that returns the second largest distinct number in a list, or None if there isn't one.",
    response: `\`\`\`python
def second_largest(nums):
    distinct = sorted(set(nums), reverse=True)
    return distinct[1] if len(distinct) >= 2 else None
\`\`\`

\`set\` drops repeated values, so \`second_largest([5, 5, 3])\` is 3, and \`second_largest([7])\` and \`second_largest([])\` are None.`,
    rubric: CODE_IS_CORRECT,
    expected: 'pass',
  },
  {
    id: 'binary-coding-002',
    category: 'coding',
    input: 'Write a JavaScript function `sum(numbers)` that adds up an array of numbers. It must return 0 for an empty array.',
    response: `\`\`\`js
function sum(numbers) {
  return numbers.reduce((total, n) => total + n);
}
\`\`\`

\`reduce\` walks the array and accumulates the total, so \`sum([1, 2, 3])\` is 6 and an empty array gives 0.`,
    reference: `\`\`\`js
function sum(numbers) {
  return numbers.reduce((total, n) => total + n, 0);
}
\`\`\`

Without the initial value 0, \`reduce\` throws a TypeError ("Reduce of empty array with no initial value") on an empty array.`,
    rubric: CODE_IS_CORRECT,
    expected: 'fail',
  },
  {
    id: 'binary-coding-003',
    category: 'coding',
    input: 'In Python, how do I process a 20 GB log file line by line without loading it all into memory?',
    response: `Iterate over the file object; it reads one line at a time:

\`\`\`python
with open('app.log', encoding='utf-8') as f:
    for line in f:
        handle(line.rstrip('\\n'))
\`\`\`

Avoid \`f.read()\` and \`f.readlines()\`, which load the whole file.`,
    rubric: {
      criteria: 'Memory: does the suggested code read the file incrementally, so that memory use stays small however large the file is?',
      pass: 'The code streams the file (e.g. iterates over the file object or reads fixed-size chunks).',
      fail: 'The code loads the whole file at once (read(), readlines(), or equivalent).',
    },
    expected: 'pass',
  },
  {
    id: 'binary-coding-004',
    category: 'coding',
    input: 'How do I get the last element of a list in Python?',
    response: 'Call the list\'s `last()` method: `items.last()`. If the list is empty, it returns None.',
    reference: 'Use negative indexing: `items[-1]`. It raises IndexError on an empty list. Python lists have no `last()` method.',
    rubric: NO_FACTUAL_ERROR,
    expected: 'fail',
  },
  {
    id: 'binary-coding-005',
    category: 'coding',
    input: 'Give me a regular expression that matches a whole string consisting of exactly five digits (a US ZIP code). Only the regex, please, no explanation.',
    response: '`^\\d{5}$`',
    rubric: FOLLOWS_INSTRUCTIONS,
    expected: 'pass',
  },
  {
    id: 'binary-coding-006',
    category: 'coding',
    input: "I'm using Python's sqlite3. How do I save the name someone types into my signup form to the users table?",
    response: `\`\`\`python
import sqlite3

def save_user(name):
    conn = sqlite3.connect('app.db')
    conn.execute(f"INSERT INTO users (name) VALUES ('{name}')")
    conn.commit()
    conn.close()
\`\`\`

The f-string puts the name straight into the query, which keeps it short and readable.`,
    reference: `Pass the value as a parameter so the driver escapes it: \`conn.execute("INSERT INTO users (name) VALUES (?)", (name,))\`. Building the SQL with an f-string allows SQL injection (and breaks on names like O'Brien).`,
    rubric: {
      criteria: 'Injection safety: is the user-supplied value kept out of the SQL text, e.g. passed as a query parameter?',
      pass: 'User input reaches the database only as a bound parameter (or the code handles no user input).',
      fail: 'User input is concatenated or interpolated into the SQL string.',
    },
    expected: 'fail',
  },
];
