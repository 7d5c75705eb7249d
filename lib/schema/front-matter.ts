import { z } from "zod";
import { layoutFields, placeFields } from "./layout-fields.ts";

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
      .optional()
      .describe(
        "Nom unique de la page dans son guide ; les pages enfants le citent comme « parent ». Facultatif pour une page que nulle autre ne cite.",
      ),
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
    clickableParent: z
      .boolean()
      .optional()
      .describe("Dans le menu latéral, un lien vers la page sans la liste de ses enfants, qu’elle présente elle-même."),
    sidemenuActive: z
      .string()
      .trim()
      .min(1)
      .optional()
      .describe("Adresse de l’entrée du menu latéral à marquer quand la page n’y figure pas elle-même."),
  })
  .strict();

export const summarySchema = z
  .object({
    visible: z
      .boolean()
      .optional()
      .describe("Afficher le sommaire (oui par défaut dès que la page a deux intertitres de niveau 2)."),
    depth: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe(
        "Niveaux d’intertitres listés : 1 (par défaut) les intertitres de niveau 2, 2 avec leurs sous-parties de niveau 3, 3 jusqu’au niveau 4, 4 ou plus jusqu’au niveau 5.",
      ),
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
    formerFeeds: z
      .array(
        z
          .string()
          .regex(/^\/[^\s?#]*\.(xml|json)$/, "une adresse du site finissant par .xml (Atom) ou .json (JSON Feed)"),
      )
      .optional()
      .describe(
        "Anciennes adresses des flux de la rubrique (« /feed/actualites/ign.xml ») : le flux y est aussi publié, pour que les abonnés le gardent ; .xml en Atom, .json en JSON Feed.",
      ),
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
      .nullable()
      .optional()
      .describe(
        "Résumé d’une phrase, affiché sur la tuile qui mène à la page et dans les résultats de recherche ; vide, la page n’en a pas.",
      ),
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
    edition: z
      .string()
      .trim()
      .min(1)
      .optional()
      .describe(
        "Édition d’un produit (« dernière », « historique », « beta ») : les pages « Découverte de l’offre produit » regroupent les produits par édition.",
      ),
    lienCatalogue: z
      .object({
        text: z.string().trim().min(1).describe("Texte du lien, le nom du produit dans le catalogue."),
        url: z
          .string()
          .trim()
          .regex(/^\//, "une adresse qui commence par /")
          .describe("Fin de l’adresse de la fiche du catalogue, après « rechercher-une-donnee » : /dataset/…"),
      })
      .strict()
      .optional()
      .describe("Lien d’un produit vers sa fiche du catalogue de cartes.gouv.fr : { text, url }."),
    slugOverride: z
      .string()
      .trim()
      .min(1)
      .optional()
      .describe(
        "Adresse de la page sous sa langue, à la place du nom de son fichier : « premiers-pas » donne /fr/premiers-pas/.",
      ),
    hasLoader: z
      .boolean()
      .optional()
      .describe(
        "true : une icône de chargement tourne à côté du titre, jusqu’à ce que le script de la page la retire.",
      ),
    lang: z
      .string()
      .regex(/^[a-z]{2}$/, "un code de langue de deux lettres")
      .optional()
      .describe("Langue de la page (« fr », « en ») ; se règle une fois pour tout un dossier."),
    urls: dataOnly("Adresses que les pages citent ({{ urls.api_entrepot }}), réglées dans les données d’un dossier."),
    ids: dataOnly("Identifiants que les pages citent ({{ ids.processings.… }}), réglés dans les données d’un dossier."),
    secrets: dataOnly(
      "Valeurs publiques que les pages citent ({{ secrets.… }}), réglées dans les données d’un dossier : elles sont publiées.",
    ),
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
        "Fait de la page la liste des actualités de son dossier (« true », ou les réglages { label, perPage, formerFeeds }) : voir « Publier une actualité ».",
      ),
    ...placeFields,
    ...layoutFields,
    noindex: z
      .boolean()
      .optional()
      .describe("Retirer la page du plan du site pour les moteurs de recherche (sitemap.xml) ; non par défaut."),
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

/** The fields that hold data for the pages' text (`{{ urls.… }}`), not about the page: left out of the build's page list. */
export const DATA_ONLY_FIELDS = ["urls", "ids", "secrets"];

/** A tree of values that page texts cite, set in folder data. */
function dataOnly(description: string) {
  return z.record(z.string(), z.unknown()).optional().describe(description);
}
export type NavigationFrontMatter = z.infer<typeof navigationSchema>;
