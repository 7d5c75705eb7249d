/** The candidate nearest to `value` (case- and accent-insensitive edit distance), if it is near enough to be a typo. */
export function closest(value: string, candidates: Iterable<string>): string | undefined {
  const target = fold(value);
  const limit = Math.max(2, Math.floor(target.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const folded = fold(candidate);
    // The distance is at least the difference of lengths: most of a site's ten thousand files are skipped so.
    if (Math.abs(folded.length - target.length) > Math.min(limit, bestDistance - 1)) continue;
    const distance = editDistance(target, folded);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return bestDistance <= limit ? best : undefined;
}

function fold(text: string): string {
  if (!NOT_ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

const NOT_ASCII = /[\u0080-\uffff]/;

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length]!;
}

/**
 * The file path nearest to `value` for a typo in its name: compared by name (without folder and
 * extension) with the paths of the same folder, so that a shared `partials/…njk` never makes two
 * different names look near.
 */
export function closestPath(value: string, candidates: Iterable<string>): string | undefined {
  const folder = (file: string) => file.slice(0, file.lastIndexOf("/") + 1);
  const name = (file: string) => file.slice(folder(file).length).replace(/\.[^.]*$/, "");
  const sameFolder = [...candidates].filter((candidate) => folder(candidate) === folder(value));
  const nearest = closest(name(value), sameFolder.map(name));
  return sameFolder.find((candidate) => name(candidate) === nearest);
}
