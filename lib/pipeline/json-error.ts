/**
 * Where a JSON data file breaks and why, in French: JSON.parse says « at position 123 » in
 * English; editors need the line to fix (for a comma forgotten or left over, the line before the
 * next value, where it belongs) and the mistake in their words. Undefined when the text is JSON.
 */
export function jsonSyntaxProblem(text: string): JsonProblem | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (cause) {
    const message = (cause as Error).message;
    const position = Number(/at position (\d+)/.exec(message)?.[1] ?? Number.NaN);
    // The text ends inside an object or a list: the one never closed.
    if (
      !/Unterminated string/.test(message) &&
      (/Unexpected end of JSON input/.test(message) || position >= text.trimEnd().length)
    ) {
      const opened = unclosedBracket(text);
      if (opened !== undefined)
        return { line: text.slice(0, opened).split("\n").length, reason: `« ${text[opened]} » jamais fermé` };
    }
    const reason = REASONS.find(([pattern]) => pattern.test(message))?.[1] ?? message;
    const token = /^Unexpected token '(.)'/.exec(message)?.[1];
    let index = Number.isNaN(position) ? (token ? text.indexOf(token) : text.trimEnd().length) : position;
    // A comma missing or left over belongs to the end of the value before.
    if (/[,'}]/.test(/Expected (.)/.exec(message)?.[1] ?? "") || /property name/.test(message))
      index = lastTokenBefore(text, index);
    if (/Unterminated string/.test(message)) index = text.lastIndexOf('"', index - 1);
    return { line: text.slice(0, Math.max(0, index)).split("\n").length, reason };
  }
}

export interface JsonProblem {
  /** 1-based line. */
  line: number;
  reason: string;
}

/** Index of the last `{` or `[` left open, outside strings. */
function unclosedBracket(text: string): number | undefined {
  const open: number[] = [];
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === "\\") i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === "{" || char === "[") open.push(i);
    else if (char === "}" || char === "]") open.pop();
  }
  return open.at(-1);
}

function lastTokenBefore(text: string, index: number): number {
  let at = Math.min(index, text.length) - 1;
  while (at > 0 && /\s/.test(text[at]!)) at--;
  return at;
}

const REASONS: [RegExp, string][] = [
  [
    /Expected ',' or '}' after property value|Expected ',' or ']' after array element/,
    "virgule manquante après une valeur",
  ],
  [
    /Expected double-quoted property name/,
    "virgule en trop avant la fin d’un objet, ou nom de champ sans guillemets droits",
  ],
  [/Expected property name or '}'/, 'nom de champ sans guillemets droits ("champ": valeur)'],
  [/Unterminated string/, "guillemet ouvert jamais fermé"],
  [/Unexpected end of JSON input/, "fichier incomplet : une accolade ou un crochet n’est jamais fermé"],
  [/Unexpected token '''/, 'apostrophes au lieu de guillemets droits ("…")'],
  [
    /Bad control character in string literal/,
    "retour à la ligne ou tabulation dans un texte entre guillemets (écrivez \\n)",
  ],
  [/Unexpected non-whitespace character after JSON/, "texte après la fin de l’objet : une accolade fermante en trop ?"],
  [/Unexpected token/, "caractère inattendu (guillemets droits, virgules et deux-points)"],
];
