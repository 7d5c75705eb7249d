import { createHash } from "node:crypto";

/**
 * The scripts a `{% js %}` block asks its page to load: each `<script src>` as it is, each inline
 * `<script>` (or a block of bare code) as a file named after its content, under /js/pages/.
 */
export function pageScriptsOf(content: string, bucket: unknown): PageScripts | { problem: ScriptProblem } {
  const where = BUCKETS[String(bucket)];
  if (!where)
    return {
      problem: {
        message: `bloc {% js "${String(bucket)}" %} : emplacement inconnu`,
        fix: `écrivez {% js "body" %} (fin de la page) ou {% js "top" %} (en-tête de la page)`,
      },
    };
  const scripts: PageScript[] = [];
  const elements = [...content.matchAll(SCRIPT)];
  const rest = content.replace(SCRIPT, "").trim();
  // Bare code between {% js %} and {% endjs %} is a script too; markup other than <script> is not.
  if (elements.length === 0 && rest && !rest.startsWith("<"))
    return { scripts: [inlineScript(rest, where, undefined)] };
  if (rest)
    return {
      problem: {
        message: `bloc {% js %} : « ${rest.slice(0, 40)} » n’est pas une balise <script>`,
        fix: 'n’écrivez que des balises <script src="/js/….js"></script> (ou <script>…</script>) entre {% js %} et {% endjs %}',
      },
    };
  for (const [, attributes = "", code = ""] of elements) {
    const src = /\ssrc\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1];
    const type: PageScript["type"] = /\stype\s*=\s*["']?module\b/i.test(attributes) ? "module" : undefined;
    if (src) scripts.push({ src, bucket: where, type });
    else if (code.trim()) scripts.push(inlineScript(code.trim(), where, type));
  }
  return { scripts };
}

/** The `<script>` elements of a page's scripts, in the order its blocks named them. */
export function scriptTags(scripts: PageScript[]): string {
  return scripts
    .map((script) => `\n  <script${script.type ? ` type="${script.type}"` : ""} src="${script.src}"></script>`)
    .join("");
}

function inlineScript(code: string, bucket: string, type: PageScript["type"]): PageScript {
  const hash = createHash("sha256").update(code).digest("hex").slice(0, 16);
  return { src: `/js/pages/${hash}.js`, bucket, type, code: `${code}\n` };
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

/** eleventy-dsfr's buckets: "body" at the end of the page, "top" in its head. */
const BUCKETS: Record<string, string> = { body: "body", top: "head", head: "head" };

export interface PageScript {
  /** Address of the script on the site, from its root. */
  src: string;
  /** Where the layout loads it: "body" or "head". */
  bucket: string;
  type?: "module";
  /** The code of a script written inline, published at `src`. */
  code?: string;
}

interface PageScripts {
  scripts: PageScript[];
}

interface ScriptProblem {
  message: string;
  fix: string;
}
