import { z } from "zod";

/** An image of the site, written from its root. */
const siteImage = (what: string) =>
  z
    .object({
      src: z.string().trim().min(1).describe("Adresse de l’image depuis la racine du site (« /img/… »)."),
      alt: z.string().describe("Texte alternatif : ce que montre l’image."),
    })
    .strict()
    .describe(what);

/** Where a page stands outside the tree of its guide: the home of a guide, the breadcrumb of a page in none. */
export const placeFields = {
  sidemenuNav: z
    .string()
    .trim()
    .min(1)
    .optional()
    .describe(
      "Fait de la page l’accueil du guide nommé (par exemple « ign ») : son menu latéral, et les pages du guide sans « parent » placées sous elle.",
    ),
  segments: z
    .array(
      z
        .object({
          url: z.string().trim().min(1).describe("Adresse de la page (« /nous-ecrire/ », la langue peut être omise)."),
          title: z.string().trim().min(1).describe("Libellé dans le fil d’Ariane."),
        })
        .strict(),
    )
    .optional()
    .describe("Fil d’Ariane d’une page hors de tout guide, de l’accueil jusqu’à son parent : [{ url, title }]."),
};

/** What the layouts show beside the content. */
export const layoutFields = {
  image: siteImage(
    "Image de la page sur sa tuile ou sa carte, et en tête des pages d’un partenaire : { src, alt }.",
  ).optional(),
  logo: siteImage("Logo d’un partenaire, en tête de sa page d’accueil : { src, alt }.").optional(),
  tileTag: z
    .object({
      label: z.string().trim().min(1).describe("Texte de l’étiquette (« Service public »)."),
      icon: z
        .string()
        .trim()
        .regex(/^fr-icon-[a-z0-9-]+$/)
        .optional()
        .describe("Icône du DSFR (« fr-icon-government-line »)."),
    })
    .strict()
    .optional()
    .describe("Étiquette sous le titre de l’accueil d’un partenaire : { label, icon }."),
  hintText: z
    .string()
    .trim()
    .min(1)
    .optional()
    .describe("Phrase d’introduction de l’offre de produits, sur l’accueil d’un partenaire."),
  showDescription: z
    .boolean()
    .optional()
    .describe(
      "Montrer la description en chapeau sous le titre ; par défaut oui dans les mises en page des sites eleventy-dsfr (« layouts/article.njk »…), non dans celle de l’aide.",
    ),
  showBreadcrumb: z.boolean().optional().describe("Montrer le fil d’Ariane (oui par défaut)."),
  showPageSwitcher: z
    .boolean()
    .optional()
    .describe("Montrer les pages précédente et suivante sur une page de partenaire (non par défaut)."),
  tertiaryTitle: z
    .string()
    .trim()
    .min(1)
    .optional()
    .describe("Libellé de l’onglet de la page, parmi les étapes d’un tutoriel."),
  subTitle: z.string().trim().min(1).optional().describe("Sous-titre d’un tutoriel, sous ses onglets."),
};
