/**
 * Structure checks run inside the page, on what the browser built: one h1, heading levels that
 * never skip one, unique ids, an alternative on every image, skip links whose target exists, is
 * shown and holds the next focus stop. Self-contained because it is serialised into the page by
 * `page.evaluate`.
 */
export function structureIssues(): StructureIssue[] {
  const issues: StructureIssue[] = [];
  const describe = (element: Element) => element.outerHTML.replace(/\s+/g, " ").slice(0, 160);

  const headings = [...document.querySelectorAll("h1, h2, h3, h4, h5, h6, [role=heading]")];
  const h1s = headings.filter((heading) => heading.tagName === "H1" || heading.getAttribute("aria-level") === "1");
  if (h1s.length !== 1) {
    issues.push({
      rule: "h1-unique",
      element: h1s.map(describe).join(" ; ") || undefined,
      message: `la page a ${h1s.length} titres de niveau 1 : il en faut un, et un seul`,
    });
  }
  let previous = 0;
  for (const heading of headings) {
    const level =
      heading.getAttribute("role") === "heading"
        ? Number(heading.getAttribute("aria-level") ?? 2)
        : Number(heading.tagName[1]);
    if (level > previous + 1) {
      issues.push({
        rule: "heading-order",
        element: describe(heading),
        message: `titre de niveau ${level} après un titre de niveau ${previous || "aucun"} : un niveau est sauté`,
      });
    }
    previous = level;
  }

  const seen = new Map<string, number>();
  for (const element of document.querySelectorAll("[id]")) seen.set(element.id, (seen.get(element.id) ?? 0) + 1);
  for (const [id, count] of seen)
    if (count > 1)
      issues.push({
        rule: "id-unique",
        element: `#${id}`,
        message: `l’identifiant "${id}" est donné à ${count} éléments`,
      });

  for (const image of document.querySelectorAll("img:not([alt]), area:not([alt]), input[type=image]:not([alt])")) {
    issues.push({
      rule: "image-alt",
      element: describe(image),
      message: 'image sans attribut alt : décrivez ce qu’elle montre, ou alt="" si elle est décorative',
    });
  }

  const focusable = "a[href], button, input, select, textarea, [tabindex]";
  for (const link of document.querySelectorAll<HTMLAnchorElement>(".fr-skiplinks a[href^='#']")) {
    const href = link.getAttribute("href")!;
    const element = `.fr-skiplinks a[href="${href}"]`;
    const target = document.getElementById(href.slice(1));
    if (!target)
      issues.push({
        rule: "skip-link",
        element,
        message: `le lien d’évitement mène à "${href}", qui n’existe pas sur la page`,
      });
    else if (target.getClientRects().length === 0)
      issues.push({ rule: "skip-link", element, message: `le lien d’évitement mène à "${href}", qui est masqué` });
    else if (
      !target.matches(focusable) &&
      ![...target.querySelectorAll(focusable)].some((inside) => inside.getClientRects().length > 0)
    ) {
      issues.push({
        rule: "skip-link",
        element,
        message: `après le lien d’évitement "${href}", la touche Tab ne mène pas dans sa cible`,
      });
    }
  }
  return issues;
}

export interface StructureIssue {
  rule: string;
  element?: string;
  message: string;
}
