import type UserConfig from "@11ty/eleventy/UserConfig";
import type { MarkdownIt, StateCore } from "markdown-it";
import { putTextBack, setAsideText } from "../markdown/set-aside-text.ts";

/**
 * Nunjucks compiles the Markdown pages that call components with their text set aside
 * (lib/markdown/set-aside-text.ts); markdown-it gets the text back first thing. Pages rendered
 * by another engine than Nunjucks then Markdown (`templateEngineOverride`) are left as they are.
 */
export default function setAsideTextPlugin(eleventyConfig: UserConfig): void {
  // By source file; a page the dev server reads again replaces its entry.
  const textsByPage = new Map<string, string[]>();

  eleventyConfig.addPreprocessor("set-aside-text", "md", (data: PageData, content: string) => {
    const inputPath = data.page?.inputPath;
    if (!inputPath || data.templateEngineOverride !== undefined) return undefined;
    const setAside = setAsideText(content);
    if (!setAside) {
      textsByPage.delete(inputPath);
      return undefined;
    }
    textsByPage.set(inputPath, setAside.texts);
    return setAside.template;
  });

  eleventyConfig.amendLibrary("md", (md: MarkdownIt) => {
    md.core.ruler.before("normalize", "put-text-back", (state: StateCore) => {
      const texts = textsByPage.get((state.env as PageData | undefined)?.page?.inputPath ?? "");
      if (texts) state.src = putTextBack(state.src, texts);
    });
  });
}

interface PageData {
  page?: { inputPath?: string };
  templateEngineOverride?: string;
}
