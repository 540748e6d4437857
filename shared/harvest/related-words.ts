import { type HarvestLanguage, languageKit } from './language';

/**
 * Words that belong to the same subject of a neighbourhood-platform evening, so that cards
 * which say the same thing in other words can meet: "buurthuis", "pand" and "ruimte" share no
 * letters a bag of words could see. The subjects are the ones the reference evening names
 * (shared/reference/world-cafe-evening.md: organisation, a point of contact, a physical place,
 * a digital platform, the network, working with the municipality, participation, the bylaw,
 * funding) plus three that every such evening raises (reach, trust, young people, volunteers).
 *
 * A word may sit in more than one subject. Words are matched by stem; in Dutch also as the head
 * (end) of a compound, so "wijkbudget" counts as "budget", and long words as its start, so
 * "jongerenwerker" counts as "jongeren". An evening about other subjects simply matches none of
 * these and falls back on the words and word parts alone.
 *
 * Every word here occurs (by stem) in the training sets bench/harvest/nl.json and en.json, and
 * none was added for the held-out sets: test/unit/harvest/bench-data.test.ts checks it, which is
 * what keeps the held-out figures of `npm run bench:harvest` honest.
 */
export const RELATED_WORDS: Record<HarvestLanguage, Record<string, readonly string[]>> = {
  nl: {
    plek: [
      'plek',
      'ruimte',
      'pand',
      'gebouw',
      'buurthuis',
      'wijkcentrum',
      'wijkhuis',
      'buurtkamer',
      'huiskamer',
      'ontmoetingsplek',
      'lokaal',
      'kantoor',
      'bibliotheek',
      'bieb',
      'deur',
      'inloopuren',
      'keuken',
      'leegstaand',
      'rolstoeltoegankelijk',
      'inrichting',
    ],
    digitaal: [
      'digitaal',
      'online',
      'app',
      'website',
      'facebook',
      'whatsapp',
      'insta',
      'wifi',
      'pc',
      'meldingen',
      'prikbord',
      'mailinglijst',
      'activiteitenkalender',
      'papier',
    ],
    contact: [
      'aanspreekpunt',
      'kwartiermaker',
      'trekker',
      'gezicht',
      'verbinder',
      'terechtkunt',
      'eindverantwoordelijk',
    ],
    geld: [
      'geld',
      'budget',
      'subsidie',
      'financiering',
      'kosten',
      'kost',
      'betaalt',
      'betaald',
      'huur',
      'sponsoren',
      'sponsor',
      'potje',
      'bedragen',
      'uitbetalen',
      'gratis',
    ],
    gemeente: [
      'gemeente',
      'gem',
      'ambtenaar',
      'ambtenaren',
      'wethouder',
      'raad',
      'raadsleden',
      'stadhuis',
      'stadsdeelkantoor',
      'wijkregisseur',
      'wijkconsulent',
      'contactambtenaar',
      'afdelingen',
      'loket',
      'politiek',
      'politieke',
    ],
    bereik: [
      'bereik',
      'bereiken',
      'flyers',
      'posters',
      'brievenbus',
      'nieuwsbrief',
      'wijkkrant',
      'berichten',
      'informeren',
      'uitnodigen',
      'uitnodiging',
      'taal',
      'talen',
      'taalbarrière',
      'tolken',
      'mond',
      'sleutelpersonen',
      'plaatjes',
      'begrijpelijk',
      'zichtbaar',
      'nieuwkomers',
    ],
    netwerk: [
      'netwerk',
      'partners',
      'partner',
      'partijen',
      'organisaties',
      'woningcorporatie',
      'huurdersvereniging',
      'welzijn',
      'welzijnsorganisatie',
      'school',
      'scholen',
      'kerken',
      'moskee',
      'sportclub',
      'ondernemers',
      'winkeliersvereniging',
      'politie',
      'huisarts',
      'zorginstellingen',
      'buurwijk',
      'wijkoverstijgend',
      'wijkgrenzen',
      'grens',
      'verbindingen',
      'netwerkborrel',
    ],
    inspraak: [
      'beslissen',
      'meebeslissen',
      'besluit',
      'beslist',
      'bepalen',
      'stemmen',
      'stem',
      'advies',
      'adviesrecht',
      'uitdaagrecht',
      'mandaat',
      'burgerpanel',
      'referendum',
      'peiling',
      'meepraten',
      'meedenken',
      'mening',
    ],
    vertrouwen: [
      'vertrouwen',
      'serieus',
      'erkenning',
      'erkend',
      'luisteren',
      'gehoord',
      'teruggehoord',
      'beloftes',
      'nakomen',
      'terugkoppelen',
      'terugkoppeling',
      'gelijkwaardigheid',
      'eerlijk',
      'experts',
      'reactie',
    ],
    jongeren: [
      'jongeren',
      'jongerenraad',
      'jongerenwerk',
      'jongerenwerker',
      'scholieren',
      'studenten',
      'mbo',
      'tiktok',
      'pannakooi',
      'stage',
    ],
    vrijwilligers: [
      'vrijwilligers',
      'vrijwilliger',
      'helpen',
      'helpers',
      'meehelpen',
      'klusjes',
      'klusje',
      'handjes',
      'bardienst',
      'gastvrouwen',
      'rooster',
      'bedankje',
      'overbelast',
      'vrijblijvend',
      'burenhulp',
    ],
    regels: [
      'verordening',
      'regels',
      'regel',
      'vergunning',
      'verzekering',
      'aansprakelijkheid',
      'bevoegdheden',
      'privacy',
      'verplicht',
      'eisen',
      'aanbesteding',
      'formulieren',
      'ingewikkeld',
      'overgangsjaar',
    ],
    organisatie: [
      'structuur',
      'bestuur',
      'bestuursfunctie',
      'stichting',
      'vereniging',
      'rechtsvorm',
      'rol',
      'rollen',
      'rolverdeling',
      'kernteam',
      'ledenvergadering',
      'werkgroepen',
      'verantwoordelijk',
    ],
  },
  en: {
    place: [
      'place',
      'room',
      'building',
      'centre',
      'library',
      'office',
      'door',
      'entrance',
      'wheelchair',
      'shop',
      'empty',
      'hours',
    ],
    digital: ['online', 'app', 'website', 'facebook', 'whatsapp', 'smartphone', 'calendar', 'noticeboard', 'paper'],
    contact: ['coordinator', 'contact', 'connector', 'face', 'call', 'someone', 'key'],
    money: ['money', 'budget', 'funding', 'fund', 'grant', 'rent', 'pays', 'paid', 'sponsor', 'free'],
    municipality: [
      'council',
      'municipality',
      'city',
      'hall',
      'official',
      'officials',
      'civil',
      'servants',
      'alderman',
      'departments',
      'agreement',
    ],
    reach: [
      'reach',
      'flyers',
      'newsletter',
      'language',
      'languages',
      'word',
      'dutch',
      'plain',
      'jargon',
      'spread',
      'visibility',
      'signs',
      'tell',
    ],
    network: ['partners', 'partner', 'organisations', 'schools', 'owners', 'connects'],
    say: [
      'decide',
      'decides',
      'vote',
      'choose',
      'advice',
      'mandate',
      'consulted',
      'panel',
      'poll',
      'participatory',
      'budgeting',
    ],
    trust: ['heard', 'hear', 'answers', 'report', 'happened'],
    young: ['young', 'youth', 'kids', 'teens', 'students', 'school', 'playground', 'football', 'cage', 'parents'],
  },
};

