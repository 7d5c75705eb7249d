import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { diagramFigureHtml } from "../../lib/diagrams/diagram-figure-html.ts";

const SVG =
  '<svg id="diagramme-ab" width="400" xmlns="http://www.w3.org/2000/svg" role="graphics-document document" aria-roledescription="flowchart-v2" height="100"><g/></svg>';

describe("a drawn diagram's figure", () => {
  it("is a DSFR content-media figure whose caption names the picture", () => {
    const html = diagramFigureHtml({
      id: "diagramme-1",
      svg: SVG,
      source: "flowchart LR\n",
      title: "Circuit & étapes",
    });
    assert.match(html, /^<div class="frx-diagram" id="diagramme-1"><figure class="fr-content-media">/);
    assert.match(html, /<svg role="img" aria-labelledby="diagramme-1-legende" id="diagramme-ab" width="400"/);
    assert.doesNotMatch(html, /graphics-document|aria-roledescription/);
    assert.match(
      html,
      /<figcaption class="fr-content-media__caption" id="diagramme-1-legende">Circuit &amp; étapes<\/figcaption>/,
    );
  });

  it("keeps the diagram's source as its text alternative, in a details element after the figure", () => {
    const html = diagramFigureHtml({ id: "d", svg: SVG, source: "flowchart LR\n  a --> b\n", title: "T" });
    assert.match(
      html,
      /<\/figcaption><\/figure><details class="frx-diagram__source" data-pagefind-ignore><summary>Texte du diagramme \(Mermaid\)<\/summary>/,
    );
    assert.match(html, /<code>flowchart LR\n {2}a --&gt; b<\/code>/);
  });

  it("without a title keeps the name Mermaid gave from accTitle", () => {
    const svg = SVG.replace('role="graphics', 'aria-labelledby="chart-title-diagramme-ab" role="graphics');
    const html = diagramFigureHtml({ id: "d", svg, source: "", accessibleTitle: "Circuit" });
    assert.match(
      html,
      /<svg role="img" id="diagramme-ab" width="400" xmlns="[^"]+" aria-labelledby="chart-title-diagramme-ab"/,
    );
    assert.doesNotMatch(html, /figcaption/);
  });

  it("scrolls a very wide diagram in a canvas the keyboard reaches, rather than shrink its text", () => {
    const html = diagramFigureHtml({
      id: "d",
      svg: SVG.replace('width="400"', 'width="1509.5"'),
      source: "",
      title: "Large",
    });
    assert.match(
      html,
      /<div class="frx-diagram__canvas frx-diagram__canvas--scroll" tabindex="0" role="group" aria-label="Large"/,
    );
  });
});
