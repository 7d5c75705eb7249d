import { defineComponent } from "../../lib/components/define-component.ts";
import { html, linkParam, text, titleTag } from "../params.ts";

export const callout = defineComponent({
  name: "callout",
  label: "Mise en avant",
  description: "Un encadré qui attire l’attention sur une information, avec un bouton d’action facultatif.",
  params: {
    title: text("Titre de l’encadré.").optional(),
    title_tag: titleTag(),
    description: html("Texte de l’encadré."),
    link: linkParam.optional().describe("Bouton d’action : { url, title }."),
  },
  examples: [
    {
      title: "Mise en avant avec un bouton",
      params: {
        title: "Besoin d’aide ?",
        description: "Le support de la Géoplateforme répond à vos questions sur la publication de vos données.",
        link: { url: "mailto:geoplateforme@ign.fr", title: "Écrire au support" },
      },
    },
    {
      title: "Mise en avant sans titre",
      params: { description: "Les guides suivent les étapes dans l’ordre où vous les rencontrez sur le site." },
    },
  ],
});
