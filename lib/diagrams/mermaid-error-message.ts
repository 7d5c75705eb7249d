/**
 * Mermaid's error in French words, for an editor: what Mermaid expected and what it found
 * (its grammar's token names made readable), or the text it could not read; `line` is the line
 * in the diagram, counted from the line after the opening fence.
 */
export function mermaidErrorMessage(error: string, line?: number): { message: string; fix: string } {
  const lines = error
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  const first = lines[0] ?? error;
  const expecting = /^Expecting (.*), got '?([^']*)'?$/.exec(lines.find((line) => line.startsWith("Expecting ")) ?? "");
  const near = excerpt(lines);
  let what: string;
  if (expecting) {
    const expected = [...new Set(expecting[1]!.split(/,\s*/).map((token) => tokenName(token.replace(/'/g, ""))))];
    what = `attendu : ${expected.slice(0, 6).join(", ")}${expected.length > 6 ? "…" : ""} ; trouvé : ${tokenName(expecting[2]!)}${near}`;
  } else if (first.startsWith("Lexical error")) what = `texte non reconnu${near}`;
  else if (first.startsWith("No diagram type detected"))
    what = `type de diagramme inconnu « ${(/for text: (\S+)/.exec(first)?.[1] ?? "").trim()} »`;
  else if (/^No such shape: /.test(first)) what = `forme inconnue « ${first.replace(/^No such shape: |\.$/g, "")} »`;
  else if (/within|unexpected|YAML|mapping|collection/i.test(first) && /\(\d+:\d+\)/.test(first))
    what = `en-tête « --- » illisible (${first.replace(/\s*\(\d+:\d+\)$/, "")})`;
  else what = first;
  return {
    message: `diagramme Mermaid illisible${line ? ` (ligne ${line} du diagramme)` : ""} : ${what}`,
    fix: first.startsWith("No diagram type")
      ? "commencez par un type connu : flowchart LR, stateDiagram-v2, sequenceDiagram, classDiagram… (https://mermaid.js.org/intro/syntax-reference.html)"
      : "corrigez la syntaxe à cette ligne (https://mermaid.js.org/intro/syntax-reference.html)",
  };
}

/** The excerpt Mermaid quotes before its caret (`...> c[oops  c --> d`), as « près de … ». */
function excerpt(lines: string[]): string {
  const caret = lines.findIndex((line) => /^-*\^$/.test(line));
  const text =
    caret > 0
      ? lines[caret - 1]!.replace(/^\.\.\./, "…")
          .replace(/\s+/g, " ")
          .trim()
      : "";
  return text ? ` (près de « ${text} »)` : "";
}

function tokenName(token: string): string {
  return TOKEN_NAMES[token] ?? `« ${token} »`;
}

/** Mermaid's grammar tokens an editor meets most, in words. */
const TOKEN_NAMES: Record<string, string> = {
  SEMI: "« ; »",
  NEWLINE: "une fin de ligne",
  EOF: "la fin du diagramme",
  AMP: "« & »",
  START_LINK: "un lien",
  LINK: "un lien (« --> »)",
  LINK_ID: "un lien",
  MINUS: "« - »",
  SQE: "« ] »",
  PE: "« ) »",
  PIPE: "« | »",
  COLON: "« : »",
  SPACE: "une espace",
  ID: "un nom",
  NODE_STRING: "un nom",
  TEXT: "un texte",
  UNICODE_TEXT: "un texte",
  DESCR: "une description",
  EDGE_STATE: "un état",
  STYLE: "un style",
  NUM: "un nombre",
};
