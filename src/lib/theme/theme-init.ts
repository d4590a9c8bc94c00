import { createHash } from 'node:crypto';
import { THEME_STORAGE_KEY } from './storage-key.ts';

/**
 * The one inline script of every page: it applies the reader's remembered theme (`src/client/theme.ts`
 * stores it) to `<html data-theme>` before the first paint. Inline rather than a file so that it costs no
 * request before the first paint (a blocking file cost ≈ 300 ms on Lighthouse's slow 4G); the CSP allows
 * exactly this text by its hash. Without storage, or with no choice made, the page follows the system.
 */
export const themeInitScript = `try{var t=localStorage.getItem('${THEME_STORAGE_KEY}');if(t==='light'||t==='dark')document.documentElement.setAttribute('data-theme',t)}catch(e){}`;

/** The CSP source that allows {@link themeInitScript} and nothing else: `'sha256-…'`. */
export const themeInitHash = `'sha256-${createHash('sha256').update(themeInitScript, 'utf8').digest('base64')}'`;
