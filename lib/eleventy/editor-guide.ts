import type UserConfig from "@11ty/eleventy/UserConfig";
import { componentRegistry } from "../../components/registry.ts";
import { containerDefinitions } from "../../components/containers.ts";
import { editorGuide } from "../components/editor-guide.ts";
import { frontMatterSchema } from "../schema/front-matter.ts";

/** `editorGuide`, the global data the pages of « Rédiger une page » are generated from. */
export default function editorGuidePlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addGlobalData("editorGuide", () => editorGuide(frontMatterSchema, [...componentRegistry.values()], containerDefinitions));
}
