import { z } from "zod";

/**
 * The front matter of a page: the single source of truth for its validation, its TypeScript
 * type and the editor guide (each description is what editors read there).
 */
export const navigationSchema = z
  .object({
    key: z
      .string()
      .trim()
      .min(1)
      .describe("Nom unique de la page dans son guide ; les pages enfants le citent comme « parent »."),
    parent: z
      .string()
      .trim()
      .min(1)
      .optional()
      .describe("« key » de la page parente, dans le même guide. Absent pour la page d’accueil d’un guide."),
    order: z.number().optional().describe("Position parmi les pages sœurs : la plus petite vient en premier."),
    nav: z
      .string()
      .trim()
      .min(1)
      .optional()
      .describe(
        "Guide auquel appartient la page (par exemple « producteur ») ; se règle une fois pour tout un dossier.",
      ),
    title: z
      .string()
      .trim()
      .min(1)
      .optional()
      .describe("Libellé court dans les menus, si le titre de la page est trop long."),
  })
  .strict();

export const summarySchema = z
  .object({
    visible: z
      .boolean()
      .optional()
      .describe("Afficher le sommaire (oui par défaut dès que la page a deux intertitres de niveau 2)."),
    depth: z
      .union([z.literal(2), z.literal(3)])
      .optional()
      .describe("Niveaux d’intertitres listés : 2, ou 3 pour inclure les sous-parties."),
  })
  .strict();

export const frontMatterSchema = z
  .object({
    title: z
      .string()
      .trim()
      .min(1)
      .describe("Titre de la page, affiché en titre principal (h1) et dans l’onglet du navigateur."),
    description: z
      .string()
      .trim()
      .min(1)
      .optional()
      .describe("Résumé d’une phrase, affiché sur la tuile qui mène à la page et dans les résultats de recherche."),
    tags: z
      .array(z.string().trim().min(1))
      .optional()
      .describe("Étiquettes de la page ; chacune mène à la liste des pages qui la portent."),
    eleventyNavigation: navigationSchema.optional().describe("Place de la page dans la navigation de son guide."),
    pictogram: z
      .string()
      .trim()
      .regex(/^[\w-]+\/[\w-]+\.svg$/)
      .optional()
      .describe("Pictogramme du DSFR, « dossier/nom.svg » (par exemple « map/location-france.svg »)."),
    summary: summarySchema.optional().describe("Réglages du sommaire de la page."),
    excludeFromSearch: z
      .boolean()
      .optional()
      .describe("Retirer la page des résultats de la recherche (plan du site, listes d’étiquettes) ; non par défaut."),
    tertiaryTitle: z
      .string()
      .trim()
      .min(1)
      .optional()
      .describe(
        "Libellé court de la page comme onglet : une page parente et ses enfants qui en ont un se lisent en onglets.",
      ),
    mermaid: z
      .boolean()
      .optional()
      .describe("Accepté, sans effet : les diagrammes Mermaid sont toujours dessinés à la construction."),
    swaggerui: z
      .boolean()
      .optional()
      .describe("Accepté, sans effet : la référence d’une API est écrite à la construction (composant « swaggerui »)."),
  })
  .passthrough();

export type FrontMatter = z.infer<typeof frontMatterSchema>;
export type NavigationFrontMatter = z.infer<typeof navigationSchema>;
