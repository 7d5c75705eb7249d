/**
 * Turns the SVG Mermaid produced in the page into one the site's CSP accepts: every style that
 * Mermaid's `<style>` element and `style` attributes gave an element is written as an SVG
 * presentation attribute (`fill="#…"`), which CSP does not govern, then both are removed.
 *
 * It runs INSIDE the browser page (passed to page.evaluate), so it must not use anything from
 * this module's scope: the browser computes the styles, we only copy them.
 */
export function bakeSvgInPage(svgText: string): string {
  // Properties Mermaid sets through CSS; `inherited` ones are written only where they differ from the parent.
  const properties: [name: string, inherited: boolean, initial: string][] = [
    ["fill", true, "rgb(0, 0, 0)"],
    ["fill-opacity", true, "1"],
    ["stroke", true, "none"],
    ["stroke-width", true, "1px"],
    ["stroke-dasharray", true, "none"],
    ["stroke-opacity", true, "1"],
    ["stroke-linecap", true, "butt"],
    ["stroke-linejoin", true, "miter"],
    ["font-family", true, ""],
    ["font-size", true, ""],
    ["font-weight", true, "400"],
    ["font-style", true, "normal"],
    ["text-anchor", true, "start"],
    ["dominant-baseline", true, "auto"],
    ["opacity", false, "1"],
    ["filter", false, "none"],
    ["display", false, "inline"],
  ];
  const host = document.createElement("div");
  host.innerHTML = svgText;
  document.body.append(host);
  const svg = host.querySelector("svg")!;
  const skip = new Set(["style", "title", "desc", "metadata"]);
  const elements = [svg, ...svg.querySelectorAll("*")].filter((element) => !skip.has(element.localName));
  // Read everything first: writing attributes while reading would recompute styles each time.
  const computed = elements.map((element) => {
    const style = getComputedStyle(element);
    return properties.map(([name]) => style.getPropertyValue(name));
  });
  const indexOf = new Map(elements.map((element, index) => [element, index]));
  elements.forEach((element, index) => {
    const parentIndex = element === svg ? -1 : (indexOf.get(element.parentElement!) ?? -1);
    properties.forEach(([name, inherited, initial], p) => {
      const value = computed[index]![p]!;
      const reference = inherited && parentIndex >= 0 ? computed[parentIndex]![p]! : initial;
      if (value && (value !== reference || (element === svg && inherited))) element.setAttribute(name, toHex(value));
    });
  });
  for (const style of svg.querySelectorAll("style")) style.remove();
  for (const element of [svg, ...svg.querySelectorAll("[style]")]) element.removeAttribute("style");
  // The natural size as attributes, so that the site's CSS (max-width: 100%) can scale it down.
  const box = svg.viewBox.baseVal;
  svg.setAttribute("width", String(Math.round(box.width * 100) / 100));
  svg.setAttribute("height", String(Math.round(box.height * 100) / 100));
  const text = new XMLSerializer().serializeToString(svg);
  host.remove();
  return text;

  /** rgb(52, 101, 164) → #3465a4: shorter, and the same colour. */
  function toHex(value: string): string {
    return value.replace(/rgba?\((\d+), (\d+), (\d+)(?:, ([\d.]+))?\)/g, (whole, r, g, b, a) =>
      a !== undefined && a !== "1"
        ? whole
        : `#${[r, g, b].map((n) => Number(n).toString(16).padStart(2, "0")).join("")}`,
    );
  }
}
