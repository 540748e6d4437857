/**
 * Words that change with a number ("1 stip", "3 stippen"), for the client's messages and the
 * server's reports alike. A text that counts is written as its CLDR plural forms, and the
 * platform's `Intl.PluralRules` picks one, so a language with more forms (Polish `few`/`many`,
 * Arabic `zero`/`two`) only adds them; nothing in the code knows how a language counts.
 *
 * `=0` is ICU MessageFormat's exact match: a sentence of its own for nobody ("Nog niemand doet
 * mee") in a language whose rules put 0 under `other`.
 */
export type PluralCategory = Intl.LDMLPluralRule;
export type PluralForms = { readonly other: string } & {
  readonly [C in Exclude<PluralCategory, 'other'> | '=0']?: string;
};

/** A text is either plain or a set of plural forms. */
export type Message = string | PluralForms;

export function isPlural(message: Message): message is PluralForms {
  return typeof message !== 'string';
}

const rules = new Map<string, Intl.PluralRules>();

/** The platform's rules for a language, made once: constructing them is the costly part. */
export function pluralRules(language: string): Intl.PluralRules {
  let found = rules.get(language);
  if (found === undefined) {
    found = new Intl.PluralRules(language);
    rules.set(language, found);
  }
  return found;
}

/** The form for `count` in `language`; a form the message does not have falls back to `other`. */
export function pluralForm(language: string, forms: PluralForms, count: number): string {
  if (count === 0 && forms['=0'] !== undefined) return forms['=0'];
  return forms[pluralRules(language).select(count)] ?? forms.other;
}

/** The forms a language's rules can ask for that a message does not have (a test checks none). */
export function missingForms(language: string, forms: PluralForms): PluralCategory[] {
  return pluralRules(language)
    .resolvedOptions()
    .pluralCategories.filter((category) => forms[category] === undefined);
}

/** Fill in `{name}` placeholders; an unknown placeholder stays visible, so a gap shows. */
export function fill(text: string, vars: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** A message in `language` with `{count}` picking the form and every placeholder filled in. */
export function format(language: string, message: Message, vars?: Readonly<Record<string, string | number>>): string {
  const count = vars?.count;
  const text = isPlural(message)
    ? pluralForm(language, message, typeof count === 'number' ? count : Number.NaN)
    : message;
  return vars === undefined ? text : fill(text, vars);
}
