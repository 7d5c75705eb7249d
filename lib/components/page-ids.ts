/**
 * The element ids given out in each page during a build: a generated id (`accordionsgroup-3`)
 * never repeats one already used, and an id an editor sets twice is caught.
 */
export class PageIds {
  #taken = new Map<string, Set<string>>();
  #counters = new Map<string, number>();

  /** A new id for the page, `<prefix>-<n>`, n counting from 1 for each prefix. */
  next(page: string, prefix: string): string {
    const taken = this.#takenIn(page);
    const key = `${page}\0${prefix}`;
    let n = this.#counters.get(key) ?? 0;
    let id: string;
    do id = `${prefix}-${++n}`;
    while (taken.has(id));
    this.#counters.set(key, n);
    taken.add(id);
    return id;
  }

  /** Records an id chosen by an editor; false when the page already has it. */
  claim(page: string, id: string): boolean {
    const taken = this.#takenIn(page);
    if (taken.has(id)) return false;
    taken.add(id);
    return true;
  }

  /** Forgets every page, at the start of each build. */
  clear(): void {
    this.#taken.clear();
    this.#counters.clear();
  }

  #takenIn(page: string): Set<string> {
    let taken = this.#taken.get(page);
    if (!taken) this.#taken.set(page, (taken = new Set()));
    return taken;
  }
}
