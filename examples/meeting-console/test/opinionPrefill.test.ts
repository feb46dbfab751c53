import { marchEvents } from '@chibo/scenario';
import { describe, expect, it } from 'vitest';
import { getPrefilledItem, getPrefilledSpeaker } from '../src/opinionPrefill';

const members = ['m01', 'm02', 'm04', 'm12'];
const first = marchEvents.proceedings.find((e) => e.type === 'OPINION');

describe('the opinion form of the console (R-DOC-6, R-RATE-2)', () => {
  it('prefills the first opinion with Vàng Seo Chứ, not the guest, once the roll call lets him speak', () => {
    expect(first && 'opinion' in first && first.opinion.speakerId).toBe('m04');
    // Before the roll call only the guest may speak: nobody is chosen.
    expect(
      getPrefilledSpeaker({
        speakerIds: ['g01'],
        nextSpeakerId: 'm04',
        chosen: '',
        prefilled: true,
      }),
    ).toBe('');
    // After it, the scenario's speaker, even if the select showed the guest.
    expect(
      getPrefilledSpeaker({
        speakerIds: [...members, 'g01'],
        nextSpeakerId: 'm04',
        chosen: 'g01',
        prefilled: true,
      }),
    ).toBe('m04');
  });

  it("keeps the recorder's own choice once the text is no longer the scenario's", () => {
    const state = {
      speakerIds: [...members, 'g01'],
      nextSpeakerId: 'm04',
      chosen: 'm12',
      prefilled: false,
    };
    expect(getPrefilledSpeaker(state)).toBe('m12');
    expect(getPrefilledSpeaker({ ...state, chosen: 'm99' })).toBe('');
    expect(
      getPrefilledSpeaker({ ...state, nextSpeakerId: undefined, chosen: '' }),
    ).toBe('');
  });

  it("R-DOC-6b: selects the prefilled opinion's own item, and the recorder's choice once the text is theirs", () => {
    const itemIds = ['a1', 'a2', 'a3', 'a4', 'a5'];
    expect(first && 'opinion' in first && first.opinion.agendaItemId).toBe(
      'a4',
    );
    const state = { itemIds, nextItemId: 'a4', chosen: 'a2', prefilled: true };
    expect(getPrefilledItem(state)).toBe('a4');
    expect(getPrefilledItem({ ...state, prefilled: false })).toBe('a2');
    // Nothing chosen yet and no scenario item: the discussion of the
    // resolution, the agenda's last item.
    expect(
      getPrefilledItem({ ...state, nextItemId: undefined, chosen: '' }),
    ).toBe('a5');
    expect(getPrefilledItem({ ...state, itemIds: [] })).toBe('');
  });
});
