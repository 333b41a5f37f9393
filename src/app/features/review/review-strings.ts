// The review screens' strings, registered as their own i18n namespace so the shared bundle stays small.
import { registerNamespace } from '../../i18n/i18n.ts'
import reviewEn from './review-en.ts?lingui'
import reviewVi from './review-vi.ts?lingui'

export const REVIEW_NS = 'review'

registerNamespace(REVIEW_NS, { vi: reviewVi, en: reviewEn })
