import { z } from "zod";
import { defineComponent } from "../../lib/components/define-component.ts";
import { card } from "../card/card.ts";
import { columnsParam, pageOrItem, titleTag } from "../params.ts";

export const cardList = defineComponent({
  name: "card_list",
  label: "Liste de cartes",
  description: "Des cartes côte à côte sur une grille, à partir d’une liste de cartes ou d’une collection de pages.",
  params: {
    items: z
      .array(pageOrItem(card.schema, ["pictogram", "tags"]))
      .min(1)
      .describe("Les cartes, chacune avec les paramètres du composant « card », ou une collection de pages (collections.…)."),
    columns: columnsParam,
    title_tag: titleTag().describe("Balise du titre de chaque carte ; par défaut, un niveau sous l’intertitre qui précède la liste."),
  },
  prepare: (params) => {
    params.items.forEach((item, index) => {
      item.id ??= `${params.id}-${index + 1}`;
      item.title_tag ??= params.title_tag;
    });
  },
  examples: [
    {
      title: "Trois cartes",
      params: {
        items: [
          { title: "Guides producteur", url: "/fr/guides-producteur/", description: "Publier et gérer vos données géographiques.", pictogram: "map/map.svg" },
          { title: "Connexion", url: "/fr/guides-producteur/presentation/connexion-inscription/", description: "Créer un compte et se connecter.", pictogram: "map/location-france.svg" },
          { title: "Rédiger une page", url: "/fr/rediger/", description: "Écrire et mettre en forme une page de l’aide.", pictogram: "document/document.svg" },
        ],
      },
    },
  ],
});
