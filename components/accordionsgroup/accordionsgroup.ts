import { z } from "zod";
import { defineComponent } from "../../lib/components/define-component.ts";
import { html, sectionHeadingTag, text, titleTag } from "../params.ts";

export const accordionsGroup = defineComponent({
  name: "accordionsgroup",
  label: "Accordéons",
  description:
    "Des sections repliables : le lecteur n’ouvre que celle qui le concerne. Un seul accordéon s’écrit comme un groupe d’un élément.",
  params: {
    items: z
      .array(
        z
          .object({
            title: text("Titre de l’accordéon, toujours visible."),
            content: html("Contenu affiché quand l’accordéon est ouvert."),
          })
          .strict(),
      )
      .min(1)
      .describe("Les accordéons : [{ title, content }, …]."),
    title_tag: titleTag(sectionHeadingTag),
  },
  prepare: (params) => {
    for (const [index, item] of params.items.entries()) Object.assign(item, { id: `${params.id}-${index + 1}` });
  },
  examples: [
    {
      title: "Groupe de deux accordéons",
      params: {
        items: [
          {
            title: "Je n’ai pas reçu le courriel de vérification",
            content:
              "<p>Vérifiez vos courriers indésirables, puis demandez un nouvel envoi depuis la page de connexion.</p>",
          },
          {
            title: "J’ai changé de téléphone",
            content: "<p>Écrivez au support de la Géoplateforme pour réinitialiser la double authentification.</p>",
          },
        ],
      },
    },
    {
      title: "Accordéon seul",
      params: {
        items: [
          {
            title: "Quels navigateurs sont pris en charge ?",
            content: "Les deux dernières versions de Firefox, Chrome, Edge et Safari.",
          },
        ],
      },
    },
  ],
});
