// The review screens (supervisor, admin; online), lazily loaded by the shell. Importing this module
// registers the screens' i18n namespace.
import './review-strings.ts'

export { ReviewListScreen } from './ReviewListScreen.tsx'
export { ReviewDetailScreen } from './ReviewDetailScreen.tsx'
