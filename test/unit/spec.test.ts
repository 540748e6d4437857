import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * docs/SPEC.md lists numbered rules, each with the tests that prove it; those tests carry the
 * number in a `// SPEC Rn` comment right above them. This keeps both sides honest: a rule
 * nobody tests, a listed test that was renamed or lost its comment, or a comment citing a rule
 * that is gone (or that does not list that file) fails here.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const SPEC = fs.readFileSync(path.join(ROOT, 'docs/SPEC.md'), 'utf8');

type Cite = { rule: string; file: string; name: string };

function rules(spec: string): { ids: string[]; cites: Cite[] } {
  const ids: string[] = [];
  const cites: Cite[] = [];
  for (const line of spec.split('\n')) {
    const heading = /^## (R\d+) /.exec(line);
    if (heading?.[1] !== undefined) ids.push(heading[1]);
    const cite = /^- `([^`]+)` — "(.+)"$/.exec(line);
    const rule = ids.at(-1);
    if (cite?.[1] !== undefined && cite[2] !== undefined && rule !== undefined)
      cites.push({ rule, file: cite[1], name: cite[2] });
  }
  return { ids, cites };
}

/** The rule numbers of every `// SPEC R1, R3` comment in a source, by line index. */
function specComments(source: string): { line: number; rules: string[] }[] {
  return source.split('\n').flatMap((text, line) => {
    const found = /\/\/ SPEC (R\d+(?:, R\d+)*)\s*$/.exec(text);
    return found?.[1] === undefined ? [] : [{ line, rules: found[1].split(', ') }];
  });
}

function testFiles(dir: string): string[] {
  return fs
    .readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.join(dir, f));
}

const { ids, cites } = rules(SPEC);

describe('docs/SPEC.md', () => {
  it('numbers its rules R1, R2, … once each, in order', () => {
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).toEqual(ids.map((_, i) => `R${i + 1}`));
  });

  it.each(ids)('%s is proved by at least one test', (rule) => {
    expect(cites.filter((c) => c.rule === rule).length).toBeGreaterThan(0);
  });

  it.each(cites)('$rule: $file has "$name" with its SPEC comment right above', ({ rule, file, name }) => {
    const lines = fs.readFileSync(path.join(ROOT, file), 'utf8').split('\n');
    const at = lines.findIndex((l) => [`'${name}'`, `"${name}"`, `\`${name}\``].some((q) => l.includes(q)));
    expect(at, `no test named "${name}" in ${file}`).toBeGreaterThanOrEqual(0);
    // Right above the call, which may have its name on the next line.
    const above = specComments(lines.slice(Math.max(0, at - 2), at).join('\n')).flatMap((c) => c.rules);
    expect(above).toContain(rule);
  });

  it('every SPEC comment in the tests cites a rule that lists that file', () => {
    const wrong: string[] = [];
    for (const file of testFiles('test')) {
      for (const { line, rules: cited } of specComments(fs.readFileSync(path.join(ROOT, file), 'utf8'))) {
        for (const rule of cited) {
          if (!cites.some((c) => c.rule === rule && c.file === file)) wrong.push(`${file}:${line + 1} ${rule}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
