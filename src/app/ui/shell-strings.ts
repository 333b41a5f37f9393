// The shell's notices as their own i18n namespace (like review-strings.ts).
import { registerNamespace } from '../i18n/i18n.ts'
import shellEn from './shell-en.ts?lingui'
import shellVi from './shell-vi.ts?lingui'

export const SHELL_NS = 'shell'

registerNamespace(SHELL_NS, { vi: shellVi, en: shellEn })
