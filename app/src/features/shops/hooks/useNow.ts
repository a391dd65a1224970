import { useEffect, useState } from "react";

/**
 * The current time, refreshed every `intervalMs` (a minute by default), so "open now" changes while the page is open.
 * @example const now = useNow(); openingStatus(hours, now)
 */
export function useNow(intervalMs = 60_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
