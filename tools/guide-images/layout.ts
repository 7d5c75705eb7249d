/**
 * Page shell shared by every guide mock-up: the DSFR stylesheets, the
 * cartes.gouv.fr header and a few mock-only styles (highlight outline…).
 */

/** One screen of the guide: output file name and the `<main>` content. */
export interface GuideScreen {
  file: string;
  alt: string;
  main: string;
  /** Outline the « Se connecter » button of the header. */
  highlightLogin?: boolean;
  /** DSFR background class of `<main>`, which fills the viewport below the header. */
  background?: string;
}

/** Class drawing the red/orange outline around the element the guide points to. */
export const HL = "mock-highlight";

/** `/dsfr/` is served from node_modules/@gouvfr/dsfr/dist by the renderer. */
const STYLESHEETS = ["/dsfr/dsfr.min.css", "/dsfr/utility/utility.min.css"];

// White badge with a stylised person, standing in for the AgentConnect logo.
const AGENT_LOGO =
  "data:image/svg+xml;charset=utf-8," +
  encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 48">` +
      `<rect x="3" y="7" width="34" height="34" rx="8" fill="#fff"/>` +
      `<circle cx="20" cy="19" r="6" fill="#000091"/>` +
      `<path d="M9 36c1.5-7 6-10 11-10s9.5 3 11 10z" fill="#000091"/>` +
      `<rect x="26" y="11" width="8" height="8" rx="2" fill="#e1000f"/></svg>`,
  );

const MOCK_CSS = `
  body { display: flex; flex-direction: column; min-height: 100vh; }
  main { flex: 1; }
  .${HL} { outline: 4px solid #f6461e; outline-offset: 6px; border-radius: 4px; }
  .mock-required { color: var(--text-default-error); }
  .mock-agentconnect::before { background-image: url("${AGENT_LOGO}"); }
  .mock-card { background: var(--background-default-grey); box-shadow: 0 2px 8px rgba(0,0,18,.16); padding: 2rem 2.5rem; }
  .mock-or { display: flex; flex-direction: column; align-items: center; font-weight: 700; font-size: .875rem; }
  .mock-or::before, .mock-or::after { content: ""; flex: 1; width: 1px; background: var(--border-default-grey); margin: .75rem 0; }
`;

function header(highlightLogin: boolean): string {
  return `
<header role="banner" class="fr-header">
  <div class="fr-header__body">
    <div class="fr-container">
      <div class="fr-header__body-row">
        <div class="fr-header__brand fr-enlarge-link">
          <div class="fr-header__brand-top">
            <div class="fr-header__logo"><p class="fr-logo">République<br>Française</p></div>
          </div>
          <div class="fr-header__service">
            <a href="#" title="Accueil - cartes.gouv.fr"><p class="fr-header__service-title">cartes.gouv.fr</p></a>
          </div>
        </div>
        <div class="fr-header__tools">
          <div class="fr-header__tools-links">
            <ul class="fr-btns-group">
              <li><a class="fr-btn fr-icon-account-circle-line${highlightLogin ? ` ${HL}` : ""}" href="#">Se connecter</a></li>
            </ul>
          </div>
        </div>
      </div>
    </div>
  </div>
</header>`;
}

/** Full HTML document for one screen. */
export function renderDocument(screen: GuideScreen): string {
  const links = STYLESHEETS.map((href) => `<link rel="stylesheet" href="${href}">`).join("\n");
  return `<!doctype html>
<html lang="fr" data-fr-theme="light" data-fr-scheme="light">
<head>
<meta charset="utf-8">
<title>${screen.alt}</title>
${links}
<style>${MOCK_CSS}</style>
</head>
<body>
${header(screen.highlightLogin ?? false)}
<main id="contenu"${screen.background ? ` class="${screen.background}"` : ""}>${screen.main}</main>
</body>
</html>`;
}
