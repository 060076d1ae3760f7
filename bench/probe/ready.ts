/**
 * A generated story of N news articles made ready the way the bot does it (loaded on this thread, prepared by
 * the analysis worker threads in parallel): the time to ready for every command, each role's steps, CPU.
 *
 *   node --max-old-space-size=8192 --import tsx bench/probe/ready.ts [N=5000] [workers=3]
 */
import { newsArticles } from '../lib/newsText.ts';
import { readyWithWorkers } from '../lib/readyWithWorkers.ts';

const count = Number(process.argv[2] ?? 5000);
const workers = Number(process.argv[3] ?? 3);
console.log(JSON.stringify(await readyWithWorkers(newsArticles(count), workers), null, 1));
