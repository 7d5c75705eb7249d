import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { apiReference } from "../../lib/openapi/api-reference.ts";
import type { OpenApiDocument } from "../../lib/openapi/openapi-document.ts";
import { readOpenApiFile } from "../../lib/openapi/read-openapi-file.ts";

const read = readOpenApiFile("public/data/api/annuaire-cartes.yaml");
if (!("document" in read)) throw new Error(read.problem.message);
const reference = apiReference(read.document, "api");
const operation = (id: string) => reference.groups.flatMap((group) => group.operations).find((op) => op.id === id)!;

describe("the reference of an API", () => {
  it("groups operations by tag, in the tags' order, each with an id to link to", () => {
    assert.deepEqual(
      reference.groups.map((group) => [group.name, group.operations.map((op) => `${op.method} ${op.path}`)]),
      [
        ["Cartes", ["GET /cartes", "POST /cartes", "GET /cartes/{id}", "DELETE /cartes/{id}"]],
        ["Couches", ["GET /cartes/{id}/couches"]],
      ],
    );
    assert.deepEqual(
      reference.groups[0]!.operations.map((op) => op.id),
      ["api-get-cartes", "api-post-cartes", "api-get-cartes-id", "api-delete-cartes-id"],
    );
  });

  it("lists parameters with where they go in French, shared and referenced ones included", () => {
    assert.deepEqual(
      operation("api-get-cartes").parameters.map((p) => [p.name, p.in, p.type.text, p.required, p.constraints]),
      [
        ["page", "requête", "integer", false, "par défaut : 1 ; minimum : 1"],
        ["limite", "requête", "integer", false, "par défaut : 20 ; minimum : 1 ; maximum : 100"],
        ["recherche", "requête", "string", false, undefined],
      ],
    );
    assert.deepEqual(
      operation("api-delete-cartes-id").parameters.map((p) => [p.name, p.in, p.type.text, p.required]),
      [["id", "chemin", "string (uuid)", true]],
    );
  });

  it("links a named schema's type to its table, and keeps the description's own examples", () => {
    const body = operation("api-post-cartes").requestBody!;
    assert.equal(body.required, true);
    assert.deepEqual(body.contents[0]!.type, { text: "NouvelleCarte", href: "#api-schema-nouvellecarte" });
    assert.deepEqual(body.contents[0]!.examples, [
      {
        title: "Une carte sans couche",
        code: '{\n  "nom": "Sentiers du Vercors",\n  "visibilite": "privee"\n}',
        language: "json",
        generated: false,
      },
    ]);
  });

  it("details an inline response schema and makes an example from it when the description has none", () => {
    const [ok, denied] = operation("api-get-cartes").responses;
    assert.equal(ok!.status, "200");
    assert.deepEqual(
      ok!.contents[0]!.rows.map((row) => [row.name, row.type.text, row.type.href]),
      [
        ["total", "integer", undefined],
        ["cartes", "Carte[]", "#api-schema-carte"],
      ],
    );
    const [example] = ok!.contents[0]!.examples;
    assert.equal(example!.generated, true);
    assert.deepEqual(Object.keys(JSON.parse(example!.code).cartes[0]), [
      "nom",
      "description",
      "visibilite",
      "id",
      "creation",
      "emprise",
    ]);
    // A response given by reference.
    assert.equal(denied!.description, "Le jeton manque ou a expiré.");
  });

  it("lists the schemas, allOf merged and inline objects as dotted rows", () => {
    const carte = reference.schemas.find((schema) => schema.name === "Carte")!;
    assert.deepEqual(
      carte.rows.map((row) => [row.name, row.required]),
      [
        ["nom", true],
        ["description", false],
        ["visibilite", false],
        ["id", true],
        ["creation", true],
        ["emprise", false],
        ["emprise.ouest", false],
        ["emprise.sud", false],
        ["emprise.est", false],
        ["emprise.nord", false],
      ],
    );
    assert.equal(
      carte.rows.find((row) => row.name === "visibilite")!.constraints,
      'valeurs : "privee", "publique" ; par défaut : "privee"',
    );
  });

  it("says which security scheme an operation needs", () => {
    assert.deepEqual(operation("api-get-cartes").security, ["jeton (HTTP bearer)"]);
  });

  it("survives a schema that refers to itself", () => {
    const document: OpenApiDocument = {
      openapi: "3.1.0",
      info: { title: "T", version: "1" },
      paths: {
        "/noeuds": {
          get: {
            responses: {
              "200": {
                description: "ok",
                content: { "application/json": { schema: { $ref: "#/components/schemas/Noeud" } } },
              },
            },
          },
        },
      },
      components: {
        schemas: {
          Noeud: {
            type: "object",
            properties: {
              nom: { type: "string" },
              enfants: { type: "array", items: { $ref: "#/components/schemas/Noeud" } },
            },
          },
        },
      },
    };
    const tree = apiReference(document, "t");
    assert.equal(tree.groups[0]!.name, "Autres opérations");
    assert.deepEqual(JSON.parse(tree.groups[0]!.operations[0]!.responses[0]!.contents[0]!.examples[0]!.code), {
      nom: "texte",
      enfants: [{}],
    });
  });
});
