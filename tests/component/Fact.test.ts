import { experimental_AstroContainer as AstroContainer } from "astro/container";
import { describe, expect, it } from "vitest";
import Fact from "../../src/components/Fact.astro";
import FactCheck from "../../src/components/FactCheck.astro";
import SourceTitle from "../../src/components/SourceTitle.astro";

const container = await AstroContainer.create();
const render = (props: Record<string, unknown>) =>
  container.renderToString(Fact, { locals: { locale: "en" }, props });

describe("<Fact>", () => {
  it("renders a figure from the data, linked to its sources", async () => {
    const html = await render({ id: "kandadji_attack.soldiers-killed" });
    expect(html).toMatch(/<a class="fact[^"]*" href="#source-kandadji_attack"[^>]*>12<\/a>/);
  });

  it("formats a date with Intl in the story's locale", async () => {
    expect(await render({ id: "coup_2023.date" })).toContain(">July 26, 2023</a>");
  });

  it("labels the army's claim as unverified and says 'about' when the source does", async () => {
    const html = await render({ id: "kandadji_attack.attackers-killed-army-claim-unverified" });
    expect(html).toContain(">about 100</a>");
    expect(html).toContain("(army claim, unverified)");
  });

  it("leaves the labels out when asked (the sentence says them)", async () => {
    const html = await render({ id: "kandadji_attack.attackers-killed-army-claim-unverified", bare: true });
    expect(html).toContain(">100</a>");
    expect(html).not.toContain("army claim");
  });

  it("stops the build on an unknown fact id", async () => {
    await expect(render({ id: "kandadji_attack.soldiers" })).rejects.toThrow(
      'unknown fact id "kandadji_attack.soldiers"',
    );
  });
});

describe("<FactCheck>", () => {
  it("shows what the report said and what the sources show, with a link to them", async () => {
    const html = await container.renderToString(FactCheck, {
      locals: { locale: "en" },
      props: { said: "early October", event: "kandadji_attack" },
      slots: { default: "28 September 2023" },
    });
    expect(html).toContain("The original report said");
    expect(html).toContain("early October");
    expect(html).toContain("28 September 2023");
    expect(html).toContain('href="#source-kandadji_attack"');
  });

  it("has an Update variant for a report that was right when written but overtaken by events", async () => {
    const html = await container.renderToString(FactCheck, {
      locals: { locale: "en" },
      props: { said: "no plans to withdraw", event: "us_withdrawal_complete", kind: "update" },
      slots: { default: "all US forces had left by 15 September 2024" },
    });
    expect(html).toContain('aria-label="Update"');
    expect(html).toContain("Since then");
    expect(html).not.toContain("Fact check");
    expect(html).not.toContain("The sources show");
  });
});

describe("<SourceTitle>", () => {
  it("puts only a headline read from the page in quotation marks", async () => {
    const headline = await container.renderToString(SourceTitle, {
      locals: { locale: "en" },
      props: { title: "Last French troops leave Niger", kind: "headline" },
    });
    expect(headline).toContain("“Last French troops leave Niger”");
    const rebuilt = await container.renderToString(SourceTitle, {
      locals: { locale: "en" },
      props: {
        title: "Niger Says 17 Soldiers Killed in Ambush",
        kind: "fromAddress",
      },
    });
    expect(rebuilt).not.toContain("“");
    expect(rebuilt).toContain("title rebuilt from the web address");
    const label = await container.renderToString(SourceTitle, {
      locals: { locale: "en" },
      props: { title: "RFI report on the attack", kind: "label" },
    });
    expect(label).not.toContain("“");
    expect(label).toContain("our description; headline not seen");
  });

  it("marks a title in another language than the page's with lang, both ways", async () => {
    const onDefault = await container.renderToString(SourceTitle, {
      locals: { locale: "en" },
      props: { title: "Les derniers militaires ont quitté le pays", kind: "headline", lang: "fr" },
    });
    expect(onDefault).toMatch(/“<span lang="fr"[^>]*>Les derniers militaires ont quitté le pays<\/span>”/);
    // On another edition's page, a title in the default edition's language (no lang in the data) is
    // marked with that language, in the edition's own quotation marks.
    const onOther = await container.renderToString(SourceTitle, {
      locals: { locale: "fr" },
      props: { title: "Last troops leave", kind: "headline" },
    });
    expect(onOther).toMatch(/<span lang="en"[^>]*>Last troops leave<\/span>/);
    const sameLanguage = await container.renderToString(SourceTitle, {
      locals: { locale: "fr" },
      props: { title: "Le retrait", kind: "headline", lang: "fr" },
    });
    expect(sameLanguage).not.toContain("<span");
  });
});
