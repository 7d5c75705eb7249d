import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { pageScriptsOf, scriptTags } from "../../lib/pages/page-scripts.ts";

describe("the scripts of a {% js %} block", () => {
  it("keep each <script src> as it is, in order, and publish inline code as a file named after it", () => {
    const scripts = pageScriptsOf(
      '<script>const URL = "/fr/";</script>\n<script type="text/javascript" src="/js/contact.js"></script>',
      "body",
    );
    assert.ok("scripts" in scripts);
    assert.match(scripts.scripts[0]!.src, /^\/js\/pages\/[0-9a-f]{16}\.js$/);
    assert.equal(scripts.scripts[0]!.code, 'const URL = "/fr/";\n');
    assert.deepEqual(scripts.scripts[1], { src: "/js/contact.js", bucket: "body", type: undefined });
  });

  it("name the same inline code with the same file, and another with another", () => {
    const src = (code: string) =>
      (pageScriptsOf(`<script>${code}</script>`, "body") as { scripts: { src: string }[] }).scripts[0]!.src;
    assert.equal(src("a();"), src("a();"));
    assert.notEqual(src("a();"), src("b();"));
  });

  it("take bare code as a script, and go in the head for the « top » bucket", () => {
    const scripts = pageScriptsOf("window.ready = true;", "top");
    assert.ok("scripts" in scripts);
    assert.equal(scripts.scripts[0]!.bucket, "head");
    assert.equal(scripts.scripts[0]!.code, "window.ready = true;\n");
  });

  it("refuse other markup and unknown buckets, saying what to write", () => {
    assert.deepEqual(pageScriptsOf("<p>Formulaire</p>", "body"), {
      problem: {
        message: "bloc {% js %} : « <p>Formulaire</p> » n’est pas une balise <script>",
        fix: 'n’écrivez que des balises <script src="/js/….js"></script> (ou <script>…</script>) entre {% js %} et {% endjs %}',
      },
    });
    assert.ok("problem" in pageScriptsOf("<script src=/a.js></script>", "bottom"));
  });

  it("are written as <script src> elements, a module kept a module", () => {
    assert.equal(
      scriptTags([
        { src: "/js/a.js", bucket: "body" },
        { src: "/js/b.js", bucket: "body", type: "module" },
      ]),
      '\n  <script src="/js/a.js"></script>\n  <script type="module" src="/js/b.js"></script>',
    );
  });
});
