import { experimental_AstroContainer as AstroContainer } from "astro/container";
import { describe, expect, it } from "vitest";
import Term from "../../../src/components/Term.astro";
import CiteThis from "../../../src/components/CiteThis.astro";
import GlossaryPrint from "../../../src/components/GlossaryPrint.astro";

const container = await AstroContainer.create();
const render = (id: string, text: string) =>
  container.renderToString(Term, { locals: { locale: "en" }, props: { id }, slots: { default: text } });

describe("<Term>", () => {
  it("renders a link to the glossary entry, described by a tooltip with the definition", async () => {
    const html = await render("jnim", "JNIM");
    expect(html).toMatch(
      /<term-tip class="term" data-term="jnim"[^>]*><a class="term__link" href="\/glossary\/#jnim" aria-describedby="term-tip-jnim"[^>]*>JNIM<\/a>/,
    );
    expect(html).toMatch(/<span class="term__tip ui" id="term-tip-jnim" role="tooltip"[^>]*>/);
    expect(html).toContain("A coalition of jihadist groups that is part of al-Qaeda’s network.");
  });

  // Issue 13: the story carries each definition once, in its printed glossary; term-tip.ts
  // copies it into the tooltip.
  it("in the story, is the link alone; the printed glossary holds its definition under its id", async () => {
    const html = await container.renderToString(Term, {
      locals: { locale: "en" },
      props: { id: "jnim", tip: "glossary" },
      slots: { default: "JNIM" },
    });
    expect(html).toMatch(
      /<term-tip class="term" data-term="jnim" data-tip="glossary"[^>]*><a class="term__link" href="\/glossary\/#jnim"[^>]*>JNIM<\/a><\/term-tip>/,
    );
    expect(html).not.toContain("aria-describedby");
    expect(html).not.toContain("term__tip");
    const glossary = await container.renderToString(GlossaryPrint, { locals: { locale: "en" }, props: {} });
    expect(glossary).toMatch(
      /data-term="jnim"[^>]*><dt[^>]*><dfn[^>]*>JNIM<\/dfn>[\s\S]*?<dd[^>]*><p[^>]*>A coalition of jihadist groups that is part of al-Qaeda’s network\./,
    );
  });

  // The inline tooltip's colon is the edition's (punctuation.colon), right after the name: no
  // English colon in French, no space the template could add between them.
  it("writes the term's name and the edition's colon together, as its strings give them", async () => {
    expect(await render("jnim", "JNIM")).toMatch(/<span class="term__name"[^>]*>JNIM:<\/span> A coalition/);
    const fr = await container.renderToString(Term, {
      locals: { locale: "fr" },
      props: { id: "jnim" },
      slots: { default: "JNIM" },
    });
    expect(fr).toMatch(/<span class="term__name"[^>]*>JNIM\u00a0:<\/span> \S/);
  });

  it("writes a date in a definition from the data, with Intl", async () => {
    expect(await render("coup", "coup")).toContain("detained President Mohamed Bazoum on July 26, 2023.");
  });

  it("stops the build on an unknown term id, naming the id", async () => {
    await expect(render("jnmi", "JNIM")).rejects.toThrow(
      /field "<Term id>": unknown glossary term \(no entry with this id in content\/glossary.json\).*\(value: "jnmi"\)/,
    );
  });
});

describe("<CiteThis>", () => {
  it("shows the three citations, each with a copy button that targets it", async () => {
    const html = await container.renderToString(CiteThis, { locals: { locale: "en" }, props: {} });
    for (const style of ["apa", "mla", "chicago"]) {
      expect(html).toContain(`id="cite-${style}"`);
      expect(html).toContain(`data-target="cite-${style}"`);
    }
    // The copied text (data-text) is exactly what the page shows, without the italics; APA dates
    // the page by its last update (story.json → updated).
    expect(html).toContain(
      'data-text="Niger explainer. (2026, November 30). Niger after the coup: The attacks, the departures and the pact. https://example.com/"',
    );
    // How current the facts are is said next to the citations.
    expect(html).toContain("Facts as of February 15, 2026; updated November 30, 2026.");
    expect(html).toMatch(
      /<i[^>]*>Niger after the coup: The attacks, the departures and the pact<\/i>\. https:\/\/example.com\//,
    );
    expect(html).toContain("Accessed [date].");
  });
});

describe("<GlossaryPrint>", () => {
  it("lists the terms the story marks, for the printed handout", async () => {
    const html = await container.renderToString(GlossaryPrint, { locals: { locale: "en" }, props: {} });
    expect(html).toMatch(/class="glossary-print prose[ "]/);
    expect(html).toContain("<dfn");
    expect(html).toContain(">JNIM</dfn>");
    // Background terms that the story does not mark stay out of the handout.
    expect(html).not.toContain(">Operation Barkhane</dfn>");
  });
});
