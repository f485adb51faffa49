import { useEffect, useState } from 'react'

/** Whether `deadline` (ms since the epoch) has passed: turns true on time, by a timer. */
export function usePassed(deadline: number): boolean {
  const [passed, setPassed] = useState(() => Date.now() >= deadline)
  useEffect(() => {
    if (passed) return
    const timer = setTimeout(() => setPassed(true), Math.max(0, deadline - Date.now()))
    return () => clearTimeout(timer)
  }, [deadline, passed])
  return passed
}

/** The time now, moved on every `ms` while mounted (for "3 minutes ago"). */
export function useNow(ms: number): number {
  const [now, setNow] = useState(Date.now)
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), ms)
    return () => clearInterval(timer)
  }, [ms])
  return now
}
