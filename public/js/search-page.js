// @ts-check
/**
 * The search results page (/fr/recherche/?q=…): runs the query of the address against the
 * Pagefind index, shows the count, the result cards, the guide and tag filters and « Plus de résultats ».
 * Loaded only by this page; no inline script or style, so it runs under a strict CSP.
 */
import { reachesQuery, searchTerms } from "./search-query.js";
import { renderCards, renderFilters } from "./search-render.js";

const PAGE_SIZE = 10;
/**
 * Weak length normalisation: a long step-by-step guide that explains a term must outrank the short
 * overview page that only mentions it (https://pagefind.app/docs/ranking/).
 */
const RANKING = { pageLength: 0.1 };
/** The site's root, path prefix included: this file is served from `<root>js/`. */
const ROOT = new URL("../", import.meta.url);

const status = /** @type {HTMLElement} */ (document.getElementById("recherche-statut"));
const list = /** @type {HTMLUListElement} */ (document.getElementById("recherche-resultats"));
const more = /** @type {HTMLButtonElement} */ (document.getElementById("recherche-plus"));
const empty = /** @type {HTMLElement} */ (document.getElementById("recherche-vide"));
const filterPanel = /** @type {HTMLElement} */ (document.getElementById("recherche-filtres"));
const fieldsets = /** @type {HTMLFieldSetElement[]} */ ([...filterPanel.querySelectorAll("fieldset[data-filter]")]);
const pageTitle = document.title;

const address = new URL(window.location.href);
const query = (address.searchParams.get("q") ?? "").trim();
/** Filter key → values chosen, from the address (`?q=…&guide=…&etiquette=…`). */
const chosen = Object.fromEntries(
  fieldsets.map((fieldset) => [filterKey(fieldset), address.searchParams.getAll(filterKey(fieldset))]),
);

/** @type {PagefindResult[]} */
let results = [];
let shown = 0;
/** Increases with each search, so that a slow, outdated one never overwrites a newer one. */
let generation = 0;

prefill(query);
// Without a query, the page's own status (« Saisissez… ») stays.
if (query !== "") {
  status.textContent = "Recherche en cours…";
  start().catch((cause) => {
    status.textContent = "La recherche est indisponible pour le moment. Parcourez les guides depuis la page d’accueil.";
    throw cause;
  });
}

/** Loads the index, shows the first results and their filters, then follows the reader’s choices. */
async function start() {
  const pagefind = await loadPagefind();
  more.addEventListener("click", showMore);
  filterPanel.addEventListener("change", () => {
    for (const fieldset of fieldsets) chosen[filterKey(fieldset)] = checkedValues(fieldset);
    rememberFilters();
    search(pagefind);
  });
  const found = await search(pagefind);
  // Chosen filters stay listed even when they leave nothing, so that they can be unticked.
  if (found && (results.length > 0 || filtering())) renderFilters(fieldsets, found.totalFilters, chosen);
  filterPanel.hidden = fieldsets.every((fieldset) => fieldset.hidden);
}

/**
 * Runs the query with the chosen filters and shows its first results.
 * @param {Pagefind} pagefind
 * @returns {Promise<PagefindSearch | undefined>} undefined when a newer search started meanwhile
 */
async function search(pagefind) {
  const run = ++generation;
  const found = await pagefind.search(searchTerms(query), { filters: pagefindFilters() });
  const first = await Promise.all(found.results.slice(0, PAGE_SIZE).map((result) => result.data()));
  if (run !== generation) return undefined;
  // Results are ranked: when even the best one only matched a clipped word, nothing really matched.
  results = first[0] !== undefined && reachesQuery(first[0], query) ? found.results : [];
  shown = 0;
  list.replaceChildren();
  show(results.length > 0 ? first : [], false);
  const count = results.length;
  const filtered = filtering() ? " avec les filtres choisis" : "";
  status.textContent =
    count === 0
      ? `Aucun résultat pour « ${query} »${filtered}.`
      : `${count} résultat${count > 1 ? "s" : ""} pour « ${query} »${filtered}.`;
  document.title = `${status.textContent} ${pageTitle}`;
  empty.hidden = count > 0;
  return found;
}

/** Loads and adds the next page of result cards, then moves the focus to the first new one. */
async function showMore() {
  const run = generation;
  const next = await Promise.all(results.slice(shown, shown + PAGE_SIZE).map((result) => result.data()));
  if (run === generation) show(next, true);
}

/**
 * @param {PagefindData[]} data
 * @param {boolean} focus
 */
function show(data, focus) {
  const added = renderCards(list, data);
  shown += data.length;
  more.hidden = shown >= results.length;
  if (focus) added[0]?.focus();
}

/** @returns {Promise<Pagefind>} */
async function loadPagefind() {
  /** @type {Pagefind} */
  const pagefind = await import(new URL("pagefind/pagefind.js", ROOT).href);
  // Result URLs are indexed from the site's root (`/fr/…`): the prefix (`/aide/`) goes in front.
  await pagefind.options({ baseUrl: ROOT.pathname, ranking: RANKING });
  // Loads the filter index: without it, searches return no count per guide or tag.
  await pagefind.filters();
  return pagefind;
}

/** @param {string} value */
function prefill(value) {
  for (const input of document.querySelectorAll("input[name=q]")) /** @type {HTMLInputElement} */ (input).value = value;
}

function filtering() {
  return Object.values(chosen).some((values) => values.length > 0);
}

/** Pagefind's filter object: any chosen value within a key, every key at once. */
function pagefindFilters() {
  return Object.fromEntries(
    Object.entries(chosen)
      .filter(([, values]) => values.length > 0)
      .map(([key, values]) => [key, { any: values }]),
  );
}

/** Keeps the filters in the address, so that reloading or sharing it gives the same results. */
function rememberFilters() {
  const url = new URL(window.location.href);
  for (const [key, values] of Object.entries(chosen)) {
    url.searchParams.delete(key);
    for (const value of values) url.searchParams.append(key, value);
  }
  window.history.replaceState(null, "", url);
}

/** @param {HTMLFieldSetElement} fieldset */
function filterKey(fieldset) {
  return fieldset.dataset.filter ?? "";
}

/** @param {HTMLFieldSetElement} fieldset */
function checkedValues(fieldset) {
  return [...fieldset.querySelectorAll("input:checked")].map((input) => /** @type {HTMLInputElement} */ (input).value);
}

/**
 * The part of the Pagefind API this page uses (https://pagefind.app/docs/api-reference/).
 * @typedef {{ options(options: object): Promise<void>, filters(): Promise<object>, search(query: string, options: object): Promise<PagefindSearch> }} Pagefind
 * @typedef {{ results: PagefindResult[], totalFilters: Record<string, Record<string, number>> }} PagefindSearch
 * @typedef {{ data(): Promise<PagefindData> }} PagefindResult
 * @typedef {import("./search-render.js").PagefindData} PagefindData
 */
