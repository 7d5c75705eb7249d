import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { unknownDataReferences } from "../../lib/pages/data-references.ts";

const data = {
  urls: { annexes: "https://data.geopf.fr/annexes", public: { wmts: "https://data.geopf.fr/wmts" } },
  ids: { endpoints: { open: { wmts: "5a1e" } } },
};
const unknown = (source: string) =>
  unknownDataReferences(source, data, ["urls", "ids", "secrets"]).map(({ path, line, suggestion }) => ({
    path,
    line,
    suggestion,
  }));

describe("values a page prints from folder data that the data lacks", () => {
  it("are named with their line and the closest path the data has", () => {
    assert.deepEqual(
      unknown('Texte\n[Lien]({{ urls.annexe }}/x) et {{ ids.endpoints.open.wmts }}\n"{{ ids.endpoints.open.tmsv }}"'),
      [
        { path: "urls.annexe", line: 2, suggestion: "urls.annexes" },
        { path: "ids.endpoints.open.tmsv", line: 3, suggestion: undefined },
      ],
    );
  });

  it("are found inside an expression, not inside its strings", () => {
    assert.deepEqual(unknown('{{ urls.public.wms ~ "urls.nowhere" }}'), [
      { path: "urls.public.wms", line: 1, suggestion: "urls.public.wmts" },
    ]);
  });

  it("leave out tests of a value that may be missing, examples in raw blocks, and other variables", () => {
    assert.deepEqual(
      unknown(
        "{% if ids.storages.opensearch %}{{ ids.storages.opensearch }}{% endif %}\n{% raw %}{{ urls.exemple }}{% endraw %}\n{{ entry.urls.x }}",
      ),
      [],
    );
  });

  it("are nothing on a page whose folder data has none of these values", () => {
    assert.deepEqual(unknownDataReferences("{{ urls.x }}", {}, ["urls"]), []);
  });
});
