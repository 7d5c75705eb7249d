import { z } from "zod";
import { defineComponent } from "../../lib/components/define-component.ts";
import { imageParam, linkTarget, oneLinkTarget, pictogramParam, text, titleTag } from "../params.ts";

export const tile = defineComponent({
  name: "tile",
  label: "Tuile",
  description: "Un lien vers une page, mis en valeur par un titre, un texte court et un pictogramme.",
  params: {
    title: text("Titre de la tuile (texte du lien)."),
    ...linkTarget,
    description: text("Texte court sous le titre.").optional(),
    detail: text("Mention en bas de la tuile (format, durée…).").optional(),
    title_tag: titleTag(),
    pictogram: pictogramParam.optional(),
    image: imageParam.optional().describe("Image à la place du pictogramme : { src, alt }."),
    small: z.boolean().optional().describe("Tuile compacte."),
    horizontal: z.boolean().optional().describe("Tuile en largeur, le pictogramme à gauche."),
  },
  refine: (params) => [
    ...oneLinkTarget(params),
    ...(params.pictogram && params.image
      ? [
          {
            field: "image",
            message: "paramètres « pictogram » et « image » donnés ensemble",
            fix: "gardez l’un des deux",
          },
        ]
      : []),
  ],
  examples: [
    {
      title: "Tuile avec pictogramme",
      params: {
        title: "Les liens",
        url: "/fr/rediger/liens/",
        description: "Lier une page, un intertitre ou un fichier.",
        pictogram: "map/location-france.svg",
      },
    },
    {
      title: "Tuile horizontale vers un autre site",
      params: {
        title: "Ouvrir cartes.gouv.fr",
        externalUrl: "https://cartes.gouv.fr",
        description: "Le service public des cartes et données du territoire.",
        pictogram: "map/map.svg",
        horizontal: true,
      },
    },
  ],
});
