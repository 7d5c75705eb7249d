import type { Finding } from "../finding.ts";
import { pageReferences, placeOf, referenceFinding } from "../model/page-references.ts";
import type { SiteModel } from "../model/site-model.ts";

/** `mailto:` links name well-formed addresses and `tel:` links well-formed numbers. */
export function checkContactLinks(model: SiteModel): Finding[] {
  const findings: Finding[] = [];
  for (const item of pageReferences(model)) {
    const { target } = item;
    if (target.kind === "mailto") {
      const addresses = decode(target.value.split("?")[0]!)
        .split(",")
        .map((address) => address.trim());
      const wrong = addresses.find((address) => !EMAIL.test(address));
      if (wrong !== undefined) {
        const what =
          wrong === ""
            ? `lien "mailto:${target.value}" sans adresse de courriel`
            : `adresse de courriel "${wrong}" mal formée`;
        findings.push(
          referenceFinding(
            model,
            placeOf(item),
            "error",
            "link-mailto",
            what,
            "écrivez mailto:nom@domaine.fr (par exemple mailto:geoplateforme@ign.fr)",
          ),
        );
      }
    } else if (target.kind === "tel") {
      const digits = decode(target.value).replace(/[\s.()-]/g, "");
      if (!/^\+?\d{3,15}$/.test(digits)) {
        findings.push(
          referenceFinding(
            model,
            placeOf(item),
            "error",
            "link-tel",
            `numéro de téléphone "${target.value}" mal formé`,
            "écrivez tel: suivi des chiffres, au format international : tel:+33123456789",
          ),
        );
      }
    }
  }
  return findings;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[a-z]{2,}$/i;
