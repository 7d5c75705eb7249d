import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { CollectionItem } from "../../lib/eleventy/eleventy-shapes.ts";
import { popularTopics } from "../../lib/eleventy/home.ts";

const item = (url: string, data: CollectionItem["data"]): CollectionItem => ({
  url,
  inputPath: `content${url}.md`,
  data,
});

describe("the popular topics of the home page", () => {
  it("are the pages marked popularTopic: true, in French alphabetical order", () => {
    const topics = popularTopics([
      item("/fr/b/", { title: "Étiquettes", popularTopic: true, description: "Les étiquettes." }),
      item("/fr/a/", { title: "Accès", popularTopic: true, pictogram: "map/map.svg" }),
      item("/fr/c/", { title: "Autre page" }),
      item("/fr/d/", { title: "Non", popularTopic: false }),
    ]);
    assert.deepEqual(topics, [
      { title: "Accès", url: "/fr/a/", description: undefined, pictogram: "map/map.svg" },
      { title: "Étiquettes", url: "/fr/b/", description: "Les étiquettes.", pictogram: undefined },
    ]);
  });

  it("leave out pages that are not written", () => {
    assert.deepEqual(popularTopics([{ url: false, inputPath: "x.md", data: { title: "X", popularTopic: true } }]), []);
  });
});
