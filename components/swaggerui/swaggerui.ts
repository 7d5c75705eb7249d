import { z } from "zod";
import { defineComponent } from "../../lib/components/define-component.ts";
import { sectionHeadingTag } from "../params.ts";

export const swaggerui = defineComponent({
  name: "swaggerui",
  label: "Référence d’une API",
  description:
    "La référence d’une API écrite à la construction depuis sa description OpenAPI 3 (JSON ou YAML) : ses opérations par thème, leurs paramètres, corps de requête et réponses, ses schémas, avec des exemples.",
  params: {
    url: z
      .string()
      .trim()
      .min(1)
      .describe(
        "Fichier de la description OpenAPI dans le projet : depuis la racine du site pour un fichier de public/ (/data/api/…yaml, proposé aussi au téléchargement), ou depuis le dossier de la page. Jamais l’adresse d’un autre site : rien n’est téléchargé à la construction.",
      ),
    targetId: z
      .string()
      .regex(/^[A-Za-z][\w-]*$/, "un identifiant HTML (une lettre, puis lettres, chiffres, - ou _)")
      .optional()
      .describe("Identifiant HTML de la référence (le nom que lui donnent les pages d’origine) ; comme « id »."),
    docExpansion: z
      .enum(["list", "full", "none"])
      .optional()
      .describe("Accepté, sans effet : la référence est toujours entièrement dépliée."),
    title_tag: sectionHeadingTag
      .optional()
      .describe(
        "Balise des titres des thèmes (h2…h6), les opérations un niveau dessous ; par défaut, un niveau sous l’intertitre qui précède le composant.",
      ),
  },
  prepare: (params) => {
    if (params.targetId) params.id = params.targetId;
  },
  examples: [
    {
      title: "Référence d’une API décrite dans public/",
      params: { url: "/data/api/annuaire-cartes.yaml", targetId: "reference-annuaire", title_tag: "h4" },
    },
  ],
});
