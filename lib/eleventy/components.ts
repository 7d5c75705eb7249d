import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import nunjucks, { type Environment } from "nunjucks";
import { componentRegistry } from "../../components/registry.ts";
import { error } from "../checks/finding.ts";
import { headingLevelAt, titleTagUnder } from "../components/heading-level.ts";
import { isBlockHtml } from "../components/is-block-html.ts";
import { isExternalUrl } from "../components/is-external-url.ts";
import { oneHtmlBlock } from "../components/one-html-block.ts";
import { prepareParams, resolveComponent } from "../components/resolve-component.ts";
import { createDimensionsReader } from "../images/dimensions.ts";
import type { MisspeltClass } from "../markdown/class-attributes.ts";
import type { ContainerOptions, MarkdownEnv } from "../markdown/containers.ts";
import type { BuildContext } from "../pipeline/build-context.ts";
import { nthLineIn } from "../shared/source-line.ts";
import { pageSource } from "./page-source.ts";

/**
 * `resolveComponentCall`, the global behind `component(name, params)`: validates the call, gives
 * the element an id unique in the page and a title level that fits where it sits, and reports
 * mistakes against the page and line. Also the filters the component templates use.
 */
export default function componentsPlugin(
  eleventyConfig: UserConfig,
  { build, publicDir }: { build: BuildContext; publicDir: string },
): void {
  const callsByPage = new Map<string, Map<string, number>>();
  build.onRun(() => callsByPage.clear());
  // Markdown containers render the same templates, with the environment Eleventy's pages use.
  eleventyConfig.on("eleventy.engine.njk", ({ environment }: { environment: Environment }) => {
    build.templates = environment;
  });

  eleventyConfig.addNunjucksGlobal(
    "resolveComponentCall",
    function (this: NunjucksContext, name: unknown, params: unknown) {
      const page = this.ctx.page ?? NO_PAGE;
      const calls = callsByPage.get(page.url) ?? new Map<string, number>();
      callsByPage.set(page.url, calls);
      const count = (calls.get(String(name)) ?? 0) + 1;
      calls.set(String(name), count);

      const file = path.relative(".", page.inputPath);
      const source = pageSource(build, file);
      const line = nthLineIn(source, new RegExp(`component\\(\\s*["']${escapeRegExp(String(name))}["']`, "g"), count);
      const level =
        this.ctx.componentHeadingLevel ?? (line && file.endsWith(".md") ? headingLevelAt(source, line) : undefined);
      return callComponent(build, name, params, { page, file, line, titleTag: level ? titleTagUnder(level) : "h3" });
    },
  );

  eleventyConfig.addFilter("isBlockHtml", isBlockHtml);
  eleventyConfig.addFilter("isExternalUrl", isExternalUrl);
  // Applied to a block of the template's own HTML: marked safe, as the block's parts were.
  eleventyConfig.addFilter("oneHtmlBlock", (html: unknown) => new nunjucks.runtime.SafeString(oneHtmlBlock(html)));
  eleventyConfig.addFilter("imageSize", createDimensionsReader(publicDir));
}

/**
 * How Markdown containers (`:::info`…) become components: the same validation, ids and template
 * as a `component()` call, with mistakes reported against the page and line, and shown in place
 * in the preview.
 */
export function containerRendering(build: BuildContext): Pick<ContainerOptions, "render" | "report" | "lineOf"> {
  return {
    render(name, params, site) {
      const page = pageOf(site.env);
      const call = callComponent(build, name, params, {
        page,
        file: path.relative(".", page.inputPath),
        line: site.line,
        titleTag: site.titleTag,
        label: site.label,
      });
      return "template" in call
        ? renderTemplate(build, call.template, { params: call.params }, site.env)
        : renderError(build, call.error, site.env);
    },
    report(problem, site) {
      const file = path.relative(".", pageOf(site.env).inputPath);
      build.report(error("container-invalid", file, problem.message, problem.fix, site.line));
      return renderError(build, `${problem.message} — ${problem.fix}`, site.env);
    },
    lineOf(env, text, n) {
      return nthLineIn(pageSource(build, path.relative(".", pageOf(env).inputPath)), text, n);
    },
  };
}

