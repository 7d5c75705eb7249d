import type { MarkdownIt } from "markdown-it";
import type { Dimensions } from "../images/dimensions.ts";

/**
 * Writes width and height on Markdown images (so the page does not jump while loading)
 * and lets the browser load them lazily.
 */
export function imageAttributes(md: MarkdownIt, dimensionsOf: (src: string) => Dimensions | undefined): void {
  const render = md.renderer.rules.image!;
  md.renderer.rules.image = (tokens, index, options, env, self) => {
    const token = tokens[index]!;
    const size = dimensionsOf(String(token.attrGet("src") ?? ""));
    if (size && !token.attrGet("width")) {
      token.attrSet("width", String(size.width));
      token.attrSet("height", String(size.height));
    }
    if (!token.attrGet("loading")) token.attrSet("loading", "lazy");
    token.attrSet("decoding", "async");
    return render(tokens, index, options, env, self);
  };
}
