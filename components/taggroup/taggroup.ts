import { z } from "zod";
import { defineComponent } from "../../lib/components/define-component.ts";

export const tagGroup = defineComponent({
  name: "taggroup",
  label: "Groupe d’étiquettes",
  description: "Des mots-clés affichés côte à côte.",
  params: {
    tags: z.array(z.string().trim().min(1)).min(1).describe('Les étiquettes : ["…", "…"].'),
    small: z.boolean().optional().describe("Petites étiquettes."),
  },
  examples: [
    { title: "Groupe d’étiquettes", params: { tags: ["Connexion", "FranceConnect", "Double authentification"] } },
  ],
});
