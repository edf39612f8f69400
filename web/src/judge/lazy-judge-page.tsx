// The judge page's code is fetched only when someone opens a judge page, so it is not in the first load.
import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ErrorNotice, Progress } from '../ui/status';

type JudgePageComponent = FunctionComponent<{ judgeId: string }>;
let loaded: JudgePageComponent | null = null;

export function LazyJudgePage({ judgeId }: { judgeId: string }) {
  const [page, setPage] = useState<JudgePageComponent | null>(() => loaded);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (page) return;
    let live = true;
    import('./judge-page').then(
      (module) => {
        loaded = module.JudgePage;
        if (live) setPage(() => module.JudgePage);
      },
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [page, attempt]);
  if (page) {
    const Page = page;
    return <Page judgeId={judgeId} />;
  }
  if (failed) {
    return (
      <ErrorNotice
        message="This page could not be loaded. Check your connection and try again."
        onRetry={() => {
          setFailed(false);
          setAttempt((n) => n + 1);
        }}
      />
    );
  }
  return <Progress label="Loading the judge’s page…" />;
}
