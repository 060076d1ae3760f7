/**
 * One hostile generator (bench/lib/hostileText.ts) as one file, through loading and every analysis in one
 * thread, as the hostile section of `npm run bench` times it: each step in ms.
 *
 *   node --max-old-space-size=8192 --import tsx bench/probe/hostileFile.ts "said repeated" ["one line"|"many lines"] [KB=5120]
 */
import { analyseTexts } from '../lib/analyseText.ts';
import { HOSTILE } from '../lib/hostileText.ts';

const [name, shape = 'one line', kb = '5120'] = process.argv.slice(2);
const generator = HOSTILE.find((g) => g.name === name);
if (!generator) throw new Error(`no generator "${name}"; there are: ${HOSTILE.map((g) => g.name).join(', ')}`);
const size = Number(kb) * 1024;
const times = analyseTexts([shape === 'many lines' ? generator.manyLines(size) : generator.oneLine(size)]);
console.log(name, shape, `${kb} KB`, JSON.stringify(Object.fromEntries(Object.entries(times).map(([step, ms]) => [step, Math.round(ms)]))));
