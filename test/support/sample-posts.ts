import { buildPostSections, type PostSource } from "../../lib/posts/post-sections.ts";

/** A section of three posts (one a draft), for the feed tests: the index of `buildPostSections`. */
export function sampleIndex(extra: PostSource[] = []) {
  return buildPostSections([
    {
      url: "/fr/actualites/",
      inputPath: "content/fr/actualites/index.md",
      data: { title: "Actualités", description: "Les nouveautés.", posts: true },
    },
    post("nouvelle-api", "2026-06-10", ["API"], '<p>Voir <a href="/fr/guide/">le guide</a> & les <em>quotas</em>.</p>'),
    post("quotas", "2026-05-02", [], "<p>Quotas.</p>", { description: "Un quota par jeton." }),
    post("brouillon", "2026-07-01", [], "<p>Bientôt.</p>", { draft: true }),
    ...extra,
  ]);
}

export const SITE = {
  title: "Aide cartes.gouv.fr",
  description: "Guides et aide en ligne.",
  author: "IGN",
  root: "https://cartes.gouv.fr/aide/",
};

export function post(
  slug: string,
  date: string,
  tags: string[],
  html: string,
  extra: Partial<PostSource["data"]> = {},
): PostSource {
  return {
    url: `/fr/actualites/${slug}/`,
    inputPath: `content/fr/actualites/${slug}.md`,
    data: { title: `Titre ${slug}`, date, tags, ...extra },
    content: () => html,
  };
}
