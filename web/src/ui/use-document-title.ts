import { useEffect } from 'preact/hooks';

/** Page titles name the page only, never a judge. */
export function useDocumentTitle(page: string) {
  useEffect(() => {
    document.title = page ? `${page} · Judge Arena` : 'Judge Arena';
  }, [page]);
}
