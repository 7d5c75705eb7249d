import { readFileSync } from "node:fs";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { Environment } from "nunjucks";
import { componentRegistry } from "../../components/registry.ts";
import { error } from "../checks/finding.ts";
import { nthLineIn } from "../checks/source-line.ts";
import { headingLevelAt, titleTagUnder } from "../components/heading-level.ts";
import { isBlockHtml } from "../components/is-block-html.ts";
import { isExternalUrl } from "../components/is-external-url.ts";
import { PageIds } from "../components/page-ids.ts";
import { prepareParams, resolveComponent } from "../components/resolve-component.ts";
import { createDimensionsReader } from "../images/dimensions.ts";
import type { ContainerSite, MarkdownEnv } from "../markdown/containers.ts";
import { reportRenderFinding } from "./render-findings.ts";

// Shared by `component()` calls and Markdown containers, so that ids never repeat within a page.
const pageIds = new PageIds();
const sources = new Map<string, string>();
let templates: Environment | undefined;

/**
 * `resolveComponentCall`, the global behind `component(name, params)`: validates the call, gives
 * the element an id unique in the page and a title level that fits where it sits, and reports
 * mistakes against the page and line. Also the filters the component templates use.
 */
export default function componentsPlugin(eleventyConfig: UserConfig, options: { publicDir?: string } = {}): void {
  const callsByPage = new Map<string, Map<string, number>>();
  eleventyConfig.on("eleventy.before", () => {
    pageIds.clear();
    sources.clear();
    callsByPage.clear();
  });
  // Markdown containers render the same templates, with the environment Eleventy's pages use.
  eleventyConfig.on("eleventy.engine.njk", ({ environment }: { environment: Environment }) => {
    templates = environment;
  });

  eleventyConfig.addNunjucksGlobal("resolveComponentCall", function (this: NunjucksContext, name: unknown, params: unknown) {
    const page = this.ctx.page ?? NO_PAGE;
    const calls = callsByPage.get(page.url) ?? new Map<string, number>();
    callsByPage.set(page.url, calls);
    const count = (calls.get(String(name)) ?? 0) + 1;
    calls.set(String(name), count);

    const file = path.relative(".", page.inputPath);
    const source = sourceOf(file);
    const line = nthLineIn(source, new RegExp(`component\\(\\s*["']${escapeRegExp(String(name))}["']`, "g"), count);
    const level = this.ctx.componentHeadingLevel ?? (line && file.endsWith(".md") ? headingLevelAt(source, line) : undefined);
    return callComponent(name, params, { page, file, line, titleTag: level ? titleTagUnder(level) : "h3" });
  });

  eleventyConfig.addFilter("isBlockHtml", isBlockHtml);
  eleventyConfig.addFilter("isExternalUrl", isExternalUrl);
  eleventyConfig.addFilter("imageSize", createDimensionsReader(options.publicDir ?? "public"));
}

/**
 * A component rendered for a Markdown container (`:::info`…): the same validation, ids and
 * template as a `component()` call.
 */
export function renderComponent(name: string, params: Record<string, unknown>, site: ContainerSite): string {
  const page = pageOf(site.env);
  const call = callComponent(name, params, { page, file: path.relative(".", page.inputPath), line: site.line, titleTag: site.titleTag, label: site.label });
  return "template" in call ? renderTemplate(call.template, { params: call.params }, site.env) : renderError(call.error, site.env);
}

/** Reports a mistake in a Markdown container against its page and line; the preview shows it in place. */
export function reportContainerProblem(problem: { message: string; fix: string }, site: ContainerSite): string {
  const file = path.relative(".", pageOf(site.env).inputPath);
  reportRenderFinding(error("container-invalid", file, problem.message, problem.fix, site.line));
  return renderError(`${problem.message} — ${problem.fix}`, site.env);
}

/** 1-based line of the n-th occurrence of a Markdown line in its page's source. */
export function sourceLineOf(env: MarkdownEnv, text: string, n: number): number | undefined {
  return nthLineIn(sourceOf(path.relative(".", pageOf(env).inputPath)), text, n);
}

function renderError(message: string, env: MarkdownEnv): string {
  return renderTemplate("partials/component-error.njk", { error: message }, env);
}

function renderTemplate(name: string, data: Record<string, unknown>, env: MarkdownEnv): string {
  if (!templates) throw new Error("Les conteneurs Markdown ont besoin de l’environnement Nunjucks d’Eleventy.");
  return templates.render(name, { page: pageOf(env), eleventy: env.eleventy, ...data });
}

function pageOf(env: MarkdownEnv): { url: string; inputPath: string } {
  return (env.page as { url: string; inputPath: string } | undefined) ?? NO_PAGE;
}

function callComponent(name: unknown, params: unknown, site: CallSite): { template: string; params: Record<string, unknown> } | { error: string } {
  const resolved = resolveComponent(componentRegistry, name, params);
  const problems = [...resolved.problems];
  if (resolved.definition && resolved.params) {
    const chosen = resolved.params.id as string | undefined;
    if (!chosen || pageIds.claim(site.page.url, chosen)) {
      const id = chosen ?? pageIds.next(site.page.url, resolved.definition.name.replace(/_/g, "-"));
      return { template: `components/${resolved.definition.name}/template.njk`, params: prepareParams(resolved.definition, resolved.params, { id, titleTag: site.titleTag }) };
    }
    problems.push({ field: "id", message: `identifiant « ${chosen} » déjà utilisé dans la page`, fix: "choisissez un autre « id », ou retirez-le : un identifiant unique est alors donné" });
  }
  const label = site.label ?? `composant "${String(name)}"`;
  for (const problem of problems) {
    const message = problem.field || site.label ? `${label}, ${problem.message}` : problem.message;
    reportRenderFinding(error("component-invalid", site.file, message, problem.fix, site.line));
  }
  return { error: problems.map((problem) => `${problem.message} — ${problem.fix}`).join(" ; ") };
}

/** A page's source, read once per build: call lines and heading levels are looked up in it. */
function sourceOf(file: string): string {
  let source = sources.get(file);
  if (source === undefined) {
    try {
      source = readFileSync(file, "utf8");
    } catch {
      source = "";
    }
    sources.set(file, source);
  }
  return source;
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
