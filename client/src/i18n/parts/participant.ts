import type { Message } from '../../../../shared/plural';
/**
 * The participant's phone. Plain Dutch (B1), "je": short sentences, everyday words; many readers
 * are not at home in apps. `{name}` marks a value filled in by `t(key, { name })`.
 */
export const participantNl = {
  'participant.welcome.title': 'Welkom',
  'participant.welcome.text': 'Fijn dat je meedoet. Je hebt geen account nodig. Vul in wat je wilt en kies je tafels.',
  'participant.welcome.planned': 'Fijn dat je meedoet. Je tafels staan hieronder.',

  'participant.profile.title': 'Over jou',
  'participant.profile.hint': 'Alles is vrij. Je mag ook niets invullen.',
  'participant.profile.name': 'Je naam',
  'participant.profile.group': 'Ik kom als',
  'participant.profile.groupNone': 'Zeg ik liever niet',
  'participant.profile.sandwich': 'Ik wil een broodje bij de inloop',
  'participant.profile.save': 'Bewaar wat ik invulde',
  'participant.saved': 'Bewaard.',
  'participant.notSaved': 'Nog niet bewaard.',

  'participant.checkin.title': 'Ben je er?',
  'participant.checkin.text': 'Tik op de knop als je in de zaal bent.',
  'participant.checkin.button': 'Ik ben er',
  'participant.checkin.done': 'Je bent aangemeld. Fijn dat je er bent!',

  'participant.picks.title': 'Kies je tafels',
  'participant.picks.legend': 'Kies {count} van de {total} tafels',
  'participant.picks.hint': 'Aan elke tafel gaat het over één onderwerp. Je eerste keuze telt het zwaarst.',
  'participant.picks.order': 'Jouw volgorde',
  'participant.picks.rank': 'Keuze {rank}',
  'participant.picks.up': 'Hoger',
  'participant.picks.down': 'Lager',
  'participant.picks.save': 'Bewaar mijn keuze',
  'participant.picks.full': {
    one: 'Je hebt al {count} tafel gekozen. Haal eerst een vinkje weg.',
    other: 'Je hebt al {count} tafels gekozen. Haal eerst een vinkje weg.',
  },
  'participant.picks.locked': 'De rondes zijn begonnen. Je tafels staan vast.',
  'participant.picks.planOut':
    'De tafelindeling is klaar. Hieronder zie je waar je zit. Wil je aan een andere tafel? Vraag het aan de gespreksleiding.',
  'participant.picks.roundBegun': 'Ronde {round} is al begonnen. Die tafel blijft staan.',
  'participant.picks.none': 'Je hebt nog geen tafels gekozen.',

  'participant.where.now': 'Ronde {round}: ga naar tafel {number} — {table}',
  'participant.where.next': 'Straks, ronde {round}: tafel {number} — {table}',
  'participant.where.free': 'Ronde {round}: kies zelf een tafel.',
  'participant.where.freeNext': 'Straks, ronde {round}: kies zelf een tafel.',
  'participant.where.question': 'Kernvraag',
  'participant.where.plan': 'Jouw rondes',
  'participant.where.planned': 'Ronde {round}: tafel {number} — {table}',

  'participant.card.label': 'Jouw idee voor deze tafel',
  'participant.card.hint': 'Kort is goed. Je idee komt zonder naam bij de tafel.',
  'participant.card.send': 'Stuur idee',
  'participant.card.sent': 'Je idee staat bij de tafel.',
  'participant.cards.title': 'Ideeën aan deze tafel',
  'participant.cards.none': 'Nog geen ideeën. Begin maar!',
  'participant.cards.mine': 'van jou',

  'participant.ask.title': 'Vraag aan het informatiepunt',
  'participant.ask.hint':
    'Heb je een vraag over de regels, het geld of de overgang? Stel hem hier. Je krijgt later antwoord.',
  'participant.ask.category': 'Onderwerp',
  'participant.ask.text': 'Je vraag',
  'participant.ask.send': 'Stel je vraag',
  'participant.ask.sent': 'Je vraag is binnen.',
  'participant.ask.mine': 'Jouw vragen',
  'participant.ask.status': 'Stand',
  'participant.ask.answer': 'Antwoord',
  'participant.ask.closed': 'Het informatiepunt is dicht.',

  'participant.vote.title': 'Stemmen met stippen',
  'participant.vote.hint':
    'Geef je stippen aan de ideeën die jij het belangrijkst vindt. Je mag meer stippen op één idee zetten.',
  'participant.vote.left': {
    one: 'Je hebt nog {count} stip over, van de {dots}.',
    other: 'Je hebt nog {count} stippen over, van de {dots}.',
  },
  'participant.vote.add': 'Geef een stip aan',
  'participant.vote.remove': 'Haal een stip weg bij',
  'participant.vote.mine': 'Jouw stippen: {count}',
  'participant.vote.limit': {
    one: 'Je hebt je stip al gebruikt. Haal hem eerst weg.',
    other: 'Je hebt al je {count} stippen gebruikt. Haal eerst ergens een stip weg.',
  },
  'participant.vote.none': 'Er zijn nog geen ideeën om op te stemmen.',
  'participant.results.title': 'Uitslag van de stemming',
  'participant.results.dots': { one: '{count} stip', other: '{count} stippen' },
  'participant.results.none': 'Er zijn geen stemmen.',

  'participant.groups.title': 'Doe mee met een werkgroep',
  'participant.groups.hint':
    'Wil je na vanavond verder? Meld je aan. Alleen de organisatie ziet je e-mail of telefoon.',
  'participant.groups.closedTitle': 'Je werkgroepen',
  'participant.groups.closedHint': 'Aanmelden kan niet meer. De organisatie neemt contact met je op.',
  'participant.groups.which': 'Bij welke werkgroep wil je?',
  'participant.groups.mine': 'Je doet mee met',
  'participant.groups.needGroup': 'Zet een vinkje bij minstens één werkgroep.',
  'participant.groups.email': 'E-mail',
  'participant.groups.phone': 'Telefoon',
  'participant.groups.contactHint': 'Vul je e-mail of je telefoonnummer in. Eén is genoeg.',
  'participant.groups.consent':
    'Ja, de organisatie mag mijn e-mail of telefoon bewaren en mij over de werkgroep bellen of mailen.',
  'participant.groups.signup': 'Meld mij aan',
  'participant.groups.withdraw': 'Afmelden',
  'participant.groups.needContact': 'Vul je e-mail of je telefoonnummer in.',
  'participant.groups.needConsent': 'Zet een vinkje bij "Ja, de organisatie mag mijn e-mail of telefoon bewaren".',
  'participant.groups.badEmail': 'Dit e-mailadres klopt niet. Kijk nog eens.',
  'participant.groups.badPhone': 'Dit telefoonnummer klopt niet. Gebruik alleen cijfers, spaties, + of -.',

  'participant.privacy.title': 'Jouw gegevens',
  'participant.privacy.what':
    'We bewaren wat je hier doet: je naam en groep (als je die invult), je broodje, je tafels, of je er bent, je ideeën, vragen en stippen. Bij een werkgroep ook je e-mail of telefoon.',
  'participant.privacy.why':
    'Waarom? Om de avond te regelen, om je vragen te beantwoorden en om je te bellen of mailen voor een werkgroep. Alleen de organisatie ziet je naam en contact. Anderen zien je ideeën zonder naam.',
  'participant.privacy.erase': 'Wis mijn gegevens',
  'participant.privacy.eraseAsk':
    'Weet je het zeker? Je naam, keuzes, stippen en aanmeldingen gaan weg. Je ideeën en vragen blijven, zonder naam.',
  'participant.privacy.eraseYes': 'Ja, wis alles',
  'participant.privacy.eraseNo': 'Nee, toch niet',
  'participant.privacy.erased':
    'Klaar: je gegevens zijn gewist. Deze telefoon is je ook vergeten. Je kunt deze pagina sluiten.',
  'participant.privacy.joinAgain': 'Opnieuw meedoen',
} as const;

