// Loads something once (and again on retry), keeping progress, data and a readable error together.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { RequestError } from '../api/request-error';

export type RequestState<T> =
  | { status: 'loading'; data: T | null }
  | { status: 'ready'; data: T }
  | { status: 'error'; data: T | null; message: string };

export function useRequest<T>(load: () => Promise<T>): RequestState<T> & { retry: () => void } {
  const [state, setState] = useState<RequestState<T>>({ status: 'loading', data: null });
  const [attempt, setAttempt] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  useEffect(() => {
    let live = true;
    setState((previous) => ({ status: 'loading', data: previous.data }));
    loadRef.current().then(
      (data) => live && setState({ status: 'ready', data }),
      (error) => live && setState((previous) => ({ status: 'error', data: previous.data, message: messageOf(error) })),
    );
    return () => {
      live = false;
    };
  }, [attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, retry };
}

export function messageOf(error: unknown): string {
  if (error instanceof RequestError) return error.message;
  return 'Something went wrong. Please try again.';
}
