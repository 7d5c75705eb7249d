/**
 * The console Eleventy writes to while an editor previews the site: its messages pass, but not
 * the stack traces it adds to errors. Pages that cannot be built show their errors themselves,
 * and the checks print theirs in French after each rebuild (lib/eleventy/checks.ts).
 */
export function editorConsole(output: Pick<Console, "log" | "warn" | "error"> = console): EleventyConsole {
  return {
    log: (message) => output.log(message),
    info: (message) => output.log(message),
    warn: (message) => output.warn(message),
    error(message) {
      if (message.includes("Original error stack trace")) return;
      output.error(message);
    },
  };
}

export interface EleventyConsole {
  log(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}
