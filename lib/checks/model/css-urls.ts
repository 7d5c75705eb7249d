/** The URLs a stylesheet points to with `url()` (fonts, icons, images), except inline `data:` ones. */
export function cssUrls(css: string): string[] {
  if (!css.includes("url(")) return [];
  const urls: string[] = [];
  for (const match of css.replace(/\/\*[\s\S]*?\*\//g, "").matchAll(URL)) {
    const url = (match[1] ?? match[2] ?? match[3] ?? "").trim();
    if (url && !url.startsWith("data:")) urls.push(url);
  }
  return urls;
}

const URL = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"]*))\s*\)/g;
