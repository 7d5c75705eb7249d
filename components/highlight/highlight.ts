import { defineComponent } from "../../lib/components/define-component.ts";
import { html } from "../params.ts";

export const highlight = defineComponent({
  name: "highlight",
  label: "Mise en exergue",
  description:
    "Un texte détaché du reste par un filet vertical, pour une précision que le lecteur ne doit pas manquer.",
  params: {
    description: html("Texte mis en exergue."),
  },
  examples: [
    {
      title: "Mise en exergue",
      params: {
        description: "Le mot de passe doit compter au moins 14 caractères, dont 2 chiffres et 2 caractères spéciaux.",
      },
    },
  ],
});
