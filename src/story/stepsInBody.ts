/**
 * Every step declared in a chapter's frontmatter needs its text in the body as
 * `<Step id="...">`, and every `<Step>` in the body needs a declaration: otherwise a graphic
 * would have no words, or words no graphic. Returns the ids in body order.
 */
export function checkStepsInBody(file: string, declared: string[], body: string): string[] {
  const inBody = [...body.matchAll(/<Step\s+id=["']([^"']+)["']/g)].map((m) => m[1]!);
  const problems: string[] = [];
  for (const id of declared) {
    if (!inBody.includes(id))
      problems.push(`step "${id}" is declared in the frontmatter but has no <Step id="${id}"> in the text`);
  }
  for (const id of inBody) {
    if (!declared.includes(id))
      problems.push(`<Step id="${id}"> in the text is not declared in the frontmatter steps`);
  }
  const dup = inBody.find((id, i) => inBody.indexOf(id) !== i);
  if (dup) problems.push(`<Step id="${dup}"> appears twice in the text`);
  if (!problems.length && inBody.join() !== declared.join()) {
    problems.push(
      `the <Step> blocks are in the order ${inBody.join(", ")} but the frontmatter lists ${declared.join(", ")}`,
    );
  }
  if (problems.length) throw new Error(`${file}: ${problems.join("; ")}`);
  return inBody;
}

/** Step ids are anchors and graphic file names, so they must be unique across the story. */
export function checkUniqueStepIds(chapters: { file: string; steps: { id: string }[] }[]): void {
  const seen = new Map<string, string>();
  for (const c of chapters) {
    for (const s of c.steps) {
      const first = seen.get(s.id);
      if (first) throw new Error(`${c.file}: step id "${s.id}" is already used in ${first}`);
      seen.set(s.id, c.file);
    }
  }
}
