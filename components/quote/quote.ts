import { z } from "zod";
import { defineComponent } from "../../lib/components/define-component.ts";
import { html, text } from "../params.ts";

export const quote = defineComponent({
  name: "quote",
  label: "Citation",
  description: "Une citation, avec son auteur, sa source et la photo de l’auteur, facultatifs.",
  params: {
    text: html("Texte cité, sans guillemets : ils sont ajoutés (un texte en paragraphes HTML est repris tel quel)."),
    author: text("Auteur de la citation.").optional(),
    source: text("Ouvrage ou page d’où vient la citation.").optional(),
    sourceUrl: z
      .string()
      .trim()
      .min(1)
      .optional()
      .describe("Adresse de la source : elle devient un lien sur « source »."),
    imageSrc: z
      .string()
      .trim()
      .min(1)
      .optional()
      .describe("Photo de l’auteur, depuis la racine du site (/img/…) ; décorative."),
  },
  examples: [
    {
      title: "Citation avec son auteur et sa source",
      params: {
        text: "Les données géographiques publiques doivent être faciles à trouver, à visualiser et à réutiliser.",
        author: "Institut national de l’information géographique et forestière",
        source: "Présentation de la Géoplateforme",
        sourceUrl: "https://cartes.gouv.fr",
      },
    },
  ],
});
