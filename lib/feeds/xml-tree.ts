import { SaxesParser } from "saxes";

/**
 * Parses an XML document strictly (XML 1.0 and its namespaces: a badly closed element, an
 * unknown entity or a forbidden character is an error, as in a feed reader) into a small tree.
 * Throws an Error with the line of the first problem.
 */
export function parseXml(text: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.on("opentag", (tag) => {
    const element: XmlElement = {
      name: tag.local,
      namespace: tag.uri,
      attributes: Object.fromEntries(
        Object.values(tag.attributes).map((attribute) => [attribute.name, attribute.value]),
      ),
      children: [],
      text: "",
    };
    stack.at(-1)?.children.push(element);
    root ??= element;
    stack.push(element);
  });
  parser.on("text", (data) => appendText(stack, data));
  parser.on("cdata", (data) => appendText(stack, data));
  parser.on("closetag", () => stack.pop());
  parser.on("error", (error) => {
    throw new Error(`XML illisible ligne ${parser.line} : ${error.message.replace(/^(?:[^:]*:)?\d+:\d+: /, "")}`);
  });
  parser.write(text).close();
  if (!root) throw new Error("XML illisible : aucun élément");
  return root;
}

/** The children of an element with a given name (and namespace, when given). */
export function childrenNamed(element: XmlElement, name: string, namespace?: string): XmlElement[] {
  return element.children.filter(
    (child) => child.name === name && (namespace === undefined || child.namespace === namespace),
  );
}

function appendText(stack: XmlElement[], data: string): void {
  const current = stack.at(-1);
  if (current) current.text += data;
}

export interface XmlElement {
  /** Local name, without its prefix. */
  name: string;
  namespace: string;
  /** Attributes by their name as written (`rel`, `xml:lang`). */
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The text directly inside the element. */
  text: string;
}
