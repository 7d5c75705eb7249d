import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { MigrationPlan } from "./plan-migration.ts";

/**
 * Carries out a plan in the project folder: the files put aside first (moved into `asideDir`,
 * under their own path), then the writes. Nothing is deleted.
 */
export function applyMigration(plan: MigrationPlan, projectDir: string, asideDir: string): void {
  for (const file of plan.asides) {
    const target = path.join(asideDir, file);
    mkdirSync(path.dirname(target), { recursive: true });
    renameSync(path.join(projectDir, file), target);
  }
  for (const { path: file, content } of plan.writes) {
    const target = path.join(projectDir, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
}
