import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { oneHtmlBlock } from "../../lib/components/one-html-block.ts";

describe("one HTML block", () => {
  it("drops the blank lines that would end a Markdown HTML block", () => {
    assert.equal(oneHtmlBlock("<div>\n<p>a</p>\n\n   \n<p>b</p>\n</div>"), "<div>\n<p>a</p>\n<p>b</p>\n</div>");
  });

  it("keeps a code's empty lines, each holding an empty span", () => {
    assert.equal(
      oneHtmlBlock("<div>\n\n<pre><code>a\n\nb</code></pre>\n\n</div>"),
      "<div>\n<pre><code>a\n<span></span>\nb</code></pre>\n</div>",
    );
  });
});
