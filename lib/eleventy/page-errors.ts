import { readFileSync } from "node:fs";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import yaml from "js-yaml";
import type { Environment } from "nunjucks";
import { error, type Finding } from "../checks/finding.ts";
import { formatFinding } from "../checks/report/format-findings.ts";
import { setAsideText } from "../markdown/set-aside-text.ts";
import { slugify } from "../markdown/slugify.ts";
import { type TemplateProblem, templateProblems } from "../nunjucks/template-problems.ts";
import type { BuildContext } from "../pipeline/build-context.ts";
import { yamlErrorFinding } from "../pipeline/eleventy-error.ts";
import { jsonSyntaxProblem } from "../pipeline/json-error.ts";
import { bodyOffset } from "../shared/front-matter-block.ts";
import { firstNonUtf8Line } from "../shared/text-encoding.ts";
import { directoriesOf } from "./eleventy-shapes.ts";
import { aliasMissingLayouts } from "./missing-layouts.ts";
import { defaultUrl } from "./page-urls.ts";

/**
 * A page Eleventy cannot build no longer stops the build at the first one: its front matter, its
 * data files, its layout, its encoding and its Nunjucks are read before Eleventy renders it, and
 * each mistake is reported at its file and real line (the front matter's lines counted). The page
 * is then left out of the build, which goes on and checks every other page; in the dev server,
 * it shows its errors in place of its content instead.
 */
export default function pageErrorsPlugin(
  eleventyConfig: UserConfig,
  { build, includes }: { build: BuildContext; includes: string },
): void {
  let templates: Environment | undefined;
  eleventyConfig.on("eleventy.engine.njk", ({ environment }: { environment: Environment }) => {
    templates = environment;
  });

  // Front matter Eleventy could not read: the page carries the reason instead of stopping the build.
  // The fields a readable one writes are noted for the checks (unknown fields).
  eleventyConfig.setFrontMatterParsingOptions({
    engines: {
      yaml(text: string, options?: { filePath?: string }) {
        try {
          const data = (yaml.load(text) ?? {}) as Record<string, unknown>;
          if (options?.filePath) build.frontMatterFields.set(path.relative(".", options.filePath), Object.keys(data));
          return data;
        } catch (cause) {
          if (!(cause instanceof yaml.YAMLException)) throw cause;
          return { [UNREADABLE_FRONT_MATTER]: cause };
        }
      },
    },
  });

  // A JSON data file that cannot be read: said once, on its line; the pages that use it are left out.
  const brokenData = new Map<string, Finding>();
  eleventyConfig.addDataExtension("json", {
    parser(text: string, file: string) {
      const relative = path.relative(".", file);
      const problem = jsonSyntaxProblem(text);
      const nonUtf8 = text.includes("\uFFFD") ? firstNonUtf8Line(readFileSync(file)) : undefined;
      if (!problem && nonUtf8 === undefined) {
        brokenData.delete(relative);
        return JSON.parse(text);
      }
      brokenData.set(
        relative,
        nonUtf8 !== undefined
          ? notUtf8(relative, nonUtf8)
          : error(
              "data-file-invalid",
              relative,
              `fichier de données illisible : ${problem!.reason}`,
              "corrigez le JSON de cette ligne (guillemets droits, virgules, accolades) ; les pages qui en dépendent ne sont pas construites tant qu’il est illisible",
              problem!.line,
            ),
      );
      return {};
    },
  });

  const input = directoriesOf(eleventyConfig).input;
  const layouts = aliasMissingLayouts(eleventyConfig, input, includes);

  eleventyConfig.addPreprocessor("page-errors", "md,njk,html", (data: PageData, content: string) => {
    const inputPath = data.page?.inputPath;
    if (!inputPath) return undefined;
    const file = path.relative(".", inputPath);
    const findings = pageFindings(file, data, content);
    if (findings.length === 0) return undefined;
    for (const finding of findings) build.report(finding);
    if (data.eleventy?.env?.runMode === "build") {
      build.leaveOut(file, { url: defaultUrl(file, input, permalinkOf(data)), navigation: data.eleventyNavigation });
      return false;
    }
    // The dev server shows the page with its errors, so that the editor sees them where they look.
    data.title ??= "Page en erreur";
    return errorPreview(findings);
  });

  // The dev server reads every page again at each save, most of them unchanged: each is parsed once
  // (its text is the one Eleventy keeps already). A build reads each page once: nothing to keep.
  const checked = new Map<string, { content: string; names: string; problems: TemplateProblem[] }>();
  function nunjucksProblems(file: string, content: string, names: string[], templates: Environment, keep: boolean) {
    const known = checked.get(file);
    const nameList = names.join("\0");
    if (known?.content === content && known.names === nameList) return known.problems;
    // Nunjucks reads the page with its text set aside, as it compiles it: the lines are the same.
    const problems = templateProblems(setAsideText(content)?.template ?? content, templates, names);
    if (keep) checked.set(file, { content, names: nameList, problems });
    return problems;
  }

  /** What keeps a page from being built, in the order an editor fixes it. */
  function pageFindings(file: string, data: PageData, content: string): Finding[] {
    const brokenSources = [...brokenData].filter(([dataFile]) => appliesTo(dataFile, file, input));
    if (brokenSources.length > 0) return brokenSources.map(([, finding]) => finding);
    // The page's file is read again only when something is wrong (thousands of pages are not).
    if (content.includes("\uFFFD")) {
      const source = readSource(file);
      const line = source && firstNonUtf8Line(source.bytes);
      if (line !== undefined) return [notUtf8(file, line)];
    }
    const unreadable = data[UNREADABLE_FRONT_MATTER];
    if (unreadable) return [yamlErrorFinding(file, unreadable)];

    const findings: Finding[] = [];
    if (typeof data.layout === "string" && layouts.isMissing(data.layout)) {
      const { message, fix } = layouts.problem(data.layout);
      const [writer] = [...layouts.writers(data.layout)]
        .filter((candidate) => candidate.file === file || appliesTo(candidate.file, file, input))
        .sort((a, b) => Number(b.file === file) - Number(a.file === file) || b.file.length - a.file.length);
      findings.push(error("layout-unknown", writer?.file ?? file, message, fix, writer?.line));
    }
    if (templates && data.templateEngineOverride === undefined && TAG_START.test(content)) {
      const problems = nunjucksProblems(
        file,
        content,
        Object.keys(data),
        templates,
        data.eleventy?.env?.runMode !== "build",
      );
      const offset = problems.length > 0 ? bodyOffset(readSource(file)?.text ?? "") : 0;
      for (const problem of problems)
        findings.push(error("template-syntax", file, problem.message, problem.fix, problem.line + offset));
    }
    return findings;
  }
}

