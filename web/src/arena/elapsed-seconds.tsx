// Whole seconds since a judge started, counted by the panel itself so that the page around it does not
// re-render every second. Mounted only while the judge runs; `ticking` pauses it (the connection is lost).
import { useEffect, useState } from 'preact/hooks';

export function ElapsedSeconds({ since, ticking }: { since: number; ticking: boolean }) {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    if (!ticking) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [ticking]);
  // Right after a reconnect `now` may predate the new start until the next tick.
  return <>{Math.max(0, Math.floor((now - since) / 1000))}</>;
}
