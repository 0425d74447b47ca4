import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { makeChapterSchema } from "./story/chapterSchema";
import { chapterIdFromFile } from "./story/chapterFile";
import { storyData } from "./data/storyData";
import { contentDir } from "./data/contentDir";
import { chartStates } from "./story/storyCharts";
import { loadMapContent } from "./map/mapLayers";
import { chapterWordsSchema } from "./story/chapterWords";
import { defaultLocale } from "./i18n/editions";

// The schema checks every reference against the data, content/map.json and content/charts.json,
// so a typo in a place, region, country, layer or chart id stops the build with the chapter
// file, the step and the value named.
const data = storyData(defaultLocale());

const chapters = defineCollection({
  // content/chapters/NN-slug.mdx: NN is the reading order, slug the chapter's id and anchor.
  loader: glob({
    pattern: "*.mdx",
    base: `${contentDir()}/chapters`, // CONTENT_DIR lets tests build from fixture content
    generateId: ({ entry }) => chapterIdFromFile(entry),
  }),
  schema: makeChapterSchema({
    layerIds: new Set(loadMapContent().layers.map((l) => l.id)),
    placeIds: new Set(data.places.map((p) => p.id)),
    regionIds: new Set(data.regions.map((r) => r.id)),
    countryIds: new Set(data.countries.map((c) => c.iso3)),
    chartStates: chartStates(),
  }),
});

// content/teach.mdx, the teacher's guide: a collection (not a static import) so that CONTENT_DIR
// gives each story its own guide; its frontmatter is checked by parseTeach (src/story/teach.ts).
const teach = defineCollection({
  loader: glob({ pattern: "teach.mdx", base: contentDir(), generateId: () => "teach" }),
});

// Another edition's chapters: content/locales/<tag>/chapters/NN-slug.mdx, id "<tag>/<slug>". Their
// frontmatter holds only words; the graphics come from the default edition's chapter with the
// same file name (merged and checked step by step in src/story/loadStory.ts).
const chapterTranslations = defineCollection({
  loader: glob({
    pattern: "*/chapters/*.mdx",
    base: `${contentDir()}/locales`,
    generateId: ({ entry }) => {
      const [tag, , file] = entry.split("/");
      return `${tag}/${chapterIdFromFile(file!)}`;
    },
  }),
  schema: chapterWordsSchema,
});

// Another edition's teacher's guide: content/locales/<tag>/teach.mdx, id "<tag>".
const teachTranslations = defineCollection({
  loader: glob({
    pattern: "*/teach.mdx",
    base: `${contentDir()}/locales`,
    generateId: ({ entry }) => entry.split("/")[0]!,
  }),
});

export const collections = { chapters, teach, chapterTranslations, teachTranslations };
