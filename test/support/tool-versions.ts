import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import type { Browser } from "playwright-core";
import type { AuditSummary } from "../../tools/audit/audit-summary.ts";
import { NGINX } from "./nginx.ts";

/** The tools of a browser audit and their versions, as the accessibility statement names them. */
export function toolVersions(browser: Browser): AuditSummary["tools"] {
  const require = createRequire(import.meta.url);
  // nginx prints its version on stderr.
  const nginx = /nginx\/([\d.]+)/.exec(spawnSync(NGINX, ["-v"], { encoding: "utf8" }).stderr)?.[1];
  return [
    {
      name: "axe-core",
      version: require("axe-core/package.json").version,
      use: "règles WCAG 2.1 de niveaux A et AA, avec ses messages en français",
    },
    { name: "Nu Html Checker (vnu)", version: require("vnu-jar/package.json").version, use: "validité du code HTML" },
    {
      name: "Chromium",
      version: browser.version(),
      use: "navigateur qui affiche chaque page, sans cache, comme à une première visite",
    },
    {
      name: "nginx",
      version: nginx ?? "inconnue",
      use: "serveur, avec la configuration de production (deploy/nginx.conf)",
    },
  ];
}
