import assert from "node:assert/strict";
import { describe, it } from "node:test";
import markdownIt from "markdown-it";
import { type CodeFenceOptions, codeFences, type FenceProblem } from "../../lib/markdown/code-fences.ts";

/** markdown-it with the fence rule alone; the page's source is the Markdown itself with a front matter of `offset` lines. */
function render(markdown: string, offset = 0) {
  const problems: (FenceProblem & { line?: number })[] = [];
  const diagrams: { source: string; line?: number }[] = [];
  const options: CodeFenceOptions = {
    diagram: (source, site) => {
      diagrams.push({ source, line: site.line });
      return "[diagramme]";
    },
    report: (problem, site) => problems.push({ ...problem, line: site.line }),
    sourceOf: () => "\n".repeat(offset) + markdown,
  };
  const html = markdownIt().use(codeFences, options).render(markdown, {});
  return { html, problems, diagrams };
}

describe("code fences", () => {
  it("become a block with the language's name in a header for the copy button, and a focusable, coloured <pre>", () => {
    const { html } = render('```json\n{"a": 1}\n```\n');
    assert.match(
      html,
      /^<div class="frx-code" data-frx-code><div class="frx-code__header" data-pagefind-ignore><p class="frx-code__lang">JSON<\/p><\/div>/,
    );
    assert.match(
      html,
      /<pre class="frx-code__pre" tabindex="0"><code class="language-json">\{<span class="frx-tk-constant">"a"<\/span>/,
    );
  });

  it("keep plain text unlabelled and uncoloured, without a warning", () => {
    const { html, problems } = render("```plain\nGET /cartes <id>\n```\n\n```\nsans nom\n```\n");
    assert.doesNotMatch(html, /frx-code__lang|frx-tk-/);
    assert.match(html, /<code>GET \/cartes &lt;id&gt;<\/code>/);
    assert.deepEqual(problems, []);
  });

  it("report a language nobody knows on the fence's line in the file, with the closest name", () => {
    const { html, problems } = render("Texte.\n\n```jsn\n{}\n```\n", 4);
    assert.match(html, /<code>\{\}<\/code>/);
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.line, 7);
    assert.match(problems[0]!.message, /langage « jsn » inconnu/);
    assert.match(problems[0]!.fix, /vouliez-vous dire « json » \?/);
  });

  it("hand mermaid fences to the diagram step with their line, past examples shown in longer fences", () => {
    const markdown = "````markdown\n```mermaid\nflowchart LR\n```\n````\n\n```mermaid\nflowchart TD\n  a --> b\n```\n";
    const { html, diagrams } = render(markdown);
    assert.deepEqual(diagrams, [{ source: "flowchart TD\n  a --> b\n", line: 7 }]);
    assert.match(html, /\[diagramme\]/);
    assert.match(html, /<code class="language-markdown">```mermaid/);
  });
});
