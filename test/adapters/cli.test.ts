import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/adapters/cli/main.ts';

async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, (t) => (out += t + '\n'), (t) => (err += t + '\n'));
  return { code, out, err };
}

describe('npm run cli', () => {
  it('prints a readable answer', async () => {
    const { code, out } = await cli('ask', '--question', 'who called the performance shameful?');
    expect(code).toBe(0);
    expect(out).toContain('Jeff Flake');
    expect(out).toMatch(/003_1d7a7702461e28db\.txt/);
  });

  it('prints the structured answer with --json in the documented shape', async () => {
    const { code, out } = await cli('/ask', '--question=Aspen Security Forum', '--json');
    expect(code).toBe(0);
    const answer = JSON.parse(out);
    expect(answer.answers.length).toBeGreaterThan(0);
    const citation = answer.answers[0].citations[0];
    expect(Object.keys(citation)).toEqual(expect.arrayContaining(['file', 'title', 'outlet', 'published', 'paragraph', 'sentence', 'text']));
    const sources = JSON.parse((await cli('sources', '--json')).out);
    expect(sources.sources[1]).toMatchObject({ file: '001_97d33c003b3ba0ae.txt', outlet: 'NBC News', author: 'Dartunorro Clark', published: '2018-07-19' });
    expect(typeof sources.sources[1].words).toBe('number');
  });

  it('runs against another story folder', async () => {
    const { code, out } = await cli('sources', '--story', 'test/fixtures/council-story');
    expect(code).toBe(0);
    expect(out).toContain('Coastal Wire Service');
  });

  it('explains usage errors with exit code 2 and load errors with exit code 1', async () => {
    expect(await cli()).toMatchObject({ code: 2, err: expect.stringMatching(/usage/) });
    expect(await cli('nope')).toMatchObject({ code: 2, err: expect.stringMatching(/unknown command "nope"/) });
    expect(await cli('ask', '--questoin', 'x')).toMatchObject({ code: 2, err: expect.stringMatching(/no option --questoin.*--question/) });
    expect(await cli('ask', '--question')).toMatchObject({ code: 2, err: expect.stringMatching(/needs a value/) });
    expect(await cli('ask', '--question', ' ')).toMatchObject({ code: 2, err: expect.stringMatching(/Type a question/) });
    expect(await cli('sources', '--story', '/nonexistent/folder')).toMatchObject({ code: 1, err: expect.stringMatching(/cannot read the story folder/) });
  });

  it('lists every command with its flags and an example for --help and help', async () => {
    const help = await cli('--help');
    expect(help.code).toBe(0);
    for (const line of ['ask --question …', 'sources [--about …]', 'timeline [--about …] [--from …] [--to …]', 'who-said [--quote …] [--speaker …]']) expect(help.out).toContain(line);
    expect(help.out).toContain('e.g. npm run cli -- ask --question "who announced it?"');
    expect(help.out).toContain('--story <dir>');
    expect((await cli('help')).out).toBe(help.out);
    const one = await cli('help', 'timeline');
    expect(one.out).toContain('--from');
    expect(one.out).not.toContain('--question');
  });

  it('names CLI flags, not Discord syntax, in its messages', async () => {
    const reversed = await cli('timeline', '--from', '2018-07-20', '--to', '2018-07-16');
    expect(reversed).toMatchObject({ code: 2, err: '--from (2018-07-20) is after --to (2018-07-16); swap them.\n' });
    const empty = await cli('ask', '--question', ' ');
    expect(empty.err).toContain('`npm run cli -- ask --question "who said what?"`');
    expect(empty.err).not.toContain('question:');
    expect((await cli('sources', '--topic', 'x')).err).toMatch(/^sources has no option --topic \(its options: --about/);
  });
});
