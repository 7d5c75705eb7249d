import { z } from "zod";
import { defineComponent } from "../../lib/components/define-component.ts";
import { html, text } from "../params.ts";

export const tabnav = defineComponent({
  name: "tabnav",
  label: "Onglets",
  description:
    "Des onglets : avec « content », des contenus qui se remplacent dans la page (onglets du DSFR) ; avec « url », des liens vers les pages sœurs d’une rubrique, celle qu’on lit mise en évidence.",
  params: {
    label: text("Nom de l’ensemble d’onglets, lu par les lecteurs d’écran (« Onglets » par défaut).").optional(),
    items: z
      .array(
        z
          .object({
            title: text("Libellé de l’onglet."),
            content: html("Contenu de l’onglet.").optional(),
            url: z
              .string()
              .trim()
              .min(1)
              .optional()
              .describe("Page vers laquelle mène l’onglet, à la place d’un contenu."),
            active: z
              .boolean()
              .optional()
              .describe(
                "Onglet affiché en premier (contenu) ou mis en évidence (lien) ; sinon le premier, ou la page en cours.",
              ),
          })
          .strict(),
      )
      .min(1)
      .describe("Les onglets : [{ title, content }, …] ou [{ title, url }, …]."),
  },
  refine: (params) => {
    const links = params.items.filter((item) => item.url).length;
    const problems = params.items.flatMap((item, index) =>
      Boolean(item.url) === Boolean(item.content)
        ? [
            {
              field: `items.${index}`,
              message: `onglet ${index + 1} : il faut « content » ou « url », l’un des deux`,
              fix: "donnez un contenu (« content ») ou l’adresse d’une page (« url »)",
            },
          ]
        : [],
    );
    if (problems.length === 0 && links > 0 && links < params.items.length) {
      problems.push({
        field: "items",
        message: "onglets de contenu et onglets de liens mêlés",
        fix: "utilisez « content » pour tous les onglets, ou « url » pour tous",
      });
    }
    return problems;
  },
  prepare: (params) => {
    const selected = Math.max(
      0,
      params.items.findIndex((item) => item.active),
    );
    for (const [index, item] of params.items.entries()) {
      Object.assign(item, { id: `${params.id}-onglet-${index + 1}`, selected: index === selected });
    }
  },
  examples: [
    {
      title: "Onglets de contenu",
      params: {
        label: "Moyens de connexion",
        items: [
          { title: "Courriel", content: "<p>Saisissez votre adresse électronique et votre mot de passe.</p>" },
          {
            title: "FranceConnect",
            content: "<p>Choisissez un compte que vous avez déjà : impots.gouv.fr, ameli.fr, La Poste…</p>",
          },
          { title: "AgentConnect", content: "<p>Réservé aux agents de la fonction publique.</p>" },
        ],
      },
    },
    {
      title: "Onglets de navigation",
      params: {
        label: "Rédiger une page",
        items: [
          { title: "En-tête", url: "/fr/rediger/en-tete/" },
          { title: "Navigation", url: "/fr/rediger/navigation/" },
          { title: "Images", url: "/fr/rediger/images/" },
          { title: "Liens", url: "/fr/rediger/liens/" },
        ],
      },
    },
  ],
});
