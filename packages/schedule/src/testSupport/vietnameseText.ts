import fc from 'fast-check';

/** Syllables of names, places and Party work, with every tone and the letters ă â đ ê ô ơ ư. */
const SYLLABLES = (
  'Nguyễn Trần Lê Phạm Hoàng Huỳnh Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý ' +
  'Giàng Sùng Lò Nùng Páo chi bộ thôn bản xã phường nhà văn hóa đảng ' +
  'viên sinh hoạt thường kỳ chuyên đề nghị quyết khuyến học rừng giữ ' +
  'gìn quốc ngữ ấp ở ưỡn nghiêng khuỷu thuở trưởng Xuân Quang Tuyên ' +
  'Lào Cai'
).split(' ');
/** What a TEXT value must escape, and a line break. */
const PUNCTUATION = [' ', ' ', ' ', ', ', '; ', ' – ', ': ', '\\', '\n', '"'];

/**
 * Random Vietnamese text: syllables, spaces and the punctuation a TEXT value
 * escapes (`\`, `;`, `,`, line breaks), sometimes decomposed (NFD: a base
 * letter and combining marks, as some keyboards type it), long enough to
 * fold several times.
 */
export const vietnameseText = fc
  .tuple(
    fc.array(
      fc.tuple(fc.constantFrom(...SYLLABLES), fc.constantFrom(...PUNCTUATION)),
      { minLength: 1, maxLength: 40, size: 'max' },
    ),
    fc.boolean(),
  )
  .map(([words, decomposed]) => {
    const text = words
      .map(([syllable, after]) => `${syllable}${after}`)
      .join('')
      .trim();
    return decomposed ? text.normalize('NFD') : text;
  })
  .filter((text) => text.length > 0);
