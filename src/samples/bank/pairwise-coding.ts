// Pairwise coding samples: two answers to one programming question, one of them with a bug, a wrong API or a
// missed requirement, and a close call between two correct answers.
import { CORRECTNESS } from '../../shared/format-rubric-presets';
import type { PairwiseSample } from '../format-samples';

export const PAIRWISE_CODING_SAMPLES: PairwiseSample[] = [
  {
    id: 'pairwise-coding-001',
    category: 'coding',
    input: 'In Python, how do I remove duplicates from a list but keep the items in their original order?',
    responses: [
      `Use a dict, whose keys keep insertion order (guaranteed since Python 3.7):

\`\`\`python
unique = list(dict.fromkeys(items))
\`\`\`

\`dict.fromkeys([3, 1, 3, 2, 1])\` keeps the first occurrence of each item, so this gives \`[3, 1, 2]\`. The items must be hashable.`,
      `Great question! Removing duplicates is one of the most common tasks in Python, and the language gives you an elegant built-in tool for it: the set. A set is an unordered collection of unique elements, so converting your list to a set automatically throws away every duplicate, and converting it back gives you a list again:

\`\`\`python
unique = list(set(items))
\`\`\`

For example, \`list(set([3, 1, 3, 2, 1]))\` gives you the unique values 3, 1 and 2. This is very fast, because building a set takes O(n) time, and it is considered the most Pythonic way to deduplicate a list. It works for any hashable items, such as numbers, strings and tuples. If you need to do this often, you can wrap it in a small helper function called \`dedupe\` and reuse it across your project.`,
    ],
    reference: `\`list(dict.fromkeys(items))\` (dicts keep insertion order since Python 3.7), or a loop with a \`seen\` set that appends each item the first time it appears. \`list(set(items))\` removes duplicates but does not keep the order.`,
    expected: {
      preferred: 'first',
      difficulty: 'clear',
      why: 'The longer answer uses set(), which loses the order the user asked to keep.',
    },
  },
  {
    id: 'pairwise-coding-002',
    category: 'coding',
    input: 'How do I make a deep copy of a JavaScript object that has nested objects and Date values in it?',
    responses: [
      `The classic trick is to serialise and parse it:

\`\`\`js
const copy = JSON.parse(JSON.stringify(original));
\`\`\`

This copies every nested level, so changing \`copy.settings.theme\` won't touch \`original\`.`,
      `Use the built-in \`structuredClone\` (available in all modern browsers and Node.js 17+):

\`\`\`js
const copy = structuredClone(original);
\`\`\`

It copies nested objects, arrays, \`Date\`s, \`Map\`s and \`Set\`s, and even handles circular references. It cannot copy functions or DOM nodes (it throws a \`DataCloneError\`). Avoid \`JSON.parse(JSON.stringify(...))\` here: it turns every \`Date\` into a string.`,
    ],
    expected: {
      preferred: 'second',
      difficulty: 'clear',
      why: 'The JSON round trip turns the Date values the user mentioned into strings; structuredClone keeps them.',
    },
  },
  {
    id: 'pairwise-coding-003',
    category: 'coding',
    input: "What's the difference between `git merge` and `git rebase` when I want to bring main's latest changes into my feature branch?",
    responses: [
      `Both bring main's commits into your branch; they differ in the history they leave.

- \`git merge main\` adds a merge commit that joins the two histories. Nothing is rewritten, so it is always safe, but the log shows the branch and the merge.
- \`git rebase main\` replays your commits on top of main's latest commit, giving a straight line of history. It rewrites your commits (new hashes), so if your branch is already pushed you'll need \`git push --force-with-lease\`, and you should not rebase a branch others are working on.`,
      `\`git merge main\` keeps both histories and records a merge commit. \`git rebase main\` moves your commits so they start from main's tip, which gives a linear history but rewrites your commits. Rule of thumb: rebase branches only you use; merge shared ones.`,
    ],
    expected: {
      preferred: 'tie',
      difficulty: 'close',
      why: 'Both are correct and give the same rule; the first adds the force-push detail, the second is shorter.',
    },
  },
  {
    id: 'pairwise-coding-004',
    category: 'coding',
    input: 'How can I count the total number of lines in all the .py files in this directory and all its subdirectories, from a Linux shell?',
    responses: [
      `Run:

\`\`\`sh
wc -l *.py
\`\`\`

\`wc -l\` counts lines, and the shell expands \`*.py\` to every Python file, so the last line of the output is the total for the whole tree.`,
      `\`\`\`sh
find . -name '*.py' -type f -print0 | xargs -0 cat | wc -l
\`\`\`

\`find\` walks the directory tree, \`-print0\` / \`xargs -0\` keep file names with spaces intact, and piping everything through \`cat\` into a single \`wc -l\` gives one total.`,
    ],
    reference: `\`find . -name '*.py' -type f -print0 | xargs -0 cat | wc -l\` (or, in bash with \`shopt -s globstar\`, \`cat **/*.py | wc -l\`). A plain \`*.py\` only matches files in the current directory, not in subdirectories.`,
    expected: {
      preferred: 'second',
      difficulty: 'clear',
      why: 'A plain *.py glob is not recursive, so the first answer misses every subdirectory.',
    },
  },
  {
    id: 'pairwise-coding-005',
    category: 'coding',
    input: 'My SQL query `SELECT * FROM users WHERE email = NULL;` returns no rows, but I know some users have no email. What is wrong?',
    responses: [
      `Nothing is wrong with the comparison itself; \`= NULL\` is the standard way to test for a missing value. If it returns no rows, the "empty" emails are probably not NULL at all but empty strings. Check with:

\`\`\`sql
SELECT COUNT(*) FROM users WHERE email = '';
\`\`\`

If that finds them, either query for \`email = ''\` or clean the data up with \`UPDATE users SET email = NULL WHERE email = '';\` and then your original query will work. It is also worth checking for emails that contain only spaces, with \`TRIM(email) = ''\`, since some forms save whitespace. Finally, make sure you are connected to the right database, as a staging copy may have different data.`,
      `In SQL, \`NULL\` is not a value you can compare with \`=\`: \`email = NULL\` evaluates to UNKNOWN for every row, so no row matches. Use \`IS NULL\`:

\`\`\`sql
SELECT * FROM users WHERE email IS NULL;
\`\`\`

(and \`IS NOT NULL\` for the opposite). If some "missing" emails are stored as empty strings, add \`OR email = ''\`.`,
    ],
    rubric: CORRECTNESS,
    expected: {
      preferred: 'second',
      difficulty: 'clear',
      why: 'The longer answer claims = NULL is correct; in SQL it is never true, and IS NULL is the fix.',
    },
  },
  {
    id: 'pairwise-coding-006',
    category: 'coding',
    input: 'In Python 3, how do I check whether a dictionary has a particular key?',
    responses: [
      `Use the dictionary's \`has_key\` method:

\`\`\`python
if config.has_key('timeout'):
    print(config['timeout'])
\`\`\`

It returns True when the key is present and False otherwise.`,
      `Use the \`in\` operator:

\`\`\`python
if 'timeout' in config:
    print(config['timeout'])
\`\`\`

If you only want the value, \`config.get('timeout')\` returns None (or a default you pass, \`config.get('timeout', 30)\`) when the key is missing.`,
    ],
    reference: "`key in d` (and `key not in d`). `dict.has_key()` existed only in Python 2 and raises AttributeError in Python 3; `d.get(key, default)` returns the value or a default without raising KeyError.",
    expected: {
      preferred: 'second',
      difficulty: 'clear',
      why: 'dict.has_key was removed in Python 3 (AttributeError); `in` is the way.',
    },
  },
];
