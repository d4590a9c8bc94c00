// `npm run entities:report`: the names and acronyms in the articles that match no registry entry.
import { archivePaths } from '../src/lib/inputs/paths.ts';
import { readArchive } from '../src/lib/archive/read-archive.ts';
import { formatUnmatchedReport, unmatchedReport } from '../src/lib/entities/report.ts';
import { formatProblem } from '../src/lib/problems.ts';

const reading = await readArchive(archivePaths());
if (!reading.ok) {
  console.error(reading.problems.map(formatProblem).join('\n\n'));
  process.exit(1);
}
console.log(formatUnmatchedReport(unmatchedReport(reading.archive.unmatched)));
