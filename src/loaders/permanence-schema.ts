import { z } from 'zod';
import { permalinkLock } from '../lib/permalinks/lock.ts';
import { redirect, withdrawal } from '../lib/permanence/schema.ts';

/**
 * The one entry of the `permanence` collection (src/loaders/permanence-loader.ts): what the pages need of
 * the permanence files and the lock, as the archive reader read and checked them for this build.
 */
export const permanenceEntry = z.object({
  /** The moved pages (`content/redirects.yaml`): each old path gets a page that sends the reader on. */
  redirects: z.array(redirect),
  /** The withdrawn articles (`content/withdrawn.yaml`): each gets a tombstone at its path, and no list shows it. */
  withdrawals: z.array(withdrawal),
  /** The lock this build records: every permanent path, per page kind, the paths new in this build included. */
  lock: permalinkLock,
});

/** The id of the collection's one entry. */
export const PERMANENCE_ENTRY = 'permanence';
