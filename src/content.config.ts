import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { makeChapterSchema } from "./story/chapterSchema";
import { chapterIdFromFile } from "./story/chapterFile";
import { storyData } from "./data/storyData";
import { contentDir } from "./data/contentDir";
import { chartStates } from "./story/storyCharts";
import { loadMapContent } from "./map/mapLayers";

// The schema checks every reference against the data, content/map.json and content/charts.json,
// so a typo in a place, region, country, layer or chart id stops the build with the chapter
// file, the step and the value named.
const data = storyData();

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

export const collections = { chapters, teach };
