import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import sharp from "sharp";
import { createImageVariants } from "../../lib/images/image-variants.ts";
import { IMAGE_SETTINGS } from "../../lib/images/responsive-image.ts";

/** A project with a few tiny images in public/img/ and an empty cache. */
async function project() {
  const root = mkdtempSync(path.join(tmpdir(), "aide-variants-"));
  const publicDir = path.join(root, "public");
  mkdirSync(path.join(publicDir, "img"), { recursive: true });
  const png = (width: number, height: number) =>
    sharp({ create: { width, height, channels: 3, background: { r: 0, g: 0, b: 145 } } })
      .png()
      .toBuffer();
  writeFileSync(path.join(publicDir, "img/capture.png"), await png(60, 40));
  writeFileSync(path.join(publicDir, "img/copie-de-capture.png"), await png(60, 40));
  writeFileSync(path.join(publicDir, "img/cassee.png"), (await png(60, 40)).subarray(0, 60));
  const variants = (cacheDir = path.join(root, "cache")) =>
    createImageVariants({ publicDir, cacheDir, settings: { ...IMAGE_SETTINGS, widths: [30, 60] } });
  return { root, variants, site: (name: string) => path.join(root, name) };
}

describe("the variants of a site's images", () => {
  it("are planned at once, encoded in AVIF and WebP at each width, and linked into the site beside the original", async () => {
    const { root, variants, site } = await project();
    const images = variants();
    const image = images.plan("/img/capture.png")!;
    assert.deepEqual([image.width, image.height], [60, 40]);
    const report = await images.publish(site("_site"));
    assert.deepEqual([report.originals, report.variants, report.encoded, report.fromCache], [1, 4, 4, 0]);
    const bytes = statSync(path.join(root, "public/img/capture.png")).size;
    assert.deepEqual([...report.originalFiles], [["/img/capture.png", { width: 60, height: 40, bytes }]]);
    for (const variant of image.variants) {
      const metadata = await sharp(path.join(site("_site"), variant.url)).metadata();
      assert.deepEqual(
        [metadata.format === "heif" ? "avif" : metadata.format, metadata.width, metadata.height],
        [variant.format, variant.width, variant.height],
      );
    }
  });

  it("come from the cache in a later build, and a copy of a screenshot under another name is encoded once", async () => {
    const { variants, site } = await project();
    const first = variants();
    first.plan("/img/capture.png");
    await first.publish(site("_site-1"));
    const second = variants();
    second.plan("/img/capture.png");
    const copy = second.plan("/img/copie-de-capture.png")!;
    const report = await second.publish(site("_site-2"));
    assert.deepEqual([report.originals, report.variants, report.encoded, report.fromCache], [2, 8, 0, 8]);
    assert.ok(copy.variants.every((variant) => existsSync(path.join(site("_site-2"), variant.url))));
  });

  it("read no original in a later build whose images did not change: the cache's index knows their size and hash", async () => {
    const { root, variants, site } = await project();
    const file = path.join(root, "public/img/capture.png");
    const saved = new Date("2026-11-02T10:00:00Z");
    utimesSync(file, saved, saved);
    const first = variants();
    const planned = first.plan("/img/capture.png")!;
    await first.publish(site("_site-1"));
    // Other bytes of the same length and date: only a build that read the file would see them.
    const bytes = readFileSync(file);
    writeFileSync(file, Buffer.alloc(bytes.length, 7));
    utimesSync(file, saved, saved);
    const second = variants();
    assert.deepEqual(second.plan("/img/capture.png"), planned);
    // An edit gives the file another date: it is read again.
    writeFileSync(file, bytes);
    assert.equal(variants().plan("/img/capture.png")?.variants[0]?.key, planned.variants[0]?.key);
  });

  it("start afresh at each run of the same object, as the dev server rebuilds", async () => {
    const { variants, site } = await project();
    const images = variants();
    images.plan("/img/capture.png");
    await images.publish(site("_site"));
    images.beginRun();
    const report = await images.publish(site("_site"));
    assert.equal(report.variants, 0);
  });

  it("are linked into the site again at each rebuild of the dev server, replacing the last one's", async () => {
    const { variants, site } = await project();
    const warm = variants();
    warm.plan("/img/capture.png");
    await warm.publish(site("_site-chaud"));
    const images = variants();
    for (const rebuild of [1, 2]) {
      images.beginRun();
      const image = images.plan("/img/capture.png")!;
      const report = await images.publish(site("_site"));
      assert.deepEqual([rebuild, report.variants, report.fromCache], [rebuild, 4, 4]);
      for (const variant of image.variants) assert.ok(existsSync(path.join(site("_site"), variant.url)), variant.url);
    }
  });

  it("are not planned for a missing file, an SVG or a GIF; an unreadable image is reported by file", async () => {
    const { variants, site } = await project();
    const images = variants();
    assert.equal(images.plan("/img/absente.png"), undefined);
    assert.equal(images.plan("/img/logo.svg"), undefined);
    assert.equal(images.plan("/img/avant-apres.gif"), undefined);
    assert.ok(images.plan("/img/cassee.png"));
    const report = await images.publish(site("_site"));
    assert.deepEqual(
      report.failures.map((failure) => path.basename(failure.file)),
      ["cassee.png"],
    );
  });
});
