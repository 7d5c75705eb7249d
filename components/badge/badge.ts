import { z } from "zod";
import { defineComponent } from "../../lib/components/define-component.ts";
import { text } from "../params.ts";

export const badge = defineComponent({
  name: "badge",
  label: "Badge",
  description: "Une courte mention d’état (nouveau, obligatoire, en maintenance…), dans le fil du texte.",
  params: {
    label: text("Texte du badge, quelques mots."),
    type: z
      .enum(["info", "success", "warning", "error", "new"])
      .optional()
      .describe("Nature, avec son icône et sa couleur : info, success, warning, error ou new."),
    small: z.boolean().optional().describe("Petit badge."),
  },
  examples: [
    { title: "Badge simple", params: { label: "Bêta" } },
    { title: "Badge de nouveauté, petit", params: { label: "Nouveau", type: "new", small: true } },
  ],
});
