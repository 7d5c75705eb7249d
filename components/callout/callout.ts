import { z } from "zod";
import { defineComponent } from "../../lib/components/define-component.ts";
import { headingTag, linkParam } from "../params.ts";

export const callout = defineComponent({
  name: "callout",
  label: "Mise en avant",
  description: "Un encadré qui attire l’attention sur une information, avec un lien d’action facultatif.",
  params: {
    title: z.string().trim().min(1).optional().describe("Titre de l’encadré."),
    title_tag: headingTag.optional().describe("Balise du titre : p, h2, h3, h4, h5 ou h6 (h3 par défaut)."),
    description: z.string().trim().min(1).describe("Texte de l’encadré ; du HTML est accepté."),
    link: linkParam.optional().describe("Bouton d’action : { url, title }."),
  },
  examples: [
    {
      title: "Mise en avant avec un lien",
      params: { title: "Besoin d’aide ?", description: "Écrivez au support de la Géoplateforme.", link: { url: "mailto:geoplateforme@ign.fr", title: "Écrire au support" } },
    },
  ],
});
