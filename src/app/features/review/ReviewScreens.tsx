// The review screens (supervisor, admin; online), lazily loaded by the shell. Importing this module
// registers the screens' i18n namespace and their stylesheet.
import './review-strings.ts'
import './review.css'

export { ReviewListScreen } from './ReviewListScreen.tsx'
export { ReviewDetailScreen } from './ReviewDetailScreen.tsx'
