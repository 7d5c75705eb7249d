import { type ParseArgsConfig, parseArgs } from "node:util";

/**
 * Reads a command's options with Node's `util.parseArgs` (strict: an unknown option or a missing
 * value is refused), and says what is wrong in French, with the options the command takes.
 */
export function parseCommandLine<const T extends CommandOptions>(
  args: string[],
  options: T,
  { positionals = false }: { positionals?: boolean } = {},
) {
  try {
    const parsed = parseArgs({ args, options, strict: true, allowPositionals: positionals });
    // parseArgs gives an object without prototype: a plain one compares and prints like any other.
    return { values: { ...parsed.values }, positionals: parsed.positionals };
  } catch (cause) {
    throw new CommandLineError(frenchMessage(cause as NodeError, options));
  }
}

/** The options of this process's command line; a mistake is printed in French and the process exits with code 2. */
export function readCommandLine<const T extends CommandOptions>(options: T, settings: { positionals?: boolean } = {}) {
  try {
    return parseCommandLine(process.argv.slice(2), options, settings);
  } catch (error) {
    return exitOnCommandLineError(error);
  }
}

/** A mistake on the command line: the command prints its message and exits with code 2. */
export class CommandLineError extends Error {}

/** Prints a command-line mistake and exits with code 2; anything else is a real failure and is thrown again. */
export function exitOnCommandLineError(error: unknown): never {
  if (!(error instanceof CommandLineError)) throw error;
  console.error(error.message);
  process.exit(2);
}

function frenchMessage(error: NodeError, options: CommandOptions): string {
  const known = Object.keys(options)
    .map((name) => `--${name}`)
    .join(", ");
  const option = /'(-[^'\s]*)/.exec(error.message)?.[1] ?? "";
  switch (error.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `option inconnue « ${option} » : options possibles ${known}`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return options[option.replace(/^-+/, "")]?.type === "boolean"
        ? `option « ${option} » : elle ne prend pas de valeur`
        : `option « ${option} » : une valeur est attendue après elle`;
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return `argument inattendu « ${/'([^']*)'/.exec(error.message)?.[1] ?? ""} » : options possibles ${known}`;
    default:
      return error.message;
  }
}

type CommandOptions = NonNullable<ParseArgsConfig["options"]>;

interface NodeError extends Error {
  code?: string;
}
