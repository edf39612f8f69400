// The judge page's code is fetched only when someone opens a judge page, so it is not in the first load.
import { Lazy } from '../ui/lazy-module';

const loadJudgePage = () => import('./judge-page');

export function LazyJudgePage({ judgeId }: { judgeId: string }) {
  return (
    <Lazy load={loadJudgePage} loading="Loading the judge’s page…">
      {({ JudgePage }) => <JudgePage judgeId={judgeId} />}
    </Lazy>
  );
}
