// A sync body names the device it comes from: it must be one the caller registered (POST /api/devices) and
// not revoked. Revocation is read on every call, so it takes effect at once. Returns the caller's devices.
import { isDeviceRevoked } from '../store/device-admin-store.ts'
import type { Db } from '../store/db.ts'
import { devicesOfUser } from '../store/device-store.ts'
import { HttpError } from './http-error.ts'

export async function requireOwnDevice(db: Db, userId: string, deviceId: string): Promise<Set<string>> {
  const devices = await devicesOfUser(db, userId)
  if (devices.has(deviceId.toLowerCase())) return devices
  if (await isDeviceRevoked(db, deviceId.toLowerCase())) {
    throw new HttpError(403, 'device_revoked', 'Thiết bị này đã bị thu hồi. Liên hệ quản trị viên.')
  }
  throw new HttpError(403, 'device_not_registered', 'Thiết bị chưa được đăng ký cho tài khoản này')
}
