// A judge page's list of figures: term and value pairs, in the leaderboard's "totals" style.

export type Fact = [term: string, value: string];

export function FactList({ facts, testId }: { facts: readonly Fact[]; testId: string }) {
  return (
    <dl class="totals" data-testid={testId}>
      {facts.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
