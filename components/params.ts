import { z } from "zod";

/** Parameters several components share, so that they read and validate the same everywhere. */

export const headingTag = z.enum(["p", "h2", "h3", "h4", "h5", "h6"]);

export const pictogramParam = z
  .string()
  .regex(/^[\w-]+\/[\w-]+\.svg$/)
  .describe("Pictogramme du DSFR, « dossier/nom.svg » (par exemple « map/location-france.svg »).");

export const imageParam = z
  .object({
    src: z.string().min(1).describe("Adresse de l’image (/img/…)."),
    alt: z.string().describe("Texte alternatif ; vide si l’image est décorative."),
  })
  .strict();

export const linkTarget = {
  url: z.string().min(1).optional().describe("Adresse d’une page du site (/fr/…)."),
  externalUrl: z.url().optional().describe("Adresse d’un autre site, ouverte dans une nouvelle fenêtre."),
};

export const linkParam = z
  .object({
    url: z.string().min(1).describe("Adresse du lien."),
    title: z.string().min(1).describe("Texte du lien."),
  })
  .strict();
