// The sync routes' gate on the phone's protocol version (src/domain/api/sync.ts). A phone that sends no
// version is a phone from before the header: version 1, always accepted, since it may hold unsynced work.
import type { MiddlewareHandler } from 'hono'
import {
  declaredProtocolVersion,
  PROTOCOL_HEADER,
  SUPPORTED_PROTOCOL_VERSIONS,
} from '../../domain/api/sync.ts'
import { HttpError } from './http-error.ts'

export const requireKnownProtocol: MiddlewareHandler = async (c, next) => {
  const version = declaredProtocolVersion(c.req.header(PROTOCOL_HEADER))
  if (version === undefined || !SUPPORTED_PROTOCOL_VERSIONS.includes(version)) {
    throw new HttpError(
      400,
      'unsupported_protocol',
      'Máy chủ không hiểu phiên bản đồng bộ của ứng dụng trên điện thoại này. Hồ sơ vẫn nằm trên máy; hãy báo quản trị viên.',
      { supported: SUPPORTED_PROTOCOL_VERSIONS },
    )
  }
  await next()
}
