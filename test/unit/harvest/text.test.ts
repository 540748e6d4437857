import { describe, expect, it } from 'vitest';
import { keywords, terms, tokenise, wordCloud } from '../../../shared/harvest/index';

describe('tokenise', () => {
  it('keeps runs of letters, lower case, and drops digits and punctuation', () => {
    expect(tokenise("Auto's op de stoep?! 3x per week, wijk-app")).toEqual([
      'auto',
      's',
      'op',
      'de',
      'stoep',
      'x',
      'per',
      'week',
      'wijk',
      'app',
    ]);
  });
  it('keeps letters outside ASCII', () => {
    expect(tokenise('Één café, coöperatie')).toEqual(['één', 'café', 'coöperatie']);
  });
});

describe('terms', () => {
  it('drops Dutch stop words, single letters and the evening-wide words, and stems the rest', () => {
    expect(terms('nl', 'De huizen in de wijk moeten beter geïsoleerd worden, x')).toEqual([
      { stem: 'huiz', surface: 'huizen' },
      { stem: 'geisoleerd', surface: 'geïsoleerd' },
    ]);
  });
  it('drops English stop words and stems with the English Snowball stemmer', () => {
    expect(terms('en', 'The neighbourhood needs more meeting places for the communities')).toEqual([
      { stem: 'meet', surface: 'meeting' },
      { stem: 'place', surface: 'places' },
      { stem: 'commun', surface: 'communities' },
    ]);
  });
  it.each([
    ['No parking again above the shops, against the rules', ['parking', 'shops', 'rules']],
    ['She does not want it off the square', ['square']],
    ['Just so few benches, nor trees', ['benches', 'trees']],
  ])('drops the Snowball English words stopword leaves out: %s', (text, kept) => {
    expect(terms('en', text).map((t) => t.surface)).toEqual(kept);
  });
});

describe('keywords and the word cloud', () => {
  it('counts cards, not repeats, and shows the most frequent surface form of a stem', () => {
    const cloud = wordCloud('nl', [
      { text: 'Een fietsenstalling bij het station' },
      { text: 'fietsenstalling, fietsenstalling!' },
      { text: 'Fietsenstallingen zijn altijd vol' },
      { text: 'Het station is vies' },
    ]);
    expect(cloud).toEqual([
      { word: 'fietsenstalling', weight: 3, stem: 'fietsenstall' },
      { word: 'station', weight: 2, stem: 'station' },
      { word: 'vies', weight: 1, stem: 'vies' },
      { word: 'vol', weight: 1, stem: 'vol' },
    ]);
  });
  it('keeps the top `limit` words, most frequent first, ties alphabetical', () => {
    const words = keywords('en', ['parks and trees', 'trees and benches', 'benches']).map((k) => k.word);
    expect(words).toEqual(['benches', 'trees', 'parks']);
    expect(wordCloud('en', [{ text: 'parks and trees' }, { text: 'trees' }], { limit: 1 })).toEqual([
      { word: 'trees', weight: 2, stem: 'tree' },
    ]);
  });
});
