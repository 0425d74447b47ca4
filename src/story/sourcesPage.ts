/** Where the full list of sources, each report with its address, is served (relative to the base). */
export const SOURCES_PATH = "sources/";
