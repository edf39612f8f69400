// The site's frame: skip link, header navigation, the current page, footer.
import { useEffect, useRef } from 'preact/hooks';
import { AboutPage } from './about/about-page';
import { ArenaPage } from './arena/arena-page';
import { LazyJudgePage } from './judge/lazy-judge-page';
import { judgeIdFromPath } from './leaderboard/judge-link';
import { LazyLeaderboardPage } from './leaderboard/lazy-leaderboard-page';
import { Link, usePath } from './router';
import { useDocumentTitle } from './ui/use-document-title';

const PAGES = [
  { path: '/', label: 'Arena' },
  { path: '/leaderboard', label: 'Leaderboard' },
  { path: '/about', label: 'About' },
];

export function App() {
  const path = normalise(usePath());
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // After in-page navigation, move focus to the new page's heading so screen readers announce it.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    main.current?.querySelector<HTMLElement>('h1')?.focus();
    window.scrollTo(0, 0);
  }, [path]);

  return (
    <>
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <header class="site-header">
        <div class="site-header-inner">
          <Link href="/" class="brand">
            <span class="brand-mark" aria-hidden="true">⚖</span> Judge Arena
          </Link>
          <nav aria-label="Main">
            <ul>
              {PAGES.map((page) => (
                <li key={page.path}>
                  <Link href={page.path} current={page.path === path}>
                    {page.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <Page path={path} />
      </main>
      <footer class="site-footer">
        <p>
          Judge Arena is open source. Votes are anonymous; see <Link href="/about">About</Link> for what is kept.
        </p>
      </footer>
    </>
  );
}

function Page({ path }: { path: string }) {
  switch (path) {
    case '/':
      return <ArenaPage />;
    case '/leaderboard':
      return <LazyLeaderboardPage />;
    case '/about':
      return <AboutPage />;
    default: {
      const judgeId = judgeIdFromPath(path);
      // Keyed by judge, so going from one judge's page to another's loads the new judge's figures.
      return judgeId === null ? <NotFound /> : <LazyJudgePage key={judgeId} judgeId={judgeId} />;
    }
  }
}

function NotFound() {
  useDocumentTitle('Page not found');
  return (
    <div class="page-intro">
      <h1 tabIndex={-1}>Page not found</h1>
      <p>
        There is nothing here. Try the <Link href="/">arena</Link> or the <Link href="/leaderboard">leaderboard</Link>.
      </p>
    </div>
  );
}

function normalise(path: string): string {
  return path.length > 1 ? path.replace(/\/+$/, '') : path;
}
