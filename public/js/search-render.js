// @ts-check
/**
 * Turns Pagefind data into the DSFR markup of the search page, by cloning the `<template>`s the
 * layout writes (so the markup and its classes stay in `_includes/layouts/search.njk`).
 */

/**
 * Appends one DSFR card per result and returns their links, in order.
 * @param {HTMLUListElement} list
 * @param {PagefindData[]} results
 * @returns {HTMLAnchorElement[]}
 */
export function renderCards(list, results) {
  const template = /** @type {HTMLTemplateElement} */ (document.getElementById("recherche-modele-resultat"));
  return results.map((result) => {
    const item = /** @type {DocumentFragment} */ (template.content.cloneNode(true));
    const link = /** @type {HTMLAnchorElement} */ (item.querySelector(".fr-card__title a"));
    link.href = result.url;
    link.textContent = result.meta.title ?? result.url;
    /** @type {HTMLElement} */ (item.querySelector(".fr-card__desc")).append(...highlighted(result.excerpt));
    const guide = /** @type {HTMLElement} */ (item.querySelector(".fr-card__detail"));
    guide.textContent = result.meta.guide ?? "";
    guide.hidden = !result.meta.guide;
    list.append(item);
    return link;
  });
}

/**
 * Fills each filter's fieldset with one checkbox per value the query reaches, with its count;
 * a chosen value stays listed even when the query no longer reaches it, so it can be unchecked.
 * @param {HTMLFieldSetElement[]} fieldsets
 * @param {Record<string, Record<string, number>>} counts
 * @param {Record<string, string[]>} chosen
 */
export function renderFilters(fieldsets, counts, chosen) {
  const template = /** @type {HTMLTemplateElement} */ (document.getElementById("recherche-modele-filtre"));
  for (const fieldset of fieldsets) {
    const key = fieldset.dataset.filter ?? "";
    const values = { ...Object.fromEntries((chosen[key] ?? []).map((value) => [value, 0])), ...counts[key] };
    const names = Object.keys(values).filter(
      (name) => /** @type {number} */ (values[name]) > 0 || chosen[key]?.includes(name),
    );
    names.sort((a, b) => a.localeCompare(b, "fr"));
    names.forEach((name, index) => {
      const element = /** @type {DocumentFragment} */ (template.content.cloneNode(true));
      const input = /** @type {HTMLInputElement} */ (element.querySelector("input"));
      const label = /** @type {HTMLLabelElement} */ (element.querySelector("label"));
      input.id = `filtre-${key}-${index + 1}`;
      input.name = key;
      input.value = name;
      input.checked = chosen[key]?.includes(name) ?? false;
      label.htmlFor = input.id;
      const [text, hint] = /** @type {[HTMLSpanElement, HTMLSpanElement]} */ ([...label.querySelectorAll("span")]);
      const count = /** @type {number} */ (values[name]);
      text.textContent = name;
      hint.textContent = `${count} page${count > 1 ? "s" : ""}`;
      fieldset.append(element);
    });
    fieldset.hidden = names.length === 0;
  }
}

/**
 * The nodes of a Pagefind excerpt, keeping only its text and `<mark>`s: whatever else the indexed
 * page held is never turned back into markup.
 * @param {string} excerpt
 * @returns {Node[]}
 */
function highlighted(excerpt) {
  const parsed = new DOMParser().parseFromString(excerpt, "text/html").body;
  return [...parsed.childNodes].map((node) => {
    if (node.nodeName !== "MARK") return document.createTextNode(node.textContent ?? "");
    const mark = document.createElement("mark");
    mark.textContent = node.textContent;
    return mark;
  });
}

/**
 * What Pagefind returns for one page (https://pagefind.app/docs/api-reference/).
 * @typedef {{ url: string, excerpt: string, content: string, locations: number[], meta: Record<string, string | undefined> }} PagefindData
 */
