import { z } from "zod";
import { defineComponent } from "../../lib/components/define-component.ts";
import { tile } from "../tile/tile.ts";
import { columnsParam, pageOrItem, titleTag } from "../params.ts";

export const tileList = defineComponent({
  name: "tile_list",
  label: "Liste de tuiles",
  description: "Des tuiles côte à côte sur une grille, à partir d’une liste de tuiles ou d’une collection de pages.",
  params: {
    items: z
      .array(pageOrItem(tile.schema, ["pictogram", "externalUrl"]))
      .min(1)
      .describe("Les tuiles, chacune avec les paramètres du composant « tile », ou une collection de pages (collections.…)."),
    columns: columnsParam,
    title_tag: titleTag().describe("Balise du titre de chaque tuile ; par défaut, un niveau sous l’intertitre qui précède la liste."),
  },
  prepare: (params) => {
    params.items.forEach((item, index) => {
      item.id ??= `${params.id}-${index + 1}`;
      item.title_tag ??= params.title_tag;
    });
  },
  examples: [
    {
      title: "Deux tuiles vers les pages d’un guide",
      params: {
        columns: 6,
        items: [
          { title: "Présentation de cartes.gouv.fr", url: "/fr/guides-producteur/presentation/", pictogram: "map/map.svg" },
          { title: "Se connecter", url: "/fr/guides-producteur/presentation/connexion-inscription/", pictogram: "map/location-france.svg" },
        ],
      },
    },
  ],
});
