import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { prioritizeFirstImage } from "../../lib/images/first-image-priority.ts";

const lazy = (src: string) => `<img src="${src}" alt="" loading="lazy" decoding="async">`;

describe("the first image of a page", () => {
  it("is loaded at once and first, the next ones stay lazy", () => {
    const html = prioritizeFirstImage(
      `<header>${lazy("/logo.png")}</header><main><p>Texte</p><picture><source srcset="/a.avif">${lazy("/a.png")}</picture>${lazy("/b.png")}</main>`,
    );
    assert.equal(
      html,
      `<header>${lazy("/logo.png")}</header><main><p>Texte</p><picture><source srcset="/a.avif"><img src="/a.png" alt="" loading="eager" fetchpriority="high"></picture>${lazy("/b.png")}</main>`,
    );
  });

  it("is left as the editor wrote it when it is not lazy, and nothing changes without an image in <main>", () => {
    const eager = '<main><img src="/a.png" alt=""></main>';
    assert.equal(prioritizeFirstImage(eager), eager);
    const none = `<main><p>Texte</p></main><footer>${lazy("/f.png")}</footer>`;
    assert.equal(prioritizeFirstImage(none), none);
  });
});
