/** The capture id of a file name: `000_x.txt` → `000_x`. The id names the article the capture becomes. */
export const captureId = (file: string) => file.replace(/\.[^.]+$/u, '');
