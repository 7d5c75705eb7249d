// @ts-check
/**
 * Where a moved page sends its reader: the new address, with the query of the old one (its
 * parameters renamed when the new page calls them otherwise: `?term=` → `?q=`) and its fragment.
 * @param {string} target the new address, absolute
 * @param {string} oldAddress the address the reader came to, absolute
 * @param {Record<string, string>} renamed old parameter name → new one
 * @returns {string}
 */
export function redirectTarget(target, oldAddress, renamed) {
  const from = new URL(oldAddress);
  const to = new URL(target);
  for (const [name, value] of from.searchParams) to.searchParams.append(renamed[name] ?? name, value);
  to.hash = from.hash;
  return to.href;
}
