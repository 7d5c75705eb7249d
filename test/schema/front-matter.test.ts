import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { frenchIssues } from "../../lib/schema/french-issues.ts";
import { frontMatterSchema } from "../../lib/schema/front-matter.ts";
import { type BuiltSite, buildFixture } from "../support/build-fixture.ts";

const productPage = {
  title: "Plan IGN",
  description: null,
  edition: "dernière",
  lienCatalogue: { text: "Plan IGN", url: "/dataset/IGNF_PLAN-IGN" },
  image: { src: "/img/partenaires/ign/plan-ign.png", alt: "Extrait du Plan IGN" },
  summary: { visible: true, depth: 6 },
  segments: [{ url: "/partenaires/", title: "Documentations partenaires" }],
  showDescription: false,
  showBreadcrumb: true,
  hasLoader: true,
  lang: "fr",
  slugOverride: "plan-ign",
  urls: { api_entrepot: "https://data.geopf.fr/api" },
  ids: { processings: { integration: "0de8c60b" } },
  secrets: { qgis: "public" },
};

const problems = (data: Record<string, unknown>) => {
  const result = frontMatterSchema.safeParse(data);
  return result.success ? [] : frenchIssues(frontMatterSchema, data, result.error.issues).map((issue) => issue.message);
};

describe("the front matter of eleventy-dsfr pages", () => {
  it("is accepted as it is: product, image, breadcrumb, summary and folder data fields", () => {
    assert.deepEqual(problems(productPage), []);
    assert.deepEqual(problems({ title: "Niveau de service", description: "" }), []);
  });

  it("stays strict inside its blocks: a misspelt field gets the closest name", () => {
    const result = frontMatterSchema.safeParse({ ...productPage, lienCatalogue: { texte: "Plan IGN", url: "/d" } });
    assert.equal(result.success, false);
    const issues = frenchIssues(frontMatterSchema, productPage, result.error!.issues);
    assert.ok(issues.some((issue) => issue.fix === "vouliez-vous dire « lienCatalogue.text » ?"));
  });

  it("counts summary levels from 1 (h2 only), as eleventy-dsfr does", () => {
    assert.equal(problems({ title: "A", summary: { depth: 1 } }).length, 0);
    assert.equal(problems({ title: "A", summary: { depth: 0 } }).length, 1);
    assert.equal(problems({ title: "A", summary: { depth: 1.5 } }).length, 1);
  });
});

describe("a site whose pages use these fields", () => {
  let site: BuiltSite;
  before(async () => {
    site = await buildFixture("dsfr-fields");
  });
  const breadcrumb = (url: string) =>
    [...site.html(url).matchAll(/class="fr-breadcrumb__link"(?: href="([^"]*)")?[^>]*>([^<]*)</g)].map(
      ([, href, text]) => `${text} ${href ?? ""}`.trim(),
    );

  it("builds without a finding: folder data urls, ids and secrets, empty descriptions, front matter images", () => {
    assert.deepEqual(site.findings, []);
    assert.match(site.html("/fr/niveau-de-service/"), /Contrôle <code>7c6bfa37-d1a7-4cf1-8e9c-4fd4b9b0a8f2<\/code>/);
  });

  it("draws the breadcrumb of a page outside the guides from its segments, under its language", () => {
    assert.deepEqual(breadcrumb("/fr/nous-ecrire/demande-envoyee/"), [
      "Accueil /fr/",
      "Nous écrire /fr/nous-ecrire/",
      "Demande envoyée /fr/nous-ecrire/demande-envoyee/",
    ]);
  });

  it("leaves the breadcrumb out with showBreadcrumb: false", () => {
    assert.doesNotMatch(site.html("/fr/produits/plan-ign/"), /fr-breadcrumb/);
  });

  it("writes the language of the page in <html lang> and a loader beside the title with hasLoader", () => {
    assert.match(site.html("/en/"), /<html lang="en"/);
    assert.match(
      site.html("/fr/niveau-de-service/"),
      /<h1>Niveau de service <span id="loader" class="[^"]*frx-icon-spin/,
    );
  });

  it("lists headings down to h4 in the summary with depth: 3", () => {
    const links = [...site.html("/fr/niveau-de-service/").matchAll(/fr-summary__link" href="#([^"]+)"/g)];
    assert.deepEqual(
      links.map((match) => match[1]),
      ["services", "diffusion", "flux-wmts", "historique"],
    );
  });
});
