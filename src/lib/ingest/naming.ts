/** Capture file names: `NNN_<first 16 hex digits of the sha256>.<ext>`. */

const numbered = /^(\d+)_/u;

/** The next free capture number after every numbered file in `names`, zero-padded to three digits (like `005`). */
export function nextNumber(names: string[]): string {
  const used = names
    .map((n) => numbered.exec(n)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number);
  const next = used.length === 0 ? 0 : Math.max(...used) + 1;
  return String(next).padStart(3, '0');
}

/** The extension a capture is stored under: `txt`, `md` or `html` (`.htm` becomes `.html`); undefined for any other file. */
export function captureExtension(fileName: string): 'txt' | 'md' | 'html' | undefined {
  const ext = /\.([^./\\]+)$/u.exec(fileName)?.[1]?.toLowerCase();
  if (ext === 'txt' || ext === 'md') return ext;
  if (ext === 'html' || ext === 'htm') return 'html';
  return undefined;
}

/** `005_1a2b3c4d5e6f7a8b.html`. */
export const captureFileName = (number: string, sha256: string, ext: string) =>
  `${number}_${sha256.slice(0, 16)}.${ext}`;
