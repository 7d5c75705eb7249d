// @ts-check
/**
 * The « Copier » button of each code block (lib/code/code-block-html.ts): shown only where the
 * browser lets a page write to the clipboard, it copies the block's code, says « Copié » on the
 * button for two seconds and « Code copié » in the block's live region, for screen readers. An
 * external script, loaded only by pages with code: the CSP allows no inline one.
 */
for (const block of document.querySelectorAll("[data-frx-code]")) {
  const button = /** @type {HTMLButtonElement | null} */ (block.querySelector(".frx-code__copy"));
  const status = block.querySelector('[role="status"]');
  const code = block.querySelector("pre code");
  if (!button || !status || !code || !navigator.clipboard) continue;
  const label = button.firstChild;
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let reset;
  button.hidden = false;
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
