/** How raw captures are published: byte-identical under `/captures/`, listed in `checksums.sha256`. */

/**
 * The name a capture is published under. Text captures keep their name; an HTML capture gets `.txt`
 * appended, so a host serves it as text and never runs the captured page's markup or scripts on the
 * archive's origin. The bytes are the same either way.
 */
export function publishedCaptureName(file: string): string {
  return /\.html?$/iu.test(file) ? `${file}.txt` : file;
}

/** The site path of a published capture: `/captures/000_132f9a9ed851b9fb.txt`. */
export function capturePath(file: string): string {
  return `/captures/${publishedCaptureName(file)}`;
}

/**
 * `checksums.sha256` in the format `sha256sum -c` reads: `<hash>  captures/<file>`, one line per
 * capture, sorted by file name, so `cd dist && sha256sum -c checksums.sha256` verifies the archive.
 */
export function checksumsFile(entries: ReadonlyArray<{ file: string; sha256: string }>): string {
  return [...entries]
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
    .map(({ file, sha256 }) => `${sha256}  captures/${publishedCaptureName(file)}\n`)
    .join('');
}
