import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { componentRegistry } from "../../components/registry.ts";
import { error } from "../checks/finding.ts";
import { nthLineOf } from "../checks/source-line.ts";
import { resolveComponent } from "../components/resolve-component.ts";
import { reportRenderFinding } from "./render-findings.ts";

/**
 * `resolveComponentCall`, the global behind `component(name, params)`: validates the call,
 * gives the element an id unique in the page, and reports mistakes against the page and line.
 */
export default function componentsPlugin(eleventyConfig: UserConfig): void {
  let callsByPage = new Map<string, Map<string, number>>();
  eleventyConfig.on("eleventy.before", () => {
    callsByPage = new Map();
  });

  eleventyConfig.addNunjucksGlobal("resolveComponentCall", function (this: NunjucksContext, name: unknown, params: unknown) {
    const page = this.ctx.page ?? { url: "", inputPath: "" };
    const calls = callsByPage.get(page.url) ?? new Map<string, number>();
    callsByPage.set(page.url, calls);
    const count = (calls.get(String(name)) ?? 0) + 1;
    calls.set(String(name), count);

    const resolved = resolveComponent(componentRegistry, name, params);
    if (resolved.template && resolved.params) {
      resolved.params.id ??= `${String(name).replace(/_/g, "-")}-${count}`;
      return { template: resolved.template, params: resolved.params };
    }
    const file = path.relative(".", page.inputPath);
    const line = nthLineOf(file, new RegExp(`component\\(\\s*["']${escapeRegExp(String(name))}["']`, "g"), count);
    for (const problem of resolved.problems) {
      const message = problem.field ? `composant "${String(name)}", ${problem.message}` : problem.message;
      reportRenderFinding(error("component-invalid", file, message, problem.fix, line));
    }
    return { error: resolved.problems.map((problem) => `${problem.message} — ${problem.fix}`).join(" ; ") };
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

interface NunjucksContext {
  ctx: { page?: { url: string; inputPath: string } };
}
