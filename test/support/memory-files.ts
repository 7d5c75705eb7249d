import type { MigrationPlan, SiteFiles } from "../../lib/migrate/plan-migration.ts";

/** A site held in memory, by path, for the migration's tests; `apply` carries out a plan on it as on disk. */
export function memoryFiles(files: Record<string, string | Buffer> = {}): MemoryFiles {
  const contents = new Map<string, Buffer>(
    Object.entries(files).map(([file, content]) => [file, Buffer.from(content)]),
  );
  return {
    contents,
    list: () => [...contents.keys()].sort(),
    read: (file) => contents.get(file),
    apply(plan) {
      for (const file of plan.asides) contents.delete(file);
      for (const { path, content } of plan.writes) contents.set(path, content);
    },
    text: (file) => contents.get(file)?.toString("utf8"),
  };
}

export interface MemoryFiles extends SiteFiles {
  contents: Map<string, Buffer>;
  apply(plan: MigrationPlan): void;
  text(file: string): string | undefined;
}
