/** "low — APPROXIMATE, about ±15 km" → 15: the radius of an estimated location's uncertainty ring. */
export function uncertaintyKm(text: string): number | null {
  const m = /±\s*(\d+(?:\.\d+)?)\s*km/.exec(text);
  return m ? Number(m[1]) : null;
}
