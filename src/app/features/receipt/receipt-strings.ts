// The receipt screen's strings as their own i18n namespace, loaded with the receipt chunk.
import { registerNamespace } from '../../i18n/i18n.ts'
import receiptEn from './receipt-en.ts?lingui'
import receiptVi from './receipt-vi.ts?lingui'

export const RECEIPT_NS = 'receipt'

registerNamespace(RECEIPT_NS, { vi: receiptVi, en: receiptEn })
