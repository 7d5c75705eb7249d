import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { z } from "zod";
import { html } from "../../components/params.ts";
import { schemaFields } from "../../lib/schema/schema-fields.ts";

const schema = z.object({
  title: z.string().describe("Titre."),
  type: z.enum(["info", "warning"]).optional().describe("Nature."),
  description: html("Texte.").optional(),
  link: z
    .object({ url: z.string().describe("Adresse.") })
    .optional()
    .describe("Lien."),
  items: z.array(z.object({ title: z.string() })).describe("Éléments."),
  depth: z.literal([2, 3]).optional(),
  url: z.union([z.string(), z.literal(false)]).optional(),
});

describe("schema fields for the editor guide", () => {
  const fields = schemaFields(schema);
  const field = (name: string) => fields.find((candidate) => candidate.name === name)!;

  it("list nested fields after their parent, with dotted names", () => {
    assert.deepEqual(
      fields.map((candidate) => candidate.name),
      ["title", "type", "description", "link", "link.url", "items", "items[].title", "depth", "url"],
    );
  });

  it("say which fields are required, and keep their descriptions", () => {
    assert.deepEqual(
      [field("title").required, field("type").required, field("link.url").required],
      [true, false, true],
    );
    assert.equal(field("link").description, "Lien.");
  });

  it("name each kind of value in French, with the accepted values", () => {
    assert.deepEqual([field("type").type, field("type").values], ["une valeur parmi", ["info", "warning"]]);
    assert.deepEqual([field("depth").type, field("depth").values], ["une valeur parmi", ["2", "3"]]);
    assert.equal(field("items").type, "liste d’objets { … }");
    assert.equal(field("url").type, "texte ou false");
  });

  it("mark the HTML parameters", () => {
    assert.deepEqual(
      [field("description").html, field("description").type, field("title").html],
      [true, "HTML", false],
    );
  });
});
