import { defineComponent } from "../../lib/components/define-component.ts";
import { card } from "../card/card.ts";
import { gridListParams, prepareGridList } from "../params.ts";

export const cardList = defineComponent({
  name: "card_list",
  label: "Liste de cartes",
  description: "Des cartes côte à côte sur une grille, à partir d’une liste de cartes ou d’une collection de pages.",
  params: gridListParams(card.schema, "card", ["pictogram", "tags"]),
  prepare: prepareGridList,
  examples: [
    {
      title: "Trois cartes",
      params: {
        items: [
          {
            title: "Guides producteur",
            url: "/fr/guides-producteur/",
            description: "Publier et gérer vos données géographiques.",
            pictogram: "map/map.svg",
          },
          {
            title: "Connexion",
            url: "/fr/guides-producteur/presentation/connexion-inscription/",
            description: "Créer un compte et se connecter.",
            pictogram: "map/location-france.svg",
          },
          {
            title: "Rédiger une page",
            url: "/fr/rediger/",
            description: "Écrire et mettre en forme une page de l’aide.",
            pictogram: "document/document.svg",
          },
        ],
      },
    },
  ],
});
