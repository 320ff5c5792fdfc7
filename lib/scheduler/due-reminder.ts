const DAY = 86_400_000;

/**
 * Which reminder is due for a deadline now: the smallest configured "days before" whose moment has come
 * (deadline − d days ≤ now < deadline). Null when none is due yet or the deadline has passed. Pure.
 * With "3,1": from three days before, "before:3"; from one day before, "before:1" as well (each once).
 */
export function dueReminder(deadline: Date, now: Date, daysBefore: readonly number[]): number | null {
  const left = deadline.getTime() - now.getTime();
  if (left <= 0) return null;
  const due = daysBefore.filter((d) => d > 0 && left <= d * DAY);
  return due.length ? Math.min(...due) : null;
}
