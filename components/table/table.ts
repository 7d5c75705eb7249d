import { z } from "zod";
import { defineComponent } from "../../lib/components/define-component.ts";
import { text } from "../params.ts";

const MODIFIERS = ["bordered", "no-scroll", "no-caption", "caption-bottom", "layout-fixed", "multiline", "sm", "lg"];

export const table = defineComponent({
  name: "table",
  label: "Tableau",
  description: "Un tableau de données, avec son titre, ses en-têtes de colonnes et ses lignes.",
  params: {
    title: text(
      "Titre du tableau (légende), lu par les lecteurs d’écran ; masqué avec la classe fr-table--no-caption.",
    ).optional(),
    headers: z.array(z.string()).min(1).optional().describe("En-têtes des colonnes."),
    data: z
      .array(z.array(z.string()))
      .min(1)
      .describe(
        "Les lignes, chacune une liste de cellules : du Markdown sur une ligne (`code`, **gras**, liens), ou du HTML.",
      ),
    class: z
      .string()
      .trim()
      .regex(
        new RegExp(`^(fr-table--(${MODIFIERS.join("|")})( fr-table--(${MODIFIERS.join("|")}))*)?$`),
        `des classes du DSFR : ${MODIFIERS.map((name) => `fr-table--${name}`).join(", ")}`,
      )
      .optional()
      .describe(
        `Variantes du DSFR, séparées par des espaces : ${MODIFIERS.map((name) => `fr-table--${name}`).join(", ")} ; vide, aucune.`,
      ),
  },
  refine: (params) => {
    const width = params.headers?.length ?? params.data[0]?.length ?? 0;
    return params.data.flatMap((row, index) =>
      row.length === width
        ? []
        : [
            {
              field: `data.${index}`,
              message: `ligne ${index + 1} du tableau : ${row.length} cellule${row.length > 1 ? "s" : ""} au lieu de ${width}`,
              fix: `donnez à chaque ligne autant de cellules que ${params.headers ? "d’en-têtes" : "la première ligne"}`,
            },
          ],
    );
  },
  examples: [
    {
      title: "Tableau avec titre et en-têtes",
      params: {
        title: "Moyens de connexion",
        headers: ["Moyen", "Pour qui", "Double authentification"],
        data: [
          ["Courriel et mot de passe", "Tout le monde", "Possible"],
          ["FranceConnect", "Particuliers", "Assurée par FranceConnect"],
          ["AgentConnect", "Agents publics", "Assurée par AgentConnect"],
        ],
      },
    },
    {
      title: "Tableau bordé, sans titre visible",
      params: {
        title: "Règles du mot de passe",
        headers: ["Règle", "Minimum"],
        data: [
          ["Caractères", "14"],
          ["Chiffres", "2"],
          ["Caractères spéciaux", "2"],
        ],
        class: "fr-table--bordered fr-table--no-caption",
      },
    },
  ],
});
