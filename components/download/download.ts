import { z } from "zod";
import { defineComponent } from "../../lib/components/define-component.ts";
import { pictogramParam, text, titleTag } from "../params.ts";

export const download = defineComponent({
  name: "download",
  label: "Téléchargement de fichier",
  description: "Un fichier à télécharger, sous forme de lien, de carte ou de tuile, avec son format et son poids.",
  params: {
    type: z
      .enum(["link", "card", "tile"])
      .optional()
      .describe("Forme : link (lien, par défaut), card (carte) ou tile (tuile)."),
    href: z.string().trim().min(1).describe("Adresse du fichier, depuis la racine du site (/fichiers/…)."),
    title: text("Intitulé du lien, par exemple « Télécharger le guide « Connexion » »."),
    description: text("Texte de la carte ou de la tuile.").optional(),
    detail: text(
      "Format, poids et, s’il diffère, langue du fichier : « PDF - 250 ko ». Obligatoire pour une carte ou une tuile.",
    ).optional(),
    pictogram: pictogramParam
      .optional()
      .describe("Pictogramme de la tuile ; « document/document-download.svg » par défaut."),
    title_tag: titleTag().describe(
      "Balise du titre de la carte ou de la tuile ; par défaut, un niveau sous l’intertitre qui précède le composant.",
    ),
  },
  refine: (params) =>
    params.type && params.type !== "link" && !params.detail
      ? [
          {
            field: "detail",
            message: `paramètre « detail » obligatoire pour un téléchargement en ${params.type === "card" ? "carte" : "tuile"}`,
            fix: "indiquez le format et le poids du fichier, par exemple « PNG - 71 ko »",
          },
        ]
      : [],
  prepare: (params) => {
    if (params.type === "tile") params.pictogram ??= "document/document-download.svg";
  },
  examples: [
    {
      title: "Lien de téléchargement",
      params: {
        title: "Télécharger la capture de la page d’accueil",
        href: "/img/rediger/exemples/01_accueil.png",
        detail: "PNG - 71 ko",
      },
    },
    {
      title: "Carte de téléchargement",
      params: {
        type: "card",
        title: "Télécharger la capture de la page de connexion",
        description: "La page de connexion de cartes.gouv.fr, avec FranceConnect et AgentConnect.",
        href: "/img/rediger/exemples/02_connexion-franceconnect.png",
        detail: "PNG - 59 ko",
      },
    },
    {
      title: "Tuile de téléchargement",
      params: {
        type: "tile",
        title: "Télécharger la capture du formulaire d’inscription",
        href: "/img/rediger/exemples/03_inscription.png",
        detail: "PNG - 59 ko",
      },
    },
  ],
});
