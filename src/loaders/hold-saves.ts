import type { LoaderContext } from 'astro/loaders';

/** The meta entry whose setting holds the save (constant: it never changes what the store holds). */
const KEY = 'letopis-loading';
/** Well under Astro's debounce of its saves (500 ms in Astro 7). */
const EVERY_MS = 200;

/**
 * Runs a loader's `load`, holding back Astro's interim saves of its data store meanwhile.
 *
 * performance: Astro saves its whole data store (serialised to one file) 500 ms after the last change to it, and
 * once more when every loader has finished. A sync starts by setting three meta entries, and the loaders then
 * read the archive for seconds before they store anything: the debounced save fired in that gap, serialising
 * the previous build's store whole (and reading its file back to compare) only to be serialised again at the
 * end, half of the store's cost in a rebuild (0.4 s at 1,000 articles). Setting an unchanging meta entry
 * more often than the debounce, from the start of the loader to its end, leaves only the final save. Every loader
 * that reads the archive holds them: whichever starts first starts the reading (at 10,000 articles a registry
 * loader did, and the interim save fired before the articles loader began). A save that fires before any loader
 * starts (Astro prepares each loader's context first) is beyond a loader's reach.
 */
export async function holdingSaves<T>(meta: LoaderContext['meta'], load: () => Promise<T>): Promise<T> {
  const hold = () => meta.set(KEY, '1');
  hold();
  const timer = setInterval(hold, EVERY_MS);
  try {
    return await load();
  } finally {
    clearInterval(timer);
  }
}
