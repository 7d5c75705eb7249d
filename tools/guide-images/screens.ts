/**
 * The seven screens of the guide « Connexion et inscription » (producteur).
 */
import { type GuideScreen, HL } from "./layout.ts";
import { captchaImage, connectButtons, mapIllustration, orSeparator, profileForm } from "./parts.ts";

const home: GuideScreen = {
  file: "01_accueil.png",
  alt: "Image décrivant la page d’accueil de Cartes.gouv.fr",
  highlightLogin: true,
  background: "fr-background-alt--blue-france",
  main: `
  <div class="fr-py-10w">
    <div class="fr-container">
      <div class="fr-grid-row fr-grid-row--gutters fr-grid-row--middle">
        <div class="fr-col-5">
          <h1 class="fr-display--xs">Le service public des cartes et données du territoire</h1>
        </div>
        <div class="fr-col-7" style="text-align: right">${mapIllustration}</div>
      </div>
    </div>
  </div>`,
};

function loginPage(highlightSignUp: boolean): string {
  const signUpClass = highlightSignUp
    ? `fr-link fr-icon-arrow-right-line fr-link--icon-right ${HL}`
    : "fr-link fr-icon-arrow-right-line fr-link--icon-right";
  return `
  <div class="fr-container fr-py-4w">
    <h1 class="fr-h3 fr-mb-3w">Se connecter à cartes.gouv.fr</h1>
    <div class="fr-grid-row">
      <div class="fr-col-5">
        <h2 class="fr-h5 fr-mb-1w">Avec FranceConnect ou AgentConnect</h2>
        ${connectButtons(!highlightSignUp)}
      </div>
      ${orSeparator}
      <div class="fr-col-6">
        <h2 class="fr-h5">Avec votre compte cartes.gouv.fr</h2>
        <div class="fr-input-group">
          <label class="fr-label" for="login">Adresse courriel<span class="fr-hint-text">Format attendu : nom@domaine.fr</span></label>
          <input class="fr-input" id="login" type="email">
        </div>
        <div class="fr-input-group fr-mb-1w">
          <label class="fr-label" for="password">Mot de passe</label>
          <input class="fr-input" id="password" type="password">
        </div>
        <p class="fr-mb-3w"><a class="fr-link fr-link--sm" href="#">Mot de passe oublié ?</a></p>
        <button type="submit" class="fr-btn">Se connecter</button>
      </div>
    </div>
    <hr class="fr-mt-4w fr-pb-3w">
    <p class="fr-mb-0" style="text-align: right"><a class="${signUpClass}" href="#">Pas encore de compte ? Créer un compte</a></p>
  </div>`;
}

const loginConnect: GuideScreen = {
  file: "02_connexion-franceconnect.png",
  alt: "Image décrivant comment se connecter par FranceConnect ou AgentConnect",
  main: loginPage(false),
};

const loginSignUp: GuideScreen = {
  file: "03_inscription.png",
  alt: "Image décrivant comment lancer la création d’un compte",
  main: loginPage(true),
};

const signUpConnect: GuideScreen = {
  file: "04_inscription-franceconnect.png",
  alt: "Image décrivant l’inscription via franceconnect ou agentconnect",
  main: `
  <div class="fr-container fr-py-4w">
    <h1 class="fr-h3 fr-mb-3w">Créer un compte cartes.gouv.fr</h1>
    <div class="fr-grid-row">
      <div class="fr-col-5">
        <h2 class="fr-h5 fr-mb-1w">Avec FranceConnect ou AgentConnect</h2>
        ${connectButtons(true)}
      </div>
      ${orSeparator}
      <div class="fr-col-6">
        <h2 class="fr-h5 fr-mb-1w">En renseignant votre profil</h2>
        ${profileForm({ filled: false, highlightSubmit: false })}
      </div>
    </div>
  </div>`,
};

const signUpProfile: GuideScreen = {
  file: "05_inscription-remplissage-profil.png",
  background: "fr-background-alt--grey",
  alt: "Image décrivant le profil à renseigner",
  main: `
  <div class="fr-container fr-py-4w">
    <div class="fr-grid-row fr-grid-row--center">
      <div class="fr-col-8 mock-card">
        <h1 class="fr-h3 fr-mb-1w">Créer un compte cartes.gouv.fr</h1>
        <h2 class="fr-h6 fr-mb-1w">Renseignez votre profil</h2>
        ${profileForm({ filled: true, highlightSubmit: true })}
      </div>
    </div>
  </div>`,
};

const signUpCaptcha: GuideScreen = {
  file: "06_inscription-captcha.png",
  background: "fr-background-alt--grey",
  alt: "Renseigner le captcha",
  main: `
  <div class="fr-container fr-py-6w">
    <div class="fr-grid-row fr-grid-row--center">
      <div class="fr-col-7 mock-card">
        <h1 class="fr-h3 fr-mb-1w">Créer un compte cartes.gouv.fr</h1>
        <h2 class="fr-h6 fr-mb-2w">Vérification : êtes-vous un humain ?</h2>
        <p class="fr-mb-2w">Recopiez les caractères affichés dans l’image ci-dessous.</p>
        <div class="fr-mb-3w">${captchaImage("R7kW4p")}</div>
        <div class="${HL} fr-p-1w">
          <div class="fr-input-group">
            <label class="fr-label" for="captcha">Caractères de l’image <span class="mock-required">*</span></label>
            <input class="fr-input" id="captcha" type="text" required value="R7kW4p">
          </div>
          <button type="submit" class="fr-btn">Enregistrement</button>
        </div>
      </div>
    </div>
  </div>`,
};

const signUpEmailCheck: GuideScreen = {
  file: "07_inscription-verification-courriel.png",
  background: "fr-background-alt--grey",
  alt: "Vérification du courriel",
  main: `
  <div class="fr-container fr-py-6w">
    <div class="fr-grid-row fr-grid-row--center">
      <div class="fr-col-8 mock-card">
        <div class="fr-grid-row fr-grid-row--middle fr-mb-3w">
          <svg aria-hidden="true" class="fr-artwork" viewBox="0 0 80 80" width="80" height="80">
            <use class="fr-artwork-decorative" href="/dsfr/artwork/pictograms/digital/mail-send.svg#artwork-decorative"></use>
            <use class="fr-artwork-minor" href="/dsfr/artwork/pictograms/digital/mail-send.svg#artwork-minor"></use>
            <use class="fr-artwork-major" href="/dsfr/artwork/pictograms/digital/mail-send.svg#artwork-major"></use>
          </svg>
          <h1 class="fr-h3 fr-mb-0 fr-ml-2w">Vérification du courriel</h1>
        </div>
        <div class="fr-alert fr-alert--info ${HL}">
          <h2 class="fr-alert__title">Un courriel de vérification vous a été envoyé</h2>
          <p>Il a été envoyé à l’adresse <strong>camille.dupont@exemple.fr</strong>.
            Ouvrez-le et cliquez sur le lien qu’il contient pour vérifier votre adresse courriel.</p>
        </div>
        <p class="fr-text--sm fr-mt-3w fr-mb-0">Pensez à vérifier le dossier des courriers indésirables de votre messagerie.</p>
      </div>
    </div>
  </div>`,
};

export const screens: readonly GuideScreen[] = [
  home,
  loginConnect,
  loginSignUp,
  signUpConnect,
  signUpProfile,
  signUpCaptcha,
  signUpEmailCheck,
];
