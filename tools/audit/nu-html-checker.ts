import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { promisify } from "node:util";
import type { AuditIssue } from "./audit-issue.ts";

const run = promisify(execFile);

/** The checker's jar, as the npm package `vnu-jar` ships it. */
export const VNU_JAR = String(createRequire(import.meta.url)("vnu-jar"));

/**
 * Runs the Nu Html Checker once (one JVM start) on every HTML file of a site and returns its
 * errors. `pageOf` turns a file into the page address the issues name.
 */
export async function checkHtmlFiles(files: string[], pageOf: (file: string) => string): Promise<HtmlCheck> {
  if (files.length === 0) return { files: 0, errors: [], warnings: 0 };
  // vnu exits 1 when it finds an error: its report is on stdout all the same.
  const { stdout } = await run("java", ["-jar", VNU_JAR, "--format", "json", "--stdout", ...files], {
    maxBuffer: 64 * 1024 * 1024,
  }).catch((failure: { stdout?: string; stderr?: string; message: string }) => {
    if (!failure.stdout)
      throw new Error(
        `le vérificateur HTML (java -jar vnu.jar) n’a pas pu s’exécuter : ${failure.stderr || failure.message}`,
      );
    return { stdout: failure.stdout };
  });
  return parseVnuReport(stdout, pageOf, files.length);
}

/** Reads vnu's JSON report: errors become issues, warnings are only counted. */
export function parseVnuReport(json: string, pageOf: (file: string) => string, files: number): HtmlCheck {
  const { messages } = JSON.parse(json) as { messages: VnuMessage[] };
  const errors: AuditIssue[] = [];
  let warnings = 0;
  for (const message of messages) {
    if (message.type === "info") {
      warnings += 1;
      continue;
    }
    const file = message.url ? decodeURIComponent(new URL(message.url).pathname) : "";
    const where = message.lastLine
      ? `${path.basename(file)}:${message.firstLine ?? message.lastLine}`
      : path.basename(file);
    errors.push({
      page: pageOf(file),
      rule: "html/nu-checker",
      element: message.extract ? `${where} ${message.extract.replace(/\s+/g, " ").trim()}` : where,
      message: message.message,
    });
  }
  return { files, errors, warnings };
}

export interface HtmlCheck {
  files: number;
  errors: AuditIssue[];
  /** Messages of type "info" (warnings and advice), which do not fail the check. */
  warnings: number;
}

interface VnuMessage {
  type: "error" | "info" | "non-document-error";
  url?: string;
  firstLine?: number;
  lastLine?: number;
  message: string;
  extract?: string;
}
