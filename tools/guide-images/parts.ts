/**
 * Reusable HTML fragments of the mock-ups (DSFR markup, French texts).
 */
import { HL } from "./layout.ts";

const cls = (base: string, highlighted: boolean): string => (highlighted ? `${base} ${HL}` : base);

/** FranceConnect and AgentConnect buttons (DSFR `fr-connect` component). */
export function connectButtons(highlighted: boolean): string {
  const button = (brand: string, extra: string, what: string): string => `
    <div class="fr-connect-group">
      <button type="button" class="fr-connect${extra}">
        <span class="fr-connect__login">S’identifier avec</span>
        <span class="fr-connect__brand">${brand}</span>
      </button>
      <p class="fr-mb-0"><a href="#">${what}</a></p>
    </div>`;
  return `
  <div class="${cls("fr-p-2w", highlighted)}">
    ${button("FranceConnect", "", "Qu’est-ce que FranceConnect ?")}
    <div class="fr-mt-3w">${button("AgentConnect", " mock-agentconnect", "Qu’est-ce qu’AgentConnect ?")}</div>
  </div>`;
}

/** Vertical « ou » separator between two columns. */
export const orSeparator = `<div class="fr-col-1 mock-or" aria-hidden="true">ou</div>`;

interface Field {
  id: string;
  label: string;
  type: string;
  value: string;
  hint?: string;
}

function input(field: Field, filled: boolean): string {
  const hint = field.hint ? `<span class="fr-hint-text">${field.hint}</span>` : "";
  const value = filled ? ` value="${field.value}"` : "";
  return `
    <div class="fr-input-group">
      <label class="fr-label" for="${field.id}">${field.label} <span class="mock-required">*</span>${hint}</label>
      <input class="fr-input" id="${field.id}" name="${field.id}" type="${field.type}" required${value}>
    </div>`;
}

const PROFILE_FIELDS: Field[] = [
  { id: "nom", label: "Nom", type: "text", value: "Dupont" },
  { id: "prenom", label: "Prénom", type: "text", value: "Camille" },
  {
    id: "courriel",
    label: "Adresse courriel",
    type: "email",
    value: "camille.dupont@exemple.fr",
    hint: "Format attendu : nom@domaine.fr",
  },
  { id: "mdp", label: "Mot de passe", type: "password", value: "motdepasse-exemple" },
  { id: "mdp-confirmation", label: "Confirmation du mot de passe", type: "password", value: "motdepasse-exemple" },
];

/** Sign-up profile form: nom, prénom, courriel, mot de passe, confirmation, « Valider ». */
export function profileForm(options: { filled: boolean; highlightSubmit: boolean }): string {
  const [nom, prenom, courriel, mdp, confirmation] = PROFILE_FIELDS.map((f) => input(f, options.filled));
  return `
  <form action="#">
    <p class="fr-text--sm fr-mb-2w">Les champs marqués d’un astérisque (<span class="mock-required">*</span>) sont obligatoires.</p>
    <div class="fr-grid-row fr-grid-row--gutters">
      <div class="fr-col-6">${nom}</div>
      <div class="fr-col-6">${prenom}</div>
      <div class="fr-col-12">${courriel}</div>
      <div class="fr-col-6">${mdp}</div>
      <div class="fr-col-6">${confirmation}</div>
    </div>
    <button type="submit" class="${cls("fr-btn fr-mt-3w", options.highlightSubmit)}">Valider</button>
  </form>`;
}

