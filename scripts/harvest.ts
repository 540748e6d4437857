// npm run --silent harvest -- <cards.json>
// Reads { language, cards: [{ id, table, text }] } and writes the suggested themes,
// { themes: [{ label, cards: [id, …] }] }, to stdout: the same suggestThemes the server runs.
// Bad input (no file, broken JSON, wrong shape): one line on stderr, exit code 2.
import { readFileSync } from 'node:fs';
import { CardsFileSchema } from '../shared/harvest/cards-file';
import { suggestThemes } from '../shared/harvest/index';

function main(args: string[]): number {
  const file = args[0];
  if (!file || args.length > 1) {
    process.stderr.write('usage: npm run --silent harvest -- <cards.json>\n');
    return 2;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    process.stderr.write(`${file}: ${(e as Error).message.split('\n')[0]}\n`);
    return 2;
  }
  const parsed = CardsFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    process.stderr.write(`${file}: ${issue?.path.join('.') || 'input'}: ${issue?.message ?? 'invalid'}\n`);
    return 2;
  }
  const { themes } = suggestThemes(parsed.data);
  process.stdout.write(
    `${JSON.stringify({ themes: themes.map((t) => ({ label: t.label, cards: t.cardIds })) }, null, 2)}\n`,
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
