// @ts-check
/**
 * The « Copier » button of each code block (lib/code/code-block-html.ts), from the base layout's
 * template, where the browser lets a page write to the clipboard: it copies the block's code,
 * says « Copié » on the button for two seconds and « Code copié » in the block's live region,
 * for screen readers. The live regions are in the page before any click, so that they are
 * announced. An external script, loaded only by pages with code: the CSP allows no inline one.
 */
const template = /** @type {HTMLTemplateElement | null} */ (document.getElementById("bouton-copier"));
for (const block of navigator.clipboard && template ? document.querySelectorAll("[data-frx-code]") : []) {
  const header = block.querySelector(".frx-code__header");
  const code = block.querySelector("pre code");
  if (!header || !code || !template) continue;
  const button = /** @type {HTMLButtonElement} */ (template.content.firstElementChild?.cloneNode(true));
  const status = document.createElement("span");
  status.className = "fr-sr-only";
  status.setAttribute("role", "status");
  header.append(button, status);
  const label = button.firstChild;
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let reset;
  button.addEventListener("click", async () => {
    clearTimeout(reset);
    try {
      await navigator.clipboard.writeText(code.textContent ?? "");
      if (label) label.textContent = "Copié";
      status.textContent = "Code copié dans le presse-papiers";
    } catch {
      status.textContent = "La copie a échoué : sélectionnez le code, puis Ctrl+C (⌘+C sur Mac)";
    }
    reset = setTimeout(() => {
      if (label) label.textContent = "Copier";
      status.textContent = "";
    }, 2000);
  });
}