/** Generic map-like illustration: coast, forests, river, roads and pins. */
export const mapIllustration = `
<svg viewBox="0 0 520 380" width="520" height="380" role="img" aria-label="Illustration d’une carte">
  <rect width="520" height="380" rx="8" fill="#cfe2f5"/>
  <path d="M0 60 C70 40 120 90 190 70 S300 10 360 40 S470 80 520 50 V380 H0 Z" fill="#eef2e2"/>
  <path d="M30 120 c40-30 90-20 110 10 s-10 60-60 60 -80-40-50-70z" fill="#c8dcae"/>
  <path d="M360 230 c50-30 120-10 130 30 s-40 70-90 60 -80-60-40-90z" fill="#c8dcae"/>
  <path d="M250 300 c30-10 60 0 60 20 s-40 30-70 20 -20-30 10-40z" fill="#c8dcae"/>
  <g fill="none" stroke="#d9d0b4" stroke-width="1.5">
    <path d="M330 110 c40-20 90-10 110 20 s-20 50-70 45 -80-40-40-65z"/>
    <path d="M350 120 c25-12 60-5 72 12 s-12 30-45 28 -50-25-27-40z"/>
    <path d="M368 128 c12-6 30-2 36 6 s-6 15-22 14 -25-12-14-20z"/>
  </g>
  <ellipse cx="170" cy="250" rx="45" ry="22" fill="#a9cbee"/>
  <path d="M215 250 C260 240 280 200 300 170 S360 110 400 60 S450 30 470 45" fill="none" stroke="#8fbbe8" stroke-width="6" stroke-linecap="round"/>
  <g fill="none" stroke-linecap="round">
    <path d="M0 200 C120 190 200 150 300 190 S450 280 520 250" stroke="#cfc6b5" stroke-width="11"/>
    <path d="M0 200 C120 190 200 150 300 190 S450 280 520 250" stroke="#fff" stroke-width="7"/>
    <path d="M120 380 C140 300 220 230 300 190 S340 90 330 60" stroke="#cfc6b5" stroke-width="9"/>
    <path d="M120 380 C140 300 220 230 300 190 S340 90 330 60" stroke="#fbe3a3" stroke-width="5"/>
  </g>
  <g fill="#e3d8c8">
    <rect x="280" y="150" width="14" height="12"/><rect x="298" y="146" width="12" height="10"/>
    <rect x="306" y="162" width="16" height="12"/><rect x="284" y="168" width="12" height="14"/>
    <rect x="312" y="198" width="14" height="10"/><rect x="270" y="196" width="12" height="12"/>
  </g>
  <g fill="#000091">
    <path d="M300 118 c-11 0-19 8-19 18 0 14 19 32 19 32 s19-18 19-32 c0-10-8-18-19-18z"/>
    <path d="M150 140 c-8 0-14 6-14 13 0 10 14 23 14 23 s14-13 14-23 c0-7-6-13-14-13z"/>
    <path d="M430 196 c-8 0-14 6-14 13 0 10 14 23 14 23 s14-13 14-23 c0-7-6-13-14-13z"/>
  </g>
  <g fill="#fff"><circle cx="300" cy="136" r="7"/><circle cx="150" cy="153" r="5"/><circle cx="430" cy="209" r="5"/></g>
  <g font-family="Marianne, sans-serif" font-size="20" font-weight="700" fill="#000091" text-anchor="middle">
    <rect x="16" y="16" width="36" height="72" rx="4" fill="#fff" stroke="#ddd"/>
    <line x1="16" y1="52" x2="52" y2="52" stroke="#ddd"/>
    <text x="34" y="42">+</text><text x="34" y="78">−</text>
  </g>
  <g font-family="Marianne, sans-serif" font-size="12" fill="#3a3a3a">
    <rect x="392" y="344" width="110" height="22" rx="3" fill="#fff" opacity=".85"/>
    <path d="M402 358 v4 h60 v-4" fill="none" stroke="#3a3a3a" stroke-width="1.5"/>
    <text x="470" y="360">1 km</text>
  </g>
</svg>`;

/** Distorted-text captcha image drawn in SVG. */
export function captchaImage(text: string): string {
  const tilts = [-14, 9, -6, 15, -11, 7];
  const colours = ["#2f2f6b", "#5a2d2d", "#1f4d3a", "#3d3d3d", "#4a2f66", "#6b3a1f"];
  const letters = [...text]
    .map((c, i) => {
      const x = 34 + i * 40;
      const y = 62 + (i % 2 === 0 ? -4 : 6);
      return `<text x="${x}" y="${y}" fill="${colours[i % colours.length]}" transform="rotate(${tilts[i % tilts.length]} ${x} ${y})">${c}</text>`;
    })
    .join("");
  return `
<svg viewBox="0 0 280 96" width="280" height="96" role="img" aria-label="Image du captcha : caractères déformés à recopier">
  <defs>
    <filter id="warp"><feTurbulence type="fractalNoise" baseFrequency="0.018 0.05" numOctaves="2" seed="4"/>
      <feDisplacementMap in="SourceGraphic" scale="9"/></filter>
    <pattern id="hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(35)">
      <line x1="0" y1="0" x2="0" y2="8" stroke="#e2d9c3" stroke-width="3"/></pattern>
  </defs>
  <rect width="280" height="96" fill="#f6f1e4"/>
  <rect width="280" height="96" fill="url(#hatch)"/>
  <g filter="url(#warp)" font-family="Spectral, serif" font-size="46" font-weight="800" text-anchor="middle">${letters}</g>
  <path d="M6 70 C60 30 110 90 170 45 S250 30 276 60" fill="none" stroke="#6b6b6b" stroke-width="2"/>
  <path d="M10 30 C80 60 140 10 200 62 S260 80 274 28" fill="none" stroke="#8a7d63" stroke-width="1.5"/>
</svg>`;
}