/**
 * How a class written without its dot (`{fr-responsive-img …}`) is reported: on the page and line
 * of the braces that hold it (the n-th such braces for the n-th time it is met in the page).
 */
export function misspeltClassReport(build: BuildContext): (misspelt: MisspeltClass, env: unknown) => void {
  const seenByRender = new WeakMap<object, Map<string, number>>();
  return ({ name, element }, env) => {
    const markdownEnv = (env ?? {}) as MarkdownEnv;
    const seen = seenByRender.get(markdownEnv) ?? new Map<string, number>();
    seenByRender.set(markdownEnv, seen);
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    const file = path.relative(".", pageOf(markdownEnv).inputPath);
    const braces = new RegExp(`\\{[^}\\n]*(?<![.#\\w-])${escapeRegExp(name)}(?![\\w-])`, "g");
    build.report(
      error(
        "class-without-dot",
        file,
        `classe « ${name} » écrite sans son point entre accolades : ${element === "img" ? "l’image" : "l’élément"} ne l’aurait pas`,
        `écrivez « .${name} » (avec le point), comme les autres classes entre les accolades`,
        nthLineIn(pageSource(build, file), braces, count),
      ),
    );
  };
}

function renderError(build: BuildContext, message: string, env: MarkdownEnv): string {
  return renderTemplate(build, "partials/component-error.njk", { error: message }, env);
}

function renderTemplate(build: BuildContext, name: string, data: Record<string, unknown>, env: MarkdownEnv): string {
  if (!build.templates) throw new Error("Les conteneurs Markdown ont besoin de l’environnement Nunjucks d’Eleventy.");
  return build.templates.render(name, { page: pageOf(env), eleventy: env.eleventy, ...data });
}

function pageOf(env: MarkdownEnv): { url: string; inputPath: string } {
  return (env.page as { url: string; inputPath: string } | undefined) ?? NO_PAGE;
}

function callComponent(
  build: BuildContext,
  name: unknown,
  params: unknown,
  site: CallSite,
): { template: string; params: Record<string, unknown> } | { error: string } {
  const resolved = resolveComponent(componentRegistry, name, params);
  const problems = [...resolved.problems];
  if (resolved.definition && resolved.params) {
    const chosen = resolved.params.id as string | undefined;
    if (!chosen || build.pageIds.claim(site.page.url, chosen)) {
      const id = chosen ?? build.pageIds.next(site.page.url, resolved.definition.name.replace(/_/g, "-"));
      return {
        template: `components/${resolved.definition.name}/template.njk`,
        params: prepareParams(resolved.definition, resolved.params, { id, titleTag: site.titleTag }),
      };
    }
    problems.push({
      field: "id",
      message: `identifiant « ${chosen} » déjà utilisé dans la page`,
      fix: "choisissez un autre « id », ou retirez-le : un identifiant unique est alors donné",
    });
  }
  const label = site.label ?? `composant "${String(name)}"`;
  for (const problem of problems) {
    const message = problem.field || site.label ? `${label}, ${problem.message}` : problem.message;
    build.report(error("component-invalid", site.file, message, problem.fix, site.line));
  }
  return { error: problems.map((problem) => `${problem.message} — ${problem.fix}`).join(" ; ") };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const NO_PAGE = { url: "", inputPath: "" };

interface NunjucksContext {
  ctx: { page?: { url: string; inputPath: string }; componentHeadingLevel?: number };
}

interface CallSite {
  page: { url: string; inputPath: string };
  file: string;
  line?: number;
  titleTag: string;
  /** How messages name the call when it is not a `component()` call (« conteneur « :::info » »). */
  label?: string;
}
