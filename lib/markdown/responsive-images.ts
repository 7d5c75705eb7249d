import type { MarkdownIt } from "markdown-it";
import type { Dimensions } from "../images/dimensions.ts";
import { pictureHtml } from "../images/picture-html.ts";
import type { ResponsiveImage } from "../images/responsive-image.ts";

/**
 * Markdown images as the site publishes them: a `<picture>` with AVIF and WebP variants at a few
 * widths for the site's raster images, the original as the fallback, its width and height written
 * in (the page does not jump while it loads), lazy. An image the site publishes as it is (SVG,
 * GIF, another site's, one the editor gave a `srcset`) keeps its `<img>`, with its size when known.
 */
export function responsiveImages(md: MarkdownIt, options: ResponsiveImagesOptions): void {
  md.renderer.rules.image = (tokens, index, renderOptions, env, self) => {
    const token = tokens[index]!;
    const src = token.attrGet("src") ?? "";
    const image = token.attrGet("srcset") === null ? options.plan(src) : undefined;
    return pictureHtml(image, {
      src,
      alt: self.renderInlineAsText(token.children ?? [], renderOptions, env),
      className: token.attrGet("class") ?? undefined,
      size: image ? undefined : options.dimensionsOf(src),
      extra: token.attrs ?? [],
    });
  };
}

export interface ResponsiveImagesOptions {
  /** The plan of an image's variants, its encoding started (image-variants.ts); undefined to publish it as it is. */
  plan(src: string): ResponsiveImage | undefined;
  /** The pixel size of an image of the site, read from its file. */
  dimensionsOf(src: string): Dimensions | undefined;
}
