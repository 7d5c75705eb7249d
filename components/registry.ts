import type { ComponentDefinition } from "../lib/components/define-component.ts";
import { alert } from "./alert/alert.ts";
import { callout } from "./callout/callout.ts";
import { tile } from "./tile/tile.ts";

/** Every component editors can call, by the name they write. */
export const componentRegistry = new Map<string, ComponentDefinition>(
  [alert, callout, tile].map((definition) => [definition.name, definition]),
);
