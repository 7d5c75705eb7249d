/**
 * The few roles a coloured token can have, each one class (`frx-tk-<role>`) that site.css colours
 * with DSFR tokens: the dark theme is the DSFR's own, and the HTML carries no `style` attribute
 * (the CSP allows none). The grouping is GitHub's light theme's, a well-tried grouping of syntax
 * into eight colours; Prism's token types map onto it.
 */
export type TokenRole = "comment" | "keyword" | "string" | "constant" | "entity" | "tag" | "variable" | "deleted";

/** Prism token type (or alias) → role, as GitHub's theme colours the same syntax. */
export const ROLE_OF_PRISM_TYPE: Record<string, TokenRole> = {
  comment: "comment",
  prolog: "comment",
  doctype: "comment",
  cdata: "comment",
  keyword: "keyword",
  operator: "keyword",
  important: "keyword",
  rule: "keyword",
  atrule: "keyword",
  string: "string",
  char: "string",
  "attr-value": "string",
  url: "string",
  regex: "string",
  "template-string": "string",
  number: "constant",
  boolean: "constant",
  constant: "constant",
  null: "constant",
  property: "constant",
  symbol: "constant",
  entity: "constant",
  "class-name": "entity",
  function: "entity",
  "attr-name": "entity",
  selector: "entity",
  title: "entity",
  tag: "tag",
  // YAML keys, which GitHub's theme colours as tags.
  key: "tag",
  builtin: "tag",
  inserted: "tag",
  variable: "variable",
  parameter: "variable",
  deleted: "deleted",
};

export function roleClass(role: TokenRole): string {
  return `frx-tk-${role}`;
}
