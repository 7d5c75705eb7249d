import { z } from "zod";
import { defineComponent } from "../../lib/components/define-component.ts";
import { card } from "../card/card.ts";
import { gridListParams, prepareGridList } from "../params.ts";

export const cardList = defineComponent({
  name: "card_list",
  label: "Liste de cartes",
  description: "Des cartes côte à côte sur une grille, à partir d’une liste de cartes ou d’une collection de pages.",
  params: {
    ...gridListParams(card.schema, "card", ["pictogram", "image", "tags"]),
    small_cards: z.boolean().optional().describe("Cartes compactes."),
    show_images: z.boolean().optional().describe("false : les cartes sans leur image ni leur pictogramme."),
    show_tags: z.boolean().optional().describe("false : les cartes sans leurs étiquettes."),
  },
  prepare: (params) => {
    prepareGridList(params);
    for (const item of params.items as Record<string, unknown>[]) {
      if (params.small_cards) item.small = true;
      if (params.show_images === false) {
        delete item.image;
        delete item.pictogram;
      }
      if (params.show_tags === false) delete item.tags;
    }
  },
  examples: [
    {
      title: "Trois cartes",
      params: {
        items: [
          {
            title: "Les composants",
            url: "/fr/rediger/composants/",
            description: "Encadrés, tuiles, cartes et accordéons du DSFR.",
            pictogram: "map/map.svg",
          },
          {
            title: "Les liens",
            url: "/fr/rediger/liens/",
            description: "Lier une page, un intertitre ou un fichier.",
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
