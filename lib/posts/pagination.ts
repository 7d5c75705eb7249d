/**
 * The page numbers a DSFR pagination shows for page `current` of `count`
 * (https://www.systeme-de-design.gouv.fr/composants-et-modeles/composants/pagination): the first
 * and last pages, the current one and its neighbours, and an ellipsis for each gap of more than
 * one page (a gap of exactly one page shows that page rather than « … »).
 */
export function paginationItems(current: number, count: number): PaginationItem[] {
  const shown = new Set([1, count, current - 1, current, current + 1].filter((n) => n >= 1 && n <= count));
  const numbers = [...shown].sort((a, b) => a - b);
  const items: PaginationItem[] = [];
  numbers.forEach((number, index) => {
    const previous = numbers[index - 1];
    if (previous !== undefined && number - previous === 2) items.push({ number: number - 1 });
    else if (previous !== undefined && number - previous > 2) items.push({ ellipsis: true });
    items.push({ number, current: number === current });
  });
  return items;
}

export type PaginationItem = { number: number; current?: boolean } | { ellipsis: true };
