// `npm run entities:suggest`: names found in the articles that no registry entity covers, grouped by normal
// form, typed and ranked by the number of articles, each with contexts and a ready YAML stub.
//   --accept <candidate>            write the stub into content/<people|organizations|places>/<candidate>.yaml
//   --alias <candidate> <kind/id>   add the name to that entity's aliases
//   --reject <candidate> [reason]   record in content/name-decisions.yaml that it is not to be proposed again
//   --all                           also list low-confidence names;  --json  machine-readable output
import { archivePaths } from '../src/lib/inputs/paths.ts';
import { readArchive } from '../src/lib/archive/read-archive.ts';
import { candidateYaml, groupCandidates, registryKeys, type Candidate } from '../src/lib/entities/candidates.ts';
import { acceptCandidate, aliasCandidate, rejectCandidate } from '../src/lib/entities/decide.ts';
import { detectNames } from '../src/lib/entities/detect/index.ts';
import { loadMorphology } from '../src/lib/entities/morphology.ts';
import { loadNameDecisions, rejectedKeys } from '../src/lib/entities/name-decisions.ts';
import { formatProblem } from '../src/lib/problems.ts';

const args = process.argv.slice(2);
const paths = archivePaths();
const reading = await readArchive(paths);
if (!reading.ok) {
  console.error(reading.problems.map(formatProblem).join('\n\n'));
  process.exit(1);
}
let decisions;
try {
  decisions = await loadNameDecisions(paths.contentDir);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const morphology = await loadMorphology();
const archive = reading.archive.articles.map((article) => ({
  article: article.id,
  paragraphs: article.paragraphs.map((p) => p.text),
  names: detectNames(article.paragraphs, morphology),
  mentions: article.mentions,
}));
const candidates = groupCandidates(archive, registryKeys(reading.archive.registry.entities), rejectedKeys(decisions));

const find = (wanted: string | undefined): Candidate => {
  const found = candidates.filter((c) => c.id === wanted || `${c.type}:${c.id}` === wanted || c.name === wanted);
  if (found.length === 1) return found[0];
  console.error(
    found.length === 0
      ? `No candidate "${wanted}". Run npm run entities:suggest -- --all to list them.`
      : `"${wanted}" is ${found.length} candidates; write it as <type>:<id> (${found.map((c) => `${c.type}:${c.id}`).join(', ')}).`,
  );
  process.exit(1);
};
const at = (flag: string) => args.indexOf(flag);
try {
  if (at('--accept') >= 0) console.log(`Wrote ${acceptCandidate(paths.contentDir, find(args[at('--accept') + 1]))}`);
  else if (at('--alias') >= 0)
    console.log(`Added to ${aliasCandidate(paths.contentDir, find(args[at('--alias') + 1]), args[at('--alias') + 2])}`);
  else if (at('--reject') >= 0)
    console.log(
      `Recorded in ${rejectCandidate(paths.contentDir, find(args[at('--reject') + 1]), args[at('--reject') + 2])}`,
    );
  else {
    const shown = args.includes('--all') ? candidates : candidates.filter((c) => c.confidence === 'high');
    if (args.includes('--json')) console.log(JSON.stringify(shown, null, 2));
    else {
      console.log(
        `${shown.length} of ${candidates.length} candidates${shown.length < candidates.length ? ' (low-confidence names are only listed with --all)' : ''}:\n`,
      );
      for (const c of shown) {
        console.log(
          `${c.type}:${c.id}  ${c.name}  — ${c.articles.length} article(s), ${c.count} mention(s), ${c.confidence} confidence`,
        );
        for (const x of c.contexts.slice(0, 3)) console.log(`    ${x.article} ¶${x.paragraph}: ${x.snippet}`);
        console.log(candidateYaml(c).replace(/^/gmu, '    | '));
      }
    }
  }
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
