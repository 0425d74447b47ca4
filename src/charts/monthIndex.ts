/** Months as integers, so that month arithmetic is exact: "2023-07" → 2023 × 12 + 6. */
export function monthIndex(month: string): number {
  const [y, m] = month.split("-").map(Number);
  return y! * 12 + (m! - 1);
}

/** The month of an index: 24282 → "2023-07". */
export function monthOf(index: number): string {
  const y = Math.floor(index / 12);
  return `${y}-${String(index - y * 12 + 1).padStart(2, "0")}`;
}

/** A date (YYYY-MM-DD) as a fractional month index: the 26th of July is well into July. */
export function monthPosition(date: string): number {
  const [y, m, d] = date.split("-").map(Number);
  const days = new Date(Date.UTC(y!, m!, 0)).getUTCDate();
  return monthIndex(date.slice(0, 7)) + (d! - 1) / days;
}
