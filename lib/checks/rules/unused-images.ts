import path from "node:path";
import { isVariantPath } from "../../images/responsive-image.ts";
import { type Finding, warning } from "../finding.ts";
import { pageReferences } from "../model/page-references.ts";
import type { SiteModel } from "../model/site-model.ts";
import { resolveSiteUrl } from "../model/site-url.ts";
import { frontMatterImage, frontMatterImageFile } from "./front-matter-images.ts";

/**
 * Images of `public/img/` that no page, no front matter `image` (drawn on the cards and tiles
 * that lead to its page) and no stylesheet uses: published for nothing. The variants the build
 * makes of them are not the editor's to remove (an earlier run of the dev server may have left
 * some that no page uses any more).
 */
export function checkUnusedImages(model: SiteModel): Finding[] {
  const used = new Set<string>();
  for (const { file } of pageReferences(model)) if (file) used.add(file);
  for (const page of model.pages) {
    const image = frontMatterImage(page);
    const file = image && frontMatterImageFile(model, image.src);
    if (file) used.add(file);
  }
  for (const stylesheet of model.stylesheets) {
    for (const url of stylesheet.urls) {
      const target = resolveSiteUrl(url, stylesheet.outputPath, model.pathPrefix);
      if (target.kind === "internal") used.add(target.path);
    }
  }
  return [...model.files]
    .filter((file) => file.startsWith("/img/") && !used.has(file) && !isVariantPath(file))
    .sort()
    .map((file) =>
      warning(
        "image-unused",
        path.join(model.publicDir, file),
        "image utilisée par aucune page",
        "supprimez-la, ou citez-la dans la page qui devait la montrer",
      ),
    );
}
