/**
 * Turns a display name into an id: "São Paulo" → "sao-paulo". On its own (no file reading) so
 * that code shipped to browsers can use it too.
 */
export function slugify(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
