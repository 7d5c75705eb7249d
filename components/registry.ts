import type { ComponentDefinition } from "../lib/components/define-component.ts";
import { accordionsGroup } from "./accordionsgroup/accordionsgroup.ts";
import { alert } from "./alert/alert.ts";
import { badge } from "./badge/badge.ts";
import { callout } from "./callout/callout.ts";
import { card } from "./card/card.ts";
import { cardList } from "./card_list/card_list.ts";
import { download } from "./download/download.ts";
import { highlight } from "./highlight/highlight.ts";
import { quote } from "./quote/quote.ts";
import { swaggerui } from "./swaggerui/swaggerui.ts";
import { table } from "./table/table.ts";
import { tabnav } from "./tabnav/tabnav.ts";
import { tagGroup } from "./taggroup/taggroup.ts";
import { tile } from "./tile/tile.ts";
import { tileList } from "./tile_list/tile_list.ts";

/** Every component editors can call, by the name they write, in the order the editor guide lists them. */
export const componentRegistry = new Map<string, ComponentDefinition>(
  [
    alert,
    callout,
    highlight,
    quote,
    accordionsGroup,
    tabnav,
    table,
    card,
    cardList,
    tile,
    tileList,
    download,
    badge,
    tagGroup,
    swaggerui,
  ].map((definition) => [definition.name, definition]),
);
