import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { withAbsoluteUrls } from "../../lib/feeds/absolute-urls.ts";

const ROOT = "https://cartes.gouv.fr/aide/";
const POST = "/fr/actualites/nouvelle-api/";

describe("the URLs of a post's HTML, for feed readers", () => {
  it("put links and images written from the site's root under the site's address and path prefix", () => {
    assert.equal(
      withAbsoluteUrls('<a href="/fr/guide/">g</a><img src="/img/a.png" alt="">', POST, ROOT),
      '<a href="https://cartes.gouv.fr/aide/fr/guide/">g</a><img src="https://cartes.gouv.fr/aide/img/a.png" alt="">',
    );
  });

  it("resolve relative links and fragments against the post", () => {
    assert.equal(
      withAbsoluteUrls("<a href='../quotas/'>q</a> <a href=\"#suite\">s</a>", POST, ROOT),
      "<a href='https://cartes.gouv.fr/aide/fr/actualites/quotas/'>q</a> <a href=\"https://cartes.gouv.fr/aide/fr/actualites/nouvelle-api/#suite\">s</a>",
    );
  });

  it("leave other sites, e-mail addresses and data attributes alone", () => {
    const html =
      '<a href="https://www.ign.fr/">i</a><a href="mailto:a@b.fr">m</a><a href="//cdn.example/x">c</a><div data-href="/x"></div>';
    assert.equal(withAbsoluteUrls(html, POST, ROOT), html);
  });

  it("make each image of a srcset absolute", () => {
    assert.equal(
      withAbsoluteUrls('<img srcset="/img/a.png 1x, /img/a@2.png 2x">', POST, "https://site.test/"),
      '<img srcset="https://site.test/img/a.png 1x, https://site.test/img/a@2.png 2x">',
    );
  });
});
