// The audit log's labels as their own i18n namespace, loaded with the admin chunk.
import { registerNamespace } from '../../i18n/i18n.ts'
import auditLabelsEn from './audit-labels-en.ts?lingui'
import auditLabelsVi from './audit-labels-vi.ts?lingui'

export const AUDIT_LABELS_NS = 'auditLabels'

registerNamespace(AUDIT_LABELS_NS, { vi: auditLabelsVi, en: auditLabelsEn })
