import { z } from "zod";
import { defineComponent } from "../../lib/components/define-component.ts";
import { html, text, titleTag } from "../params.ts";

export const alert = defineComponent({
  name: "alert",
  label: "Alerte",
  description: "Un message d’information, d’avertissement, d’erreur ou de succès ; compact quand il n’a pas de titre.",
  params: {
    type: z
      .enum(["info", "warning", "error", "success"])
      .optional()
      .describe("Nature du message : info (par défaut), warning, error ou success."),
    title: text("Titre de l’alerte ; sans titre, l’alerte est compacte.").optional(),
    title_tag: titleTag(),
    description: html("Texte de l’alerte.").optional(),
  },
  refine: (params) =>
    params.title || params.description
      ? []
      : [{ field: "", message: "alerte vide", fix: "donnez-lui un « title », une « description » ou les deux" }],
  examples: [
    {
      title: "Alerte d’information avec un titre",
      params: {
        type: "info",
        title: "Double authentification",
        description:
          "Gardez votre application d’authentification à portée de main : elle vous donne le code à chaque connexion.",
      },
    },
    {
      title: "Alerte compacte, sans titre",
      params: { type: "warning", description: "Tous les champs du formulaire d’inscription sont obligatoires." },
    },
    {
      title: "Alerte de succès, avec un paragraphe HTML",
      params: {
        type: "success",
        title: "Compte créé",
        description: "<p>Un courriel de vérification vous a été envoyé.</p>",
      },
    },
  ],
});
