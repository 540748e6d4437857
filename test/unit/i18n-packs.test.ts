import { describe, expect, it } from 'vitest';
import { loadLanguage, loadPack, translate } from '../../client/src/i18n/translate';
import { cockpitNl } from '../../client/src/i18n/cockpit';
import { cockpitEn } from '../../client/src/i18n/cockpit.en';
import { commonEn } from '../../client/src/i18n/common.en';

// The module keeps what it loaded, so these steps run in order in one file, as a browser meets them.
describe('texts load per route', () => {
  const cockpitKey = 'plan.title' as const;
  it('a route without the cockpit has every route’s texts, and a cockpit key shows as its key', () => {
    expect(translate('nl', 'conn.connecting')).toBe('Verbinden…');
    expect(translate('nl', cockpitKey)).toBe(cockpitKey);
  });
  it('English loads its common texts only while no route asked for the cockpit', async () => {
    await loadLanguage('en');
    expect(translate('en', 'conn.connecting')).toBe(commonEn['conn.connecting']);
    expect(translate('en', cockpitKey)).toBe(cockpitKey);
  });
  it('the cockpit pack comes in for Dutch and for every language already loaded', async () => {
    await loadPack('cockpit');
    expect(translate('nl', cockpitKey)).toBe(cockpitNl[cockpitKey]);
    expect(translate('en', cockpitKey)).toBe(cockpitEn[cockpitKey]);
    expect(cockpitEn[cockpitKey]).not.toBe(cockpitNl[cockpitKey]);
  });
});

describe('the host tablet’s texts load with its route', () => {
  it('a phone has none of them; loadPack("host") brings them in every loaded language', async () => {
    const { hostNl } = await import('../../client/src/i18n/parts/host');
    const { hostEn } = await import('../../client/src/i18n/parts/host.en');
    const key = 'host.view.capture' as const;
    await loadLanguage('en');
    expect(translate('nl', key)).toBe(key);
    await loadPack('host');
    expect(translate('nl', key)).toBe(hostNl[key]);
    expect(translate('en', key)).toBe(hostEn[key]);
    // A recommendation's owner shows on the follow-up page too: those words stay in every route's pack.
    expect(translate('nl', 'host.rec.owner')).toBe('Wie pakt het op?');
  });
});
