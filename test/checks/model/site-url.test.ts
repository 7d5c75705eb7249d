import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { fileForPath, resolveSiteUrl } from "../../../lib/checks/model/site-url.ts";

describe("what a URL of a page points to", () => {
  it("resolves root-relative, relative and fragment-only URLs to a path of the site", () => {
    assert.deepEqual(resolveSiteUrl("/fr/a/#b", "/fr/x/", "/"), { kind: "internal", path: "/fr/a/", fragment: "b" });
    assert.deepEqual(resolveSiteUrl("../y/", "/fr/x/", "/"), { kind: "internal", path: "/fr/y/", fragment: undefined });
    assert.deepEqual(resolveSiteUrl("#b", "/fr/x/", "/"), { kind: "internal", path: "/fr/x/", fragment: "b" });
  });

  it("takes the path prefix off, and says when a URL leaves the prefixed site", () => {
    assert.deepEqual(resolveSiteUrl("/aide/fr/a/", "/fr/x/", "/aide/"), {
      kind: "internal",
      path: "/fr/a/",
      fragment: undefined,
    });
    assert.deepEqual(resolveSiteUrl("../y/", "/fr/x/", "/aide"), {
      kind: "internal",
      path: "/fr/y/",
      fragment: undefined,
    });
    assert.deepEqual(resolveSiteUrl("/fr/a/", "/fr/x/", "/aide/"), {
      kind: "outside-prefix",
      path: "/fr/a/",
      fragment: undefined,
    });
  });

  it("decodes what markdown-it encoded", () => {
    assert.deepEqual(resolveSiteUrl("/img/donn%C3%A9es%20IGN.png", "/", "/"), {
      kind: "internal",
      path: "/img/données IGN.png",
      fragment: undefined,
    });
  });

  it("tells other sites, e-mail addresses, phone numbers and other schemes apart", () => {
    assert.deepEqual(resolveSiteUrl("https://ign.fr", "/", "/"), { kind: "external", url: "https://ign.fr" });
    assert.deepEqual(resolveSiteUrl("//ign.fr/a", "/", "/"), { kind: "external", url: "//ign.fr/a" });
    assert.deepEqual(resolveSiteUrl("mailto:a@ign.fr", "/", "/"), { kind: "mailto", value: "a@ign.fr" });
    assert.deepEqual(resolveSiteUrl("TEL:+33123", "/", "/"), { kind: "tel", value: "+33123" });
    assert.deepEqual(resolveSiteUrl("data:image/png;base64,AA", "/", "/"), { kind: "other" });
    assert.deepEqual(resolveSiteUrl("  ", "/", "/"), { kind: "empty" });
  });

  it("serves a folder from its index, with or without its trailing slash", () => {
    const files = new Set(["/fr/a/index.html", "/img/a.png"]);
    assert.equal(fileForPath("/fr/a/", files), "/fr/a/index.html");
    assert.equal(fileForPath("/fr/a", files), "/fr/a/index.html");
    assert.equal(fileForPath("/img/a.png", files), "/img/a.png");
    assert.equal(fileForPath("/fr/b/", files), undefined);
  });
});
