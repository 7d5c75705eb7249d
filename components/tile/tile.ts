import { z } from "zod";
import { defineComponent } from "../../lib/components/define-component.ts";
import { headingTag, imageParam, linkTarget, pictogramParam } from "../params.ts";

export const tile = defineComponent({
  name: "tile",
  label: "Tuile",
  description: "Un lien vers une page, mis en valeur par un titre, un texte court et un pictogramme.",
  params: {
    title: z.string().trim().min(1).describe("Titre de la tuile (texte du lien)."),
    ...linkTarget,
    description: z.string().optional().describe("Texte court sous le titre."),
    detail: z.string().optional().describe("Mention en bas de la tuile (format, durée…)."),
    title_tag: headingTag.optional().describe("Balise du titre : p, h2, h3, h4, h5 ou h6 (h3 par défaut)."),
    pictogram: pictogramParam.optional(),
    image: imageParam.optional().describe("Image à la place du pictogramme : { src, alt }."),
    small: z.boolean().optional().describe("Tuile compacte."),
    horizontal: z.boolean().optional().describe("Tuile en largeur."),
  },
  examples: [
    {
      title: "Tuile avec pictogramme",
      params: { title: "Se connecter", url: "/fr/guides-producteur/presentation/connexion-inscription/", description: "Créer un compte et se connecter.", pictogram: "map/location-france.svg" },
    },
  ],
});
