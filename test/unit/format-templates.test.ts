import { describe, expect, it } from 'vitest';
import { Language } from '../../shared/model/session';
import { TEMPLATE_IDS } from '../../shared/protocol/api';
import { TEMPLATES, templateSetup, templateSpan } from '../../shared/templates';

/** What each of the organisation's formats must have to be itself (the reference, "Related formats"). */
const LANGUAGES = Language.options;
const lower = (s: string) => s.toLowerCase();

describe.each(LANGUAGES)('the Wijklab day (%s)', (language) => {
  const s = templateSetup('wijklab-day', language);
  const words = {
    nl: { beforehand: 'vooraf', panel: 'panel', administrators: 'bestuur', recommendations: 'advie' },
    en: {
      beforehand: 'beforehand',
      panel: 'panel',
      administrators: 'administrators',
      recommendations: 'recommendation',
    },
  }[language];

  it('has a category for the questions sent beforehand, and an instruction that says so', () => {
    expect(s.infoCategories.map((c) => c.id)).toContain('beforehand');
    expect(lower(s.infoCategories.find((c) => c.id === 'beforehand')?.label ?? '')).toContain(words.beforehand);
    const opening = s.agenda.find((p) => p.kind === 'plenary');
    expect(lower(opening?.instruction ?? '')).toContain(words.beforehand);
  });

  it('runs panel conversations at tables, then the deliberation, then recommendations to the administrators', () => {
    const order = s.agenda.map((p) => p.id);
    const rounds = s.agenda.filter((p) => p.kind === 'table-round');
    expect(rounds.length).toBeGreaterThanOrEqual(2);
    for (const r of rounds) expect(lower(r.title)).toContain(words.panel);
    const deliberation = order.indexOf('deliberation');
    const recommendations = order.indexOf('recommendations');
    expect(deliberation).toBeGreaterThan(order.indexOf(rounds.at(-1)!.id));
    expect(recommendations).toBeGreaterThan(deliberation);
    expect(s.agenda[recommendations]?.kind).toBe('wrap-up');
    const presenting = lower(s.agenda[recommendations]?.instruction ?? '');
    expect(presenting).toContain(words.administrators);
    expect(presenting).toContain(words.recommendations);
  });

  it('is a day: starts in the morning, ends in the afternoon', () => {
    expect(templateSpan('wijklab-day')).toBe('09:30–16:30');
  });
});

describe.each(LANGUAGES)('the Leerkring (%s)', (language) => {
  const dots = language === 'nl' ? 'stippen' : 'dots';
  const toolbox = language === 'nl' ? 'gereedschapskist' : 'toolbox';

  it('start session: the wrap-up is the vote on the themes', () => {
    const s = templateSetup('leerkring-start', language);
    const vote = s.agenda.find((p) => p.kind === 'wrap-up');
    expect(vote?.id).toBe('choose-themes');
    expect(lower(vote?.instruction ?? '')).toContain(dots);
    expect(lower(vote?.title ?? '')).toContain(language === 'nl' ? 'thema' : 'theme');
  });

  it('local session: ends toward the shared toolbox', () => {
    const s = templateSetup('leerkring-local', language);
    const [wrapUp, closing] = s.agenda.slice(-2);
    expect(wrapUp?.kind).toBe('wrap-up');
    expect(lower(`${wrapUp?.title} ${wrapUp?.instruction}`)).toContain(toolbox);
    expect(lower(closing?.instruction ?? '')).toContain(toolbox);
    for (const table of s.tables) expect(lower(table.keyQuestion)).toContain(toolbox);
  });
});

describe.each(LANGUAGES)('the Werkplaats (%s)', (language) => {
  const s = templateSetup('werkplaats', language);

  it('has eight case tables, one per trio, for a trio and its visiting experts', () => {
    const word = language === 'nl' ? 'Casus' : 'Case';
    expect(s.tables.map((t) => [t.id, t.title])).toEqual(
      Array.from({ length: 8 }, (_, i) => [`case-${i + 1}`, `${word} ${i + 1}`]),
    );
    for (const t of s.tables) expect(t.capacity).toBeGreaterThanOrEqual(4);
  });

  it('lets the experts rotate every round while the trios stay', () => {
    expect(s.rounds.count).toBeGreaterThanOrEqual(2);
    expect(s.rounds.tablesPerParticipant).toBe(s.rounds.count);
    const second = s.agenda.find((p) => p.round === 2);
    expect(lower(second?.instruction ?? '')).toContain(language === 'nl' ? 'experts wisselen' : 'experts change');
  });
});

describe.each(LANGUAGES)('the online meeting (%s)', (language) => {
  const s = templateSetup('online-meeting', language);

  it('lasts two hours', () => {
    const [from, to] = templateSpan('online-meeting')
      .split('–')
      .map((x) => {
        const [h = 0, m = 0] = x.split(':').map(Number);
        return h * 60 + m;
      });
    expect(to! - from!).toBe(120);
  });

  it('has only online tables, each with a video link left for the facilitator', () => {
    expect(s.tables.length).toBeGreaterThanOrEqual(2);
    for (const t of s.tables) {
      expect(t.online).toBe(true);
      expect(t.videoUrl).toBeNull();
    }
    const first = s.agenda.find((p) => p.round === 1);
    expect(lower(first?.instruction ?? '')).toContain(language === 'nl' ? 'videolink' : 'video link');
  });
});

describe('the templates in the room', () => {
  it.each(TEMPLATE_IDS.filter((id) => id !== 'online-meeting'))('%s has only tables in the room', (id) => {
    for (const t of templateSetup(id, 'nl').tables) {
      expect(t.online).toBeUndefined();
      expect(t.videoUrl).toBeUndefined();
    }
  });
});

describe('the start page list', () => {
  it('offers every template once, World Café evenings first', () => {
    expect(TEMPLATES.map((t) => t.id).sort()).toEqual([...TEMPLATE_IDS].sort());
    const groups = TEMPLATES.map((t) => t.group);
    expect(groups).toEqual([...groups].sort((a, b) => (a === b ? 0 : a === 'world-cafe' ? -1 : 1)));
  });

  it.each(LANGUAGES)('gives every template one short sentence (%s)', (language) => {
    for (const t of TEMPLATES) {
      const sentences = t.description[language].split(/[.!?](\s|$)/).filter((x) => x.trim() !== '');
      expect(sentences.length, t.id).toBe(1);
      expect(t.description[language].length, t.id).toBeLessThanOrEqual(80);
      expect(t.title[language].length, t.id).toBeLessThanOrEqual(80);
    }
  });

  it('shows the span of each agenda, derived from the template', () => {
    expect(templateSpan('world-cafe-evening')).toBe('18:30–22:00');
    expect(templateSpan('blank')).toBe('19:00–21:00');
  });
});
