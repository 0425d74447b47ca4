/**
 * Adds a stylesheet (same origin: the CSP's style-src 'self') and resolves once it has loaded, or
 * failed: the map works without it, only its controls look plain. Imported as `?url` and added
 * here, the map library's CSS loads with the map, not with the page.
 */
export function loadStylesheet(href: string): Promise<void> {
  const existing = document.querySelector<HTMLLinkElement>(
    `link[rel="stylesheet"][href="${CSS.escape(href)}"]`,
  );
  if (existing) return Promise.resolve();
  return new Promise((resolve) => {
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = href;
    link.onload = () => resolve();
    link.onerror = () => resolve();
    document.head.append(link);
  });
}
