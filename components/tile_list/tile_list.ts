import { z } from "zod";
import { defineComponent } from "../../lib/components/define-component.ts";
import { gridListParams, prepareGridList } from "../params.ts";
import { tile } from "../tile/tile.ts";

export const tileList = defineComponent({
  name: "tile_list",
  label: "Liste de tuiles",
  description: "Des tuiles côte à côte sur une grille, à partir d’une liste de tuiles ou d’une collection de pages.",
  params: {
    ...gridListParams(tile.schema, "tile", ["image", "pictogram", "externalUrl"]),
    black_tiles: z.boolean().optional().describe("Tuiles en noir (titre et filet) plutôt qu’en bleu."),
  },
  prepare: (params) => {
    prepareGridList(params);
    if (params.black_tiles) for (const item of params.items as Record<string, unknown>[]) item.black = true;
  },
  examples: [
    {
      title: "Deux tuiles vers les pages d’un guide",
      params: {
        columns: 6,
        items: [
          {
            title: "Rédiger une page",
            url: "/fr/rediger/",
            pictogram: "map/map.svg",
          },
          {
            title: "Les images",
            url: "/fr/rediger/images/",
            pictogram: "map/location-france.svg",
          },
        ],
      },
    },
  ],
});
