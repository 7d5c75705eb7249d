import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import { readOpenApiFile } from "../../lib/openapi/read-openapi-file.ts";

const folder = mkdtempSync(path.join(tmpdir(), "aide-openapi-"));
const file = (name: string, text: string) => {
  writeFileSync(path.join(folder, name), text);
  return path.join(folder, name);
};

describe("reading an OpenAPI description", () => {
  it("reads YAML and JSON alike", () => {
    const yaml = readOpenApiFile(file("a.yaml", "openapi: 3.1.0\ninfo:\n  title: A\n  version: '1'\npaths: {}\n"));
    const json = readOpenApiFile(file("a.json", '{"openapi": "3.0.3", "info": {"title": "A", "version": "1"}}'));
    assert.ok("document" in yaml && "document" in json);
    assert.equal(yaml.document.info.title, "A");
    assert.equal(json.document.openapi, "3.0.3");
  });

  it("says where a YAML file cannot be read", () => {
    const read = readOpenApiFile(file("b.yaml", "openapi: 3.0.3\ninfo:\n  title: B\n  title: C\n"));
    assert.ok("problem" in read);
    assert.equal(read.problem.line, 4);
    assert.match(read.problem.message, /^description OpenAPI illisible : YAML invalide \(champ écrit deux fois\)$/);
  });

  it("says on which line a JSON file breaks", () => {
    const read = readOpenApiFile(file("b.json", '{\n  "openapi": "3.0.3",\n}\n'));
    assert.ok("problem" in read);
    assert.equal(read.problem.line, 3);
    assert.match(read.problem.message, /JSON invalide \(Expected double-quoted property name\)/);
  });

  it("reads OpenAPI 3 only, and says how to convert a Swagger 2.0 description", () => {
    const read = readOpenApiFile(file("c.yaml", "swagger: '2.0'\ninfo: { title: C, version: '1' }\n"));
    assert.ok("problem" in read);
    assert.equal(read.problem.message, "description Swagger 2.0 : seules les descriptions OpenAPI 3 sont lues");
  });

  it("names a missing file", () => {
    const read = readOpenApiFile(path.join(folder, "absent.yaml"));
    assert.ok("problem" in read);
    assert.match(read.problem.message, /^description OpenAPI introuvable : .*absent\.yaml$/);
  });
});
