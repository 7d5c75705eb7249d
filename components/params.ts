import nunjucks from "nunjucks";
import { z } from "zod";

/** Parameters several components share, so that they read, validate and document the same everywhere. */

/** A line of text, written escaped. */
export function text(description: string) {
  return z.string().trim().min(1).describe(description);
}

/**
 * A parameter that holds HTML, written as is (every other parameter is escaped): the only way
 * markup enters a component. The editor guide lists these as « HTML ».
 */
export function html(description: string) {
  return (
    z
      .string()
      .trim()
      .min(1)
      // A blank line would end the HTML block Markdown sees, and what follows would be read as Markdown.
      .transform((value) => new nunjucks.runtime.SafeString(value.replace(/\n[ \t]*(?=\n)/g, "")))
      .meta({ html: true, description })
  );
}

export const headingTag = z.enum(["p", "h2", "h3", "h4", "h5", "h6"]);

/** The tag of a component's title; the resolver fills in the level that fits where the component sits. */
export function titleTag(tags: z.ZodEnum<Record<string, string>> = headingTag) {
  return tags
    .optional()
    .describe(
      `Balise du titre : ${tags.options.join(", ")} ; par défaut, un niveau sous l’intertitre qui précède le composant.`,
    );
}

/** Headings only: an accordion's title must be one. */
export const sectionHeadingTag = z.enum(["h2", "h3", "h4", "h5", "h6"]);

export const pictogramParam = z
  .string()
  .regex(/^[\w-]+\/[\w-]+\.svg$/, "un pictogramme « dossier/nom.svg »")
  .describe("Pictogramme du DSFR, « dossier/nom.svg » (par exemple « map/location-france.svg »).");

export const imageParam = z
  .object({
    src: z.string().trim().min(1).describe("Adresse de l’image, depuis la racine du site (/img/…)."),
    alt: z.string().describe("Texte alternatif qui dit ce que montre l’image ; vide si elle est décorative."),
  })
  .strict();

export const linkTarget = {
  url: z
    .union([z.string().trim().min(1), z.literal(false)])
    .optional()
    .describe("Adresse d’une page du site, depuis la racine (/fr/…) ; false quand le lien est externe."),
  externalUrl: z
    .url({ protocol: /^https?$/ })
    .optional()
    .describe("Adresse d’un autre site (https://…), ouverte dans une nouvelle fenêtre."),
};

/** Rule shared by the components that take `linkTarget`: one address at most. */
export function oneLinkTarget(params: { url?: string | false; externalUrl?: string }) {
  return params.url && params.externalUrl
    ? [
        {
          field: "externalUrl",
          message: "paramètres « url » et « externalUrl » donnés ensemble",
          fix: "gardez « url » pour une page du site, ou « externalUrl » pour un autre site",
        },
      ]
    : [];
}

export const linkParam = z
  .object({
    url: z.string().trim().min(1).describe("Adresse du lien."),
    title: z.string().trim().min(1).describe("Texte du lien."),
  })
  .strict();

/**
 * The parameters of a list of components side by side on the grid (`tile_list`, `card_list`): its
 * items, each with the item component's parameters or a page of a collection, and their layout.
 */
export function gridListParams(item: z.ZodObject, name: string, pageFields: string[]) {
  return {
    items: z
      .array(pageOrItem(item, pageFields))
      .min(1)
      .describe(
        `Les éléments, chacun avec les paramètres du composant « ${name} », ou une collection de pages (collections.…).`,
      ),
    columns: columnsParam,
    title_tag: titleTag().describe(
      "Balise du titre de chaque élément ; par défaut, un niveau sous l’intertitre qui précède la liste.",
    ),
  };
}

/** Each item of a grid list gets an id derived from the list's, and the list's title tag. */
export function prepareGridList(params: { id: string; title_tag?: string; items: Record<string, unknown>[] }): void {
  params.items.forEach((item, index) => {
    item.id ??= `${params.id}-${index + 1}`;
    item.title_tag ??= params.title_tag;
  });
}

/** Width of each item of a grid list on large screens, in twelfths of the row. */
const columnsParam = z
  .literal([2, 3, 4, 6, 12])
  .optional()
  .describe(
    "Largeur de chaque élément sur grand écran, en douzièmes de ligne : 4 (par défaut) en met trois par ligne, 6 deux, 3 quatre.",
  );

/**
 * Lists also take pages straight from a collection (`items: collections.x`): each page gives its
 * title, address and description, plus the `fields` asked for, from its front matter. Of an
 * image and a pictogram, the one asked for first is drawn.
 */
export function pageOrItem<T extends z.ZodType>(item: T, fields: string[]) {
  return z.preprocess((value) => (isCollectionItem(value) ? fromPage(value, fields) : value), item);
}

function isCollectionItem(value: unknown): value is CollectionItemLike {
  return typeof value === "object" && value !== null && "data" in value && "url" in value && "inputPath" in value;
}

function fromPage(page: CollectionItemLike, fields: string[]): Record<string, unknown> {
  const params: Record<string, unknown> = { title: page.data.title, url: page.url };
  // An empty `description:` is no description.
  for (const field of ["description", ...fields]) {
    const value = page.data[field];
    if (value === undefined || value === null || value === "") continue;
    if ((field === "image" && params.pictogram) || (field === "pictogram" && params.image)) continue;
    params[field] = value;
  }
  return params;
}

interface CollectionItemLike {
  url: string;
  inputPath: string;
  data: Record<string, unknown>;
}
