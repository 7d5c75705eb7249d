/**
 * How a help page is drawn, chosen by its `layout`. The site has one layout for help pages
 * (`layouts/page.njk`); the layouts of sites made from eleventy-dsfr (codegouvfr/eleventy-dsfr,
 * the cartes.gouv.fr documentation) are names of it, each with the style of the original.
 */
export function pageStyleOf(layout: unknown): PageStyle {
  return (typeof layout === "string" && PAGE_STYLES.get(layout)) || HELP_PAGE;
}

/** Our help page: title and pictogram, content, the children as tiles. */
const HELP_PAGE: PageStyle = {
  layout: "layouts/page.njk",
  lead: false,
  header: "title",
  children: "tiles",
  tileColumns: 4,
  pager: "always",
  tabs: false,
  posts: false,
  titleLevel: 1,
};

/** The layouts of eleventy-dsfr sites show the description as a lead paragraph under the title. */
const ARTICLE: PageStyle = { ...HELP_PAGE, lead: true };
/** Partner documentation: the partner's theme above the title, products as cards, no previous/next unless asked. */
const PARTNER: PageStyle = { ...HELP_PAGE, header: "partner", pager: "opt-in", titleLevel: "partner-article" };

/** The layouts of eleventy-dsfr sites, by the name their pages and folder data give. */
export const PAGE_STYLES: ReadonlyMap<string, PageStyle> = new Map([
  ["layouts/article.njk", ARTICLE],
  ["layouts/parent.njk", ARTICLE],
  // A guide's home: its top pages as tiles, two by two.
  ["layouts/accueil.njk", { ...ARTICLE, tileColumns: 6 }],
  ["layouts/partenaires.njk", ARTICLE],
  // A section of posts: its posts listed on static pages, newest first, with its tags and feeds (lib/posts/).
  ["layouts/blog.njk", { ...ARTICLE, posts: true }],
  // A post of eleventy-dsfr's own blog (codegouvfr/eleventy-dsfr): a post of its folder's section, drawn as an article.
  ["layouts/post.njk", ARTICLE],
  // A tutorial and its steps: the steps are tabs (`tertiaryTitle`), drawn by the developer guides (issue 14).
  ["layouts/parent_nav_tertiaire.njk", { ...ARTICLE, children: "none", tabs: true }],
  ["layouts/article_nav_tertiaire.njk", { ...ARTICLE, children: "none", tabs: true, titleLevel: 2 }],
  ["layouts/partenaire/article.njk", PARTNER],
  ["layouts/partenaire/parent.njk", { ...PARTNER, children: "cards", titleLevel: "partner-parent" }],
  ["layouts/partenaire/home.njk", { ...PARTNER, header: "partner-home", children: "cards", titleLevel: 1 }],
  ["layouts/partenaire/blog.njk", { ...PARTNER, posts: true, titleLevel: 2 }],
  ["layouts/partenaire/article_nav_tertiaire.njk", { ...PARTNER, children: "none", tabs: true, titleLevel: 3 }],
  [
    "layouts/partenaire/parent_nav_tertiaire.njk",
    { ...PARTNER, children: "none", tabs: true, titleLevel: "partner-parent" },
  ],
] satisfies [string, PageStyle][]);

export interface PageStyle {
  /** Our layout that draws the page. */
  layout: string;
  /** The description as a lead paragraph under the title; `showDescription` says otherwise for one page. */
  lead: boolean;
  /**
   * Above the content: the title (with the pictogram); or a partner's page, its theme (the top page
   * of its guide, with its image, tags and description) then its title; or a partner's home, its
   * logo, title and `tileTag`.
   */
  header: "title" | "partner" | "partner-home";
  /** The children under the content: tiles, cards (the first one wide, then the products), or none (tabs list them). */
  children: "tiles" | "cards" | "none";
  /** Columns of the DSFR grid (of 12) a tile takes on wide screens: 4 (three a row) or 6 (two). */
  tileColumns: 4 | 6;
  /** The previous and next pages: always, or only with `showPageSwitcher: true`. */
  pager: "always" | "opt-in";
  /** The steps of a tutorial (`tertiaryTitle`) drawn as tabs. */
  tabs: boolean;
  /** A section of posts (news). */
  posts: boolean;
  /**
   * The level the original layout gave the page's title, its content's headings written under it:
   * a number, or for a partner's page, by its depth in the guide (`partner-article`: 2 under its
   * theme, 3 deeper; `partner-parent`: 1 for a theme, 2 below). See `raiseHeadings`.
   */
  titleLevel: 1 | 2 | 3 | "partner-article" | "partner-parent";
}
