import { createHash } from "node:crypto";

/**
 * The pages this generator ships as an example — a home page and a guide, with the client's
 * connection guide and its images —, which an imported site replaces: the migration puts them
 * aside, never deletes them. A sample is recognised by its path and its content as shipped (first
 * 16 hex digits of its SHA-256): a sample an editor has changed is the editor's page, left in place.
 * The generator's own pages (search, tags, site map, legal pages, the editor guide, 404) stay.
 * test/migrate/sample-pages.test.ts fails when a sample changes without its fingerprint.
 */
export const SAMPLE_PAGES: Record<string, string> = {
  "content/fr/index.md": "7ab5b6df7c2cb175",
  "content/fr/guides-producteur/guides-producteur.11tydata.json": "62ec44de98c6a4e9",
  "content/fr/guides-producteur/index.md": "b8bea8416acf3c74",
  "content/fr/guides-producteur/presentation/connexion-inscription.md": "8985c50b0ebf45f6",
  "content/fr/guides-producteur/presentation/index.md": "5a9be293e607e0da",
  "public/img/guides/producteur/presentation/connexion-inscription/01_accueil.png": "b64fc5444e17a58f",
  "public/img/guides/producteur/presentation/connexion-inscription/02_connexion-franceconnect.png": "7695a3977af3e48f",
  "public/img/guides/producteur/presentation/connexion-inscription/03_inscription.png": "cf654073d36f4396",
  "public/img/guides/producteur/presentation/connexion-inscription/04_inscription-franceconnect.png":
    "3dfec85507055669",
  "public/img/guides/producteur/presentation/connexion-inscription/05_inscription-remplissage-profil.png":
    "8415dc80a7205aea",
  "public/img/guides/producteur/presentation/connexion-inscription/06_inscription-captcha.png": "886a914618dc11e5",
  "public/img/guides/producteur/presentation/connexion-inscription/07_inscription-verification-courriel.png":
    "13b6ecc268ebdfb1",
};

/** Whether a project file is a sample page as the generator ships it. */
export function isSamplePage(file: string, content: Buffer): boolean {
  return SAMPLE_PAGES[file] !== undefined && SAMPLE_PAGES[file] === fingerprint(content);
}

/** The first 16 hex digits of the SHA-256 of a file's bytes. */
export function fingerprint(content: Buffer): string {
  return createHash("sha256").update(content).digest("hex").slice(0, 16);
}
