import { pino, type DestinationStream, type Logger } from 'pino'

// Keys that may carry a citizen's data or a credential, at any depth we ever log (pino redacts by path).
const SENSITIVE_KEYS = [
  'idNumber',
  'fullName',
  'phone',
  'password',
  'token',
  'authorization',
  'Authorization',
]
const REDACT_PATHS = SENSITIVE_KEYS.flatMap((k) => [k, `*.${k}`, `*.*.${k}`, `*.*.*.${k}`])

/** JSON lines to stdout (or `destination`, e.g. a capture in tests). Request bodies are never logged anyway. */
export function createLogger(options: { level?: string; destination?: DestinationStream } = {}): Logger {
  return pino(
    {
      level: options.level ?? process.env['LOG_LEVEL'] ?? 'info',
      base: { service: 'ghi-danh' },
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    },
    options.destination,
  )
}
