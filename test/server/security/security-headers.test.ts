// Issue #6, point 5: security headers on API and app answers; the built app runs under a CSP without inline code.
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createLogger } from '../../../src/server/create-logger.ts'
import { createApp } from '../../../src/server/http/create-app.ts'
import { createTestApp, type TestApp } from '../helpers/test-app.ts'

let t: TestApp
let dir = ''
let app: ReturnType<typeof createApp>
beforeAll(async () => {
  t = await createTestApp()
  dir = await mkdtemp(join(tmpdir(), 'ghidanh-shell-'))
  await writeFile(
    join(dir, 'index.html'),
    '<!doctype html><div id="root"></div><script type="module" src="/assets/a.js"></script>',
  )
  await writeFile(join(dir, 'sw.js'), 'self.skipWaiting()')
  app = createApp({
    db: t.db,
    logger: createLogger({ level: 'silent' }),
    staticDir: dir,
    now: () => t.clock.now,
  })
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
  await t.close()
})

function directives(csp: string | null): Map<string, string[]> {
  return new Map(
    (csp ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name as string, values]),
  )
}

function expectSecure(headers: Headers) {
  const csp = directives(headers.get('Content-Security-Policy'))
  expect(csp.get('default-src')).toEqual(["'self'"])
  // 'wasm-unsafe-eval' lets the ID-card scanner compile its QR decoder (WebAssembly only; eval stays refused).
  expect(csp.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"])
  expect(csp.get('style-src')).toEqual(["'self'"])
  expect(csp.get('object-src')).toEqual(["'none'"])
  expect(csp.get('frame-ancestors')).toEqual(["'none'"])
  expect(csp.get('base-uri')).toEqual(["'self'"])
  expect(headers.get('Content-Security-Policy')).not.toMatch(/unsafe-inline|'unsafe-eval'|\*/)
  expect(headers.get('X-Content-Type-Options')).toBe('nosniff')
  expect(headers.get('Referrer-Policy')).toBe('no-referrer')
  expect(headers.get('X-Frame-Options')).toMatch(/^(DENY|SAMEORIGIN)$/)
  // Ignored by browsers over plain http (RFC 6797 §8.1), binding once the server is behind https.
  expect(headers.get('Strict-Transport-Security')).toMatch(/max-age=\d{7,}/)
  expect(headers.get('X-Powered-By')).toBeNull()
}

describe('security headers', () => {
  it('on API answers: success, 401, 404, 400 and 413, each also no-store', async () => {
    const token = await t.signIn('staff1')
    const answers = [
      await app.request('/api/health'),
      await app.request('/api/events', { headers: { Authorization: `Bearer ${token}` } }),
      await app.request('/api/events'),
      await app.request('/api/nope'),
      await app.request('/api/session', { method: 'POST', body: 'not json' }),
      await app.request('/api/session', { method: 'POST', body: 'x'.repeat(300_000) }),
    ]
    expect(answers.map((r) => r.status)).toEqual([200, 200, 401, 404, 400, 413])
    for (const res of answers) {
      expectSecure(res.headers)
      expect(res.headers.get('Cache-Control')).toBe('no-store')
      expect(res.headers.get('X-Request-Id')).toBeTruthy()
    }
  })

  it('on app answers: index, deep link, service worker and a missing file', async () => {
    for (const path of ['/', '/queue', '/review/abc', '/sw.js', '/missing.js']) {
      const res = await app.request(path)
      expectSecure(res.headers)
    }
    expect((await app.request('/queue')).headers.get('Content-Type')).toMatch(/text\/html/)
  })

  it('the app’s HTML has no inline script or style, so the CSP does not break it', async () => {
    const built = join(process.cwd(), 'dist', 'index.html')
    const pages = [join(process.cwd(), 'index.html'), ...(existsSync(built) ? [built] : [])]
    for (const page of pages) {
      const html = await readFile(page, 'utf8')
      for (const tag of html.match(/<script\b[^>]*>[\s\S]*?<\/script>/g) ?? []) {
        expect(tag, page).toMatch(/^<script\b[^>]*\bsrc=/)
        expect(
          tag
            .replace(/^<script\b[^>]*>/, '')
            .replace(/<\/script>$/, '')
            .trim(),
          page,
        ).toBe('')
      }
      expect(html, page).not.toMatch(/<style\b|\sstyle=|\son[a-z]+=/i)
    }
    if (existsSync(join(process.cwd(), 'dist', 'assets'))) {
      const files = await readdir(join(process.cwd(), 'dist', 'assets'))
      expect(files.some((f) => f.endsWith('.js'))).toBe(true)
    }
  })
})
