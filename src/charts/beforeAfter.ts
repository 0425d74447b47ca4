import type { MonthPoint } from "./kinds/monthlySeries";

export const violenceTypes = ["sb", "os", "ns"] as const;
export type ViolenceType = (typeof violenceTypes)[number];

export interface PeriodAverage {
  /** First and last month of the period, YYYY-MM. */
  from: string;
  to: string;
  /** Months in the period. */
  months: number;
  /** Deaths per month by type, over the months where the type is recorded (null: none is). */
  avg: Record<ViolenceType, number | null>;
  /** Deaths per month of all three types, over the months where all three are recorded. */
  total: number | null;
}

function average(values: (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length ? known.reduce((a, b) => a + b, 0) / known.length : null;
}

function period(months: readonly MonthPoint[]): PeriodAverage {
  const avg = Object.fromEntries(
    violenceTypes.map((t) => [t, average(months.map((m) => m[t]))]),
  ) as PeriodAverage["avg"];
  const totals = months.map((m) =>
    m.sb === null || m.os === null || m.ns === null ? null : m.sb + m.os + m.ns,
  );
  return {
    from: months[0]?.month ?? "",
    to: months[months.length - 1]?.month ?? "",
    months: months.length,
    avg,
    total: average(totals),
  };
}

/**
 * Deaths per month before and after an event (the chart's marker), over two periods of equal
 * length: every month after the event's month that the data has, and as many months up to and
 * including the event's month (so that month counts as "before"). Blank months do not count as
 * zero: an average is taken over the months where the type is recorded.
 */
export function beforeAfter(
  series: readonly MonthPoint[],
  date: string,
): { eventMonth: string; before: PeriodAverage; after: PeriodAverage } {
  const eventMonth = date.slice(0, 7);
  const sorted = [...series].sort((a, b) => a.month.localeCompare(b.month));
  const after = sorted.filter((m) => m.month > eventMonth);
  const upTo = sorted.filter((m) => m.month <= eventMonth);
  if (!after.length) throw new Error(`no month after ${eventMonth} in the monthly series`);
  if (upTo.length < after.length) {
    throw new Error(`the monthly series has fewer than ${after.length} months up to ${eventMonth}`);
  }
  const before = upTo.slice(upTo.length - after.length);
  return { eventMonth, before: period(before), after: period(after) };
}
