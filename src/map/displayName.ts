/** "Town (Country)" → "Town": notes in brackets in the places table are not shown on maps. */
export function displayName(name: string): string {
  return name.replace(/\s*\(.*\)$/, "");
}
