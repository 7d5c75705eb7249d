import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { highlightCode } from "../../lib/code/highlight-code.ts";

describe("code highlighting", () => {
  it("colours JSON with role classes: keys as constants, strings, numbers", () => {
    const code = highlightCode('{ "nom": "Plan IGN", "zoom": 12 }\n', "json");
    assert.equal(code.label, "JSON");
    assert.equal(code.language, "json");
    assert.match(code.html, /<span class="frx-tk-constant">"nom"<\/span>/);
    assert.match(code.html, /<span class="frx-tk-string">"Plan IGN"<\/span>/);
    assert.match(code.html, /<span class="frx-tk-constant">12<\/span>/);
  });

  it("writes classes only: no style attribute, no Prism class", () => {
    const code = highlightCode("curl -X POST https://exemple.fr # envoi\n", "bash");
    assert.match(code.html, /frx-tk-comment/);
    assert.doesNotMatch(code.html, /style=|class="token/);
  });

  it("escapes HTML in the code", () => {
    const code = highlightCode('<a href="x">&</a>', "html");
    assert.doesNotMatch(code.html.replace(/<\/?span[^>]*>/g, ""), /<a|&(?!amp;|lt;|gt;|quot;)/);
    assert.match(code.html, /&lt;/);
  });

  it("gives YAML keys and Nunjucks tags a colour", () => {
    assert.match(highlightCode("title: Connexion\n", "yaml").html, /<span class="frx-tk-tag">title<\/span>/);
    assert.match(highlightCode('{% from "x.njk" import y %}', "njk").html, /frx-tk-keyword/);
  });

  it("leaves plain text uncoloured and unlabelled", () => {
    assert.deepEqual(highlightCode("a < b\n", "plain"), { html: "a &lt; b" });
    assert.deepEqual(highlightCode("a\n", "text"), { html: "a" });
  });

  it("shows a language nobody knows as plain text, and names it", () => {
    assert.deepEqual(highlightCode('{"a": 1}', "jsonc"), { html: '{"a": 1}', unknownLanguage: "jsonc" });
  });
});