export const participantEn: { readonly [K in keyof typeof participantNl]: Message } = {
  'participant.welcome.title': 'Welcome',
  'participant.welcome.text': 'Good to have you. You need no account. Fill in what you like and choose your tables.',
  'participant.welcome.planned': 'Good to have you. Your tables are below.',

  'participant.profile.title': 'About you',
  'participant.profile.hint': 'All of this is optional. You may leave it empty.',
  'participant.profile.name': 'Your name',
  'participant.profile.group': 'I come as',
  'participant.profile.groupNone': 'I would rather not say',
  'participant.profile.sandwich': 'I would like a sandwich at the walk-in',
  'participant.profile.save': 'Save what I filled in',
  'participant.saved': 'Saved.',
  'participant.notSaved': 'Not saved yet.',

  'participant.checkin.title': 'Are you here?',
  'participant.checkin.text': 'Tap the button when you are in the room.',
  'participant.checkin.button': 'I am here',
  'participant.checkin.done': 'You are checked in. Good to see you!',

  'participant.picks.title': 'Choose your tables',
  'participant.picks.legend': 'Choose {count} of the {total} tables',
  'participant.picks.hint': 'Each table talks about one topic. Your first choice counts most.',
  'participant.picks.order': 'Your order',
  'participant.picks.rank': 'Choice {rank}',
  'participant.picks.up': 'Up',
  'participant.picks.down': 'Down',
  'participant.picks.save': 'Save my choice',
  'participant.picks.full': {
    one: 'You already chose {count} table. Untick it first.',
    other: 'You already chose {count} tables. Untick one first.',
  },
  'participant.picks.locked': 'The rounds have started. Your tables are fixed.',
  'participant.picks.planOut':
    'The seating plan is ready. Below you see where you sit. Want another table? Ask the facilitators.',
  'participant.picks.roundBegun': 'Round {round} has already begun. That table stays.',
  'participant.picks.none': 'You have not chosen any tables yet.',

  'participant.where.now': 'Round {round}: go to table {number} — {table}',
  'participant.where.next': 'Next, round {round}: table {number} — {table}',
  'participant.where.free': 'Round {round}: choose a table yourself.',
  'participant.where.freeNext': 'Next, round {round}: choose a table yourself.',
  'participant.where.question': 'Key question',
  'participant.where.plan': 'Your rounds',
  'participant.where.planned': 'Round {round}: table {number} — {table}',

  'participant.card.label': 'Your idea for this table',
  'participant.card.hint': 'Short is fine. Your idea goes to the table without your name.',
  'participant.card.send': 'Send idea',
  'participant.card.sent': 'Your idea is at the table.',
  'participant.cards.title': 'Ideas at this table',
  'participant.cards.none': 'No ideas yet. Go ahead!',
  'participant.cards.mine': 'yours',

  'participant.ask.title': 'Ask the info point',
  'participant.ask.hint':
    'A question about the rules, the money or the transition? Ask it here. You will get an answer later.',
  'participant.ask.category': 'Topic',
  'participant.ask.text': 'Your question',
  'participant.ask.send': 'Ask your question',
  'participant.ask.sent': 'We have your question.',
  'participant.ask.mine': 'Your questions',
  'participant.ask.status': 'Status',
  'participant.ask.answer': 'Answer',
  'participant.ask.closed': 'The info point is closed.',

  'participant.vote.title': 'Vote with dots',
  'participant.vote.hint': 'Give your dots to the ideas you find most important. You may put more dots on one idea.',
  'participant.vote.left': {
    one: 'You have {count} dot left, of {dots}.',
    other: 'You have {count} dots left, of {dots}.',
  },
  'participant.vote.add': 'Give a dot to',
  'participant.vote.remove': 'Take a dot from',
  'participant.vote.mine': 'Your dots: {count}',
  'participant.vote.limit': {
    one: 'You have used your dot. Take it away first.',
    other: 'You have used all your {count} dots. Take a dot away somewhere first.',
  },
  'participant.vote.none': 'There are no ideas to vote on yet.',
  'participant.results.title': 'Result of the vote',
  'participant.results.dots': { one: '{count} dot', other: '{count} dots' },
  'participant.results.none': 'There are no votes.',

  'participant.groups.title': 'Join a working group',
  'participant.groups.hint': 'Want to go on after tonight? Sign up. Only the organisers see your email or phone.',
  'participant.groups.closedTitle': 'Your working groups',
  'participant.groups.closedHint': 'Signing up is closed now. The organisers will contact you.',
  'participant.groups.which': 'Which working group would you like to join?',
  'participant.groups.mine': 'You are in',
  'participant.groups.needGroup': 'Tick at least one working group.',
  'participant.groups.email': 'Email',
  'participant.groups.phone': 'Phone',
  'participant.groups.contactHint': 'Fill in your email or your phone number. One is enough.',
  'participant.groups.consent':
    'Yes, the organisers may keep my email or phone and call or email me about the working group.',
  'participant.groups.signup': 'Sign me up',
  'participant.groups.withdraw': 'Withdraw',
  'participant.groups.needContact': 'Fill in your email or your phone number.',
  'participant.groups.needConsent': 'Tick "Yes, the organisers may keep my email or phone".',
  'participant.groups.badEmail': 'This email address is not right. Please check it.',
  'participant.groups.badPhone': 'This phone number is not right. Use only digits, spaces, + or -.',

  'participant.privacy.title': 'Your data',
  'participant.privacy.what':
    'We keep what you do here: your name and group (if you fill them in), your sandwich, your tables, whether you are here, your ideas, questions and dots. For a working group also your email or phone.',
  'participant.privacy.why':
    'Why? To organise the evening, to answer your questions and to call or email you about a working group. Only the organisers see your name and contact. Others see your ideas without your name.',
  'participant.privacy.erase': 'Erase my data',
  'participant.privacy.eraseAsk':
    'Are you sure? Your name, choices, dots and sign-ups will be gone. Your ideas and questions stay, without your name.',
  'participant.privacy.eraseYes': 'Yes, erase it all',
  'participant.privacy.eraseNo': 'No, keep it',
  'participant.privacy.erased': 'Done: your data is erased. This phone has forgotten you too. You can close this page.',
  'participant.privacy.joinAgain': 'Join again',
};
