import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { imageSize } from "image-size";
import nunjucks from "nunjucks";
import { componentRegistry } from "../../../components/registry.ts";
import { resolveComponent } from "../../../lib/components/resolve-component.ts";
import { pictogramNames, resolvePictogram } from "../../../lib/dsfr/pictogram-files.ts";
import { createMarkdown } from "../../../lib/eleventy/markdown.ts";
import { BuildContext } from "../../../lib/pipeline/build-context.ts";
import { type SyntheticSite, syntheticSite } from "../../../tools/bench/synthetic-site.ts";

const pictograms = pictogramNames()
  .filter((name) => resolvePictogram(name)?.fromDsfr)
  .sort();
const generate = (pages: number, seed = 1) => syntheticSite({ pages, seed, pictograms });

describe("the synthetic site of the bench", () => {
  const site = generate(400);
  const markdownFiles = site.files.filter((file) => file.path.endsWith(".md"));

  it("is the same, byte for byte, for the same seed, and differs for another seed", () => {
    const again = generate(400);
    assert.deepEqual(
      again.files.map((file) => file.path),
      site.files.map((file) => file.path),
    );
    assert.ok(
      again.files.every((file, index) => Buffer.from(file.content).equals(Buffer.from(site.files[index]!.content))),
    );
    assert.notDeepEqual(
      generate(400, 2).files.map((file) => file.content.toString()),
      site.files.map((file) => file.content.toString()),
    );
  });

  it("has exactly the number of pages asked for, each in its own Markdown file", () => {
    for (const pages of [1, 7, 400, 1000]) {
      const { files, pages: outlines } = generate(pages);
      assert.equal(files.filter((file) => file.path.endsWith(".md")).length, pages, `${pages} pages`);
      assert.equal(new Set(outlines.map((page) => page.url)).size, pages);
    }
  });

  it("spreads its pages over several guides, four levels deep, each parent existing in the page's guide", () => {
    const keys = new Set(site.pages.map((page) => `${page.nav}/${page.key}`));
    assert.equal(keys.size, site.pages.length, "keys are unique within a guide");
    for (const page of site.pages) {
      if (page.parent !== undefined)
        assert.ok(keys.has(`${page.nav}/${page.parent}`), `${page.file} : parent « ${page.parent} »`);
      else assert.equal(page.level, 1);
    }
    assert.ok(site.pages.filter((page) => page.level === 1).length >= 3);
    assert.deepEqual([...new Set(site.pages.map((page) => page.level))].sort(), [1, 2, 3, 4]);
  });

  it("keeps a change log in each guide: a listing and its dated posts, at least a tenth of the site", () => {
    for (const pages of [400, 1000]) {
      const { pages: outlines, files } = generate(pages);
      const posts = outlines.filter((page) => page.date);
      assert.ok(posts.length >= pages / 10, `${posts.length} actualités sur ${pages} pages`);
      for (const listing of outlines.filter((page) => page.posts)) {
        const source = String(files.find((file) => file.path === listing.file)?.content);
        assert.match(source, /^posts: true$/m);
        const own = posts.filter((post) => post.parent === listing.key && post.nav === listing.nav);
        assert.ok(own.length > 0 && own.every((post) => post.file.startsWith(listing.file.replace("index.md", ""))));
      }
      for (const post of posts) {
        assert.match(String(files.find((file) => file.path === post.file)?.content), /^date: \d{4}-\d{2}-\d{2}$/m);
        assert.ok(post.date! < new Date().toISOString().slice(0, 10), `${post.file} : ${post.date}`);
      }
    }
  });

  it("gives each guide folder the data file that names its guide", () => {
    for (const guide of site.pages.filter((page) => page.level === 1)) {
      const folder = guide.file.replace(/\/index\.md$/, "");
      const data = site.files.find((file) => file.path === `${folder}/${folder.split("/").pop()}.11tydata.json`);
      assert.deepEqual(JSON.parse(String(data?.content)), { eleventyNavigation: { nav: guide.nav } });
    }
  });

  it("links only to pages that exist, and to headings those pages have", () => {
    const ids = headingIdsByUrl(site);
    let fragments = 0;
    for (const file of markdownFiles) {
      const source = String(file.content);
      const links = [
        ...source.matchAll(/\]\((\/fr\/[^)#]*)(?:#([^)]*))?\)/g),
        ...source.matchAll(/url: "(\/fr\/[^"]*)"/g),
      ];
      for (const [, url = "", fragment] of links) {
        assert.ok(ids.has(url), `${file.path} → ${url}`);
        if (fragment !== undefined) {
          fragments++;
          assert.ok(ids.get(url)!.has(fragment), `${file.path} → ${url}#${fragment}`);
        }
      }
    }
    assert.ok(fragments > 100, `${fragments} links with a fragment`);
  });

  it("shows images that exist, with their alt text and the size the page expects", () => {
    const files = new Map(site.files.map((file) => [file.path, file.content]));
    let images = 0;
    for (const page of site.pages) {
      for (const image of page.images) {
        images++;
        const png = files.get(`public${image.src}`);
        assert.ok(png instanceof Buffer, image.src);
        assert.deepEqual({ ...imageSize(png) }, { width: image.width, height: image.height, type: "png" });
        assert.ok(image.alt.length > 10);
        const source = String(files.get(page.file));
        assert.ok(source.includes(`![${image.alt}](${image.src})`), `${page.file} shows ${image.src}`);
      }
    }
    assert.ok(images > 200, `${images} images`);
  });

  it("uses pictograms of the installed DSFR", () => {
    const used = site.pages.flatMap((page) => (page.pictogram ? [page.pictogram] : []));
    assert.ok(used.length > 50);
    for (const name of used) assert.ok(resolvePictogram(name)?.fromDsfr, name);
  });

  it("calls existing components with valid parameters, after importing them", () => {
    let calls = 0;
    for (const file of markdownFiles) {
      const source = String(file.content);
      const found: [unknown, unknown][] = [];
      nunjucks.renderString(source.replace(/^\{%.*%\}$/m, ""), {
        component: (name: unknown, params: unknown) => void found.push([name, params]),
      });
      if (found.length > 0)
        assert.match(source, /\{% from "components\/component\.njk" import component with context %\}/);
      for (const [name, params] of found) {
        calls++;
        assert.deepEqual(
          resolveComponent(componentRegistry, name, params).problems,
          [],
          `${file.path} : ${String(name)}`,
        );
      }
    }
    assert.ok(calls > 100, `${calls} component calls`);
  });

  it("has tags, tables, lists, code in several languages, titled diagrams and pages read in tabs", () => {
    const all = markdownFiles.map((file) => String(file.content)).join("\n");
    assert.ok(site.pages.some((page) => page.tags.length > 0));
    assert.match(all, /^\| .+ \|$/m);
    assert.match(all, /^- .+$/m);
    assert.match(all, /^1\. .+$/m);
    for (const language of ["json", "bash", "plain", "yaml", "xml"])
      assert.match(all, new RegExp(`^\`\`\`${language}$`, "m"));
    const diagrams = all.match(/^```mermaid\n---\ntitle: .+\n---\nflowchart (LR|TD)$/gm) ?? [];
    assert.ok(diagrams.length >= 5 && diagrams.length <= 40, `${diagrams.length} diagrams`);
    const tabs = site.pages.filter((page) => page.tertiaryTitle);
    assert.ok(tabs.some((page) => page.level === 3) && tabs.some((page) => page.level === 4), `${tabs.length} tabs`);
  });
});

/** The ids the real Markdown renderer gives each page's headings. */
function headingIdsByUrl(site: SyntheticSite): Map<string, Set<string>> {
  const md = createMarkdown({ build: new BuildContext(), publicDir: "public" });
  const sources = new Map(site.files.map((file) => [file.path, String(file.content)]));
  return new Map(
    site.pages.map((page) => {
      const body = sources
        .get(page.file)!
        .replace(/^---[\s\S]*?\n---\n/, "")
        .replace(/\{[{%][\s\S]*?[}%]\}/g, "");
      return [page.url, new Set([...md.render(body).matchAll(/<h[1-6] id="([^"]+)"/g)].map((match) => match[1]!))];
    }),
  );
}
