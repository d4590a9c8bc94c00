/** The search page's "narrow down" legend made the button that shows and hides the facets. */

/** Turns the facets' legend into the button that shows them; without the script it stays plain text. */
export function disclosureIn(legend: HTMLLegendElement, region: HTMLElement): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'search-refine';
  button.textContent = legend.textContent;
  button.setAttribute('aria-controls', region.id);
  button.setAttribute('aria-expanded', 'false');
  legend.replaceChildren(button);
  return button;
}
