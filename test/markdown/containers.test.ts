import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import markdownIt from "markdown-it";
import { containerDefinitions } from "../../components/containers.ts";
import { formatFinding } from "../../lib/checks/report/format-findings.ts";
import { dsfrContainers } from "../../lib/markdown/containers.ts";
import { type BuiltSite, buildFixture } from "../support/build-fixture.ts";
import { assertAccordions } from "../support/dsfr-structure.ts";
import { type HtmlNode, parseHtml, select, selectOne, textOf } from "../support/html.ts";
import { sharedSite } from "../support/shared-site.ts";

// Renders each container as the name, parameters and title tag of its component, to test the parsing alone.
const md = markdownIt({ html: true }).use(dsfrContainers, {
  definitions: containerDefinitions,
  render: (component: string, params: Record<string, unknown>, site: { titleTag: string }) =>
    `[${component} ${site.titleTag} ${JSON.stringify(params)}]`,
  report: (problem: { message: string }) => `[problème : ${problem.message}]`,
  lineOf: () => undefined,
});

describe("Markdown containers", () => {
  it("turn :::info Titre into an info alert with its content as HTML", () => {
    assert.equal(
      md.render(":::info Titre\nDu **texte**.\n:::"),
      '[alert h2 {"type":"info","title":"Titre","description":"<p>Du <strong>texte</strong>.</p>"}]',
    );
  });

  it("make an alert compact when it has no title", () => {
    assert.equal(
      md.render(":::warning\nAttention.\n:::"),
      '[alert h2 {"type":"warning","description":"<p>Attention.</p>"}]',
    );
  });

  it("gather the accordions of ??? accordionsgroup into one component", () => {
    const html = md.render("??? accordionsgroup\n??? Un\nA\n???\n??? Deux\nB\n???\n???");
    assert.equal(
      html,
      '[accordionsgroup h2 {"items":[{"title":"Un","content":"<p>A</p>"},{"title":"Deux","content":"<p>B</p>"}]}]',
    );
  });

  it("accept the group written ????accordionsgroup … ???? as in the pages in production", () => {
    const html = md.render("????accordionsgroup\n\n??? Un\n\nA\n\n???\n\n????");
    assert.equal(html, '[accordionsgroup h2 {"items":[{"title":"Un","content":"<p>A</p>"}]}]');
  });

  it("title their component one level below the heading above them", () => {
    assert.match(md.render("## Section\n\n:::callout Titre\nTexte.\n:::"), /\[callout h3 /);
    assert.match(md.render("### Sous-section\n\n??? Question\nRéponse.\n???"), /\[accordionsgroup h4 /);
  });

  it("keep a ::: line inside fenced code as code", () => {
    const html = md.render(":::callout Exemple\n```markdown\n:::info\n```\n:::");
    assert.match(
      html,
      /^\[callout h2 \{"title":"Exemple","description":"<pre><code class=\\"language-markdown\\">:::info\\n<\/code><\/pre>"\}\]$/,
    );
  });

  it("take an image for :::quote on their opening line", () => {
    assert.equal(
      md.render(":::quote /img/auteur.png\n« Citation. »\n:::"),
      '[quote h2 {"text":"<p>« Citation. »</p>","imageSrc":"/img/auteur.png"}]',
    );
  });

  it("nest accordions of eleventy-dsfr pages: ???? holds ??? blocks and code, its title kept with its quotes", () => {
    const html = md.render(
      '???? GET "https://data.geopf.fr/api/datastores/{datastore}"\n```plain\n/datastores\n```\n??? Corps de réponse JSON\n```json\n{}\n```\n???\n????',
    );
    assert.match(
      html,
      /^\[accordionsgroup h2 \{"items":\[\{"title":"GET \\"https:\/\/data\.geopf\.fr\/api\/datastores\/\{datastore\}\\""/,
    );
    assert.match(
      html,
      /language-plain[\s\S]*\[accordionsgroup h2 \{\\"items\\":\[\{\\"title\\":\\"Corps de réponse JSON\\"/,
    );
  });

  it("close a block with a line of at least as many markers as its opening line, not fewer", () => {
    assert.equal(
      md.render("??? DELETE\n??? Corps\nA\n???\n????\nAprès"),
      '[accordionsgroup h2 {"items":[{"title":"DELETE","content":"[accordionsgroup h2 {\\"items\\":[{\\"title\\":\\"Corps\\",\\"content\\":\\"<p>A</p>\\"}]}]"}]}]<p>Après</p>\n',
    );
    assert.match(
      md.render("???? Titre\nTexte\n???\nSuite\n????"),
      /^\[problème : ligne de fin trop courte pour fermer « \?\?\?\? Titre » : une ligne de fin a au moins autant de « \? » que celle qui ouvre\]\[accordionsgroup/,
    );
  });

  it("stay in the list item they are indented in, with their code", () => {
    assert.match(
      md.render("- Étape :\n\n    :::info\n    Note.\n    :::\n\n- Suite"),
      /<li>\n<p>Étape :<\/p>\n\[alert h2 \{"type":"info"/,
    );
    assert.match(
      md.render('- Étape\n    ??? Corps\n    ```json\n    {"a": 1}\n    ```\n    ???\n- Suite'),
      /<li>Étape\[accordionsgroup h2 \{"items":\[\{"title":"Corps","content":"<pre><code class=\\"language-json\\">\{&quot;a&quot;: 1\}\\n<\/code><\/pre>"\}\]\}\]<\/li>/,
    );
  });

  it("report an opening line they do not know, even in the middle of a paragraph", () => {
    assert.equal(
      md.render("Une phrase\n:::astuce\nTexte.\n:::"),
      "<p>Une phrase</p>\n[problème : conteneur « :::astuce » inconnu]<p>Texte.</p>\n",
    );
  });
});

describe("every documented container example renders the DSFR structure", () => {
  let site: BuiltSite;
  before(async () => {
    site = await sharedSite();
  });

  for (const definition of containerDefinitions) {
    definition.examples.forEach((example, index) => {
      it(`${definition.name}: ${example.title}`, () => {
        const page = parseHtml(site.html(`/fr/rediger/raccourcis/${definition.name}/`));
        const holder = selectOne(page, `div[data-example=${definition.name}-${index + 1}]`);
        const [opening = "", ...rest] = example.source.split("\n");
        const argument = opening.replace(/^(:{3,}|\?{3,})\s*\w+\s?/, "");
        // The guide shows its examples under h3 headings: their titles are h4.
        CONTAINER_STRUCTURE[definition.name]!(holder, {
          keyword: /^:::(\w+)/.exec(opening)?.[1],
          argument,
          opening,
          body: rest.join("\n"),
        });
      });
    });
  }

  it("has a structure check for every container", () => {
    assert.deepEqual(
      Object.keys(CONTAINER_STRUCTURE).sort(),
      containerDefinitions.map((definition) => definition.name).sort(),
    );
  });
});

describe("a wrong container fails the build with a message for the editor", () => {
  it("names the page, the line and the fix of each mistake", async () => {
    const site = await buildFixture("container-errors");
    const file = "test/fixtures/container-errors/content/page.md";
    assert.equal(site.ok, false);
    assert.deepEqual(site.findings.map(formatFinding), [
      `${file}:6 erreur : conteneur « :::note » inconnu — vouliez-vous dire « :::info » ? conteneurs disponibles : :::info, :::warning, :::error, :::success, :::callout, :::highlight, :::quote`,
      `${file}:10 erreur : conteneur « :::callout » vide — écrivez son contenu entre la ligne « :::callout » et la ligne de fin`,
      `${file}:13 erreur : dans « ??? accordionsgroup », seuls des blocs « ??? Titre » sont permis — mettez ce contenu dans un bloc « ??? Titre » ou sortez-le du groupe`,
      `${file}:20 erreur : conteneur « :::highlight » : « En trop » en trop — écrivez « :::highlight » seul sur sa ligne`,
      `${file}:26 erreur : ligne de fin trop courte pour fermer « ???? GET "/datastores" » : une ligne de fin a au moins autant de « ? » que celle qui ouvre — écrivez « ???? » pour fermer ce bloc, ou ouvrez d’abord le bloc que cette ligne devait fermer`,
      `${file}:29 erreur : conteneur « :::info Jamais fermée » jamais fermé — ajoutez une ligne « ::: » à la fin de son contenu`,
    ]);
  });
});

const CONTAINER_STRUCTURE: Record<
  string,
  (holder: HtmlNode, example: { keyword?: string; argument: string; opening: string; body: string }) => void
> = {
  alerte(holder, { keyword, argument }) {
    const alert = selectOne(holder, `div.fr-alert.fr-alert--${keyword}`);
    if (argument) assert.equal(textOf(selectOne(alert, "h4.fr-alert__title")), argument);
    else assert.ok(alert.attribs.class?.includes("fr-alert--sm"));
    assert.ok(textOf(selectOne(alert, "p")));
  },
  "mise-en-avant"(holder, { argument }) {
    const callout = selectOne(holder, "div.fr-callout");
    assert.equal(textOf(selectOne(callout, "h4.fr-callout__title")), argument);
    assert.ok(textOf(selectOne(callout, "div.fr-callout__text > p")));
  },
  "mise-en-exergue"(holder) {
    assert.ok(textOf(selectOne(holder, "div.fr-highlight > p")));
  },
  citation(holder, { body }) {
    assert.equal(
      textOf(selectOne(holder, "figure.fr-quote > blockquote > p")),
      body.split("\n")[0]!.replace(/\s+/g, " "),
    );
  },
  accordeon(holder, { opening, body }) {
    const titles = opening.includes("accordionsgroup")
      ? [...body.matchAll(/^\?\?\? (.+)$/gm)].map((match) => match[1]!)
      : [opening.slice(4)];
    assertAccordions(holder, titles, "h4");
    assert.equal(select(holder, "div.fr-collapse > p").length, titles.length);
  },
};
