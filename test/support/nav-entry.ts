import type { NavEntry } from "../../lib/navigation/tree.ts";

/** A page of a guide as the navigation reads it: `/<nav>/<key>/`, or `/<key>/` in the guide « producteur ». */
export function navEntry(key: string, parent?: string, order?: number, nav = "producteur"): NavEntry {
  return {
    key,
    parent,
    order,
    nav,
    title: key,
    url: nav === "producteur" ? `/${slug(key)}/` : `/${nav}/${slug(key)}/`,
    inputPath: `content/${key}.md`,
  };
}

function slug(key: string): string {
  return key
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/ /g, "-");
}