/** Whether a data file applies to a page: a folder's to every page below it, a page's own to it alone, global data to all. */
function appliesTo(dataFile: string, page: string, input: string): boolean {
  const folder = path.dirname(dataFile);
  if (!isInside(folder, input)) return true;
  const own = path.join(path.dirname(page), path.basename(page, path.extname(page)));
  if (dataFile.startsWith(`${own}.`)) return true;
  return path.basename(dataFile).startsWith(`${path.basename(folder)}.`) && isInside(page, folder);
}

function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return !relative.startsWith("..") && !path.isAbsolute(relative);
}

function notUtf8(file: string, line: number): Finding {
  return error(
    "file-encoding",
    file,
    "fichier qui n’est pas enregistré en UTF-8 : ses accents seraient publiés comme « � »",
    "enregistrez-le en UTF-8 (dans l’éditeur : « Enregistrer avec l’encodage » → UTF-8)",
    line,
  );
}

function readSource(file: string): { bytes: Buffer; text: string } | undefined {
  try {
    const bytes = readFileSync(file);
    return { bytes, text: bytes.toString("utf8") };
  } catch {
    // A page added by the configuration (addTemplate) has no file.
    return undefined;
  }
}

/** The page's content in the dev server: its errors, as the build prints them, in a DSFR alert. */
function errorPreview(findings: Finding[]): string {
  const items = findings.map((finding) => `<li>${escapeHtml(formatFinding(finding))}</li>`).join("");
  return `
<div class="fr-alert fr-alert--error" data-pagefind-ignore>
<h2 class="fr-alert__title">Cette page ne peut pas être construite</h2>
<ul>${items}</ul>
<p>Corrigez ces erreurs et enregistrez : l’aperçu se met à jour. La publication serait refusée.</p>
</div>
`;
}

/** Escaped for HTML, and braces too, so that neither Nunjucks nor Markdown reads a tag in a message. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"{}]/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** What Nunjucks reads as a tag: a page without any has no Nunjucks to check. */
const TAG_START = /\{[{%#]/;

/** Where the YAML engine leaves the reason a front matter could not be read. */
const UNREADABLE_FRONT_MATTER = "__unreadableFrontMatter";

type PageData = Record<string, unknown> & {
  page?: { inputPath?: string };
  eleventy?: { env?: { runMode?: string } };
  title?: unknown;
  layout?: unknown;
  permalink?: unknown;
  eleventyNavigation?: unknown;
  templateEngineOverride?: unknown;
  [UNREADABLE_FRONT_MATTER]?: yaml.YAMLException;
};

/**
 * A page's permalink as Eleventy would write it: a function (the folder data's `slugOverride` of
 * eleventy-dsfr sites, lib/eleventy/slug-override.ts) is called, its `undefined` meaning the default
 * URL; one that cannot be called here leaves the URL unknown (a template's `{{ … }}` does too).
 */
function permalinkOf(data: PageData): unknown {
  const permalink = (data as { permalink?: unknown }).permalink;
  if (typeof permalink !== "function") return permalink;
  try {
    return permalink.call({ slugify: (text: string) => slugify(text) }, data);
  } catch {
    return "{computed}";
  }
}
