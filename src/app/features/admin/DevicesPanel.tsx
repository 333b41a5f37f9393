// Devices that pushed for the team (supervisor) or anywhere (admin); revoking one stops its pushes at once.
import { useCallback, useEffect, useId, useState } from 'react'
import { useTranslation } from '../../i18n/use-translation.ts'
import { listDevices, revokeDevice, type Device } from './admin-api.ts'
import { ADMIN_NS } from './admin-strings.ts'
import { describeApiError } from '../../api/describe-api-error.ts'
import { formatInstant } from '../../ui/format-instant.ts'
import { TableScroll } from '../../ui/TableScroll.tsx'

export function DevicesPanel() {
  const { t } = useTranslation(ADMIN_NS)
  const appT = useTranslation().t
  const id = useId()
  const [devices, setDevices] = useState<Device[]>([])
  const [message, setMessage] = useState<{ error: boolean; text: string } | undefined>()
  const fail = useCallback(
    (e: unknown) => setMessage({ error: true, text: describeApiError(appT, e, t('offline')) }),
    [appT, t],
  )
  const load = useCallback(() => {
    listDevices().then(setDevices, fail)
  }, [fail])
  useEffect(load, [load])

  const revoke = (d: Device) => {
    if (!window.confirm(t('revokeConfirm', { label: d.label ?? d.receiptPrefix }))) return
    revokeDevice(d.deviceId).then(() => {
      setMessage({ error: false, text: t('saved') })
      load()
    }, fail)
  }

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('tab_devices')}</h2>
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'notice error' : 'notice'}>
          {message.text}
        </p>
      )}
      {devices.length === 0 && <p>{t('empty')}</p>}
      <TableScroll label={t('tab_devices')}>
        <table className="admin-table">
          <thead>
            <tr>
              <th scope="col">{t('device')}</th>
              <th scope="col">{t('receiptPrefix')}</th>
              <th scope="col">{t('usedBy')}</th>
              <th scope="col">{t('lastPush')}</th>
              <th scope="col">
                <span className="sr-only">{t('actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {devices.map((d) => (
              <tr key={d.deviceId} className={d.revokedAt ? 'disabled' : undefined}>
                <th scope="row">
                  {d.label ?? t('none')}
                  <br />
                  <small className="muted">{d.deviceId.slice(0, 8)}</small>
                </th>
                <td>{d.receiptPrefix}</td>
                <td>{d.users.map((u) => u.displayName).join(', ') || d.registeredBy.displayName}</td>
                <td>{d.lastPushAt ? formatInstant(d.lastPushAt) : t('never')}</td>
                <td>
                  {d.revokedAt ? (
                    t('revoked', { when: formatInstant(d.revokedAt) })
                  ) : (
                    <button type="button" className="link-button" onClick={() => revoke(d)}>
                      {t('revoke')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  )
}
