import { z } from 'zod';
import { permalinkLock } from '../lib/permalinks/lock.ts';
import { redirect, withdrawal } from '../lib/permanence/schema.ts';
import { provisionalNameTypes } from '../lib/permanence/provisional.ts';

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
  /** Provisional pages no longer proposed (src/lib/permanence/provisional.ts): a redirect or a tombstone at each. */
  retiredProvisional: z.array(
    z.object({
      ref: z.string(),
      type: z.enum(provisionalNameTypes),
      names: z.object({ ru: z.string().optional(), en: z.string().optional(), be: z.string().optional() }),
      path: z.string(),
      to: z.string().optional(),
      pages: z.array(z.string()),
    }),
  ),
});

/** The id of the collection's one entry. */
export const PERMANENCE_ENTRY = 'permanence';
