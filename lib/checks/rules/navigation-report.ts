import { error, type Finding } from "../finding.ts";
import { fieldOrigin } from "../model/field-origin.ts";
import type { SiteModel } from "../model/site-model.ts";
import type { NavigationEntry } from "./navigation-entries.ts";

/**
 * The navigation's findings, each said once where its value is written: the same mistake in a
 * folder's data file, met on each page of the folder, is one finding on the data file that
 * counts the pages it leaves out of their guide.
 */
export class NavigationReport {
  readonly #model: SiteModel;
  readonly #found = new Map<string, { finding: Finding; pages: number; below: number }>();

  constructor(model: SiteModel) {
    this.#model = model;
  }

  /** A mistake on the `eleventyNavigation` field of a page (or on one of its place fields, `sidemenuNav`…). */
  error(entry: NavigationEntry, field: string, rule: string, message: string, fix: string, below = 0): void {
    const path =
      field.includes(".") || !NAVIGATION_FIELDS.has(field) ? field.split(".") : ["eleventyNavigation", field];
    const origin = fieldOrigin(this.#model, entry.page, path);
    const id = `${origin.file}\0${origin.line}\0${rule}\0${message}`;
    const known = this.#found.get(id);
    if (known) {
      known.pages++;
      known.below += below;
    } else this.#found.set(id, { finding: error(rule, origin.file, message, fix, origin.line), pages: 1, below });
  }

  findings(): Finding[] {
    return [...this.#found.values()].map(({ finding, pages, below }) => {
      const counts = [
        pages > 1 ? `${pages} pages concernées` : "",
        below > 0 ? `${below} ${below > 1 ? "pages en dessous restent" : "page en dessous reste"} hors du guide` : "",
      ].filter(Boolean);
      return { ...finding, message: [finding.message, ...counts].join(" ; ") };
    });
  }
}

const NAVIGATION_FIELDS = new Set(["key", "parent", "order", "nav", "title", "clickableParent", "sidemenuActive"]);
