import { z } from "zod";
import { defineComponent } from "../../lib/components/define-component.ts";
import { imageParam, linkTarget, oneLinkTarget, pictogramParam, text, titleTag } from "../params.ts";

export const card = defineComponent({
  name: "card",
  label: "Carte",
  description: "Un aperçu cliquable d’une page : titre, texte, étiquettes, date, badges et image ou pictogramme.",
  params: {
    title: text("Titre de la carte (texte du lien)."),
    ...linkTarget,
    description: text("Texte de la carte.").optional(),
    tags: z.array(z.string().trim().min(1)).optional().describe("Étiquettes affichées au-dessus du texte de fin."),
    date: z
      .union([z.iso.date(), z.date()])
      .transform((value) => (typeof value === "string" ? new Date(`${value}T12:00:00Z`) : value))
      .optional()
      .describe("Date affichée sur la carte, AAAA-MM-JJ."),
    detail: text("Mention au-dessus du titre, quand il n’y a pas de date.").optional(),
    detailEnd: text("Mention en bas de la carte.").optional(),
    badges: z
      .array(z.string().trim().min(1))
      .optional()
      .describe("Badges : sur l’image quand il y en a une, sinon au-dessus du titre."),
    image: imageParam.optional().describe("Image en tête de carte : { src, alt }."),
    pictogram: pictogramParam.optional().describe("Pictogramme du DSFR en tête de carte, à la place d’une image."),
    horizontal: z.boolean().optional().describe("Carte en largeur, l’image à gauche."),
    small: z.boolean().optional().describe("Carte compacte."),
    title_tag: titleTag(),
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
      title: "Carte avec image, étiquettes et date",
      params: {
        title: "Les images",
        url: "/fr/rediger/images/",
        description: "Déposer une capture d’écran, écrire son texte alternatif et sa légende, choisir sa taille.",
        tags: ["Images"],
        date: "2025-03-12",
        badges: ["Guide"],
        image: {
          src: "/img/rediger/exemples/01_accueil.png",
          alt: "Page d’accueil de cartes.gouv.fr",
        },
      },
    },
    {
      title: "Carte horizontale avec pictogramme, vers un autre site",
      params: {
        title: "cartes.gouv.fr",
        externalUrl: "https://cartes.gouv.fr",
        description: "Le service public des cartes et données du territoire.",
        pictogram: "map/map.svg",
        detailEnd: "Site de la Géoplateforme",
        horizontal: true,
      },
    },
  ],
});
