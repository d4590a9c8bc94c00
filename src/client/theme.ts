/**
 * The theme toggle: without JavaScript the site follows the system (prefers-color-scheme) and the button
 * stays hidden. With it, the button switches between light and dark and remembers the choice in
 * localStorage; src/lib/theme/theme-init.ts (inline in <head>) applies that choice before the first paint, on every page.
 */
import { THEME_STORAGE_KEY as KEY } from '../lib/theme/storage-key.ts';

type Theme = 'light' | 'dark';

export function startThemeToggle(): void {
  const root = document.documentElement;
  const system = window.matchMedia('(prefers-color-scheme: dark)');
  const current = (): Theme =>
    root.dataset.theme === 'light' || root.dataset.theme === 'dark'
      ? root.dataset.theme
      : system.matches
        ? 'dark'
        : 'light';
  const buttons = [...document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')];
  const show = () => buttons.forEach((button) => button.setAttribute('aria-pressed', String(current() === 'dark')));
  for (const button of buttons) {
    button.hidden = false;
    button.addEventListener('click', () => {
      const next: Theme = current() === 'dark' ? 'light' : 'dark';
      root.dataset.theme = next;
      try {
        // The system's own choice needs no memory: then the site follows the system again when it changes.
        if (next === (system.matches ? 'dark' : 'light')) localStorage.removeItem(KEY);
        else localStorage.setItem(KEY, next);
      } catch {
        /* private mode: the choice lasts for this page only */
      }
      show();
    });
  }
  system.addEventListener('change', show);
  show();
}
