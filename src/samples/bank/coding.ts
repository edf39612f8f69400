// Coding samples: small programming questions, with off-by-one bugs, insecure code and answers that ignore constraints.
import type { Sample } from '../types';

export const CODING_SAMPLES: Sample[] = [
  {
    id: 'coding-001',
    category: 'coding',
    quality: 'good',
    input: 'Write a Python function that checks whether a string is a palindrome, ignoring case, spaces and punctuation. For example, "A man, a plan, a canal: Panama" should return True.',
    response: `Here's a compact version that keeps only letters and digits, lowercases them, and compares the result with its reverse:

\`\`\`python
def is_palindrome(text: str) -> bool:
    cleaned = [ch.lower() for ch in text if ch.isalnum()]
    return cleaned == cleaned[::-1]


print(is_palindrome("A man, a plan, a canal: Panama"))  # True
print(is_palindrome("race a car"))                      # False
\`\`\`

\`str.isalnum()\` drops spaces and punctuation, and \`cleaned[::-1]\` is the reversed list. This runs in O(n) time and uses O(n) extra space. If memory matters for very long strings, you can instead walk two indices inward from both ends, skipping non-alphanumeric characters, which needs only O(1) extra space.`,
  },
  {
    id: 'coding-002',
    category: 'coding',
    quality: 'subtly_wrong',
    input: "Can you write a binary search in Python that returns the index of a target in a sorted list, or -1 if it isn't there?",
    response: `Sure! Binary search repeatedly halves the search range, so it runs in O(log n) time:

\`\`\`python
def binary_search(items, target):
    lo, hi = 0, len(items) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if items[mid] == target:
            return mid
        elif items[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
\`\`\`

We keep two pointers, \`lo\` and \`hi\`, and compare the middle element with the target. If the middle element is too small, the target must be to the right, so we move \`lo\` past it; if it's too big, we move \`hi\` before it. When the pointers meet, the target isn't in the list and we return -1.`,
    reference: `The loop condition must be \`while lo <= hi\`:

\`\`\`python
def binary_search(items, target):
    lo, hi = 0, len(items) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if items[mid] == target:
            return mid
        if items[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
\`\`\`

With \`lo < hi\`, the loop stops while one candidate is still unchecked, so for example binary_search([5], 5) and binary_search([1, 3], 3) wrongly return -1.`,
  },
  {
    id: 'coding-003',
    category: 'coding',
    quality: 'good',
    input: 'Why does `[1, 10, 2, 21].sort()` in JavaScript give me `[1, 10, 2, 21]` instead of `[1, 2, 10, 21]`?',
    response: `By default, \`Array.prototype.sort()\` converts the elements to strings and compares them in UTF-16 code unit order, not by numeric value. As strings, "10" comes before "2" because its first character "1" is smaller than "2", in the same way that "apple" comes before "b".

To sort numerically, pass a compare function:

\`\`\`js
const nums = [1, 10, 2, 21];
nums.sort((a, b) => a - b); // [1, 2, 10, 21]
\`\`\`

The compare function should return a negative number if \`a\` should come first, a positive number if \`b\` should come first, and 0 if they're equal; \`a - b\` does exactly that for ascending order (use \`b - a\` for descending).

One related gotcha: \`sort()\` sorts the array in place (and also returns it), so the original array changes. If you want a sorted copy instead, use \`nums.toSorted((a, b) => a - b)\` (ES2023) or \`[...nums].sort((a, b) => a - b)\`.`,
  },
  {
    id: 'coding-004',
    category: 'coding',
    quality: 'subtly_wrong',
    input: 'I have a table orders(id, customer_id, amount, created_at). How do I get the 3 customers who have spent the most in total?',
    response: `You can sort the orders by amount and take the first three rows:

\`\`\`sql
SELECT customer_id, amount
FROM orders
ORDER BY amount DESC
LIMIT 3;
\`\`\`

This returns the three customers with the highest spending, largest first. If you're on SQL Server, use \`SELECT TOP 3 ...\` instead of \`LIMIT\`.`,
    reference: `Aggregate per customer first, then sort the totals:

\`\`\`sql
SELECT customer_id, SUM(amount) AS total_spent
FROM orders
GROUP BY customer_id
ORDER BY total_spent DESC
LIMIT 3;
\`\`\`

Sorting individual rows returns the three largest single orders, which may belong to the same customer and misses customers who spent more across many smaller orders.`,
  },
  {
    id: 'coding-005',
    category: 'coding',
    quality: 'good',
    input: `Why does this Python function keep remembering items from previous calls?

\`\`\`python
def add_item(item, items=[]):
    items.append(item)
    return items

print(add_item('a'))  # ['a']
print(add_item('b'))  # ['a', 'b'] ??
\`\`\``,
    response: `Default argument values are evaluated **once**, when the \`def\` statement runs, not each time the function is called. So every call that doesn't pass \`items\` shares the very same list object, and \`append\` keeps mutating it.

The usual fix is to use \`None\` as a sentinel and create a fresh list inside the function:

\`\`\`python
def add_item(item, items=None):
    if items is None:
        items = []
    items.append(item)
    return items
\`\`\`

Now \`add_item('a')\` returns \`['a']\` and \`add_item('b')\` returns \`['b']\`. The same trap applies to any mutable default, such as dicts and sets; immutable defaults like numbers, strings, tuples and \`None\` are safe.`,
  },
  {
    id: 'coding-006',
    category: 'coding',
    quality: 'flawed',
    input: 'In Node.js with the mysql2 package, how do I look up a user by the username someone typed into my login form?',
    response: `You can build the query string with the username and run it:

\`\`\`js
const mysql = require('mysql2/promise');

async function findUser(conn, username) {
  const sql = "SELECT * FROM users WHERE username = '" + username + "'";
  const [rows] = await conn.query(sql);
  return rows[0];
}
\`\`\`

This returns the first matching user, or \`undefined\` if nobody has that username. Make sure you have an index on the \`username\` column so the lookup stays fast as the table grows.`,
    reference: `Use a parameterised query so the username is sent as data, never as SQL:

\`\`\`js
const [rows] = await conn.execute('SELECT * FROM users WHERE username = ?', [username]);
return rows[0];
\`\`\`

Concatenating user input into the SQL string allows SQL injection: a username such as \`' OR '1'='1\` changes the meaning of the query.`,
  },
  {
    id: 'coding-007',
    category: 'coding',
    quality: 'good',
    input: 'How can I find the 10 most common words in a text file with Python?',
    response: `\`collections.Counter\` makes this short:

\`\`\`python
import re
from collections import Counter

with open('book.txt', encoding='utf-8') as f:
    words = re.findall(r"[a-z']+", f.read().lower())

for word, count in Counter(words).most_common(10):
    print(f'{word}: {count}')
\`\`\`

- \`.lower()\` makes "The" and "the" count as the same word.
- The regular expression keeps runs of letters and apostrophes, so punctuation such as commas and full stops is dropped while contractions like "don't" stay intact. (It only matches unaccented English letters; widen the character class for other languages.)
- \`most_common(10)\` returns the ten (word, count) pairs with the highest counts, in descending order.

For very large files, count line by line with \`counter.update(...)\` instead of reading the whole file at once. You may also want to filter out stop words such as "the", "and" and "of", which will otherwise dominate the list.`,
  },
  {
    id: 'coding-008',
    category: 'coding',
    quality: 'good',
    input: 'How do I delete all .log files older than 7 days in /var/log/myapp on Linux? I want to run it from cron.',
    response: `Use \`find\`:

\`\`\`bash
find /var/log/myapp -type f -name '*.log' -mtime +7 -delete
\`\`\`

- \`-type f\` matches regular files only.
- \`-name '*.log'\` matches the extension; the quotes stop the shell from expanding the pattern itself.
- \`-mtime +7\` matches files last modified more than 7 days ago. \`find\` counts age in whole 24-hour periods and discards the fraction, so in practice this means at least 8 full days old; use \`-mtime +6\` if you want everything at least 7 days old.
- \`-delete\` removes the matches.

Before scheduling it, run the same command **without** \`-delete\` to see which files would be removed. Then add it to your crontab with \`crontab -e\`, for example daily at 03:00:

\`\`\`
0 3 * * * find /var/log/myapp -type f -name '*.log' -mtime +7 -delete
\`\`\`

Cron runs with a minimal environment, so keep the absolute path to the directory. Also check whether \`logrotate\` already manages these files, since it can handle rotation and deletion for you.`,
  },
  {
    id: 'coding-009',
    category: 'coding',
    quality: 'flawed',
    input: "I have a 40 GB CSV file of sales records and my laptop has 16 GB of RAM. How can I compute the average of the 'price' column in Python?",
    response: `Pandas makes this a one-liner:

\`\`\`python
import pandas as pd

df = pd.read_csv('sales.csv')
print(df['price'].mean())
\`\`\`

\`read_csv\` loads the file into a DataFrame and \`.mean()\` computes the average of the column, automatically skipping missing values.`,
    reference: `The file won't fit in memory, so stream it and keep a running sum and count:

\`\`\`python
import pandas as pd

total, count = 0.0, 0
for chunk in pd.read_csv('sales.csv', usecols=['price'], chunksize=1_000_000):
    total += chunk['price'].sum()
    count += chunk['price'].count()
print(total / count)
\`\`\`

Averaging the per-chunk means would be wrong when chunks contain different numbers of valid values. Alternatives are the csv module row by row, or an out-of-core tool such as DuckDB or Polars in streaming mode.`,
  },
  {
    id: 'coding-010',
    category: 'coding',
    quality: 'good',
    input: `Why does this print undefined?

\`\`\`js
function getUser() {
  fetch('/api/user')
    .then((res) => res.json())
    .then((data) => {
      return data;
    });
}

console.log(getUser());
\`\`\``,
    response: `Two things are going on:

1. \`getUser\` has no \`return\` statement of its own. The \`return data\` is inside the arrow function passed to \`.then\`, so it only sets the value of that promise; \`getUser()\` itself returns \`undefined\`.
2. Even if you returned the promise, \`fetch\` is asynchronous: the data isn't available yet when \`console.log\` runs, so you'd see a pending \`Promise\`, not the user.

Return the promise and wait for it, most readably with \`async\`/\`await\`:

\`\`\`js
async function getUser() {
  const res = await fetch('/api/user');
  if (!res.ok) throw new Error(\`Request failed: \${res.status}\`);
  return res.json();
}

getUser().then((user) => console.log(user));
// or, inside another async function or at the top level of an ES module:
// const user = await getUser();
\`\`\`

Checking \`res.ok\` is worth adding because \`fetch\` only rejects on network errors, not on HTTP error statuses such as 404 or 500.`,
  },
  {
    id: 'coding-011',
    category: 'coding',
    quality: 'subtly_wrong',
    input: "I just made a commit on main but it should have gone on a new feature branch. I haven't pushed yet. How do I move it?",
    response: `Easy fix. First undo the commit on main, then create your branch:

\`\`\`bash
git reset --hard HEAD~1
git checkout -b feature
\`\`\`

\`git reset --hard HEAD~1\` removes the last commit from main, and \`git checkout -b feature\` creates the new branch, which will contain your commit. Since you haven't pushed, nobody else is affected.`,
    reference: `Create the branch first so it keeps the commit, then move main back:

\`\`\`bash
git branch feature
git reset --hard HEAD~1
git switch feature
\`\`\`

\`git reset --hard\` also discards uncommitted changes, so commit or stash them first. Resetting before creating the branch leaves the commit on neither branch; it could then only be recovered through \`git reflog\`.`,
  },
  {
    id: 'coding-012',
    category: 'coding',
    quality: 'flawed',
    input: 'Write a function that returns the n-th Fibonacci number efficiently for n up to about 10,000, and explain its time complexity.',
    response: `Here's a clean recursive solution:

\`\`\`python
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
\`\`\`

It follows the mathematical definition directly: each Fibonacci number is the sum of the two before it, with fib(0) = 0 and fib(1) = 1.`,
  },
];
