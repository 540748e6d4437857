/** Texts of theme suggestions in the cockpit. Plain Dutch (B1), "je". */
export const suggestNl = {
  'suggest.title': 'Voorstellen voor thema’s',
  'suggest.intro': 'De app zoekt kaartjes die op elkaar lijken. Jij kiest wat een thema wordt.',
  'suggest.count': { one: '1 voorstel', other: '{count} voorstellen', '=0': 'Geen voorstellen' },
  'suggest.none': 'Geen voorstellen: nog te weinig kaartjes',
  'suggest.asking': 'Voorstellen worden gezocht…',
  'suggest.askNow': 'Zoek opnieuw',
  'suggest.label': 'Naam van het thema',
  'suggest.keywords': 'Kernwoorden',
  'suggest.into': 'Past bij thema: {label}',
  'suggest.cards': { one: '1 kaartje', other: '{count} kaartjes' },
  'suggest.accept': 'Maak thema',
  'suggest.acceptInto': 'Zet in thema',
  'suggest.drop': 'Weg',
  'suggest.accepted': 'Thema gemaakt: {label}',
  'suggest.placed': 'Kaartjes in thema gezet: {label}',
  'suggest.dropped': 'Voorstel weggehaald',
} as const;
