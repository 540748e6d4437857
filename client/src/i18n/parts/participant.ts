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
  'participant.profile.remote': 'Ik doe mee van thuis',
  'participant.profile.remoteHint': 'Dan kom je aan een online tafel, met een videogesprek.',
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
  'participant.before.notYet': 'Het begint nog niet. Je kunt nu al een vraag stellen.',
  'participant.before.ask': 'Een vraag vooraf',
  'participant.before.hint': 'We beantwoorden de vragen op de bijeenkomst zelf. Het antwoord zie je hier.',
  'participant.ask.beforehand': 'Vooraf gesteld',
  'participant.qstatus.new': 'Binnen, we kijken ernaar',
  'participant.qstatus.follow-up': 'We zoeken het uit en laten het je later weten',
  'participant.qstatus.answered-on-spot': 'Beantwoord bij het informatiepunt',
  'participant.qstatus.answered': 'Beantwoord',
  'participant.notice.answered': 'Je vraag is beantwoord',
  'participant.notice.followUp': 'Nieuws over je vraag: we zoeken het uit en laten het je later weten',
  'participant.notice.read': 'Lees het antwoord',
  'participant.notice.show': 'Bekijk je vraag',

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
  'participant.vote.titleThemes': 'Stemmen met stippen op thema’s',
  'participant.vote.hintThemes':
    'Geef je stippen aan de thema’s die jij het belangrijkst vindt. Je mag meer stippen op één thema zetten.',
  'participant.vote.addTheme': 'Geef een stip aan thema {label}',
  'participant.vote.removeTheme': 'Haal een stip weg bij thema {label}',
  'participant.vote.themeCards': { one: 'Thema met {count} kaartje', other: 'Thema met {count} kaartjes' },
  'participant.vote.noneThemes': 'Er zijn nog geen thema’s om op te stemmen.',
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

  'participant.member.title': 'Bijeenkomsten van deze reeks',
  'participant.member.welcomeBack': 'Welkom terug! We herkennen je van een eerdere bijeenkomst van deze reeks.',
  'participant.member.remember': 'Onthoud mij voor de volgende bijeenkomsten van deze reeks',
  'participant.member.means':
    'Dan gaan met je mee naar de volgende bijeenkomst: met wie je aan tafel zat (zodat je dan nieuwe mensen ontmoet) en je aanmelding voor een werkgroep, als je die gaf. Verder niets. Je kunt het altijd weer uitzetten.',
  'participant.member.code': 'Jouw code',
  'participant.member.codeHint':
    'Deze telefoon onthoudt de code. Neem je de volgende keer een andere telefoon? Schrijf de code dan op.',
  'participant.member.claimTitle': 'Was je bij een eerdere bijeenkomst van deze reeks?',
  'participant.member.claimHint': 'Vul de code in die je toen kreeg. Dan telt met wie je toen aan tafel zat.',
  'participant.member.claimLabel': 'Code van de vorige keer',
  'participant.member.claim': 'Herken mij',
  'participant.member.unknownCode': 'Deze code kennen we niet in deze reeks. Kijk nog eens of vraag de organisatie.',
  'participant.member.badCode': 'Een code heeft 12 letters en cijfers.',
  'participant.member.usedCode': 'Iemand anders is hier al met deze code herkend.',
  // The phone after the evening: where the follow-up is.
  'participant.followup.title': 'Na de avond',
  'participant.followup.text':
    'De organisatie beantwoordt de vragen van het informatiepunt en maakt een verslag. Dat vind je hier, met dezelfde QR-code.',
  'participant.followup.link': 'Naar de antwoorden en het verslag',
} as const;
