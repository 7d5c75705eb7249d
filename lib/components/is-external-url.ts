/** Whether a link leads to another site (and so opens in a new window, as the DSFR asks). */
export function isExternalUrl(url: unknown): boolean {
  return /^https?:\/\//i.test(String(url ?? ""));
}
