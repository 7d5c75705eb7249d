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

export const postsSchema = z
  .object({
    label: z
      .string()
      .trim()
      .min(1)
      .optional()
      .describe(
        "Nom court de ces publications (« Actualités ») : filtre de la recherche, cartes de l’accueil ; le titre de la page par défaut.",
      ),
    perPage: z.number().int().min(1).max(100).optional().describe("Publications par page de la liste (10 par défaut)."),
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
    date: z
      .union([z.date(), z.string()])
      .optional()
      .describe(
        "Date de publication d’une actualité, AAAA-MM-JJ (par exemple 2026-08-12) : elle la date et la classe dans sa liste.",
      ),
    image: z
      .object({
        src: z.string().trim().min(1).describe("Adresse de l’image depuis la racine du site (« /img/… »)."),
        alt: z.string().describe("Texte alternatif : ce que montre l’image."),
      })
      .strict()
      .optional()
      .describe("Image d’une actualité, montrée sur sa carte dans la liste : { src, alt }."),
    draft: z
      .boolean()
      .optional()
      .describe("Brouillon : visible avec « npm start », jamais publié par la construction ; non par défaut."),
    popularTopic: z
      .boolean()
      .optional()
      .describe("Montrer la page parmi les « Sujets populaires » de la page d’accueil ; non par défaut."),
    posts: z
      .union([z.literal(true), postsSchema])
      .optional()
      .describe(
        "Fait de la page la liste des actualités de son dossier (« true », ou les réglages { label, perPage }) : voir « Publier une actualité ».",
      ),
  })
  .passthrough();

export type FrontMatter = z.infer<typeof frontMatterSchema>;
export type NavigationFrontMatter = z.infer<typeof navigationSchema>;
