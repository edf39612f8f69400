// A small site needs no router library: the History API, two hooks and a link that uses them.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';

const NAVIGATE_EVENT = 'judge-arena:navigate';

/** Goes to `url` (a path, with a query string if any); `replace` keeps the history entry (a filter change). */
export function navigate(url: string, { replace = false } = {}) {
  if (url === location.pathname + location.search) return;
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

function useLocationPart(read: () => string): string {
  const [value, setValue] = useState(read);
  useEffect(() => {
    const update = () => setValue(read());
    window.addEventListener('popstate', update);
    window.addEventListener(NAVIGATE_EVENT, update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener(NAVIGATE_EVENT, update);
    };
  }, [read]);
  return value;
}

const readPath = () => location.pathname;
const readSearch = () => location.search;

/** The current path; a change of the query string alone does not change it (nor move focus). */
export function usePath(): string {
  return useLocationPart(readPath);
}

/** The current query string, "?…" or "". */
export function useSearch(): string {
  return useLocationPart(readSearch);
}

interface LinkProps {
  href: string;
  class?: string;
  current?: boolean;
  children: ComponentChildren;
}

/** An ordinary link (so open-in-new-tab works) that navigates in place on a plain click. */
export function Link({ href, class: className, current, children }: LinkProps) {
  const onClick = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  };
  return (
    <a href={href} class={className} aria-current={current ? 'page' : undefined} onClick={onClick}>
      {children}
    </a>
  );
}
