/**
 * 5 MB of generated news text, through loading and every analysis in one thread, as the hostile section of
 * `npm run bench` times it: `one` (one file), `files` (3,000 files) or `small` (its first 100 KB).
 *
 *   node --max-old-space-size=8192 --import tsx bench/probe/newsFile.ts [one|files|small]
 */
import { analyseTexts } from '../lib/analyseText.ts';
import { newsArticles } from '../lib/newsText.ts';

const fiveMb = newsArticles(1100).join('\n\n').slice(0, 5 * 1024 * 1024);
const mode = process.argv[2] ?? 'one';
const texts =
  mode === 'small' ? [fiveMb.slice(0, 100 * 1024)] : mode === 'files' ? Array.from({ length: 3000 }, (_, i) => fiveMb.slice(Math.floor((i * fiveMb.length) / 3000), Math.floor(((i + 1) * fiveMb.length) / 3000))) : [fiveMb];
const times = analyseTexts(texts);
console.log(mode, JSON.stringify(Object.fromEntries(Object.entries(times).map(([step, ms]) => [step, Math.round(ms)]))));
