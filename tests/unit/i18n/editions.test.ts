import { describe, expect, it } from "vitest";
import { applyDataWords, makeDataWordsSchema, siteKey, troopKey } from "../../../src/data/dataWords";
import type { StoryData } from "../../../src/data/storyData";
import { validate } from "../../../src/data/validate";
import { mergeChapterWords, chapterWordsSchema } from "../../../src/story/chapterWords";
import type { ChapterData } from "../../../src/story/chapterSchema";
import { makeStoryWordsSchema, mergeStoryWords, type StoryMeta } from "../../../src/story/storyMeta";
import { formatDate, formatNumber } from "../../../src/i18n/format";
import { troopLevelsChart, type TroopLevelsInput } from "../../../src/charts/kinds/troopLevels";
import { loadStrings } from "../../../src/i18n/strings";
import { storyInput } from "../charts/chartOptions";

// Another edition's words are checked where they enter the code: a missing or an extra step, id or
// name stops the build naming the file, the field and the value. Small fixtures, not the story.

const errorOf = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error("expected an error");
};

const chapter: ChapterData = {
  title: "A chapter",
  summary: "A summary of the chapter, long enough.",
  steps: [
    { id: "first-step", chart: { id: "c", state: "s" }, alt: "A chart of something, described." },
    { id: "second-step", chart: { id: "c", state: "t" }, alt: "The same chart in another state." },
  ],
};
const words = (steps: string[], extra: Record<string, unknown> = {}) =>
  validate(
    chapterWordsSchema,
    {
      title: "Un chapitre",
      summary: "Le résumé du chapitre, assez long.",
      steps: steps.map((id) => ({ id, alt: "Un graphique de quelque chose, décrit." })),
      ...extra,
    },
    { file: "content/locales/xx/chapters/01-a.mdx" },
  );
const file = "content/locales/xx/chapters/01-a.mdx";

