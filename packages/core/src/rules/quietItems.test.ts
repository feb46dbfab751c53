import { describe, expect, it } from 'vitest';
import { findQuietItemsWithOpinions } from './quietItems';

describe('R-DOC-6b an item recorded as having no opinions has none', () => {
  const agenda = [
    { id: 'a1', noOpinions: true },
    { id: 'a2' },
    { id: 'a3', noOpinions: false },
  ];

  it('names each quiet item that has opinions, in agenda order', () => {
    expect(
      findQuietItemsWithOpinions(agenda, [
        { agendaItemId: 'a2' },
        { agendaItemId: 'a1' },
        { agendaItemId: 'a3' },
      ]),
    ).toEqual(['a1']);
  });

  it('an opinion on no item, or on items not marked quiet, is no contradiction', () => {
    expect(
      findQuietItemsWithOpinions(agenda, [
        {},
        { agendaItemId: 'a2' },
        { agendaItemId: 'a3' },
      ]),
    ).toEqual([]);
    expect(findQuietItemsWithOpinions(agenda, [])).toEqual([]);
  });
});