const LOOKUPS = new Map<HarvestLanguage, (stem: string) => readonly string[]>();

/** For each stem, the subjects it belongs to (none: an empty list); built once per language. */
export function subjectsOf(language: HarvestLanguage): (stem: string) => readonly string[] {
  const built = LOOKUPS.get(language);
  if (built) return built;
  const { stem } = languageKit(language);
  const exact = new Map<string, string[]>();
  for (const [subject, words] of Object.entries(RELATED_WORDS[language])) {
    for (const word of words) {
      const key = stem(word);
      const list = exact.get(key) ?? [];
      if (!list.includes(subject)) list.push(subject);
      exact.set(key, list);
    }
  }
  // Dutch writes compounds as one word with the head last: "wijkbudget" is a budget. Looking
  // up each tail (and each long start) of the word costs its length, not the list's. A tail
  // counts from 5 letters: short heads end compounds of other subjects too ("parkeerplek" is
  // about parking, not a place to meet; "voordeur", "werkplek").
  const compounds = language === 'nl';
  const cache = new Map<string, readonly string[]>();
  const lookup = (word: string): readonly string[] => {
    const known = cache.get(word);
    if (known) return known;
    let found: readonly string[] = exact.get(word) ?? [];
    if (found.length === 0 && compounds) {
      const out = new Set<string>();
      for (let i = 1; i + 5 <= word.length; i++) for (const s of exact.get(word.slice(i)) ?? []) out.add(s);
      for (let j = 6; j < word.length; j++) for (const s of exact.get(word.slice(0, j)) ?? []) out.add(s);
      found = [...out];
    }
    cache.set(word, found);
    return found;
  };
  LOOKUPS.set(language, lookup);
  return lookup;
}
