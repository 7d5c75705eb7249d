import { formatFindings } from "../checks/report/format-findings.ts";
import { unreadableFrontMatter } from "../pipeline/front-matter-syntax.ts";

/**
 * The console Eleventy writes to while an editor previews the site: its messages pass, but not
 * the stack traces it adds to errors; after a failed rebuild, broken front matter is explained
 * in French, file and line first, like the build does.
 */
export function editorConsole(
  input: string,
  output: Pick<Console, "log" | "warn" | "error"> = console,
): EleventyConsole {
  let explaining = false;
  return {
    log: (message) => output.log(message),
    info: (message) => output.log(message),
    warn: (message) => output.warn(message),
    error(message) {
      if (message.includes("Original error stack trace")) return;
      output.error(message);
      if (explaining) return;
      explaining = true;
      // Once Eleventy has said everything about this failure.
      setImmediate(() => {
        explaining = false;
        const { findings } = unreadableFrontMatter(input);
        if (findings.length > 0) output.error(formatFindings(findings));
      });
    },
  };
}

export interface EleventyConsole {
  log(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}
