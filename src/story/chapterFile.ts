/**
 * Chapter files are named `NN-slug.mdx`: NN (two digits) is the reading order and `slug`
 * the chapter's id, used as its anchor (`#slug`).
 */
const pattern = /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.mdx$/;

export function chapterIdFromFile(file: string): string {
  const m = pattern.exec(file);
  if (!m) {
    throw new Error(
      `content/chapters/${file}: a chapter file must be named NN-slug.mdx (two digits, then lowercase words joined by hyphens)`,
    );
  }
  return m[2]!;
}

export function chapterOrderFromFile(file: string): number {
  const m = pattern.exec(file);
  if (!m) throw new Error(`content/chapters/${file}: cannot read the order from the file name`);
  return Number(m[1]);
}
