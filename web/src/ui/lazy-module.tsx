// Code that only some visits need is fetched on demand (a dynamic import), once, with a retry if it fails.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ErrorNotice, Progress } from './status';

const loaded = new WeakMap<() => Promise<unknown>, unknown>();

/** `load` must be a module-level function (`() => import('…')`), so that the module is fetched only once. */
export function useLazyModule<M>(load: () => Promise<M>) {
  const [module, setModule] = useState<M | null>(() => (loaded.get(load) as M | undefined) ?? null);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (module) return;
    let live = true;
    load().then(
      (m) => {
        loaded.set(load, m);
        if (live) setModule(() => m);
      },
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [module, load, attempt]);
  const retry = () => {
    setFailed(false);
    setAttempt((n) => n + 1);
  };
  return { module, failed, retry };
}

interface LazyProps<M> {
  load: () => Promise<M>;
  loading: string;
  children: (module: M) => ComponentChildren;
}

/** Shows progress while `load` runs, a readable failure with a retry, then `children(module)`. */
export function Lazy<M>({ load, loading, children }: LazyProps<M>) {
  const { module, failed, retry } = useLazyModule(load);
  if (module) return <>{children(module)}</>;
  if (failed) return <ErrorNotice message="This part of the page could not be loaded. Check your connection and try again." onRetry={retry} />;
  return <Progress label={loading} />;
}
