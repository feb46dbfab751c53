/**
 * `@chibo/core/i18n`: the Vietnamese and English label tables of every enum
 * value and entity, and the lookups on them. The root entry `@chibo/core`
 * re-exports `getLabel` and the `Locale` types.
 *
 * @module @chibo/core/i18n
 */

export { en as labelsEn } from './i18n/en';
export { getLabel, labels } from './i18n/getLabel';
export type {
  EnumSchemas,
  LabelledEnum,
  LabelledValue,
  LabelTable,
  Locale,
  LocalizedText,
} from './i18n/labels';
export { vi as labelsVi } from './i18n/vi';
