import { recommendationNl } from './parts/recommendation';
import { participantNl } from './parts/participant';
import { venueNl } from './parts/venue';
import { personalNl } from './parts/personal';
/**
 * Dutch, the default: the texts every route needs (the cockpit's own are in cockpit.ts).
 * Plain language (B1): short sentences, everyday words. `common.en.ts` must have exactly these
 * keys; the type in messages.ts enforces it.
 * `{name}` marks a value filled in by `t(key, { name })`.
 */
export const commonNl = {
  'app.name': 'Tafelronde',
  'app.skipToContent': 'Naar de inhoud',
  'lang.label': 'Taal',
  'lang.nl': 'Nederlands',
  'lang.en': 'English',

  // An online table's video call, on the phone and the host tablet.
  'online.title': 'Je tafel is online',
  'online.open': 'Open het videogesprek',
  'online.opens': 'Het gesprek opent in een nieuw venster, in de app die de organisatie gebruikt.',
  'online.later': 'De link naar het gesprek staat hier als je ronde begint.',
  'online.noLink': 'Er is nog geen link naar het gesprek. Vraag het aan de organisatie.',
  'online.label': 'online',

  'conn.connecting': 'Verbinden…',
  'conn.reconnecting': 'Verbinding even weg. We proberen het opnieuw…',
  'conn.offline': 'Geen internet. Zodra er weer verbinding is, gaat het vanzelf verder.',
  'conn.refused': 'Deze link of code werkt niet (meer).',
  'conn.refused.participant':
    'Deze code werkt niet. Kijk of je de code goed hebt ingetypt, of vraag het aan de organisatie.',
  'conn.refused.protocol': 'Er is een nieuwe versie. Laad de pagina opnieuw.',
  'conn.refused.rateLimited': 'Te veel pogingen. Wacht even; we proberen het zo opnieuw.',
  'conn.refused.ended': 'Deze bijeenkomst is afgelopen. Je kunt niet meer meedoen. Dank je wel voor je interesse!',
  'conn.refused.endedLink': 'Lees wat er is besproken',
  'conn.refused.full':
    'De bijeenkomst is vol: er kunnen geen nieuwe deelnemers meer bij. Vraag het aan de organisatie.',
  'conn.refused.doorClosed':
    'De deur is dicht: er kunnen nu geen nieuwe deelnemers bij. Vraag het aan de organisatie, en laad de pagina opnieuw als de deur weer open is.',
  'conn.serverNotWritable': 'Let op: de server kan nu niets opslaan. Wijzigingen komen niet door.',
  'conn.pending': { one: 'Nog {count} wijziging onderweg', other: 'Nog {count} wijzigingen onderweg' },
  'conn.loading': 'Bijeenkomst laden…',
  'conn.noSecret': 'Deze pagina heeft een link met een code nodig. Open de link die je hebt gekregen.',
  'conn.backToStart': 'Naar de startpagina',

  'error.VALIDATION': 'Dat klopt niet helemaal. Kijk nog eens wat je hebt ingevuld.',
  'error.FORBIDDEN': 'Dat mag je hier niet doen.',
  'error.NOT_FOUND': 'Dat bestaat niet (meer).',
  'error.CONFLICT': 'Iemand anders was je net voor. Kijk nog eens.',
  'error.WRONG_PHASE': 'Dat kan nu niet, wel later in de avond.',
  'error.LIMIT_REACHED': 'Het maximum is bereikt.',
  'error.RATE_LIMITED': 'Even rustig aan: te veel tegelijk. Probeer het zo weer.',
  'error.DOOR_CLOSED': 'De deur is dicht: er kunnen nu geen nieuwe deelnemers bij.',
  'error.UNAVAILABLE': 'Opslaan lukte niet. Probeer het opnieuw.',
  'error.UNAUTHORIZED': 'Deze link of code werkt niet.',
  'error.PROTOCOL_MISMATCH': 'Er is een nieuwe versie. Laad de pagina opnieuw.',
  'error.network': 'Er ging iets mis met de verbinding. Probeer het opnieuw.',

  'status.draft': 'Nog niet begonnen',
  'status.live': 'Bezig',
  'status.ended': 'Afgelopen',

  'phase.current': 'Nu',
  'phase.none': 'De bijeenkomst is nog niet begonnen.',
  'phase.ended': 'De bijeenkomst is afgelopen. Bedankt!',
  'phase.round': 'Ronde {round}',
  'timer.label': 'Tijd over',
  'timer.paused': 'Gepauzeerd',
  'broadcast.label': 'Bericht van de gespreksleiding',

  'kind.walk-in': 'Inloop',
  'kind.plenary': 'Plenair',
  'kind.break': 'Pauze',
  'kind.table-round': 'Tafelronde',
  'kind.wrap-up': 'Afronding',
  'kind.closing': 'Afsluiting',
  'kind.social': 'Napraten',

  'host.keyQuestion': 'Kernvraag',
  'host.prompts': 'Denk aan',
  'host.addLabel': 'Nieuw kaartje',
  'host.addHint': 'Typ en druk op Enter. Het veld blijft klaar voor het volgende kaartje.',
  'host.closed.ended':
    'De bijeenkomst is afgelopen. Er kunnen geen kaartjes meer bij; alle kaartjes van je tafel gaan mee in het verslag.',
  'host.closed.notYet':
    'De bijeenkomst is nog niet begonnen. Zodra de gespreksleider start, kun je kaartjes toevoegen.',
  'host.add': 'Voeg toe',
  'host.highlight': 'Uitlichten',
  'host.highlighted': 'Uitgelicht',
  'host.codeTitle': 'Tafelhost: vul je code in',
  'host.codeLabel': 'Code van de tafelkaart ({length} tekens)',
  'host.codeInvalid': 'Een tafelcode heeft {length} tekens, bijvoorbeeld 9YN45YSKYZ.',
  'host.codeOpen': 'Open mijn tafel',
  'host.noTable': 'Deze tafel bestaat niet (meer).',

  'qstatus.new': 'Nieuw',
  'qstatus.answered-on-spot': 'Beantwoord aan de balie',
  'qstatus.follow-up': 'Uitzoeken, later antwoorden',
  'qstatus.answered': 'Beantwoord',

  'screen.goTo': 'Ga naar {host} en vul de code in:',
  'screen.qrAlt': 'QR-code: scan om mee te doen',

  'group.resident': 'Bewoner',
  'group.entrepreneur': 'Ondernemer',
  'group.professional': 'Professional',
  'group.municipality': 'Gemeente',
  'group.other': 'Anders',
  ...participantNl,
  ...recommendationNl,
  ...venueNl,
  ...personalNl,
} as const;
