import type { Finding } from "../finding.ts";

/**
 * The text of the issue that lists the dead links to other sites (`link-external` findings of
 * `npm run check -- --external`), one per link and problem with the places that write it;
 * undefined when every link answers.
 */
export function deadLinksIssueBody(findings: Finding[], runUrl?: string): string | undefined {
  const places = new Map<string, string[]>();
  for (const { rule, message, file, line } of findings) {
    if (rule !== "link-external") continue;
    const list = places.get(message) ?? [];
    list.push(line ? `${file}:${line}` : file);
    places.set(message, list);
  }
  if (places.size === 0) return undefined;

  const count =
    places.size > 1
      ? `${places.size} liens vers d’autres sites ne répondent plus`
      : "Un lien vers un autre site ne répond plus";
  const lines = [
    `${count} (\`npm run check -- --external\`${runUrl ? `, [dernière vérification](${runUrl})` : ""}) :`,
    "",
  ];
  for (const [message, where] of [...places].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(
      `- ${message.replace(/^lien externe /, "")}`,
      ...[...new Set(where)].sort().map((place) => `  - \`${place}\``),
    );
  }
  lines.push(
    "",
    "Corrigez l’adresse, ou retirez le lien si la page a disparu. Cette liste est mise à jour à chaque vérification hebdomadaire, et le ticket fermé quand tous les liens répondent.",
  );
  return lines.join("\n");
}
