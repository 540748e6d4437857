import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(__dirname, '../../..');
const run = promisify(execFile);

/** Runs `npm run harvest` the way npm does (node with tsx), without npm's own start-up. */
async function harvest(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'scripts/harvest.ts', ...args], {
      cwd: root,
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const failed = e as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const dir = mkdtempSync(join(tmpdir(), 'harvest-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('npm run harvest', () => {
  it('writes the suggested themes, each with a label and its card ids, to stdout', async () => {
    const cards = [
      { id: 'c1', table: 'wijkhub', text: 'Een buurthuis met koffie' },
      { id: 'c2', table: 'wijkstem', text: 'buurthuis ook op zaterdag open' },
      { id: 'c3', table: 'wijkhub', text: 'Subsidie aanvragen is te ingewikkeld' },
      { id: 'c4', table: 'wijkstem', text: 'subsidie per jaar in plaats van per project' },
    ];
    const { code, stdout, stderr } = await harvest(file('cards.json', JSON.stringify({ language: 'nl', cards })));
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const out = JSON.parse(stdout) as { themes: { label: string; cards: string[] }[] };
    expect(Object.keys(out)).toEqual(['themes']);
    expect(out.themes.map((t) => Object.keys(t))).toEqual([
      ['label', 'cards'],
      ['label', 'cards'],
    ]);
    expect(out.themes.map((t) => t.cards)).toEqual([
      ['c1', 'c2'],
      ['c3', 'c4'],
    ]);
    expect(out.themes[0]?.label).toMatch(/^buurthuis/);
  });

  it.each([
    ['a missing file', () => join(dir, 'nope.json')],
    ['broken JSON', () => file('broken.json', '{"language": "nl", ')],
    ['a card without text', () => file('no-text.json', '{"language":"nl","cards":[{"id":"c1","table":"t"}]}')],
    ['an unknown language', () => file('fr.json', '{"language":"fr","cards":[]}')],
    [
      'two cards with one id',
      () =>
        file(
          'twice.json',
          JSON.stringify({
            language: 'en',
            cards: [
              { id: 'a', table: 't', text: 'x' },
              { id: 'a', table: 't', text: 'y' },
            ],
          }),
        ),
    ],
  ])('exits 2 with one line on stderr for %s', async (_, path) => {
    const { code, stdout, stderr } = await harvest(path());
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('exits 2 without a file argument', async () => {
    const { code, stderr } = await harvest();
    expect(code).toBe(2);
    expect(stderr).toMatch(/usage/);
  });
});
