import { z } from "zod";
import { defineComponent } from "../../lib/components/define-component.ts";
import { headingTag } from "../params.ts";

export const alert = defineComponent({
  name: "alert",
  label: "Alerte",
  description: "Un message d’information, d’avertissement, d’erreur ou de succès ; compact quand il n’a pas de titre.",
  params: {
    type: z.enum(["info", "warning", "error", "success"]).optional().describe("Nature du message : info (par défaut), warning, error ou success."),
    title: z.string().trim().min(1).optional().describe("Titre de l’alerte ; sans titre, l’alerte est compacte."),
    title_tag: headingTag.optional().describe("Balise du titre : p, h2, h3, h4, h5 ou h6 (h3 par défaut)."),
    description: z.string().trim().min(1).optional().describe("Texte de l’alerte ; du HTML est accepté."),
  },
  examples: [
    { title: "Alerte d’information", params: { type: "info", title: "Double authentification", description: "Gardez votre application d’authentification à portée de main." } },
    { title: "Alerte compacte", params: { type: "warning", description: "Tous les champs sont obligatoires." } },
  ],
});
