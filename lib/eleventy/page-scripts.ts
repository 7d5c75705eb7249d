import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import nunjucks from "nunjucks";
import { error } from "../checks/finding.ts";
import { pageScriptsOf, scriptTags } from "../pages/page-scripts.ts";
import type { BuildContext } from "../pipeline/build-context.ts";
import { nthLineOf } from "../shared/source-line.ts";
import { directoriesOf } from "./eleventy-shapes.ts";

/**
 * `{% js "body" %}<script src="/js/contact.js"></script>{% endjs %}`, as eleventy-dsfr pages
 * write it: the page loads those scripts, and only that page. A script written inline is published
 * as a file of its own, so that no page holds inline code and the strict Content Security Policy
 * of deploy/nginx.conf (`script-src 'self'`) holds. `pageScripts(page.url, "body")` writes the
 * `<script>` elements where the layout puts them.
 */
export default function pageScriptsPlugin(eleventyConfig: UserConfig, { build }: { build: BuildContext }): void {
  const callsByPage = new Map<string, number>();
  build.onRun(() => callsByPage.clear());

  eleventyConfig.addPairedShortcode("js", function (this: ShortcodeContext, content: string, bucket: unknown = "body") {
    const page = this.page;
    const count = (callsByPage.get(page.url) ?? 0) + 1;
    callsByPage.set(page.url, count);
    const file = path.relative(".", page.inputPath);
    const scripts = pageScriptsOf(content, bucket);
    if ("problem" in scripts) {
      const line = nthLineOf(file, /\{%-?\s*js\b/g, count);
      build.report(error("page-script-invalid", file, scripts.problem.message, scripts.problem.fix, line));
      return "";
    }
    const known = build.pageScripts.get(page.url) ?? [];
    build.pageScripts.set(page.url, [...known, ...scripts.scripts]);
    for (const script of scripts.scripts) if (script.code !== undefined) build.scriptFiles.set(script.src, script.code);
    return "";
  });

  eleventyConfig.addNunjucksGlobal("pageScripts", (url: string, bucket: string) => {
    const scripts = (build.pageScripts.get(url) ?? []).filter((script) => script.bucket === bucket);
    return new nunjucks.runtime.SafeString(scriptTags(scripts));
  });

  build.onWrite(async () => {
    const output = directoriesOf(eleventyConfig).output;
    for (const [src, code] of build.scriptFiles) {
      const target = path.join(output, src);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, code);
    }
  });
}

interface ShortcodeContext {
  page: { url: string; inputPath: string };
}
