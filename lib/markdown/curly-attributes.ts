import type { MarkdownIt, PluginWithOptions, StateCore, Token } from "markdown-it";
import markdownItAttrs from "markdown-it-attrs";

/**
 * markdown-it-attrs itself: its declarations name the CommonJS flavour of markdown-it's types,
 * which TypeScript holds for other types than the ES module flavour this project imports.
 */
export const markdownItAttrsPlugin = markdownItAttrs as unknown as PluginWithOptions<markdownItAttrs.Options>;

/**
 * markdown-it-attrs (`{.class #id key=value}`), run only where attributes can be written: on each
 * top-level block that holds a `{`, and the block before it (a `{.class}` line after a table or a
 * list applies to them). The plugin tests a dozen patterns on every token of a page, while a help
 * page holds attributes in a few blocks; its patterns never reach further than the block before,
 * so the output is the same (test/markdown/curly-attributes.test.ts compares them).
 */
export function curlyAttributes(md: MarkdownIt, options: markdownItAttrs.Options = {}): void {
  md.use(markdownItAttrsPlugin, options);
  const delimiter = options.leftDelimiter ?? "{";
  // The plugin's rule, to call on each window; markdown-it keeps its rules in a field its types leave out.
  const { __rules__: rules } = md.core.ruler as unknown as {
    __rules__: { name: string; fn: (state: StateCore) => void }[];
  };
  const rule = rules.find((candidate) => candidate.name === "curly_attributes")!.fn;
  md.core.ruler.at("curly_attributes", (state: StateCore) => {
    const all = state.tokens;
    // From the last window to the first, so that the earlier ones keep their indexes.
    for (const [start, end] of windowsWithDelimiter(all, delimiter).reverse()) {
      state.tokens = all.slice(start, end + 1);
      rule(state);
      all.splice(start, end - start + 1, ...state.tokens);
    }
    state.tokens = all;
  });
}

/** Token ranges (inclusive) to run the plugin on: blocks holding the delimiter, each with the block before it. */
function windowsWithDelimiter(tokens: Token[], delimiter: string): [number, number][] {
  const blocks = topLevelBlocks(tokens);
  const windows: [number, number][] = [];
  blocks.forEach(([start, end], index) => {
    if (
      !tokens.slice(start, end + 1).some((token) => token.content.includes(delimiter) || token.info.includes(delimiter))
    )
      return;
    const from = index > 0 ? blocks[index - 1]![0] : start;
    const last = windows[windows.length - 1];
    if (last && from <= last[1] + 1) last[1] = end;
    else windows.push([from, end]);
  });
  return windows;
}

/** Each top-level block as the range from its opening token to its closing one (or its single token). */
function topLevelBlocks(tokens: Token[]): [number, number][] {
  const blocks: [number, number][] = [];
  let start = 0;
  tokens.forEach((token, index) => {
    if (token.level !== 0) return;
    if (token.nesting !== -1) start = index;
    if (token.nesting !== 1) blocks.push([start, index]);
  });
  return blocks;
}
