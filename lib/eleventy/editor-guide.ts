import type UserConfig from "@11ty/eleventy/UserConfig";
import { containerDefinitions } from "../../components/containers.ts";
import { componentRegistry } from "../../components/registry.ts";
import { editorGuideData } from "../components/editor-guide-data.ts";
import { frontMatterSchema } from "../schema/front-matter.ts";

/** `editorGuide`, the global data the pages of « Rédiger une page » are generated from. */
export default function editorGuidePlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addGlobalData("editorGuide", () =>
    editorGuideData(frontMatterSchema, [...componentRegistry.values()], containerDefinitions),
  );
}
