/** Where the reader's theme choice is kept (localStorage): written by the toggle, read before first paint. */
export const THEME_STORAGE_KEY = 'letopis-theme';