describe("a chapter of another edition", () => {
  it("takes its words and the default chapter's graphics, step by step", () => {
    const merged = mergeChapterWords(chapter, words(["first-step", "second-step"]), file);
    expect(merged.title).toBe("Un chapitre");
    expect(merged.steps.map((s) => [s.id, s.chart, s.alt])).toEqual([
      ["first-step", { id: "c", state: "s" }, "Un graphique de quelque chose, décrit."],
      ["second-step", { id: "c", state: "t" }, "Un graphique de quelque chose, décrit."],
    ]);
  });

  it("stops on a missing step, naming the file, the field and the step", () => {
    expect(errorOf(() => mergeChapterWords(chapter, words(["first-step"]), file))).toBe(
      `${file}, field "steps": missing step: the default edition's chapter has the step(s) second-step (value: "second-step")`,
    );
  });

  it("stops on a step the default edition lacks", () => {
    expect(
      errorOf(() => mergeChapterWords(chapter, words(["first-step", "second-step", "third-step"]), file)),
    ).toBe(
      `${file}, field "steps[2].id": no such step in the default edition's chapter (steps: first-step, second-step) (value: "third-step")`,
    );
  });

  it("stops on steps out of order", () => {
    expect(errorOf(() => mergeChapterWords(chapter, words(["second-step", "first-step"]), file))).toMatch(
      /field "steps\[0\]\.id": steps are out of order: expected "first-step" here.*\(value: "second-step"\)/,
    );
  });

  it("stops on a handout summary the default chapter does not have, and on graphics in the frontmatter", () => {
    expect(
      errorOf(() =>
        mergeChapterWords(
          chapter,
          words(["first-step", "second-step"], { handout: { summary: "x".repeat(50) } }),
          file,
        ),
      ),
    ).toMatch(/field "handout": the default edition's chapter has none/);
    // Graphics come from the default edition: a map or chart in a translation is a misspelt field.
    expect(
      errorOf(() =>
        words(["first-step"], {
          steps: [
            { id: "first-step", alt: "Un graphique de quelque chose.", chart: { id: "c", state: "s" } },
          ],
        }),
      ),
    ).toMatch(/01-a\.mdx, field "steps\[0\]": Unrecognized key: "chart"/);
  });
});

/** The smallest data that has every kind of word data.json gives. */
const data = {
  places: [{ id: "town_a", name: "Town A" }],
  placeById: new Map(),
  countries: [{ iso3: "AAA", name: "Aland" }],
  regions: [{ id: "north", name: "North" }],
  attacks: [
    {
      event_id: "raid",
      name: "The raid",
      region: "North or South (sources conflict)",
      attackers_killed_claimed: "'several dozen' (army claim)",
    },
    { event_id: "ambush", name: "The ambush", region: "North", attackers_killed_claimed: null },
  ],
  bases: [{ force: "Blue", place_id: "town_a", base: "Camp A", role: "air base" }],
  troops: [
    {
      force: "Blue",
      date: "2023-01-01",
      location: "Aland (total)",
      description: "About 10 soldiers",
      source: "Wire (citing a ministry)",
      qualifier: "about ('some 10')",
    },
  ],
  timeline: {
    events: [
      {
        id: "raid",
        title: "Raid",
        summary: "A raid.",
        perpetrator: "Claimed by a group, per an agency.",
        confidence: "high",
        sources: [{ publisher: "An Outlet (via A Mirror)", title: "Raid", url: "https://example.org/raid" }],
        figures: [
          {
            label: "soldiers killed",
            value: 3,
            unit: "soldiers",
            qualifier: "official",
            breakdown: { "in combat": 2 },
          },
        ],
      },
    ],
    context_statements: [
      {
        id: "said",
        statement: "Someone said something.",
        confidence: "medium",
        sources: [{ publisher: "Wire", title: "Said", url: "https://example.org/said" }],
      },
    ],
    actors: [],
    meta: { description: "", flags: [] },
  },
  river: { type: "Feature", properties: {}, geometry: { type: "MultiLineString", coordinates: [] } },
} as unknown as StoryData;
const dataWords = {
  places: { town_a: "Ville A" },
  countries: { AAA: "Alande" },
  regions: { north: "Nord" },
  events: {
    raid: {
      title: "Raid",
      summary: "Un raid.",
      perpetrator: "Revendiqué par un groupe, selon une agence.",
      confidence: "élevée",
    },
  },
  statements: { said: { statement: "Quelqu'un a dit quelque chose.", confidence: "moyenne" } },
  incidents: { raid: "Le raid", ambush: "L’embuscade" },
  claims: { raid: "« plusieurs dizaines »" },
  incidentRegions: {
    "North or South (sources conflict)": "Nord ou Sud (les sources divergent)",
    North: "Nord",
  },
  qualifiers: { "about ('some 10')": "environ (« quelque 10 »)" },
  locations: { "Aland (total)": "Alande (ensemble du pays)" },
  sites: { [siteKey(data.bases[0]!)]: { base: "Camp A", role: "base aérienne", troops_reported: "~10" } },
  troops: { [troopKey(data.troops[0]!)]: "Environ 10 soldats" },
  figures: { "raid.soldiers-killed": { label: "soldats tués", note: "officiel" } },
  units: { soldiers: "soldats" },
  parts: { "in combat": "au combat" },
  publishers: {
    "An Outlet (via A Mirror)": "An Outlet (via un site miroir)",
    Wire: "Wire",
    "Wire (citing a ministry)": "Wire (citant un ministère)",
  },
};
const dataFile = "content/locales/xx/data.json";

describe("data.json of another edition", () => {
  it("replaces names, titles and descriptions, never ids or figures", () => {
    const out = applyDataWords(data, dataWords, dataFile);
    expect(out.places[0]).toEqual({ id: "town_a", name: "Ville A" });
    expect(out.placeById.get("town_a")?.name).toBe("Ville A");
    expect(out.countries[0]!.name).toBe("Alande");
    expect(out.regions[0]).toEqual({ id: "north", name: "Nord" });
    expect(out.timeline.events[0]).toMatchObject({
      id: "raid",
      title: "Raid",
      summary: "Un raid.",
      perpetrator: "Revendiqué par un groupe, selon une agence.",
    });
    // A figure keeps its label (fact ids are made from it) and gets the edition's words beside it.
    expect(out.timeline.events[0]!.figures[0]).toMatchObject({
      label: "soldiers killed",
      value: 3,
      words: {
        label: "soldats tués",
        unit: "soldats",
        note: "officiel",
        parts: { "in combat": "au combat" },
      },
    });
    expect(out.bases[0]).toMatchObject({ force: "Blue", place_id: "town_a", role: "base aérienne" });
    expect(out.troops[0]).toMatchObject({ date: "2023-01-01", description: "Environ 10 soldats" });
    expect(out.attacks[0]!.name).toBe("Le raid");
    // Who did it, how sure, and the publishers' notes: the edition's words; addresses stay.
    expect(out.timeline.events[0]).toMatchObject({
      perpetrator: "Revendiqué par un groupe, selon une agence.",
      confidence: "élevée",
      sources: [{ publisher: "An Outlet (via un site miroir)", url: "https://example.org/raid" }],
    });
    expect(out.timeline.context_statements[0]).toMatchObject({
      statement: "Quelqu'un a dit quelque chose.",
      confidence: "moyenne",
    });
    expect(out.timeline.context_statements[0]!.sources[0]!.publisher).toBe("Wire");
    expect(out.troops[0]!.source).toBe("Wire (citant un ministère)");
    // The army's claim in the edition's words; an incident without a claim has none to translate.
    expect(out.attacks.map((a) => a.attackers_killed_claimed)).toEqual(["« plusieurs dizaines »", null]);
    expect(out.attacks.map((a) => a.region)).toEqual(["Nord ou Sud (les sources divergent)", "Nord"]);
    // The qualifier and location the engine reads stay as the data writes them, the words beside them.
    expect(out.troops[0]).toMatchObject({
      qualifier: "about ('some 10')",
      location: "Aland (total)",
      words: { qualifier: "environ (« quelque 10 »)", location: "Alande (ensemble du pays)" },
    });
    // The default edition's data is left as it was.
    expect(data.places[0]!.name).toBe("Town A");
  });

  it("stops on a missing place name, naming the file, the field and the id", () => {
    expect(errorOf(() => applyDataWords(data, { ...dataWords, places: {} }, dataFile))).toMatch(
      /^content\/locales\/xx\/data\.json, field "places\.town_a": .*\(value: \(missing\)\)/,
    );
  });

  it("stops on an id the data does not have", () => {
    expect(
      errorOf(() =>
        applyDataWords(data, { ...dataWords, regions: { north: "Nord", south: "Sud" } }, dataFile),
      ),
    ).toMatch(/data\.json, field "regions": Unrecognized key: "south"/);
  });

  it("stops on a figure note missing where the data qualifies the number", () => {
    expect(
      errorOf(() =>
        applyDataWords(
          data,
          { ...dataWords, figures: { "raid.soldiers-killed": { label: "soldats tués" } } },
          dataFile,
        ),
      ),
    ).toMatch(/data\.json, field "figures\.raid\.soldiers-killed\.note": .*\(value: \(missing\)\)/);
  });

  it("stops on a missing army claim, naming the file, the field and the incident", () => {
    expect(errorOf(() => applyDataWords(data, { ...dataWords, claims: {} }, dataFile))).toMatch(
      /data\.json, field "claims\.raid": .*\(value: \(missing\)\)/,
    );
  });

  it("stops on a claim for an incident without one, and on a blank qualifier", () => {
    expect(
      errorOf(() =>
        applyDataWords(data, { ...dataWords, claims: { raid: "des dizaines", ambush: "10" } }, dataFile),
      ),
    ).toMatch(/data\.json, field "claims": Unrecognized key: "ambush"/);
    expect(
      errorOf(() =>
        applyDataWords(data, { ...dataWords, qualifiers: { "about ('some 10')": " " } }, dataFile),
      ),
    ).toMatch(/data\.json, field "qualifiers\.about \('some 10'\)"/);
  });

  it("stops on a missing attribution where the event has one", () => {
    expect(
      errorOf(() =>
        applyDataWords(
          data,
          { ...dataWords, events: { raid: { title: "Raid", summary: "Un raid." } } },
          dataFile,
        ),
      ),
    ).toMatch(/data\.json, field "events\.raid\.perpetrator": .*\(value: \(missing\)\)/);
  });

  it("stops on a missing event title", () => {
    expect(
      errorOf(() =>
        applyDataWords(data, { ...dataWords, events: { raid: { summary: "Un raid." } } }, dataFile),
      ),
    ).toMatch(/data\.json, field "events\.raid\.title": .*\(value: \(missing\)\)/);
  });

  // Issue #12: the French timeline printed the English "Who did it" and "Confidence" of every event.
  it("stops on a missing perpetrator where the data names one, naming the file, the field and the value", () => {
    const { perpetrator: _, ...raid } = dataWords.events.raid;
    expect(errorOf(() => applyDataWords(data, { ...dataWords, events: { raid } }, dataFile))).toMatch(
      /^content\/locales\/xx\/data\.json, field "events\.raid\.perpetrator": the data has one: "Claimed by a group, per an agency\." \(value: \(missing\)\)/,
    );
  });

  it("stops on a perpetrator or a confidence where the data has none", () => {
    const bare = {
      ...data,
      timeline: { ...data.timeline, events: [{ ...data.timeline.events[0]!, perpetrator: undefined }] },
    };
    expect(errorOf(() => applyDataWords(bare, dataWords, dataFile))).toMatch(
      /data\.json, field "events\.raid\.perpetrator": the data has none for this event \(value: "Revendiqué par un groupe, selon une agence\."\)/,
    );
  });

  it("stops on a map credit without the edition's words, and takes them where given", () => {
    const map = { unmapped: [], credits: ["Atlas (public domain)", "Wire", "Wire"] };
    expect(errorOf(() => applyDataWords(data, dataWords, dataFile, map))).toMatch(
      /data\.json, field "credits": .*\(value: \(missing\)\)/,
    );
    const credits = { "Atlas (public domain)": "Atlas (domaine public)", Wire: "Wire" };
    expect(applyDataWords(data, { ...dataWords, credits }, dataFile, map).creditWords).toEqual(credits);
  });

  // The yearly chart's source line printed "UCDP GED 24.1 via OWID grapher (updated …)" on /fr/.
  it("stops on a dataset version without the edition's words, and takes them where given", () => {
    const ids = { unmapped: [], versions: ["Set 1 (updated 2024)"] };
    expect(errorOf(() => applyDataWords(data, dataWords, dataFile, ids))).toMatch(
      /data\.json, field "versions": .*\(value: \(missing\)\)/,
    );
    const versions = { "Set 1 (updated 2024)": "Série 1 (mise à jour 2024)" };
    expect(applyDataWords(data, { ...dataWords, versions }, dataFile, ids).versionWords).toEqual(versions);
  });

  // A context statement's confidence stayed in English in every edition.
  it("stops on a context statement's confidence missing where the data has one, or given where it has none", () => {
    const said = { statement: "Quelqu'un a dit quelque chose." };
    expect(errorOf(() => applyDataWords(data, { ...dataWords, statements: { said } }, dataFile))).toMatch(
      /data\.json, field "statements\.said\.confidence": the data has one: "medium" \(value: \(missing\)\)/,
    );
    const unrated = {
      ...data,
      timeline: {
        ...data.timeline,
        context_statements: [{ ...data.timeline.context_statements[0]!, confidence: "" }],
      },
    };
    expect(errorOf(() => applyDataWords(unrated, dataWords, dataFile))).toMatch(
      /field "statements\.said\.confidence": the data has none for this statement \(value: "moyenne"\)/,
    );
  });

  it("stops on a missing confidence, and on a publisher the data does not cite", () => {
    const { confidence: _, ...raid } = dataWords.events.raid;
    expect(errorOf(() => applyDataWords(data, { ...dataWords, events: { raid } }, dataFile))).toMatch(
      /field "events\.raid\.confidence": the data has one: "high"/,
    );
    expect(
      errorOf(() =>
        applyDataWords(
          data,
          { ...dataWords, publishers: { ...dataWords.publishers, Other: "Autre" } },
          dataFile,
        ),
      ),
    ).toMatch(/field "publishers": Unrecognized key: "Other"/);
  });

  it("lists every word the schema asks for, from the data's own ids", () => {
    expect(Object.keys(makeDataWordsSchema(data).shape)).toEqual([
      "places",
      "countries",
      "regions",
      "events",
      "statements",
      "incidents",
      "sites",
      "troops",
      "claims",
      "incidentRegions",
      "qualifiers",
      "locations",
      "figures",
      "units",
      "publishers",
      "unmapped",
      "credits",
      "versions",
      "parts",
    ]);
  });
});

describe("story.json words of another edition", () => {
  const meta = {
    locales: ["en", "xx"],
    headline: "A headline for the story",
    dek: "A standfirst long enough to pass.",
    published: "2026-01-01",
    factsAsOf: "2026-01-01",
    project: "Project",
    credits: [{ role: "Text", text: "Us" }],
    datasets: [
      {
        name: "Set",
        publisher: "Pub",
        url: "https://example.org/",
        licence: "CC",
        files: ["a.csv"],
        note: "N",
      },
    ],
    data: { files: { places: "p.csv" } },
    method: ["One paragraph."],
    corrections: { policy: "We correct.", items: [{ date: "2026-01-02", text: "Fixed." }] },
  } as unknown as Omit<StoryMeta, "locale">;
  const words = {
    headline: "Un titre pour le récit",
    dek: "Un chapeau assez long pour passer.",
    project: "Projet",
    credits: [{ role: "Texte", text: "Nous" }],
    datasets: [{ name: "Jeu", publisher: "Éditeur", licence: "CC", note: "Note" }],
    method: ["Un paragraphe."],
    corrections: { policy: "Nous corrigeons.", items: [{ date: "2026-01-02", text: "Corrigé." }] },
  };
  const file = "content/locales/xx/story.json";

  it("keeps addresses, files and dates from story.json", () => {
    const out = mergeStoryWords(meta, validate(makeStoryWordsSchema(meta), words, { file }), file);
    expect(out.datasets[0]).toEqual({ ...meta.datasets[0], name: "Jeu", publisher: "Éditeur", note: "Note" });
    expect(out.published).toBe("2026-01-01");
  });

  it("stops on a missing paragraph of the method, or a url repeated in a dataset", () => {
    expect(errorOf(() => validate(makeStoryWordsSchema(meta), { ...words, method: [] }, { file }))).toMatch(
      /story\.json, field "method": expected 1 paragraphs, as in story\.json/,
    );
    expect(
      errorOf(() =>
        validate(
          makeStoryWordsSchema(meta),
          { ...words, datasets: [{ ...words.datasets[0], url: "https://example.org/" }] },
          { file },
        ),
      ),
    ).toMatch(/field "datasets\[0\]": Unrecognized key: "url"/);
  });
});

describe("numbers and dates in the edition's locale (Intl)", () => {
  it("writes a French date, a grouped number with a narrow no-break space and a decimal comma", () => {
    expect(formatDate("2023-09-28", "fr")).toBe("28 septembre 2023");
    expect(formatNumber(1100, "fr")).toBe("1\u202f100");
    expect(formatNumber(2.5, "fr", { maximumFractionDigits: 1 })).toBe("2,5");
  });

  it("labels a chart's axes through Intl: French month abbreviations, grouped numbers", () => {
    const chart = troopLevelsChart(storyInput<TroopLevelsInput>("foreign-troops"), {
      width: 700,
      height: 330,
      state: "both",
      locale: "fr",
      strings: loadStrings("en"),
    });
    const ticks = chart.marks.filter((m) => m.type === "text" && m.cls.split(" ").includes("tick"));
    const texts = ticks.flatMap(
      (m) => (m as { lines?: string[]; text?: string }).lines ?? [String((m as { text?: string }).text)],
    );
    const frMonths = Array.from({ length: 12 }, (_, i) =>
      new Intl.DateTimeFormat("fr", { month: "short", timeZone: "UTC" }).format(
        new Date(Date.UTC(2023, i, 1)),
      ),
    );
    expect(texts.some((t) => frMonths.includes(t))).toBe(true);
    expect(texts.filter((t) => /^\d/.test(t) && !/^\d{4}$/.test(t)).every((t) => !t.includes(","))).toBe(
      true,
    );
    expect(texts).toContain("1\u202f000");
  });
});
