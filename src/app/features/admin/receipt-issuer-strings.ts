// The receipt issuer panel's strings as their own i18n namespace.
import { registerNamespace } from '../../i18n/i18n.ts'
import receiptIssuerEn from './receipt-issuer-en.ts?lingui'
import receiptIssuerVi from './receipt-issuer-vi.ts?lingui'

export const RECEIPT_ISSUER_NS = 'receiptIssuer'

registerNamespace(RECEIPT_ISSUER_NS, { vi: receiptIssuerVi, en: receiptIssuerEn })
