import type { Language, StakeholderGroup, Table } from '../model/session';
import { normalise } from './mapping';

/**
 * The words people and form tools use for each stakeholder group, as they appear in an answer
 * ("Bewoner van de wijk", "Ik werk hier (professional)"). An answer naming two groups is not
 * one of them: the facilitator decides, not the import.
 */
const GROUP_WORDS: [StakeholderGroup, RegExp][] = [
  ['resident', /bewoner|inwoner|resident|buurtbewoner|\bwoon/],
  ['entrepreneur', /ondernemer|entrepreneur|winkelier|\bbedrijf|business|zzp/],
  ['professional', /professional|\bprof\b|werk in de wijk|beroepskracht|welzijn|zorgverlener/],
  ['municipality', /gemeente|municipality|ambtenaar|\bcouncil\b|city hall/],
  ['other', /^(anders|other|overig|overige|iets anders|something else)\b/],
];

/** A group from an answer; null for a blank one; undefined when it names none or more than one. */
export function groupOf(value: string): StakeholderGroup | null | undefined {
  const v = normalise(value);
  if (v === '') return null;
  const found = GROUP_WORDS.filter(([, pattern]) => pattern.test(v)).map(([group]) => group);
  return found.length === 1 ? found[0] : undefined;
}

const YES = new Set(['ja', 'j', 'yes', 'y', 'x', '1', 'true', 'waar', 'wel', 'graag', 'ok', 'oke']);
const NO = new Set(['nee', 'n', 'no', 'nein', '0', 'false', 'onwaar', 'niet', 'geen', 'none']);

/**
 * Yes or no from a cell: the first word decides ("Ja, graag", "Nee, dank je"); a tick mark and
 * an empty cell too. Undefined when it says neither.
 */
export function yesNoOf(value: string): boolean | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return false;
  if (/^[✓✔☑]$/u.test(trimmed)) return true;
  const first = normalise(trimmed).split(' ')[0] ?? '';
  if (YES.has(first)) return true;
  if (NO.has(first)) return false;
  return undefined;
}

/** A language from a cell; null for a blank one (the default applies); undefined for another language. */
export function languageOf(value: string): Language | null | undefined {
  const v = normalise(value);
  if (v === '') return null;
  if (/^(nl|nederlands|dutch|nederland)$/.test(v)) return 'nl';
  if (/^(en|eng|english|engels)$/.test(v)) return 'en';
  return undefined;
}

/**
 * The tables a cell names, in its order, by title (case and spacing do not matter). Form tools
 * join several answers with ", " or ";", or put one per line; a title that itself holds a comma
 * is still found, because the longest run of pieces that names a table is taken first.
 * Returns the table ids and the pieces that name no table.
 */
export function tablesOf(
  value: string,
  tables: readonly Pick<Table, 'id' | 'title'>[],
): { ids: string[]; unknown: string[] } {
  const byTitle = new Map(tables.map((t) => [normalise(t.title), t.id]));
  const pieces = value.split(/([,;\n\r]+)/);
  const ids: string[] = [];
  const unknown: string[] = [];
  for (let i = 0; i < pieces.length; i += 2) {
    let matched = false;
    for (let j = pieces.length; j > i; j -= 2) {
      const id = byTitle.get(normalise(pieces.slice(i, j).join('')));
      if (id === undefined) continue;
      if (!ids.includes(id)) ids.push(id);
      i = j - 1;
      matched = true;
      break;
    }
    const piece = (pieces[i] ?? '').trim();
    if (!matched && piece !== '') unknown.push(piece);
  }
  return { ids, unknown };
}
