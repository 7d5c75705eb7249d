import { DomUtils, parseDocument } from "htmlparser2";

/**
 * Just enough of a DOM to assert the structure of rendered components: parse HTML, then find
 * elements with simple CSS selectors (`tag.class#id[attr=value]`, joined by a space or `>`).
 */
export function parseHtml(html: string): HtmlNode {
  return parseDocument(html) as unknown as HtmlNode;
}

/** Every element under `root` that the selector matches, in document order. */
export function select(root: HtmlNode, selector: string): HtmlElement[] {
  const steps = parseSelector(selector);
  return DomUtils.findAll(
    (element) => matches(element as unknown as HtmlElement, steps, steps.length - 1),
    root.children as never,
  ) as unknown as HtmlElement[];
}

/** The one element the selector matches; fails, naming the selector, when there is none. */
export function selectOne(root: HtmlNode, selector: string): HtmlElement {
  const [element] = select(root, selector);
  if (!element) throw new Error(`aucun élément ne correspond à « ${selector} »`);
  return element;
}

export function textOf(node: HtmlNode): string {
  return DomUtils.textContent(node as never)
    .replace(/\s+/g, " ")
    .trim();
}

function matches(element: HtmlElement, steps: Step[], index: number): boolean {
  if (!matchesCompound(element, steps[index]!.compound)) return false;
  if (index === 0) return true;
  let parent = element.parent;
  while (parent && parent.type === "tag") {
    if (matches(parent as HtmlElement, steps, index - 1)) return true;
    if (steps[index]!.combinator === ">") return false;
    parent = parent.parent;
  }
  return false;
}

function matchesCompound(element: HtmlElement, compound: Compound): boolean {
  if (element.type !== "tag" && element.type !== "script" && element.type !== "style") return false;
  if (compound.tag && element.name !== compound.tag) return false;
  const classes = (element.attribs.class ?? "").split(/\s+/);
  if (!compound.classes.every((name) => classes.includes(name))) return false;
  return compound.attributes.every(([name, value]) =>
    value === undefined ? name in element.attribs : element.attribs[name] === value,
  );
}

function parseSelector(selector: string): Step[] {
  const steps: Step[] = [];
  let combinator: " " | ">" = " ";
  for (const part of selector.trim().split(/\s+/)) {
    if (part === ">") {
      combinator = ">";
      continue;
    }
    const compound: Compound = { tag: /^[a-z][\w-]*/.exec(part)?.[0], classes: [], attributes: [] };
    for (const [, kind, name, attribute, value] of part.matchAll(
      /([.#])([\w-]+)|\[([\w-]+)(?:=["']?([^\]"']*)["']?)?\]/g,
    )) {
      if (kind === ".") compound.classes.push(name!);
      else if (kind === "#") compound.attributes.push(["id", name!]);
      else compound.attributes.push([attribute!, value]);
    }
    steps.push({ combinator, compound });
    combinator = " ";
  }
  return steps;
}

interface Step {
  /** How this step relates to the previous one: any ancestor (" ") or the parent (">"). */
  combinator: " " | ">";
  compound: Compound;
}

interface Compound {
  tag?: string;
  classes: string[];
  attributes: [string, string | undefined][];
}

export interface HtmlNode {
  type: string;
  parent: HtmlNode | null;
  children: HtmlNode[];
}

export interface HtmlElement extends HtmlNode {
  name: string;
  attribs: Record<string, string>;
}
